import { add, compare, mul, rational, sub, toFractionString, ZERO, type Rational } from '../../arithmetic/rational.js';
import { integerChoices } from './integer-gains.js';

/*
 * One indicator of the city plan: what each consolidated value costs.
 *
 * The city's value of an indicator is a consolidation (mean, weighted mean, median, min, max) of
 * the levels the units gave it. Raising units' levels raises it. A menu lists, for every value the
 * city can reach on that indicator, the least total cost of unit raises that reaches at least that
 * value, and which raise each unit makes. Indicators are independent of one another (a raise on
 * one never changes another's consolidated value), so the cheapest city plan is the cheapest
 * choice of one menu point per indicator: the same multiple-choice problem the agency planner
 * solves, with menus in place of one indicator's levels.
 *
 * Every menu here is exact: it holds a point for every value reachable at a cost no other value
 * at least as high beats (the Pareto frontier of value against cost).
 */

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

/** How the levels of an indicator's units become its consolidated value. */
export type MenuStrategy = 'mean' | 'weighted' | 'median' | 'min' | 'max';

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

/** A level's key: a number when whole (levels are small), which a map finds faster than a string. */
function key(value: Rational): number | string {
  return value.den === 1n ? Number(value.num) : toFractionString(value);
}

/** Keeps the points no other point beats: higher (or equal) value at a lower (or equal) cost. */
function frontier(points: readonly MenuPoint[]): MenuPoint[] {
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
function firstAtLeast(unit: UnitChoices, level: Rational): number {
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

/**
 * Mean and weighted mean: the value rises with Σ weight × level, so the menu is the Pareto
 * frontier of that sum against cost, merged unit by unit (exact: a dominated partial sum can
 * never become part of a better whole, because the units add independently). Sums and costs are
 * whole numbers ({@link integerChoices}); each partial sum keeps the option its last unit took and
 * the partial sum before it, so a point's picks are read back only when asked for.
 */
function meanMenu(units: readonly UnitChoices[], weighted: boolean, consolidate: (levels: readonly Rational[]) => Rational): MenuPoint[] {
  const table = integerChoices(units, weighted);
  // planCity builds these menus only once menuWork has found the sums exact.
  if (table === undefined) throw new RangeError('meanMenu: sums past 2^53');
  // The kept partial sums, highest first; `parents[u][k]` and `options[u][k]` lead back from the
  // k-th sum kept after unit u.
  let gains = [0];
  let costs = [0];
  const parents: Int32Array[] = [];
  const chosen: Int32Array[] = [];
  units.forEach((_, u) => {
    const unitGains = table.gains[u] as readonly number[];
    const unitCosts = table.costs[u] as readonly number[];
    const top = (gains[0] as number) + (unitGains.at(-1) as number);
    const tried = gains.length * unitGains.length;
    // Least cost per sum: a table indexed by the sum when it is short, else the tries sorted.
    const bestCost: number[] = [];
    const bestParent: number[] = [];
    const bestOption: number[] = [];
    if (top + 1 <= 2 * tried + 64) {
      const cost = new Float64Array(top + 1).fill(Infinity);
      const parent = new Int32Array(top + 1);
      const option = new Int32Array(top + 1);
      for (let p = 0; p < gains.length; p++) {
        const gain = gains[p] as number;
        const spent = costs[p] as number;
        for (let j = 0; j < unitGains.length; j++) {
          const at = gain + (unitGains[j] as number);
          const value = spent + (unitCosts[j] as number);
          if (value < (cost[at] as number)) {
            cost[at] = value;
            parent[at] = p;
            option[at] = j;
          }
        }
      }
      let cheapest = Infinity;
      const kept: number[] = [];
      for (let at = top; at >= 0; at--) {
        if ((cost[at] as number) < cheapest) {
          cheapest = cost[at] as number;
          kept.push(at);
          bestCost.push(cheapest);
          bestParent.push(parent[at] as number);
          bestOption.push(option[at] as number);
        }
      }
      gains = kept;
    } else {
      const order = Array.from({ length: tried }, (_, k) => k);
      const sumOf = (k: number) => (gains[Math.floor(k / unitGains.length)] as number) + (unitGains[k % unitGains.length] as number);
      const costOf = (k: number) => (costs[Math.floor(k / unitGains.length)] as number) + (unitCosts[k % unitGains.length] as number);
      // Highest sum first, then cheapest, then the first tried (the table's tie-break).
      order.sort((a, b) => sumOf(b) - sumOf(a) || costOf(a) - costOf(b) || a - b);
      let cheapest = Infinity;
      const kept: number[] = [];
      for (const k of order) {
        if (costOf(k) < cheapest) {
          cheapest = costOf(k);
          kept.push(sumOf(k));
          bestCost.push(cheapest);
          bestParent.push(Math.floor(k / unitGains.length));
          bestOption.push(k % unitGains.length);
        }
      }
      gains = kept;
    }
    costs = bestCost;
    parents.push(Int32Array.from(bestParent));
    chosen.push(Int32Array.from(bestOption));
  });
  const start = consolidate(units.map((unit) => unit.current));
  const picksOf = (k: number): number[] => {
    const picks = new Array<number>(units.length);
    let at = k;
    for (let u = units.length - 1; u >= 0; u--) {
      picks[u] = (chosen[u] as Int32Array)[at] as number;
      at = (parents[u] as Int32Array)[at] as number;
    }
    return picks;
  };
  const points: MenuPoint[] = gains.map((gain, k) => lazyPoint(add(start, mul(rational(gain), table.gainStep)), mul(rational(costs[k] as number), table.costStep), () => picksOf(k)));
  return points.reverse();
}

/** A menu point whose picks are read back from the sums' links on first use. */
function lazyPoint(value: Rational, cost: Rational, read: () => number[]): MenuPoint {
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

/**
 * Every level any unit can end at, ascending and distinct, and per level the units whose first
 * option at or above it is one further on than at the level before: a unit leaves an option at
 * the first level above it. One entry per option, so a sweep up the levels reads each once.
 */
function sweep(units: readonly UnitChoices[]): { levels: Rational[]; starts: Int32Array; leaving: Int32Array } {
  const seen = new Map<number | string, Rational>();
  for (const unit of units) for (const option of unit.options) seen.set(key(option.level), option.level);
  const levels = [...seen.values()].sort(compare);
  const rank = new Map(levels.map((level, k) => [key(level), k]));
  const starts = new Int32Array(levels.length + 1);
  const after = units.map((unit) => unit.options.map((option) => (rank.get(key(option.level)) as number) + 1));
  for (const ranks of after) for (const at of ranks) if (at < levels.length) starts[at + 1]! += 1;
  for (let k = 0; k < levels.length; k++) starts[k + 1]! += starts[k]!;
  const filled = starts.slice(0, levels.length);
  const leaving = new Int32Array(starts[levels.length]!);
  after.forEach((ranks, u) => {
    for (const at of ranks) if (at < levels.length) leaving[filled[at]!++] = u;
  });
  return { levels, starts, leaving };
}

/** A unit's extra cost to reach a level over its first option: the heap of the max sweep. */
type Extra = readonly [extra: Rational, unit: number, pick: number];

function before(a: Extra, b: Extra): boolean {
  return (compare(a[0], b[0]) || a[1] - b[1]) < 0;
}

function push(heap: Extra[], entry: Extra): void {
  let at = heap.push(entry) - 1;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!before(heap[at] as Extra, heap[parent] as Extra)) break;
    [heap[at], heap[parent]] = [heap[parent] as Extra, heap[at] as Extra];
    at = parent;
  }
}

function pop(heap: Extra[]): void {
  const last = heap.pop() as Extra;
  if (heap.length === 0) return;
  heap[0] = last;
  let at = 0;
  for (;;) {
    let least = at;
    for (const child of [2 * at + 1, 2 * at + 2]) if (child < heap.length && before(heap[child] as Extra, heap[least] as Extra)) least = child;
    if (least === at) return;
    [heap[at], heap[least]] = [heap[least] as Extra, heap[at] as Extra];
    at = least;
  }
}

/**
 * Min and max, swept up the levels; a unit's cheapest option at or above a level changes only
 * when the level passes one of its options, so each option is read once, and picks are read back
 * only when asked for. Min: the value reaches `v` only when every unit ends at `v` or above (and
 * at a level that is some unit's option, the least of their levels is that level); the sum of
 * their costs is kept as the sweep goes. Max: the value reaches `v` when one unit, the cheapest
 * to raise there (the first in input order among equals), ends at `v` or above; the cheapest is
 * kept in a heap, whose entries for options a unit has left are dropped when they reach the top.
 */
function sweptMenu(strategy: 'min' | 'max', units: readonly UnitChoices[], consolidate: (levels: readonly Rational[]) => Rational): MenuPoint[] {
  const start = point(units, units.map(() => 0), consolidate);
  const { levels, starts, leaving } = sweep(units);
  const picks = new Int32Array(units.length);
  const heap: Extra[] = [];
  if (strategy === 'max') units.forEach((_, unit) => push(heap, [ZERO, unit, 0]));
  const points: MenuPoint[] = strategy === 'max' ? [start] : [];
  let cost = start.cost;
  for (let k = 0; k < levels.length; k++) {
    for (let e = starts[k]!; e < starts[k + 1]!; e++) {
      const u = leaving[e]!;
      const options = (units[u] as UnitChoices).options;
      const left = (options[picks[u]!] as UnitOption).cost;
      picks[u]! += 1;
      if (picks[u]! === options.length) {
        // Under min, a unit with no option this high leaves every higher level out of reach too.
        if (strategy === 'min') return frontier(points);
        continue;
      }
      const next = (options[picks[u]!] as UnitOption).cost;
      if (strategy === 'max') push(heap, [sub(next, (options[0] as UnitOption).cost), u, picks[u]!]);
      // Whole costs add without a gcd: once per option.
      else cost = cost.den === 1n && left.den === 1n && next.den === 1n ? { num: cost.num + next.num - left.num, den: 1n } : add(cost, sub(next, left));
    }
    const level = levels[k] as Rational;
    if (strategy === 'min') {
      points.push(lazyPoint(level, cost, () => units.map((unit) => firstAtLeast(unit, level))));
      continue;
    }
    while (heap.length > 0 && (heap[0] as Extra)[2] !== picks[(heap[0] as Extra)[1]]) pop(heap);
    if (heap.length === 0) break;
    const [extra, unit, pick] = heap[0] as Extra;
    const reached = ((units[unit] as UnitChoices).options[pick] as UnitOption).level;
    // The others stay at their first options, the highest of which may stand above this level.
    points.push(lazyPoint(compare(reached, start.value) > 0 ? reached : start.value, add(start.cost, extra), () => units.map((_, u) => (u === unit ? pick : 0))));
  }
  return frontier(points);
}

/**
 * The cheapest way to have at least `count` units at `level` or above: the units whose extra cost
 * to get there is smallest. Returns each unit's pick, or undefined when too few units can.
 */
function cheapestAtLeast(units: readonly UnitChoices[], level: Rational, count: number, picks: number[]): boolean {
  const extras = units
    .map((unit, u) => {
      const pick = firstAtLeast(unit, level);
      return pick < 0 ? undefined : { u, pick, extra: sub((unit.options[pick] as UnitOption).cost, (unit.options[0] as UnitOption).cost) };
    })
    .filter((entry) => entry !== undefined)
    .sort((a, b) => compare(a.extra, b.extra) || a.u - b.u);
  if (extras.length < count) return false;
  for (const entry of extras.slice(0, count)) picks[entry.u] = Math.max(picks[entry.u] as number, entry.pick);
  return true;
}

/**
 * Median. With an odd count n, the median reaches `v` exactly when (n + 1) / 2 units end at `v` or
 * above: the cheapest such units are raised. With an even count, the median is the mean of the
 * two middle levels `a ≤ b`; it reaches (p + q) / 2 for p ≤ q when n / 2 units end at `q` or above
 * and one more at `p` or above. Every pair of reachable levels is tried, and for each the cheapest
 * set is found exactly (the n / 2 cheapest for `q`, and the cheapest remaining unit for `p`, or
 * the (n / 2 + 1)-th cheapest for `q` when raising it to `q` is what `p` needs anyway).
 */
function medianMenu(units: readonly UnitChoices[], consolidate: (levels: readonly Rational[]) => Rational): MenuPoint[] {
  const n = units.length;
  const { levels } = sweep(units);
  const points: MenuPoint[] = [point(units, units.map(() => 0), consolidate)];
  if (n % 2 === 1) {
    for (const level of levels) {
      const picks = units.map(() => 0);
      if (!cheapestAtLeast(units, level, (n + 1) / 2, picks)) break;
      points.push(point(units, picks, consolidate));
    }
    return frontier(points);
  }
  const half = n / 2;
  levels.forEach((q, qi) => {
    for (let pi = 0; pi <= qi; pi++) {
      const p = levels[pi] as Rational;
      const atQ = units.map((unit, u) => {
        const pick = firstAtLeast(unit, q);
        return pick < 0 ? undefined : { u, pick, extra: sub((unit.options[pick] as UnitOption).cost, (unit.options[0] as UnitOption).cost) };
      });
      const ranked = atQ.filter((entry) => entry !== undefined).sort((a, b) => compare(a.extra, b.extra) || a.u - b.u);
      if (ranked.length < half) continue;
      const chosen = new Set(ranked.slice(0, half).map((entry) => entry.u));
      // The one more unit at `p` or above: the cheapest outside the chosen set, or swap in the
      // next unit at `q` when one of the chosen is cheaper at `p` than at `q` by more.
      let best: { picks: number[]; cost: Rational } | undefined;
      const tryPicks = (picks: number[]) => {
        const candidate = point(units, picks, consolidate);
        if (best === undefined || compare(candidate.cost, best.cost) < 0) best = { picks, cost: candidate.cost };
      };
      const baseQ = units.map((_, u) => (chosen.has(u) ? (atQ[u] as { pick: number }).pick : 0));
      units.forEach((unit, u) => {
        const pickP = firstAtLeast(unit, p);
        if (pickP < 0) return;
        if (!chosen.has(u)) {
          const picks = [...baseQ];
          picks[u] = Math.max(picks[u] as number, pickP);
          tryPicks(picks);
        } else if (ranked.length > half) {
          // u drops to `p`; the next cheapest unit at `q` takes its place.
          const next = ranked[half] as { u: number; pick: number };
          const picks = [...baseQ];
          picks[u] = pickP;
          picks[next.u] = Math.max(picks[next.u] as number, next.pick);
          tryPicks(picks);
        }
      });
      // Units already at `p` or above with no extra cost count too (covered above with pick 0).
      if (best !== undefined) points.push(point(units, (best as { picks: number[] }).picks, consolidate));
    }
  });
  return frontier(points);
}

/**
 * The exact menu of one indicator: for every consolidated value worth reaching, its least cost
 * and each unit's option, value and cost both strictly rising. The first point is where the
 * indicator stands when nothing is raised beyond the units' minimums.
 */
export function indicatorMenu(strategy: MenuStrategy, units: readonly UnitChoices[], consolidate: (levels: readonly Rational[]) => Rational): MenuPoint[] {
  if (units.some((unit) => unit.options.length === 0)) return [];
  switch (strategy) {
    case 'mean':
      return meanMenu(units, false, consolidate);
    case 'weighted':
      return meanMenu(units, true, consolidate);
    case 'min':
    case 'max':
      return sweptMenu(strategy, units, consolidate);
    case 'median':
      return medianMenu(units, consolidate);
  }
}

/**
 * The steps a mean or weighted menu will take on these units, counted before it is built: each
 * unit's options are tried against every partial sum kept so far. Sums are whole numbers
 * ({@link integerChoices}), so there are at most as many as the distinct sums below the earlier
 * units' highest total (Σ of their largest gains, plus one) and as the combinations of their
 * options: a proven ceiling. Infinity when the sums would pass 2^53.
 */
export function sumWork(units: readonly UnitChoices[], weighted: boolean): number {
  const table = integerChoices(units, weighted);
  if (table === undefined) return Infinity;
  let combinations = 1;
  let sums = 0;
  let work = 0;
  units.forEach((unit, u) => {
    const count = unit.options.length;
    work += Math.min(combinations, sums + 1) * count;
    combinations *= count;
    sums += (table.gains[u] as readonly number[]).at(-1) ?? 0;
  });
  return work;
}

/**
 * The steps a median menu will take, estimated before any option is built from each unit's number
 * of options (`counts`) and how many distinct levels they can end at (`levels`, at most the span
 * from the lowest current level to the highest cap, plus each fractional current level): each
 * level scans every unit's options; an even median does so for every pair of levels. (Min and max
 * need no estimate: their sweeps read each option once, with a heap of the units for max.)
 */
export function medianWork(counts: readonly number[], levels: number): number {
  const all = counts.reduce((sum, count) => sum + count, 0);
  const distinct = Math.min(all, levels);
  if (counts.length % 2 === 1) return distinct * all;
  return ((distinct * (distinct + 1)) / 2) * all;
}
