import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, div, mul, rational, ZERO, type Rational } from '../../../src/arithmetic/rational.js';
import { indicatorMenu, unitOptions, type MenuStrategy, type UnitChoices } from '../../../src/analysis/city/indicator-menu.js';

/** An independent consolidation, written for the test: the strategies as the roll-up defines them. */
function consolidate(strategy: MenuStrategy, weights: readonly Rational[]) {
  return (levels: readonly Rational[]): Rational => {
    switch (strategy) {
      case 'mean':
        return div(levels.reduce(add, ZERO), rational(levels.length));
      case 'weighted': {
        let sum = ZERO;
        let total = ZERO;
        levels.forEach((level, k) => {
          sum = add(sum, mul(level, weights[k] as Rational));
          total = add(total, weights[k] as Rational);
        });
        return div(sum, total);
      }
      case 'min':
        return [...levels].sort(compare)[0] as Rational;
      case 'max':
        return [...levels].sort(compare).at(-1) as Rational;
      case 'median': {
        const sorted = [...levels].sort(compare);
        const middle = sorted.length >> 1;
        return sorted.length % 2 === 1 ? (sorted[middle] as Rational) : div(add(sorted[middle - 1] as Rational, sorted[middle] as Rational), rational(2));
      }
    }
  };
}

/** Every combination of options: value and cost. */
function bruteForce(units: readonly UnitChoices[], value: (levels: readonly Rational[]) => Rational): { value: Rational; cost: Rational }[] {
  const out: { value: Rational; cost: Rational }[] = [];
  const walk = (u: number, levels: Rational[], cost: Rational) => {
    if (u === units.length) {
      out.push({ value: value(levels), cost });
      return;
    }
    for (const option of (units[u] as UnitChoices).options) walk(u + 1, [...levels, option.level], add(cost, option.cost));
  };
  walk(0, [], ZERO);
  return out;
}

const unitArb = fc.record({
  current: fc.oneof(fc.integer({ min: 1, max: 5 }).map((n) => rational(n)), fc.tuple(fc.integer({ min: 6, max: 29 }), fc.integer({ min: 2, max: 6 })).map(([n, d]) => rational(n, d))),
  minimum: fc.integer({ min: 0, max: 5 }),
  cap: fc.integer({ min: 1, max: 5 }),
  steps: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 5, maxLength: 5 }),
  weight: fc.integer({ min: 1, max: 4 }),
});

function choicesOf(raw: { current: Rational; minimum: number; cap: number; steps: number[]; weight: number }): UnitChoices {
  const current = compare(raw.current, rational(5)) > 0 ? rational(5) : raw.current;
  const cap = Math.max(raw.cap, Number(current.num / current.den));
  return { current, weight: rational(raw.weight), options: unitOptions(current, Math.min(raw.minimum, cap), cap, (from) => rational(raw.steps[from - 1] ?? 1)) };
}

describe('indicatorMenu', () => {
  for (const strategy of ['mean', 'weighted', 'median', 'min', 'max'] as const) {
    it(`${strategy}: every point is the least cost of reaching its value, and no reachable value is missed`, () => {
      fc.assert(
        fc.property(fc.array(unitArb, { minLength: 1, maxLength: 4 }), (raw) => {
          const units = raw.map(choicesOf);
          const value = consolidate(strategy, units.map((unit) => unit.weight));
          const menu = indicatorMenu(strategy, units, value);
          const all = bruteForce(units, value);
          const least = (at: Rational) => all.filter((p) => compare(p.value, at) >= 0).reduce<Rational | undefined>((m, p) => (m === undefined || compare(p.cost, m) < 0 ? p.cost : m), undefined);
          // Each point is what its picks give, and the least cost of reaching its value.
          for (const point of menu) {
            const levels = units.map((unit, u) => unit.options[point.picks[u] as number]!.level);
            const cost = units.reduce((sum, unit, u) => add(sum, unit.options[point.picks[u] as number]!.cost), ZERO);
            expect(compare(value(levels), point.value)).toBe(0);
            expect(compare(cost, point.cost)).toBe(0);
            expect(compare(least(point.value) as Rational, point.cost)).toBe(0);
          }
          // Values and costs both rise strictly.
          for (let k = 1; k < menu.length; k++) {
            expect(compare(menu[k]!.value, menu[k - 1]!.value)).toBe(1);
            expect(compare(menu[k]!.cost, menu[k - 1]!.cost)).toBe(1);
          }
          // Every combination is matched or beaten by a point.
          for (const p of all) expect(menu.some((point) => compare(point.value, p.value) >= 0 && compare(point.cost, p.cost) <= 0)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('an indicator with a unit that has no option has no menu', () => {
    expect(indicatorMenu('mean', [{ current: rational(3), weight: rational(1), options: [] }], () => ZERO)).toEqual([]);
  });
});

describe('unitOptions', () => {
  it('stays, then rises level by level, summing the step costs', () => {
    const options = unitOptions(rational(2), 0, 4, (from) => rational(from));
    expect(options.map((o) => [Number(o.level.num), Number(o.cost.num)])).toEqual([
      [2, 0],
      [3, 2],
      [4, 5],
    ]);
  });
  it('a fractional level pays the whole step it is in, to the next whole level', () => {
    const options = unitOptions(rational(7, 6), 0, 3, () => rational(1));
    expect(options.map((o) => [o.level.num, o.level.den, Number(o.cost.num)])).toEqual([
      [7n, 6n, 0],
      [2n, 1n, 1],
      [3n, 1n, 2],
    ]);
  });
  it('a minimum above the level removes the option of staying', () => {
    const options = unitOptions(rational(2), 3, 5, () => rational(1));
    expect(options.map((o) => Number(o.level.num))).toEqual([3, 4, 5]);
    expect(Number(options[0]!.cost.num)).toBe(1);
  });
  it('a cap at or below the level leaves only staying', () => {
    expect(unitOptions(rational(4), 0, 4, () => rational(1))).toHaveLength(1);
  });
});
