import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontier, safeFrontier } from '../../../src/analysis/plan/frontier.js';
import { formatExactDecimal, parseDecimal } from '../../../src/arithmetic/decimal-string.js';
import { add, compare, rational, toFractionString, ZERO, type Rational } from '../../../src/arithmetic/rational.js';
import { permenpanrb592020 } from '../../../src/catalogues/permenpanrb-59-2020/index.js';
import { type Issue, type SafeResult } from '../../../src/model/issue.js';
import type { ScoreResult } from '../../../src/model/result.js';
import { score } from '../../../src/scoring/score.js';
import { levelsFrom, uniformLevels } from '../../helpers/assessments.js';
import { combinations, oneAspectCatalogue, small } from '../../helpers/small-catalogue.js';

const at = (levels: readonly number[]): ScoreResult => score(small, { levels: levelsFrom(small, levels) });

const threes = at([3, 3, 3, 3, 3, 3]);

function issuesOf(outcome: SafeResult<unknown>): readonly Issue[] {
  if (outcome.success) throw new Error('expected issues, got a result');
  return outcome.issues;
}

const LEVEL_MESSAGE = { id: 'Tingkat harus bilangan bulat 1–5.', en: 'A level must be a whole number 1–5.' };

const TARGET_MESSAGE = {
  id: 'Target harus berupa bilangan desimal (angka atau teks, misalnya "3.5").',
  en: 'A target must be a decimal number (a number or a string such as "3.5").',
};

const levelIssue = (path: (string | number)[], received: string) => ({ code: 'plan.level_invalid', path, message: LEVEL_MESSAGE, expected: '1..5', received });

describe('frontier: points, reasons and validation', () => {
  it('lists every Pareto point with its exact cost, index, predikat and raises', () => {
    // Only indicators 5 (14 units) and 6 (10 units) can move, one step each at cost 1.
    const out = frontier(at([5, 5, 5, 5, 4, 4]), small);
    const memuaskan = { id: 'memuaskan', label: { id: 'Memuaskan', en: 'Excellent' } };
    const raise5 = { indicator: '5', label: { id: 'Indikator 5', en: 'Indicator 5' }, from: 4, to: 5, cost: '1', gain: { exact: '7/20', value: '+0.35' } };
    const raise6 = { indicator: '6', label: { id: 'Indikator 6', en: 'Indicator 6' }, from: 4, to: 5, cost: '1', gain: { exact: '1/4', value: '+0.25' } };
    expect(out).toEqual({
      feasible: true,
      points: [
        { cost: '0', index: { exact: '22/5', value: '4.40', predicate: memuaskan }, raises: [] }, // 176/40
        { cost: '1', index: { exact: '19/4', value: '4.75', predicate: memuaskan }, raises: [raise5] }, // 190/40
        { cost: '2', index: { exact: '5', value: '5.00', predicate: memuaskan }, raises: [raise5, raise6] },
      ],
      reasons: [],
    });
  });

  it('meets group minimums from the first point on', () => {
    // A2 ≥ 3.5: 35 of its 10 units × levels, +5 over 30: one step of indicator 3 or 4 (125/40).
    expect(frontier(threes, small, { groups: { A2: '3.5' } }).points[0]).toMatchObject({ cost: '1', index: { exact: '25/8' }, raises: [{ indicator: '3', from: 3, to: 4 }] });
    // A1 ≥ 3 from levels 2, 3: +2 units; the best single step is indicator 2 (+4): 122/40.
    expect(frontier(at([2, 3, 3, 3, 3, 3]), small, { groups: { A1: '3' } }).points[0]).toMatchObject({ cost: '1', index: { exact: '61/20' }, raises: [{ indicator: '2', from: 3, to: 4 }] });
    // A group minimum exactly at its best is feasible: A1 = 5 needs both indicators at 5 (cost 4).
    const top = frontier(threes, small, { groups: { A1: '5' } });
    expect(top.feasible).toBe(true);
    expect(top.points[0]).toMatchObject({ cost: '4', index: { exact: '33/10' } });
    // A minimum already met costs nothing.
    expect(frontier(threes, small, { groups: { A3: '2' } }).points[0]).toMatchObject({ cost: '0', index: { exact: '3' }, raises: [] });
  });

  it('gives the reasons it has no points: groups first, then minimums', () => {
    const out = frontier(threes, small, { groups: { A1: '4.9', A3: '3' }, minimums: { '3': 5, '6': 4 }, caps: { '1': 4, '3': 4 }, locked: ['6'] });
    expect(out).toEqual({
      feasible: false,
      points: [],
      reasons: [
        {
          code: 'plan.group_unreachable',
          path: ['groups', 'A1'],
          message: { id: 'A1 tidak dapat mencapai minimum yang diminta.', en: 'A1 cannot reach the required minimum.' },
        },
        {
          code: 'plan.minimum_unreachable',
          path: ['minimums', '3'],
          message: { id: 'Indikator 3 tidak dapat mencapai tingkat minimumnya.', en: 'Indicator 3 cannot reach its minimum level.' },
        },
        {
          code: 'plan.minimum_unreachable',
          path: ['minimums', '6'],
          message: { id: 'Indikator 6 tidak dapat mencapai tingkat minimumnya.', en: 'Indicator 6 cannot reach its minimum level.' },
        },
      ],
    });
  });

  it('validates its group minimums and plan options like plan does', () => {
    expect(issuesOf(safeFrontier(threes, small, { groups: { Z: '1', A1: 'x' }, maxLevel: 7 }))).toEqual([
      { code: 'plan.unknown_group', path: ['groups', 'Z'], message: { id: 'Kelompok "Z" tidak ada dalam katalog small-test.', en: 'Group "Z" is not in catalogue small-test.' }, received: '"Z"' },
      { code: 'plan.target_invalid', path: ['groups', 'A1'], message: TARGET_MESSAGE, expected: 'decimal', received: '"x"' },
      levelIssue(['maxLevel'], '7'),
    ]);
    expect(issuesOf(safeFrontier(threes, small, { groups: [] as never }))).toEqual([
      { code: 'plan.target_invalid', path: ['groups'], message: TARGET_MESSAGE, expected: 'decimal', received: 'array' },
    ]);
    expect(frontier(threes, small, {}).points).toHaveLength(frontier(threes, small).points.length);
  });
});

describe('frontier', () => {
  it('starts at the current index and ends at the top', () => {
    const result = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });
    const { points, feasible } = frontier(result, small);
    expect(feasible).toBe(true);
    expect(points[0]).toMatchObject({ cost: '0', index: { exact: '3', predicate: { id: 'baik' } }, raises: [] });
    expect(points.at(-1)).toMatchObject({ cost: '12', index: { exact: '5' } });
    for (let k = 1; k < points.length; k++) {
      expect(Number(points[k]!.cost)).toBeGreaterThan(Number(points[k - 1]!.cost));
    }
  });

  it('equals the brute-force Pareto frontier', () => {
    const units = small.indicators.map((indicator) => indicator.units);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 6, maxLength: 6 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 20 }).map((n) => (n / 2).toString()), { minLength: 4, maxLength: 4 }), { minLength: 6, maxLength: 6 }),
        fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
        (current, costs, minimumLevel) => {
          const result = score(small, { levels: levelsFrom(small, current) });
          const options = {
            costs: Object.fromEntries(small.indicators.map((indicator, i) => [indicator.id, costs[i] as string[]])),
            ...(minimumLevel === undefined ? {} : { minimumLevel }),
          };
          const out = frontier(result, small, options);
          const low = current.map((l) => Math.max(l, minimumLevel ?? 0));
          const best = new Map<number, Rational>(); // gain sum → least cost with exactly that sum
          for (const levels of combinations(low, current.map(() => 5))) {
            let sum = 0;
            let cost: Rational = ZERO;
            levels.forEach((l, i) => {
              sum += l * (units[i] as number);
              for (let step = current[i] as number; step < l; step++) cost = add(cost, parseDecimal((costs[i] as string[])[step - 1] as string) as Rational);
            });
            const known = best.get(sum);
            if (known === undefined || compare(cost, known) < 0) best.set(sum, cost);
          }
          const sums = [...best.keys()].sort((a, b) => b - a);
          const expected: { cost: string; index: string }[] = [];
          let cheapest: Rational | null = null;
          for (const sum of sums) {
            const cost = best.get(sum) as Rational;
            if (cheapest === null || compare(cost, cheapest) < 0) {
              expected.unshift({ cost: formatExactDecimal(cost), index: toFractionString(rational(sum, small.totalUnits)) });
              cheapest = cost;
            }
          }
          expect(out.points.map((point) => ({ cost: point.cost, index: point.index.exact }))).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects unknown options and reports unmeetable minimums', () => {
    const result = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });
    expect(safeFrontier(result, small, { budget: 3 } as never).success).toBe(false);
    const out = frontier(result, small, { groups: { A1: '4' }, caps: { '1': 3, '2': 3 } });
    expect(out.feasible).toBe(false);
    expect(out.reasons[0]?.code).toBe('plan.group_unreachable');
  });

  it('refuses catalogues whose weights are too fine for the tables', () => {
    const fine = oneAspectCatalogue('fine', [['1', '33.33333'], ['2', '66.66667']]);
    const result = score(fine, { levels: { '1': 1, '2': 1 } });
    const outcome = safeFrontier(result, fine);
    expect(outcome.success ? 'ok' : outcome.issues[0]?.code).toBe('plan.too_large');
  });

  it('covers the 47-indicator catalogue quickly', () => {
    const result = score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 2) });
    const start = performance.now();
    const out = frontier(result, permenpanrb592020, { defaultCost: [1, 2, 3, 5] });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(out.points.at(-1)?.index.exact).toBe('5');
  });
});
