import { describe, expect, it } from 'vitest';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { checkWeights } from '../../src/catalogue/check-weights.js';
import { walkTree } from '../../src/catalogue/walk-tree.js';
import { formatExactDecimal } from '../../src/arithmetic/decimal-string.js';
import type { GroupDefinition } from '../../src/model/catalogue.js';
import type { Issue } from '../../src/model/issue.js';
import { baseDefinition } from '../helpers/small-catalogue.js';

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
  // Weights by definition object, read off the tree's position lists.
  const get = (def: object) =>
    weights && (tree.groups.includes(def as never) ? weights.groups[tree.groups.indexOf(def as never)] : weights.indicators[tree.indicators.indexOf(def as never)]);
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
