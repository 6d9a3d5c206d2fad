import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatExactDecimal, parseDecimal } from '../../src/arithmetic/decimal-string.js';
import { add, compare, rational, toFractionString, ZERO, type Rational } from '../../src/arithmetic/rational.js';
import { frontier, safeFrontier } from '../../src/analysis/plan/frontier.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom, uniformLevels } from '../helpers/assessments.js';
import { compileCatalogue } from '../../src/catalogue/compile.js';
import { unwrap } from '../../src/model/issue.js';
import { combinations, small, smallDefinition } from '../helpers/small-catalogue.js';

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
    const fine = unwrap(
      compileCatalogue({
        ...smallDefinition,
        id: 'fine',
        groups: [
          {
            id: 'A1',
            tier: 'aspect',
            name: { id: 'A1', en: 'A1' },
            weight: '100',
            indicators: [
              { id: '1', number: 1, name: { id: '1', en: '1' }, scale: 'process', weight: '33.33333' },
              { id: '2', number: 2, name: { id: '2', en: '2' }, scale: 'process', weight: '66.66667' },
            ],
          },
        ],
      }),
    );
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
