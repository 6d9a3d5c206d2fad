import { add, compare, rational, ZERO, type Rational } from '../../arithmetic/rational.js';

/* What a city menu is made of: each unit's options on one indicator, and the menu's points. */

/** One choice a unit has on one indicator: end at `level`, paying `cost`. */
export interface UnitOption {
  readonly level: Rational;
  readonly cost: Rational;
}

/**
 * One unit's choices on one indicator, cheapest (lowest) first; costs never fall as the level
 * rises. The first option is where the unit stays when nothing is asked of it: its current level
 * at no cost, or the minimum it must reach anyway.
 */
export interface UnitChoices {
  readonly current: Rational;
  /** Weight in the consolidation: read by the `weighted` strategy only. */
  readonly weight: Rational;
  readonly options: readonly UnitOption[];
}

/** A point of a menu: the consolidated value, its least cost, and each unit's option. */
export interface MenuPoint {
  readonly value: Rational;
  readonly cost: Rational;
  /** Per unit (in input order): the index of its chosen option. */
  readonly picks: readonly number[];
}

/**
 * The options of one unit on one indicator. A level already at or above `cap` stays; a fractional
 * level rises to the next whole level first. `stepCost(k)` is the cost of the step from whole
 * level `k` to `k + 1`; a fractional level pays the whole step it is in (from 7/6 to 2 costs the
 * step 1 → 2), because the work that step stands for is not yet done.
 */
export function unitOptions(current: Rational, minimum: number, cap: number, stepCost: (from: number) => Rational): UnitOption[] {
  const options: UnitOption[] = [];
  const whole = Number(current.num / current.den); // floor: levels are never negative
  let cost = ZERO;
  let level = whole;
  // The option of staying exists only when no minimum forces a raise.
  if (compare(current, rational(minimum)) >= 0) options.push({ level: current, cost: ZERO });
  while (level < cap) {
    const step = stepCost(level);
    // Whole costs add without a gcd: up to a million options are built here.
    cost = cost.den === 1n && step.den === 1n ? { num: cost.num + step.num, den: 1n } : add(cost, step);
    level += 1;
    // Every level passed here is above `current` (it starts at the whole level below it).
    if (level >= minimum) options.push({ level: { num: BigInt(level), den: 1n }, cost });
  }
  return options;
}

/** Keeps the points no other point beats: higher (or equal) value at a lower (or equal) cost. */
export function frontier(points: readonly MenuPoint[]): MenuPoint[] {
  const sorted = [...points].sort((a, b) => compare(b.value, a.value) || compare(a.cost, b.cost));
  const kept: MenuPoint[] = [];
  let cheapest: Rational | undefined;
  for (const point of sorted) {
    if (cheapest === undefined || compare(point.cost, cheapest) < 0) {
      kept.push(point);
      cheapest = point.cost;
    }
  }
  return kept.reverse();
}

/** The first option of a unit reaching at least `level` (options rise in level), or -1. */
export function firstAtLeast(unit: UnitChoices, level: Rational): number {
  // Binary search: a unit on a wide scale has thousands of options, asked at every median level.
  let low = 0;
  let high = unit.options.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare((unit.options[middle] as UnitOption).level, level) >= 0) high = middle;
    else low = middle + 1;
  }
  return low < unit.options.length ? low : -1;
}

/** The point the given picks lead to: the consolidated value and the cost of every unit's option. */
export function point(units: readonly UnitChoices[], picks: readonly number[], consolidate: (levels: readonly Rational[]) => Rational): MenuPoint {
  let cost = ZERO;
  const levels = units.map((unit, u) => {
    const option = unit.options[picks[u] as number] as UnitOption;
    cost = add(cost, option.cost);
    return option.level;
  });
  return { value: consolidate(levels), cost, picks };
}

/** A menu point whose picks are read back from the sums' links on first use. */
export function lazyPoint(value: Rational, cost: Rational, read: () => number[]): MenuPoint {
  let picks: number[] | undefined;
  return {
    value,
    cost,
    get picks() {
      picks ??= read();
      return picks;
    },
  };
}
