import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeDefineCatalogue } from '../../src/catalogue/define.js';
import { forbiddenKeyIssues, MAX_DEPTH } from '../../src/catalogue/forbidden-keys.js';
import { wellFormedCatalogue } from '../../src/catalogue/well-formed.js';
import { catalogueSchema } from '../../src/model/schemas.js';
import { permenpanrb82026Definition } from '../../src/catalogues/permenpanrb-8-2026/index.js';

/*
 * defineCatalogue's fast path (well-formed.ts) against the zod schema it stands in for: on
 * catalogues that are valid and on the same catalogues broken in one to three places (a field
 * changed to a value of another type, removed, added, a forbidden key, an inherited key, a hole,
 * keys reordered), it accepts exactly what the schema accepts with no forbidden key, and returns
 * the schema's copy, key order included.
 */

type Json = Record<string, unknown>;

/** Mostly `valid`, now and then one of `rare` (each check's edge cases), so most catalogues stay well-formed. */
const often = <T>(valid: fc.Arbitrary<T>, ...rare: unknown[]): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: valid, weight: 300 }, { arbitrary: fc.constantFrom(...rare), weight: 1 });
const text = often(fc.constantFrom('a', 'G1', 'Indikator 1', 'é', '1.5'), '', 1, undefined);
const anyString = often(fc.constantFrom('', 'a', 'x y'), null, 0, undefined);
const decimal = often(fc.constantFrom('1', '3', '5', '1.30', '-4', '0'), '1e3', '+1', '01', '1.', '.5', '10/3', 3, '');
const weight = often(fc.constantFrom('1', '10/3', '0.5', '100', '0', '-2'), '-1/3', '10/0', '1/03', '1e2', 1, undefined);
const integer = often(fc.integer({ min: -1, max: 6 }), 1.5, -0, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, '1');
const localized = fc.record({ id: text, en: text });
const criterion = fc.record({ id: text, text: localized });
const measure = fc.record(
  {
    min: decimal,
    max: decimal,
    bands: fc.array(fc.record({ min: decimal, max: decimal, level: integer }), {
      maxLength: 2,
    }),
    name: localized,
  },
  { requiredKeys: ['min', 'max', 'bands'] },
);
const indicator = fc.record(
  {
    id: text,
    number: integer,
    name: localized,
    aliases: fc.array(anyString, { maxLength: 2 }),
    codes: fc.array(text, { maxLength: 2 }),
    scale: text,
    weight,
    notApplicable: often(fc.boolean(), 'true', 0, undefined),
    criteria: fc.array(
      fc.record({
        level: integer,
        criteria: fc.array(criterion, { maxLength: 2 }),
      }),
      { maxLength: 2 },
    ),
    measure,
  },
  { requiredKeys: ['id', 'number', 'name', 'scale'] },
);
const { group } = fc.letrec<{ group: Json }>((tie) => ({
  group: fc.record(
    {
      id: text,
      tier: text,
      name: localized,
      weight,
      groups: fc.array(tie('group'), { maxLength: 2 }),
      indicators: fc.array(indicator, { maxLength: 3 }),
    },
    { requiredKeys: ['id', 'tier', 'name'] },
  ),
}));
const level = fc.record(
  {
    level: integer,
    name: localized,
    meaning: localized,
    aliases: fc.array(anyString, { maxLength: 1 }),
    criteria: fc.array(criterion, { maxLength: 2 }),
  },
  { requiredKeys: ['level', 'name', 'meaning'] },
);
const catalogue = fc.record(
  {
    $schema: anyString,
    id: text,
    revision: text,
    title: localized,
    legalBasis: fc.array(localized, { maxLength: 2 }),
    years: fc.array(integer, { maxLength: 2 }),
    provenance: fc.array(localized, { maxLength: 1 }),
    tiers: fc.array(fc.record({ id: text, label: localized, plural: localized }), { maxLength: 2 }),
    scales: fc.array(
      fc.record(
        {
          id: text,
          name: localized,
          min: integer,
          max: integer,
          values: often(fc.constantFrom('whole', 'fractional'), 'Whole', '', undefined),
          levels: fc.array(level, { maxLength: 3 }),
        },
        { requiredKeys: ['id', 'name', 'min', 'max', 'levels'] },
      ),
      { maxLength: 2 },
    ),
    predicates: fc.array(
      fc.record(
        {
          id: text,
          label: localized,
          min: decimal,
          max: decimal,
          maturity: localized,
        },
        { requiredKeys: ['id', 'label', 'min', 'max'] },
      ),
      { maxLength: 2 },
    ),
    totalWeight: weight,
    targets: fc.record({ index: decimal, level: integer }),
    groups: fc.array(group, { maxLength: 3 }),
    base: fc.record({ id: text, revision: anyString, checksum: anyString }),
  },
  {
    requiredKeys: ['id', 'revision', 'title', 'legalBasis', 'years', 'tiers', 'scales', 'predicates', 'groups'],
  },
);

/** Values a broken field may get: every type, and the edge cases of each check. */
const strange = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  'a',
  '1.5',
  '1e3',
  '+1',
  '01',
  '10/0',
  'fractional',
  1,
  0,
  -0,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  -(2 ** 53),
  true,
  [],
  ['a'],
  [1],
  {},
  { id: 'a', en: 'b' },
  { id: 'a', en: '' },
  () => 1,
  Symbol('s'),
  10n,
);
const keyPool = fc.constantFrom(
  'id',
  'en',
  'name',
  'weight',
  'groups',
  'indicators',
  'criteria',
  'measure',
  'aliases',
  'values',
  '$schema',
  'extra',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
);

/** One change to one object or array of the data. */
const mutation = fc.record({
  target: fc.nat(),
  kind: fc.constantFrom('change', 'add', 'delete', 'reverse', 'hole', 'inherit', 'nullPrototype'),
  key: keyPool,
  value: strange,
});

/** Every object and array in the data, in a stable order. */
function containers(value: unknown, found: object[] = []): object[] {
  if (value === null || typeof value !== 'object') return found;
  found.push(value);
  for (const member of Object.values(value)) containers(member, found);
  return found;
}

function apply(data: Json, change: { target: number; kind: string; key: string; value: unknown }): void {
  const all = containers(data);
  const target = all[change.target % all.length]! as Record<string, unknown>;
  switch (change.kind) {
    case 'change': {
      const keys = Object.keys(target);
      if (keys.length > 0) target[keys[change.target % keys.length]!] = change.value;
      break;
    }
    case 'add':
      if (Array.isArray(target)) target.push(change.value);
      // defineProperty: an own "__proto__" key, as JSON.parse makes it.
      else
        Object.defineProperty(target, change.key, {
          value: change.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      break;
    case 'delete':
      if (Array.isArray(target)) target.pop();
      else delete target[Object.keys(target)[change.target % Math.max(1, Object.keys(target).length)]!];
      break;
    case 'reverse':
      for (const key of Object.keys(target).reverse()) {
        const member = target[key];
        delete target[key];
        target[key] = member;
      }
      break;
    case 'hole':
      if (Array.isArray(target)) target.length += 1;
      break;
    case 'inherit':
      if (!Array.isArray(target)) Object.setPrototypeOf(target, { [change.key]: change.value });
      break;
    case 'nullPrototype':
      if (!Array.isArray(target)) Object.setPrototypeOf(target, null);
      break;
  }
}

/** Equal values with the same own keys in the same order, all the way down. */
function expectSameCopy(actual: unknown, expected: unknown): void {
  expect(actual).toStrictEqual(expected);
  const keyOrders = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return null;
    if (Array.isArray(value)) return value.map(keyOrders);
    return Object.entries(value).map(([key, member]) => [key, keyOrders(member)]);
  };
  expect(keyOrders(actual)).toEqual(keyOrders(expected));
}

const schemaOfCatalogues = catalogueSchema();

function expectLikeTheSchema(data: unknown): void {
  const fast = wellFormedCatalogue(data);
  const schema = schemaOfCatalogues.safeParse(data);
  const acceptedBySchema = schema.success && forbiddenKeyIssues(data).length === 0;
  expect(fast !== undefined).toBe(acceptedBySchema);
  if (fast !== undefined && schema.success) {
    expectSameCopy(fast, schema.data);
    // A copy: none of its objects is one of the input's.
    const input = new Set(containers(data));
    expect(containers(fast).some((object) => input.has(object))).toBe(false);
  }
}

describe('wellFormedCatalogue (the fast path of defineCatalogue)', () => {
  it('accepts exactly what the schema accepts without a forbidden key, and returns its copy', () => {
    fc.assert(
      fc.property(catalogue, fc.array(mutation, { maxLength: 3 }), (base, changes) => {
        const data = structuredClone(base);
        for (const change of changes) apply(data, change);
        expectLikeTheSchema(data);
      }),
      { numRuns: 2_000 },
    );
  });

  it('accepts a built-in catalogue, read from its JSON, like the schema', () => {
    const data: unknown = JSON.parse(JSON.stringify(permenpanrb82026Definition));
    expect(wellFormedCatalogue(data)).toBeDefined();
    expectLikeTheSchema(data);
  });

  it(`leaves groups nested near the depth limit (${MAX_DEPTH}) to the schema, which reports them`, () => {
    const nested = (depth: number): Json => ({
      id: `G${depth}`,
      tier: 't',
      name: { id: 'a', en: 'a' },
      ...(depth === 1 ? { indicators: [] } : { groups: [nested(depth - 1)] }),
    });
    const definition = (depth: number): Json => ({
      id: 'deep',
      revision: '1',
      title: { id: 'a', en: 'a' },
      legalBasis: [],
      years: [],
      tiers: [],
      scales: [],
      predicates: [],
      groups: [nested(depth)],
    });
    expect(wellFormedCatalogue(definition(28))).toBeDefined();
    expect(wellFormedCatalogue(definition(29))).toBeUndefined();
    expectLikeTheSchema(definition(28));
    const tooDeep = safeDefineCatalogue(definition(40));
    expect(tooDeep.success).toBe(false);
    if (!tooDeep.success) expect(tooDeep.issues.map((issue) => issue.code)).toContain('catalogue.invalid_value');
  });

  it('leaves data that throws while read to the schema path (one unreadable-catalogue issue)', () => {
    const data = { id: 'x' };
    Object.defineProperty(data, 'revision', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    expect(wellFormedCatalogue(data)).toBeUndefined();
    const outcome = safeDefineCatalogue(data);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues.map((issue) => issue.code)).toEqual(['catalogue.invalid_type']);
  });
});
