import { add, compare, sub, toFractionString, ZERO, type Rational } from '../../arithmetic/rational.js';
import { firstAtLeast, frontier, lazyPoint, point, type MenuPoint, type UnitChoices, type UnitOption } from './menu-point.js';

/** A level's key: a number when whole (levels are small), which a map finds faster than a string. */
function key(value: Rational): number | string {
  return value.den === 1n ? Number(value.num) : toFractionString(value);
}

/**
 * Every level any unit can end at, ascending and distinct, and per level the units whose first
 * option at or above it is one further on than at the level before: a unit leaves an option at
 * the first level above it. One entry per option, so a sweep up the levels reads each once.
 */
export function sweep(units: readonly UnitChoices[]): { levels: Rational[]; starts: Int32Array; leaving: Int32Array } {
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
export function sweptMenu(strategy: 'min' | 'max', units: readonly UnitChoices[], consolidate: (levels: readonly Rational[]) => Rational): MenuPoint[] {
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
