import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_ISSUE_CODES } from '../../src/catalogue/catalogue-issues.js';
import { defineCatalogue, safeDefineCatalogue } from '../../src/catalogue/define.js';
import { deriveCatalogue } from '../../src/catalogue/derive.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb52018 } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import type { Catalogue } from '../../src/model/catalogue.js';
import type { Issue } from '../../src/model/issue.js';
import { ASSESSMENT_ISSUE_CODES } from '../../src/scoring/assessment-issues.js';
import { deriveLevel } from '../../src/scoring/derive-level.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { baseDefinition, withCriteria } from '../helpers/small-catalogue.js';

const text = (id: string) => ({ id: `Teks ${id}`, en: `Text ${id}` });

/** Hundredths as a decimal string, without floats: 1234 → "12.34". */
const decimal = (hundredths: number) => `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;

/** A tree shape: a leaf group holds indicator weights (hundredths); an inner group holds groups. */
type Shape = { leaf: { weights: number[]; equal: boolean } } | { children: Shape[] };

const shapeOf = (depth: number): fc.Arbitrary<Shape> =>
  depth === 1
    ? fc
        .record({ weights: fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 1, maxLength: 4 }), equal: fc.boolean() })
        .map((leaf) => ({ leaf }))
    : fc.array(shapeOf(depth - 1), { minLength: 1, maxLength: 3 }).map((children) => ({ children }));

/**
 * A random catalogue of 1–3 tiers. With `explicit`, equal-share leaf groups are written with
 * each child's weight instead: the same catalogue, stated the other way.
 */
function definitionOf(depth: number, top: Shape[], explicit = false) {
  let next = 0;
  const build = (shape: Shape, tier: number): Record<string, unknown> => {
    const id = `G${next++}`;
    if ('children' in shape) {
      return { id, tier: `t${tier}`, name: text(id), groups: shape.children.map((child) => build(child, tier + 1)) };
    }
    const { weights, equal } = shape.leaf;
    // An equal split of n × w: every child gets exactly w.
    const first = weights[0]!;
    const indicators = weights.map(() => {
      const indicatorId = String(next++);
      return { id: indicatorId, number: next, name: text(indicatorId), scale: 's' } as Record<string, unknown>;
    });
    indicators.forEach((indicator, i) => {
      if (!equal || explicit) indicator.weight = decimal(equal ? first : weights[i]!);
    });
    return { id, tier: `t${tier}`, name: text(id), ...(equal && !explicit ? { weight: decimal(first * weights.length) } : {}), indicators };
  };
  return {
    id: 'acak',
    revision: '1',
    title: text('acak'),
    legalBasis: [],
    years: [],
    tiers: Array.from({ length: depth }, (_, i) => ({ id: `t${i}`, label: text(`t${i}`), plural: text(`t${i}`) })),
    scales: [{ id: 's', name: text('s'), min: 1, max: 5, levels: [1, 2, 3, 4, 5].map((level) => ({ level, name: text(`${level}`), meaning: text(`${level}`) })) }],
    predicates: [
      { id: 'atas', label: text('atas'), min: '3', max: '5' },
      { id: 'bawah', label: text('bawah'), min: '1', max: '3' },
    ],
    groups: top.map((shape) => build(shape, 0)),
  };
}

const randomCatalogue = fc
  .integer({ min: 1, max: 3 })
  .chain((depth) => fc.tuple(fc.constant(depth), fc.array(shapeOf(depth), { minLength: 1, maxLength: 3 })));

const levelsFor = (catalogue: Catalogue, seed: readonly number[]) =>
  Object.fromEntries(catalogue.indicators.map((indicator, i) => [indicator.id, ((seed[i % seed.length] ?? 0) % 5) + 1]));

const seeds = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 });

function expectWellFormed(issues: readonly Issue[], codes: readonly string[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(codes).toContain(issue.code);
    expect(Array.isArray(issue.path)).toBe(true);
    expect(typeof issue.message.id === 'string' && issue.message.id.length > 0).toBe(true);
    expect(typeof issue.message.en === 'string' && issue.message.en.length > 0).toBe(true);
  }
}

describe('properties of catalogues and policies', () => {
  it('re-normalisation never changes the result of a complete assessment', () => {
    fc.assert(
      fc.property(randomCatalogue, seeds, ([depth, top], seed) => {
        const catalogue = defineCatalogue(definitionOf(depth, top));
        const levels = levelsFor(catalogue, seed);
        const strict = score(catalogue, { levels });
        const partial = score(catalogue, { levels }, { missing: 'partial', notApplicable: 'exclude' });
        expect(partial.groups).toEqual(strict.groups);
        expect(partial.index).toEqual(strict.index);
        expect(partial.complete).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('equal-split weights score exactly like the equivalent explicit weights', () => {
    fc.assert(
      fc.property(randomCatalogue, seeds, ([depth, top], seed) => {
        const split = defineCatalogue(definitionOf(depth, top));
        const explicit = defineCatalogue(definitionOf(depth, top, true));
        const levels = levelsFor(split, seed);
        expect(split.indicators.map((indicator) => indicator.weight)).toEqual(explicit.indicators.map((indicator) => indicator.weight));
        expect(score(split, { levels }).groups).toEqual(score(explicit, { levels }).groups);
        expect(score(split, { levels }).index).toEqual(score(explicit, { levels }).index);
      }),
      { numRuns: 150 },
    );
  });

  it('a derived catalogue that changes nothing scores identically to its base', () => {
    const builtIns = fc.constantFrom(permenpanrb592020 as Catalogue, permenpanrb52018 as Catalogue);
    const catalogues = fc.oneof(builtIns, randomCatalogue.map(([depth, top]) => defineCatalogue(definitionOf(depth, top))));
    fc.assert(
      fc.property(catalogues, seeds, (base, seed) => {
        const derived = deriveCatalogue(base, { id: 'salinan' });
        const levels = levelsFor(base, seed);
        expect(score(derived, { levels }).groups).toEqual(score(base, { levels }).groups);
        expect(score(derived, { levels }).index).toEqual(score(base, { levels }).index);
      }),
      { numRuns: 100 },
    );
  });

  it('deriveLevel is monotone in the criteria met', () => {
    const catalogue = defineCatalogue(withCriteria(baseDefinition()));
    const all = ['c2a', 'c2b', 'c3', 'c4a', 'c4b', 'c5'];
    const subsets = fc.subarray(all);
    fc.assert(
      fc.property(subsets, subsets, (a, b) => {
        const smaller = a;
        const larger = [...new Set([...a, ...b])];
        expect(deriveLevel(catalogue, '1', smaller).level).toBeLessThanOrEqual(deriveLevel(catalogue, '1', larger).level);
      }),
    );
    const processIds = permenpanrb592020.indicators[0]!.criteria!.flatMap((entry) => entry.criteria.map((criterion) => criterion.id));
    fc.assert(
      fc.property(fc.subarray(processIds), fc.subarray(processIds), (a, b) => {
        const union = [...new Set([...a, ...b])];
        expect(deriveLevel(permenpanrb592020, '1', a).level).toBeLessThanOrEqual(deriveLevel(permenpanrb592020, '1', union).level);
      }),
    );
  });
});

describe('fuzz: bad input never crashes', () => {
  const anything = fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true, maxDepth: 4 });

  it('random JSON into safeDefineCatalogue never throws; every rejection has a code, a path and both languages', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), anything), (input) => {
        const outcome = safeDefineCatalogue(input);
        if (!outcome.success) expectWellFormed(outcome.issues, CATALOGUE_ISSUE_CODES);
      }),
      { numRuns: 300 },
    );
  });

  it('a valid catalogue with one value replaced by random JSON never crashes the compiler', () => {
    const paths: (string | number)[][] = [];
    const collect = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) collect(inner, [...path, Array.isArray(value) ? Number(key) : key]);
    };
    collect(withCriteria(baseDefinition()), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((path) => path.length > 0)), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const definition = withCriteria(baseDefinition());
        let target: any = definition;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path[path.length - 1]!] = value;
        const outcome = safeDefineCatalogue(definition);
        if (!outcome.success) expectWellFormed(outcome.issues, CATALOGUE_ISSUE_CODES);
      }),
      { numRuns: 400 },
    );
  });

  it('random input into safeScore never throws; every rejection has a code, a path and both languages', () => {
    const ids = permenpanrb592020.indicators.map((indicator) => indicator.id);
    const level = fc.oneof(
      fc.integer({ min: -2, max: 7 }),
      fc.constantFrom('na', '3', null, Number.NaN, 2.5, Number.POSITIVE_INFINITY),
      fc.record({ criteria: fc.array(fc.oneof(fc.constantFrom('p2.plan', 's2.response', 'p3.standard'), fc.string(), fc.integer())) }),
      fc.record({ value: fc.oneof(fc.string(), fc.double()) }),
      fc.jsonValue({ maxDepth: 2 }),
    );
    const assessment = fc.oneof(
      anything,
      fc.record({ levels: fc.dictionary(fc.constantFrom(...ids, 'x', '__proto__'), level) }),
      fc.record({ levels: fc.dictionary(fc.constantFrom(...ids), level), agency: fc.jsonValue(), year: fc.jsonValue() }, { requiredKeys: ['levels'] }),
    );
    const options = fc.option(
      fc.record(
        { missing: fc.constantFrom('reject', 'partial', 'x'), notApplicable: fc.constantFrom('exclude', 'minimum', 1), allowNotApplicable: fc.oneof(fc.boolean(), fc.constant(['1'])), allowZero: fc.jsonValue() },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    );
    fc.assert(
      fc.property(fc.constantFrom(permenpanrb592020 as Catalogue, permenpanrb52018 as Catalogue), assessment, options, (catalogue, input, opts) => {
        const outcome = safeScore(catalogue, input, opts as never);
        if (!outcome.success) expectWellFormed(outcome.issues, ASSESSMENT_ISSUE_CODES);
      }),
      { numRuns: 500 },
    );
  });
});
