import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, div, mul, rational, sub, ZERO, type Rational } from '../../../src/arithmetic/rational.js';
import { indicatorMenu, type MenuStrategy } from '../../../src/analysis/city/indicator-menu.js';
import { sumWork } from '../../../src/analysis/city/mean-menu.js';
import { medianWork } from '../../../src/analysis/city/median-menu.js';
import { unitOptions, type UnitChoices } from '../../../src/analysis/city/menu-point.js';

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

  it('weighted with large weights (the sums are sparse, so they are sorted rather than tabled): the least cost of every value', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(unitArb, fc.integer({ min: 1000, max: 99_999 })), { minLength: 2, maxLength: 4 }), (raw) => {
        const units = raw.map(([unit, weight]) => choicesOf({ ...unit, weight }));
        const value = consolidate('weighted', units.map((unit) => unit.weight));
        const menu = indicatorMenu('weighted', units, value);
        const all = bruteForce(units, value);
        for (const point of menu) {
          const levels = units.map((unit, u) => unit.options[point.picks[u] as number]!.level);
          expect(compare(value(levels), point.value)).toBe(0);
          const least = all.filter((p) => compare(p.value, point.value) >= 0).reduce<Rational | undefined>((m, p) => (m === undefined || compare(p.cost, m) < 0 ? p.cost : m), undefined);
          expect(compare(least as Rational, point.cost)).toBe(0);
        }
        for (const p of all) expect(menu.some((point) => compare(point.value, p.value) >= 0 && compare(point.cost, p.cost) <= 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

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

describe('sumWork', () => {
  const at = (current: Rational, cap: number, weight = 1): UnitChoices => ({ current, weight: rational(weight), options: unitOptions(current, 0, cap, () => rational(1)) });

  it('counts each unit\'s options against every partial sum before it: whole levels', () => {
    // Two units of 0–1000: 1,001 tries, then 1,001 options × 1,001 sums.
    expect(sumWork([at(rational(0), 1000), at(rational(0), 1000)], false)).toBe(1001 + 1001 * 1001);
  });

  it('counts the sums of fractional levels in their common denominator (a proven ceiling, not an estimate)', () => {
    // 7/6 → 2…5 rises by 5/6, 11/6, …: in sixths the first unit's largest gain is 23, so 24 sums.
    const units = [at(rational(7, 6), 5), at(rational(0), 5)];
    expect(sumWork(units, false)).toBe(5 + Math.min(5, 24) * 6);
    expect(sumWork([at(rational(0), 5), at(rational(7, 6), 5)], false)).toBe(6 + Math.min(6, 6) * 5);
  });

  it('scales by the weights, and is Infinity when the sums would pass 2^53', () => {
    expect(sumWork([at(rational(0), 3, 2), at(rational(0), 3, 5)], true)).toBe(4 + 4 * 4);
    expect(sumWork([at(rational(0), 3, 2 ** 52), at(rational(0), 3, 1)], true)).toBe(Infinity);
  });

  it('never counts fewer tries than the menu makes', () => {
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 4 }), fc.boolean(), (raw, weighted) => {
        const units = raw.map(choicesOf);
        // The tries a unit makes: its options against the distinct partial sums of those before it.
        let sums = new Set<string>(['0']);
        let tries = 0;
        for (const unit of units) {
          tries += sums.size * unit.options.length;
          const next = new Set<string>();
          for (const sum of sums) for (const option of unit.options) {
            const rise = mul(weighted ? unit.weight : rational(1), add(option.level, rational(-unit.current.num, unit.current.den)));
            const total = add(parseRational(sum), rise);
            next.add(`${total.num}/${total.den}`);
          }
          sums = next;
        }
        expect(sumWork(units, weighted)).toBeGreaterThanOrEqual(tries);
      }),
      { numRuns: 300 },
    );
  });
});

describe('medianWork', () => {
  it('estimates a median as levels (an even one: pairs of levels) × options', () => {
    expect(medianWork([1001, 1001, 1001], 1001)).toBe(1001 * 3003);
    expect(medianWork([1001, 1001], 1001)).toBe(((1001 * 1002) / 2) * 2002);
    expect(medianWork([4, 4, 4], 4)).toBe(4 * 12);
    // No more distinct levels than options.
    expect(medianWork([2, 2, 2], 100)).toBe(6 * 6);
  });
});

/**
 * The min and max menus as they were defined before the sweeps: every level any unit can end at,
 * each unit looked up there, then the frontier (highest value first, cheapest first, the first
 * found among equals).
 */
function straightforwardMenu(strategy: 'min' | 'max', units: readonly UnitChoices[], value: (levels: readonly Rational[]) => Rational) {
  const levels = [...new Map(units.flatMap((unit) => unit.options.map((option) => [`${option.level.num}/${option.level.den}`, option.level] as const))).values()].sort(compare);
  const first = (unit: UnitChoices, level: Rational) => unit.options.findIndex((option) => compare(option.level, level) >= 0);
  const at = (picks: number[]) => ({
    value: value(units.map((unit, u) => unit.options[picks[u] as number]!.level)),
    cost: units.reduce((sum, unit, u) => add(sum, unit.options[picks[u] as number]!.cost), ZERO),
    picks,
  });
  const points = strategy === 'max' ? [at(units.map(() => 0))] : [];
  for (const level of levels) {
    if (strategy === 'min') {
      const picks = units.map((unit) => first(unit, level));
      if (picks.some((pick) => pick < 0)) break;
      points.push(at(picks));
      continue;
    }
    let best: { u: number; pick: number; extra: Rational } | undefined;
    units.forEach((unit, u) => {
      const pick = first(unit, level);
      if (pick < 0) return;
      const extra = sub(unit.options[pick]!.cost, unit.options[0]!.cost);
      if (best === undefined || compare(extra, best.extra) < 0) best = { u, pick, extra };
    });
    if (best === undefined) break;
    const chosen: { u: number; pick: number } = best;
    points.push(at(units.map((_, u) => (u === chosen.u ? chosen.pick : 0))));
  }
  const kept: typeof points = [];
  let cheapest: Rational | undefined;
  for (const point of [...points].sort((a, b) => compare(b.value, a.value) || compare(a.cost, b.cost))) {
    if (cheapest === undefined || compare(point.cost, cheapest) < 0) {
      kept.push(point);
      cheapest = point.cost;
    }
  }
  return kept.reverse();
}

describe('indicatorMenu min and max sweeps', () => {
  // Whole or fractional current levels, caps, locks, minimums, and whole, fractional or zero step costs.
  const sweepUnitArb = fc
    .record({
      current: fc.oneof(fc.integer({ min: 0, max: 8 }).map((n) => rational(n)), fc.tuple(fc.integer({ min: 1, max: 47 }), fc.integer({ min: 2, max: 6 })).map(([n, d]) => rational(n, d))),
      minimum: fc.integer({ min: 0, max: 9 }),
      cap: fc.integer({ min: 0, max: 9 }),
      locked: fc.boolean(),
      steps: fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 3 })), { minLength: 9, maxLength: 9 }),
    })
    .map((raw): UnitChoices => {
      const whole = Number(raw.current.num / raw.current.den);
      const cap = raw.locked ? whole : Math.max(raw.cap, whole);
      const stepCost = (from: number) => {
        const [num, den] = raw.steps[from] ?? [1, 1];
        return rational(num, den);
      };
      return { current: raw.current, weight: rational(1), options: unitOptions(raw.current, Math.min(raw.minimum, cap), cap, stepCost) };
    });

  for (const strategy of ['min', 'max'] as const) {
    it(`${strategy}: the same menu, point for point and pick for pick, as looking every unit up at every level`, () => {
      fc.assert(
        fc.property(fc.array(sweepUnitArb, { minLength: 1, maxLength: 6 }), (units) => {
          const value = consolidate(strategy, units.map((unit) => unit.weight));
          const menu = indicatorMenu(strategy, units, value).map((point) => ({ value: point.value, cost: point.cost, picks: [...point.picks] }));
          expect(menu).toEqual(straightforwardMenu(strategy, units, value));
        }),
        { numRuns: 500 },
      );
    });
  }
});

function parseRational(text: string): Rational {
  const [num, den] = text.split('/');
  return rational(BigInt(num as string), BigInt(den ?? '1'));
}
