import { describe, expect, it } from 'vitest';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { deriveCatalogue } from '../../src/catalogue/derive.js';
import { checkWeights } from '../../src/catalogue/check-weights.js';
import { weightOf } from '../../src/catalogue/resolve-weights.js';
import { walkTree } from '../../src/catalogue/walk-tree.js';
import { catalogueSnapshot } from '../../src/catalogue/snapshot.js';
import { formatExactDecimal } from '../../src/arithmetic/decimal-string.js';
import type { CatalogueDefinition, GroupDefinition } from '../../src/model/catalogue.js';
import { assembleCatalogue } from '../../src/catalogue/assemble.js';
import type { Issue } from '../../src/model/issue.js';
import { canonicalJson, checksumText, checksumTextParts } from '../../src/catalogue/checksum.js';
import { deepFreeze } from '../../src/catalogue/deep-freeze.js';
import { forbiddenKeyIssues, MAX_DEPTH } from '../../src/catalogue/forbidden-keys.js';
import { parseWeight } from '../../src/catalogue/parse-weight.js';
import { catalogueByChecksum } from '../../src/catalogue/registry.js';
import { sha256Hex, sha256Midstate } from '../../src/catalogue/sha256.js';
import { small } from '../helpers/small-catalogue.js';
import { baseDefinition, withCriteria } from './fixtures.js';

/** A catalogue exercising every optional part of the snapshot. */
function richDefinition(): Record<string, any> {
  const d = withCriteria(baseDefinition());
  d.provenance = [{ id: 'Sumber A', en: 'Source A' }];
  d.targets = { index: '3.5', level: 4 };
  d.legalBasis = [{ id: 'Peraturan X', en: 'Regulation X' }];
  d.scales[0].levels[2].aliases = ['Terstandarisasi', 'Baku'];
  const first = d.groups[0].groups[0].indicators[0];
  first.aliases = ['Nama|lama', 'Lain'];
  first.name = { id: 'Indikator 1 | satu', en: 'Indicator 1 | one' };
  first.criteria = [2, 3, 4, 5].map((level) => ({
    level,
    criteria: [{ id: `own${level}`, text: { id: `Sendiri ${level}`, en: `Own ${level}` } }],
  }));
  d.groups[1].groups[0].indicators[1].measure = {
    min: '-4',
    max: '4',
    name: { id: 'Indeks kepuasan', en: 'Satisfaction index' },
    bands: [
      { min: '-4', max: '0', level: 1 },
      { min: '0', max: '2', level: 3 },
      { min: '2', max: '4', level: 5 },
    ],
  };
  return d;
}

describe('catalogueSnapshot: exact text', () => {
  it('renders the small 6-indicator catalogue (no provenance, no special indicators)', async () => {
    const text = catalogueSnapshot(small);
    // Headline facts checked by eye against small-catalogue.ts.
    expect(text).toContain('| Total weight | 100 |');
    expect(text).toContain('| Targets | index 2.6, level 3 |');
    expect(text).toContain('| &nbsp;&nbsp;&nbsp;&nbsp;3 | Indicator | Indikator 3 | Indicator 3 | process | 12.5 |');
    expect(text).not.toContain('## Provenance');
    expect(text).not.toContain('Derived from');
    expect(text).not.toContain('## Indicator criteria and measures');
    await expect(text).toMatchFileSnapshot('./__snapshots__/small-catalogue.md');
  });

  it('renders provenance, aliases, escaped pipes, own criteria and measures', async () => {
    const catalogue = defineCatalogue(richDefinition());
    const text = catalogueSnapshot(catalogue);
    expect(text).toContain('## Provenance\n\n- Sumber A\n  *Source A*\n');
    expect(text).toContain('| Indikator 1 \\| satu (aliases: Nama\\|lama; Lain) | Indicator 1 \\| one | p | 4 |');
    expect(text).toContain('| 3 | T3 (L3) (also: Terstandarisasi, Baku) | Arti 3 / Meaning 3 |');
    expect(text).toContain('| 2 | T2 (L2) | Arti 2 / Meaning 2 |');
    expect(text).toContain(
      [
        '## Indicator criteria and measures',
        '',
        '### 1: Indicator 1 | one',
        '',
        'Criteria (cumulative: level n needs every criterion of the levels up to n):',
        '',
        '- Level 1: no criteria (holds with nothing met)',
        '- Level 2, `own2`: Sendiri 2 / *Own 2*',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        '### 6: Indicator 6',
        '',
        'Measured value -4–4 (Indeks kepuasan / Satisfaction index):',
        '',
        '| Value | Level |',
        '|---|---|',
        '| ≥ -4 and < 0 | 1 |',
        '| ≥ 0 and < 2 | 3 |',
        '| ≥ 2 and ≤ 4 | 5 |',
        '',
        '## Predikat',
      ].join('\n'),
    );
    // Indicators using the scale's criteria get no section of their own.
    expect(text).not.toContain('### 2:');
    await expect(text).toMatchFileSnapshot('./__snapshots__/rich-catalogue.md');
  });

  it('names the base of a derived catalogue with its revision and checksum', () => {
    const base = defineCatalogue(baseDefinition());
    const derived = deriveCatalogue(base, { id: 'opd', include: ['A2'] });
    const text = catalogueSnapshot(derived);
    expect(text).toContain(`| Derived from | uji-kecil rev. 1 (\`${base.checksum}\`) |\n`);
    expect(catalogueSnapshot(base)).not.toContain('Derived from');
  });

  it('lists only indicators under a group, even when a sub-group shares an indicator id', () => {
    const d = baseDefinition();
    d.groups[0].groups[0].id = '5'; // aspect "5" next to indicator "5": invalid, but the snapshot keeps them apart
    const text = catalogueSnapshot(assembleCatalogue(d as CatalogueDefinition));
    expect(text).toContain('| &nbsp;&nbsp;**5** | Aspect | Aspek 1 | Aspect 1 |  | 10 |');
    expect(text.match(/5 \| Indicator \|/g)).toHaveLength(1);
  });

  it('finds own criteria of an indicator outside the first group', () => {
    const d = richDefinition();
    d.groups[1].groups[0].indicators[0].criteria = [2, 3, 4, 5].map((level) => ({
      level,
      criteria: [{ id: `five${level}`, text: { id: `Lima ${level}`, en: `Five ${level}` } }],
    }));
    const text = catalogueSnapshot(defineCatalogue(d));
    expect(text).toContain('### 5: Indicator 5\n\nCriteria (cumulative: level n needs every criterion of the levels up to n):\n\n- Level 1: no criteria (holds with nothing met)\n- Level 2, `five2`: Lima 2 / *Five 2*\n');
    expect(text).toContain('- Level 5, `five5`: Lima 5 / *Five 5*\n\n### 6: Indicator 6');
  });

  it('omits the measure name when there is none', () => {
    const d = richDefinition();
    delete d.groups[1].groups[0].indicators[1].measure.name;
    const text = catalogueSnapshot(defineCatalogue(d));
    expect(text).toContain('Measured value -4–4:\n');
  });
});

const g = (id: string, weight: string | undefined, indicators: (string | undefined)[]): GroupDefinition => ({
  id,
  tier: 'domain',
  name: { id, en: id },
  ...(weight === undefined ? {} : { weight }),
  indicators: indicators.map((w, i) => ({ id: `${id}.${i}`, number: i + 1, name: { id: 'x', en: 'x' }, scale: 'p', ...(w === undefined ? {} : { weight: w }) })),
});

/** Runs resolveWeights; `received` in issues is the JSON rendering of the offending value. */
function run(groups: GroupDefinition[], total: string | undefined) {
  const issues: Issue[] = [];
  const tree = walkTree(groups);
  const weights = checkWeights(tree, total, issues);
  // Weights by definition object, read off the tree's index lists.
  const get = (def: object) => weights && weightOf(weights, [...tree.groups, ...tree.indicators].find((node) => node.def === def)!);
  const resolved = weights && { weights: { get }, total: weights.total };
  return { resolved, issues: issues.map((i) => ({ code: i.code, path: i.path, id: i.message.id, en: i.message.en, expected: i.expected, received: i.received })) };
}

describe('resolveWeights', () => {
  it('shares a group weight of 20 equally over six unweighted indicators: 10/3 each', () => {
    const group = g('G', '20', [undefined, undefined, undefined, undefined, undefined, undefined]);
    const { resolved, issues } = run([group], '20');
    expect(issues).toEqual([]);
    for (const ind of group.indicators ?? []) expect(formatExactDecimal(resolved!.weights.get(ind)!)).toBe('10/3');
    expect(formatExactDecimal(resolved!.total)).toBe('20');
  });

  it('gives the unweighted children what the written ones leave', () => {
    const group = g('G', '10', ['4', undefined, undefined]);
    const { resolved } = run([group], undefined);
    expect((group.indicators ?? []).map((i) => formatExactDecimal(resolved!.weights.get(i)!))).toEqual(['4', '3', '3']);
    expect(formatExactDecimal(resolved!.weights.get(group)!)).toBe('10');
  });

  it('sums children for a group without a weight and nested groups resolve through their paths', () => {
    const inner = g('I', undefined, ['2', '3']);
    const outer: GroupDefinition = { id: 'O', tier: 'domain', name: { id: 'O', en: 'O' }, groups: [inner] };
    const { resolved, issues } = run([outer], '5');
    expect(issues).toEqual([]);
    expect(formatExactDecimal(resolved!.weights.get(outer)!)).toBe('5');
    expect(formatExactDecimal(resolved!.weights.get(inner)!)).toBe('5');
  });

  it('rejects an unparsable weight with weight_invalid at its path, in both languages', () => {
    expect(run([g('G', undefined, ['1', '4,0'])], undefined)).toEqual({
      resolved: undefined,
      issues: [
        {
          code: 'catalogue.weight_invalid',
          path: ['groups', 0, 'indicators', 1, 'weight'],
          id: 'Bobot "G.1" harus berupa teks desimal seperti "1.30" (atau pecahan tepat seperti "10/3").',
          en: 'The weight of "G.1" must be a decimal string such as "1.30" (or an exact fraction such as "10/3").',
          expected: 'decimal string',
          received: '"4,0"',
        },
      ],
    });
  });

  it('rejects a zero weight (not only negative ones) with weight_not_positive', () => {
    expect(run([g('G', undefined, ['0', '1'])], undefined).issues).toEqual([
      {
        code: 'catalogue.weight_not_positive',
        path: ['groups', 0, 'indicators', 0, 'weight'],
        id: 'Bobot "G.0" harus lebih besar dari 0.',
        en: 'The weight of "G.0" must be greater than 0.',
        expected: '> 0',
        received: '"0"',
      },
    ]);
  });

  it('reports a group weight that differs from its children sum with both values', () => {
    expect(run([g('G', '11', ['4', '6'])], undefined).issues).toEqual([
      {
        code: 'catalogue.weight_mismatch',
        path: ['groups', 0, 'weight'],
        id: 'Bobot "G" (11) tidak sama dengan jumlah bobot anggotanya (10).',
        en: 'The weight of "G" (11) differs from the sum of its children\'s weights (10).',
        expected: '10',
        received: '"11"',
      },
    ]);
  });

  it('reports written weights that leave nothing (zero) for unweighted siblings', () => {
    for (const written of [['10'], ['12']]) {
      expect(run([g('G', '10', [...written, undefined])], undefined).issues).toEqual([
        {
          code: 'catalogue.weight_not_positive',
          path: ['groups', 0, 'weight'],
          id: 'Bobot "G" tidak menyisakan bobot positif untuk anggota tanpa bobot.',
          en: 'The weight of "G" leaves no positive weight for its unweighted children.',
          expected: undefined,
          received: undefined,
        },
      ]);
    }
  });

  it('rejects a total weight that is unparsable, zero or negative', () => {
    for (const total of ['abc', '0', '-5']) {
      expect(run([g('G', '10', ['10'])], total)).toEqual({
        resolved: undefined,
        issues: [
          {
            code: 'catalogue.weight_invalid',
            path: ['totalWeight'],
            id: 'Bobot total harus berupa teks desimal positif seperti "100".',
            en: 'The total weight must be a positive decimal string such as "100".',
            expected: 'decimal string',
            received: JSON.stringify(total),
          },
        ],
      });
    }
  });

  it('skips the total check once a node weight is already invalid', () => {
    expect(run([g('G', undefined, ['x'])], '0').issues.map((i) => i.code)).toEqual(['catalogue.weight_invalid']);
  });

  it('reports weights that do not add up to the declared total', () => {
    expect(run([g('A', '40', ['40']), g('B', '50', ['50'])], '100').issues).toEqual([
      {
        code: 'catalogue.weight_total_mismatch',
        path: ['totalWeight'],
        id: 'Jumlah bobot (90) tidak sama dengan bobot total yang dinyatakan (100).',
        en: 'The weights add up to 90, not the declared total weight 100.',
        expected: '100',
        received: '"90"',
      },
    ]);
  });

  it('shares the declared total over unweighted top-level groups, and needs a total when they have none', () => {
    const a = g('A', undefined, [undefined]);
    const b = g('B', undefined, [undefined]);
    const { resolved } = run([a, b], '9');
    expect(formatExactDecimal(resolved!.weights.get(a)!)).toBe('4.5');
    expect(run([g('A', '4', ['4']), g('B', undefined, [undefined])], undefined).issues).toEqual([
      {
        code: 'catalogue.weight_undetermined',
        path: ['totalWeight'],
        id: 'Bobot tidak dapat ditentukan: beri bobot pada kelompok teratas atau nyatakan totalWeight.',
        en: 'Weights cannot be determined: give the top-level groups weights or declare totalWeight.',
        expected: undefined,
        received: undefined,
      },
    ]);
  });

  it('keeps a nested mismatch at its own path instead of turning it into a total mismatch', () => {
    const inner = g('I', '5', ['2', '2']);
    const outer: GroupDefinition = { id: 'O', tier: 'domain', name: { id: 'O', en: 'O' }, weight: '5', groups: [inner] };
    expect(run([outer], '5').issues.map((i) => [i.code, i.path])).toEqual([['catalogue.weight_mismatch', ['groups', 0, 'groups', 0, 'weight']]]);
  });
});

describe('resolveWeights: edge cases', () => {
  it('points a declared total that leaves nothing for unweighted top-level groups at totalWeight', () => {
    // Before the fix this issue had the path ["weight"] (no such field) and named "totalWeight" as a node.
    expect(run([g('A', '40', ['40']), g('B', undefined, [undefined])], '40').issues).toEqual([
      {
        code: 'catalogue.weight_not_positive',
        path: ['totalWeight'],
        id: 'Bobot total yang dinyatakan (40) tidak menyisakan bobot positif untuk kelompok teratas tanpa bobot.',
        en: 'The declared total weight 40 leaves no positive weight for the unweighted top-level groups.',
        expected: undefined,
        received: undefined,
      },
    ]);
  });

  it('reports the same through defineCatalogue', () => {
    const d = baseDefinition();
    delete d.groups[1].weight;
    delete d.groups[1].groups[0].weight;
    d.totalWeight = '40';
    const issues = (() => {
      try {
        defineCatalogue(d);
        return [];
      } catch (error) {
        return (error as { issues: Issue[] }).issues;
      }
    })();
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['catalogue.weight_not_positive', ['totalWeight']]]);
  });

  it('weighs a group without children as 0 (so a written weight mismatches)', () => {
    const empty: GroupDefinition = { id: 'E', tier: 'domain', name: { id: 'E', en: 'E' }, weight: '3' };
    expect(run([empty], undefined).issues.map((i) => [i.code, i.path, i.expected, i.received])).toEqual([
      ['catalogue.weight_mismatch', ['groups', 0, 'weight'], '0', '"3"'],
    ]);
  });
});

describe('compiled weights and ranges', () => {
  it('shares what written siblings leave even when the first child is the unweighted one', () => {
    const d = baseDefinition();
    // A1 (10): indicator 1 unweighted, indicator 2 weighs 4, so indicator 1 gets 6.
    delete d.groups[0].groups[0].indicators[0].weight;
    d.groups[0].groups[0].indicators[1].weight = '4';
    // A3 (60): 5 unweighted, 6 weighs 10, 7 unweighted: 25 each for 5 and 7.
    d.groups[1].groups[0].indicators[1].weight = '10';
    const catalogue = defineCatalogue(d);
    expect(catalogue.indicators.map((i) => i.weight)).toEqual(['6', '4', '15', '15', '25', '10', '25']);
  });

  it('shares a declared total over top-level groups that have no weight anywhere: 9 over 2 gives 4.5', () => {
    const d = baseDefinition();
    d.groups = d.groups.map((domain: Record<string, any>) => {
      delete domain.weight;
      domain.groups = domain.groups.slice(0, 1);
      delete domain.groups[0].weight;
      for (const indicator of domain.groups[0].indicators) delete indicator.weight;
      return domain;
    });
    d.totalWeight = '9';
    const catalogue = defineCatalogue(d);
    expect(catalogue.groups.filter((group) => group.depth === 0).map((group) => group.weight)).toEqual(['4.5', '4.5']);
    // D1/A1 holds indicators 1–2 (4.5/2 each), D2/A3 holds 5–7 (4.5/3 each).
    expect(catalogue.indicators.map((i) => i.weight)).toEqual(['2.25', '2.25', '1.5', '1.5', '1.5']);
    expect(catalogue.totalWeight).toBe('9');
  });

  it('spans the index range over every scale: lowest minimum to highest maximum', () => {
    const d = baseDefinition();
    d.scales.push({
      id: 'q',
      name: { id: 'Q', en: 'Q' },
      min: 0,
      max: 3,
      levels: [0, 1, 2, 3].map((level) => ({ level, name: { id: `q${level}`, en: `q${level}` }, meaning: { id: 'm', en: 'm' } })),
    });
    d.groups[0].groups[0].indicators[0].scale = 'q';
    d.predicates[2].min = '0';
    expect(defineCatalogue(d).range).toEqual({ min: 0, max: 5 });
  });
});

describe('canonicalJson and checksums', () => {
  it('drops undefined members and writes a bare undefined or function as null', () => {
    expect(canonicalJson({ b: 1, a: undefined, c: [undefined, 2] })).toBe('{"b":1,"c":[null,2]}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ f: () => 1 })).toBe('{"f":null}');
  });

  it('hashes a head ending in the first or last high surrogate together with its tail', () => {
    for (const [high, low] of [['\ud800', '\udc00'], ['\udbff', '\udfff']]) {
      expect(checksumTextParts(`h${high}`, `${low}t`)).toBe(checksumText(`h${high}${low}t`));
    }
  });
});

describe('sha256', () => {
  it('keeps only the bytes after the last whole 64-byte block pending in a midstate', () => {
    const state = sha256Midstate(new Uint8Array(150).fill(7));
    expect(state.pending.length).toBe(22);
    expect(state.length).toBe(150);
    expect(sha256Hex(new Uint8Array(0), state)).toBe(sha256Hex(new Uint8Array(150).fill(7)));
  });

  it('writes the high word of the 64-bit bit length (messages of 2^29 bytes and more)', () => {
    const start = sha256Midstate(new Uint8Array(0));
    // 2^29 bytes = 2^32 bits: the low word is 0, so only the high word tells this from length 0.
    expect(sha256Hex(new Uint8Array(0), { ...start, length: 2 ** 29 })).not.toBe(sha256Hex(new Uint8Array(0), start));
  });
});

describe('forbiddenKeyIssues', () => {
  const nest = (depth: number): Record<string, unknown> => (depth === 0 ? {} : { a: nest(depth - 1) });

  it('accepts nulls and strings as leaves', () => {
    expect(forbiddenKeyIssues({ a: null, b: 'text', c: [null, 'x'] })).toEqual([]);
  });

  it(`allows nesting ${MAX_DEPTH} levels deep and refuses one more`, () => {
    expect(forbiddenKeyIssues(nest(MAX_DEPTH))).toEqual([]);
    const issues = forbiddenKeyIssues(nest(MAX_DEPTH + 1));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toHaveLength(MAX_DEPTH + 1);
  });

  it('reports a cycle once, in both languages, and stops walking', () => {
    // x.a points back at the root; y, visited after x, holds a forbidden key that is never reached.
    const root: Record<string, unknown> = { x: {}, y: JSON.parse('{"constructor": 1}') };
    (root.x as Record<string, unknown>).a = root;
    expect(forbiddenKeyIssues(root)).toEqual([
      {
        code: 'catalogue.invalid_value',
        path: ['x', 'a'],
        message: { id: 'Data katalog bersiklus atau terlalu dalam.', en: 'The catalogue data is cyclic or nested too deeply.' },
        expected: `acyclic data at most ${MAX_DEPTH} levels deep`,
      },
    ]);
  });

  it('names the forbidden key it received', () => {
    expect(forbiddenKeyIssues(JSON.parse('{"a": {"__proto__": 1}}'))).toEqual([
      {
        code: 'catalogue.forbidden_key',
        path: ['a', '__proto__'],
        message: { id: 'Kunci "__proto__" tidak diizinkan dalam katalog.', en: 'The key "__proto__" is not allowed in a catalogue.' },
        received: '"__proto__"',
      },
    ]);
  });
});

describe('deepFreeze, registry, parseWeight', () => {
  it('freezes a cyclic graph and terminates', () => {
    const a: Record<string, unknown> = { list: [{}] };
    a.self = a;
    expect(deepFreeze(a)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen((a.list as object[])[0])).toBe(true);
  });

  it('keeps earlier live catalogues findable when another is registered', () => {
    const first = defineCatalogue(baseDefinition());
    const d = baseDefinition();
    d.id = 'uji-lain';
    const second = defineCatalogue(d);
    expect(catalogueByChecksum(first.checksum)).toBe(first);
    expect(catalogueByChecksum(second.checksum)).toBe(second);
  });

  it('reads only strings as weights', () => {
    expect(parseWeight(15)).toBeUndefined();
    expect(parseWeight(['1.5'])).toBeUndefined();
    expect(parseWeight(['1/3'])).toBeUndefined();
    expect(formatExactDecimal(parseWeight('10/3')!)).toBe('10/3');
    expect(formatExactDecimal(parseWeight('1.30')!)).toBe('1.3');
  });
});
