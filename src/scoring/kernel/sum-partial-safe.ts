import { gcd, reducedRatio, type Fraction } from '../../arithmetic/ratio.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { KernelOutput } from './kernel-output.js';

/**
 * The safe-integer path for whole levels with some indicators left out (the usual department
 * assessment in a roll-up): the re-normalised formula of `sumExact`, on numbers.
 * Each group's value is the weighted mean of its children that have a value, kept as a reduced
 * numerator/denominator pair in flat arrays (no object per intermediate step, one gcd per group
 * rather than per operation). Every product and sum is checked; when one would leave the
 * safe-integer range it gives up (returns undefined) and `runKernel` uses `sumExact`. The values
 * are the reduced fractions `sumExact` gives, so results are identical (a property test pins this).
 */

/** Thrown internally when a value would leave the safe-integer range. */
const OVERFLOW = Symbol('overflow');

function safe(value: number): number {
  if (!Number.isSafeInteger(value)) throw OVERFLOW;
  return value;
}

/** The catalogue's tree by position, so the hot loop never looks an id up. */
interface Shape {
  /** Per group: positions of its children (indicators or groups, by `childKind`). */
  readonly children: readonly (readonly number[])[];
  /** Per group: position of its parent group, or -1 at the top. */
  readonly parent: readonly number[];
  /** Positions of the top-level groups. */
  readonly roots: readonly number[];
  /** Per indicator: position of the group it belongs to. */
  readonly indicatorGroup: readonly number[];
}

// Catalogues are frozen, so a shape computed once stays right.
const shapes = new WeakMap<Catalogue, Shape>();

function shapeOf(catalogue: Catalogue): Shape {
  let shape = shapes.get(catalogue);
  if (shape === undefined) {
    const { groups, indicators, lookup } = catalogue;
    shape = {
      children: groups.map((group) =>
        group.children.map((id) => (group.childKind === 'indicator' ? lookup.indicators[id] : lookup.groups[id]) as number),
      ),
      parent: groups.map((group) => (group.parent === null ? -1 : (lookup.groups[group.parent] as number))),
      roots: groups.flatMap((group, g) => (group.parent === null ? [g] : [])),
      indicatorGroup: indicators.map((indicator) => lookup.groups[indicator.groupPath[indicator.groupPath.length - 1] as string] as number),
    };
    shapes.set(catalogue, shape);
  }
  return shape;
}

/** Σ units × value of some groups, as `n / d`, with the live and assessed weight they hold. */
interface GroupSum {
  readonly n: number;
  readonly d: number;
  readonly live: number;
  readonly assessed: number;
}

/**
 * Sums units × value over the groups at `positions` that have a value (`den` 0 means none),
 * over a common denominator: the lcm of theirs.
 */
function sumOfGroups(
  groups: Catalogue['groups'],
  positions: readonly number[],
  num: readonly number[],
  den: readonly number[],
  assessed: readonly number[],
): GroupSum {
  let n = 0;
  let d = 1;
  let live = 0;
  let held = 0;
  for (const c of positions) {
    held += assessed[c]!;
    const dc = den[c]!;
    if (dc === 0) continue;
    const units = groups[c]!.units;
    const lcm = safe((d / gcd(d, dc)) * dc);
    n = safe(safe(n * (lcm / d)) + safe(safe(num[c]! * units) * (lcm / dc)));
    d = lcm;
    live += units;
  }
  return { n, d, live, assessed: held };
}

const ZERO: Fraction = Object.freeze({ num: 0, den: 1 });

function sumPartial(catalogue: Catalogue, levels: readonly (number | null)[]): KernelOutput {
  const { groups, indicators } = catalogue;
  const { children, parent, roots, indicatorGroup } = shapeOf(catalogue);
  const count = groups.length;
  // Group g's value is num[g] / den[g] (reduced); den[g] === 0 when nothing in it has a value.
  const num = new Array<number>(count).fill(0);
  const den = new Array<number>(count).fill(0);
  /** Σ of the weights of the children that have a value, per group. */
  const live = new Array<number>(count).fill(0);
  /** Σ of the weights of the indicators with a level in the group's subtree. */
  const assessed = new Array<number>(count).fill(0);

  // Groups are in pre-order, so walking them backwards visits children before parents.
  for (let g = count - 1; g >= 0; g--) {
    const group = groups[g]!;
    const kids = children[g]!;
    let n = 0;
    let d = 1;
    let l = 0;
    let a = 0;
    if (group.childKind === 'indicator') {
      for (const i of kids) {
        const level = levels[i] ?? null;
        if (level === null) continue;
        const units = indicators[i]!.units;
        n = safe(n + safe(level * units));
        l += units;
      }
      a = l;
    } else {
      ({ n, d, live: l, assessed: a } = sumOfGroups(groups, kids, num, den, assessed));
    }
    live[g] = l;
    assessed[g] = a;
    if (l > 0) ({ num: num[g], den: den[g] } = reducedRatio(n, safe(d * l)));
  }

  // The index is the weighted mean of the top-level groups, summed like any group's children.
  const top = sumOfGroups(groups, roots, num, den, assessed);
  const indexLive = top.live;
  const totalAssessed = top.assessed;
  const index = indexLive > 0 ? reducedRatio(top.n, safe(top.d * indexLive)) : null;

  // Share of the index per unit of weight inside each group (its share / its live weight), top
  // down: a child's share is its units times its parent's per-unit share.
  const shareNum = new Array<number>(count).fill(0);
  const shareDen = new Array<number>(count).fill(1);
  for (let g = 0; g < count; g++) {
    if (den[g] === 0) continue;
    const p = parent[g]!;
    const pn = p === -1 ? 1 : shareNum[p]!;
    const pd = p === -1 ? indexLive : shareDen[p]!;
    ({ num: shareNum[g], den: shareDen[g] } = reducedRatio(safe(pn * groups[g]!.units), safe(pd * live[g]!)));
  }
  const contributions: Fraction[] = [];
  for (let i = 0; i < indicators.length; i++) {
    const level = levels[i] ?? null;
    const g = indicatorGroup[i]!;
    contributions.push(level === null ? ZERO : reducedRatio(safe(safe(level * indicators[i]!.units) * shareNum[g]!), shareDen[g]!));
  }

  const values: (Fraction | null)[] = [];
  const groupCoverage: Fraction[] = [];
  for (let g = 0; g < count; g++) {
    values.push(den[g] === 0 ? null : { num: num[g]!, den: den[g]! });
    groupCoverage.push(reducedRatio(assessed[g]!, groups[g]!.units));
  }
  return { groups: values, index, contributions, groupCoverage, coverage: reducedRatio(totalAssessed, catalogue.totalUnits) };
}

/** `levels[i]`: an integer level, or null when the indicator did not enter the score. */
export function sumPartialSafe(catalogue: Catalogue, levels: readonly (number | null)[]): KernelOutput | undefined {
  try {
    return sumPartial(catalogue, levels);
  } catch (error) {
    if (error === OVERFLOW) return undefined;
    throw error;
  }
}
