import { mul, rational, ZERO, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';

/**
 * The weight shares of the re-normalised formula: how much one level of each indicator is worth
 * in the index and in every group above it, given which indicators entered the score. The exact
 * kernel path multiplies levels by these shares; analysis (margin, leverage) reads them to move
 * a level and know exactly what it does to every value.
 */

/** The weights of what entered, per group and over the top-level groups. */
export interface LiveWeights {
  /** Per group position: Σ units of its children that entered (0 when nothing in it did). */
  readonly groups: readonly number[];
  /** Σ units of the top-level groups that have a value. */
  readonly top: number;
}

/** `entered[i]`: whether indicator `i` entered the score. A group has a value when its live weight is positive. */
export function liveWeights(catalogue: Catalogue, entered: readonly boolean[]): LiveWeights {
  const { groups, indicators, lookup } = catalogue;
  const live = new Array<number>(groups.length).fill(0);
  // Groups are in pre-order, so walking them backwards visits children before parents.
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    let sum = 0;
    for (const id of group.children) {
      if (group.childKind === 'indicator') {
        const i = lookup.indicators[id] as number;
        if (entered[i]) sum += indicators[i]!.units;
      } else {
        const c = lookup.groups[id] as number;
        if (live[c]! > 0) sum += groups[c]!.units;
      }
    }
    live[g] = sum;
  }
  let top = 0;
  groups.forEach((group, g) => {
    if (group.parent === null && live[g]! > 0) top += group.units;
  });
  return { groups: live, top };
}

/**
 * Per group position: the share of the index held by one unit of weight inside the group (its
 * own share of the index over its live weight), top down; 0 for a group without a value.
 */
export function indexSharePerUnit(catalogue: Catalogue, live: LiveWeights): Rational[] {
  const { groups, lookup } = catalogue;
  const perUnit = new Array<Rational>(groups.length).fill(ZERO);
  groups.forEach((group, g) => {
    const own = live.groups[g]!;
    if (own === 0) return;
    // A group with a value sits under parents with a value, so `live.top` is positive here.
    const parent = group.parent === null ? rational(1, live.top) : perUnit[lookup.groups[group.parent] as number]!;
    perUnit[g] = mul(parent, rational(group.units, own));
  });
  return perUnit;
}

/** The position of the group an indicator belongs to. */
export function groupOf(catalogue: Catalogue, position: number): number {
  const path = catalogue.indicators[position]!.groupPath;
  return catalogue.lookup.groups[path[path.length - 1] as string] as number;
}

/**
 * How much one level of each indicator is worth: its exact share of the index and of every group
 * above it. With everything entered the share in a group is units / group units; otherwise
 * weights are re-normalised within each group over what entered, exactly as the kernel does, so
 * shares always multiply levels into the result's own values.
 */
export interface IndicatorShares {
  /** Share of the index per indicator position (0 for indicators that did not enter). */
  readonly index: readonly Rational[];
  /** Per indicator position: [group position, share of that group's value], top group first. */
  readonly groups: readonly (readonly [number, Rational])[][];
}

export function sharesOf(catalogue: Catalogue, entered: readonly boolean[]): IndicatorShares {
  const { groups, indicators, lookup } = catalogue;
  const live = liveWeights(catalogue, entered);
  const perUnit = indexSharePerUnit(catalogue, live);
  const index: Rational[] = [];
  const perGroup: [number, Rational][][] = [];
  indicators.forEach((indicator, i) => {
    const path = indicator.groupPath.map((id) => lookup.groups[id] as number);
    if (!entered[i]) {
      index.push(ZERO);
      perGroup.push(path.map((g) => [g, ZERO]));
      return;
    }
    index.push(mul(perUnit[path[path.length - 1]!]!, rational(indicator.units)));
    // Share within each ancestor, bottom up: the indicator's share of its own group first.
    const shares: [number, Rational][] = [];
    let share = rational(indicator.units, live.groups[path[path.length - 1]!]!);
    for (let k = path.length - 1; k >= 0; k--) {
      const g = path[k]!;
      shares.unshift([g, share]);
      if (k > 0) share = mul(share, rational(groups[g]!.units, live.groups[path[k - 1]!]!));
    }
    perGroup.push(shares);
  });
  return { index, groups: perGroup };
}
