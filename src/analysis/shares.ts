import { div, mul, rational, type Rational } from '../arithmetic/rational.js';
import type { Catalogue } from '../model/catalogue.js';

/**
 * How much one level of each indicator is worth: its exact share of the index and of every group
 * above it. With a complete result the share in a group is units / group units; when indicators
 * did not enter the score, weights are re-normalised within each group over what did, exactly as
 * the kernel does, so shares always multiply levels into the result's own values.
 */
export interface IndicatorShares {
  /** Share of the index per indicator position (0 for indicators that did not enter). */
  readonly index: readonly Rational[];
  /** Per indicator position: [group position, share of that group's value], top group first. */
  readonly groups: readonly (readonly [number, Rational])[][];
}

export function sharesOf(catalogue: Catalogue, live: readonly boolean[]): IndicatorShares {
  const { groups, indicators, lookup } = catalogue;
  // Units of the children that entered, per group; groups are pre-order, so walk backwards.
  const liveUnits = new Array<number>(groups.length).fill(0);
  // Stryker disable next-line ArrayDeclaration,BooleanLiteral: every groupLive[g] is written before it is read (children follow their parent in pre-order and the walk is backwards), so neither the length nor the fill value is ever seen
  const groupLive = new Array<boolean>(groups.length).fill(false);
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    for (const child of group.children) {
      if (group.childKind === 'indicator') {
        const i = lookup.indicators[child] as number;
        if (live[i]) liveUnits[g] = (liveUnits[g] as number) + indicators[i]!.units;
      } else {
        const c = lookup.groups[child] as number;
        if (groupLive[c]) liveUnits[g] = (liveUnits[g] as number) + groups[c]!.units;
      }
    }
    groupLive[g] = (liveUnits[g] as number) > 0;
  }
  let rootLive = 0;
  groups.forEach((group, g) => {
    if (group.parent === null && groupLive[g]) rootLive += group.units;
  });

  const index: Rational[] = [];
  const perGroup: [number, Rational][][] = [];
  indicators.forEach((indicator, i) => {
    const path = indicator.groupPath.map((id) => lookup.groups[id] as number);
    if (!live[i]) {
      index.push(rational(0));
      perGroup.push(path.map((g) => [g, rational(0)]));
      return;
    }
    // Share within each ancestor, bottom up: the indicator's share of its own group first.
    const shares: [number, Rational][] = [];
    let share = rational(indicator.units, liveUnits[path[path.length - 1] as number] as number);
    for (let k = path.length - 1; k >= 0; k--) {
      const g = path[k] as number;
      shares.unshift([g, share]);
      const parentLive = k > 0 ? (liveUnits[path[k - 1] as number] as number) : rootLive;
      share = mul(share, div(rational(groups[g]!.units), rational(parentLive)));
    }
    index.push(share);
    perGroup.push(shares);
  });
  return { index, groups: perGroup };
}
