import { add, compare, div, mul, rational, ZERO, type Rational } from '../arithmetic/rational.js';
import type { Catalogue } from '../model/catalogue.js';

/**
 * The scoring kernel: every group value is Σ(level × weight) / Σ weight over its indicators,
 * computed without intermediate rounding. Two paths compute the same formula:
 * - `sumComplete`, the hot path: integer levels for every indicator, safe-integer arithmetic
 *   with prefix sums over the tree-ordered indicators (a group is a contiguous range);
 * - `sumExact`, for everything else (missing or excluded indicators, fractional levels): bigint
 *   rationals, with weights re-normalised within each group over the children that have a value.
 * For a complete assessment both give identical values (a property test pins this).
 */

/** An exact value as numerator and positive denominator (numbers while safe, else bigints). */
export interface Fraction {
  readonly num: number | bigint;
  readonly den: number | bigint;
}

export interface KernelOutput {
  /** Value per group position; null when nothing in the group entered the score. */
  readonly groups: readonly (Fraction | null)[];
  readonly index: Fraction | null;
  /** Each indicator's exact share of the index. */
  readonly contributions: readonly Fraction[];
  /** Assessed weight / total weight per group position. */
  readonly groupCoverage: readonly Fraction[];
  readonly coverage: Fraction;
}

const FULL: Fraction = { num: 1, den: 1 };

/** Hot path: all levels are integers within the catalogue's range. */
export function sumComplete(catalogue: Catalogue, levels: readonly number[]): KernelOutput {
  const { indicators, groups, totalUnits } = catalogue;
  const prefix = new Array<number>(indicators.length + 1);
  const contributions = new Array<Fraction>(indicators.length);
  let acc = 0;
  prefix[0] = 0;
  for (let i = 0; i < indicators.length; i++) {
    const product = (levels[i] as number) * (indicators[i] as { units: number }).units;
    acc += product;
    prefix[i + 1] = acc;
    contributions[i] = { num: product, den: totalUnits };
  }
  const groupValues = new Array<Fraction>(groups.length);
  const groupCoverage = new Array<Fraction>(groups.length);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g] as { from: number; to: number; units: number };
    groupValues[g] = { num: (prefix[group.to] as number) - (prefix[group.from] as number), den: group.units };
    groupCoverage[g] = FULL;
  }
  return { groups: groupValues, index: { num: acc, den: totalUnits }, contributions, groupCoverage, coverage: FULL };
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Back to safe-integer numbers where they fit, so formatting downstream stays on the fast path. */
function toFraction(value: Rational): Fraction {
  const { num, den } = value;
  if (den <= SAFE && num <= SAFE && num >= -SAFE) return { num: Number(num), den: Number(den) };
  return { num, den };
}

/**
 * General path: `levels[i]` is an exact level or null (missing / not applicable, excluded).
 * Each group's value is the weighted mean of its children that have a value; each indicator's
 * contribution is its level times the product of its re-normalised weight shares on the way up.
 */
export function sumExact(catalogue: Catalogue, levels: readonly (Rational | null)[]): KernelOutput {
  const { groups, indicators, lookup } = catalogue;
  const values = new Array<Rational | null>(groups.length).fill(null);
  /** Σ of the weights of the children that have a value, per group. */
  const liveUnits = new Array<Rational>(groups.length).fill(ZERO);
  const assessedUnits = new Array<bigint>(groups.length).fill(0n);

  const childValue = (childKind: 'group' | 'indicator', id: string): { value: Rational | null; units: number } => {
    if (childKind === 'indicator') {
      const position = lookup.indicators[id] as number;
      return { value: levels[position] ?? null, units: (indicators[position] as { units: number }).units };
    }
    const position = lookup.groups[id] as number;
    return { value: values[position] ?? null, units: (groups[position] as { units: number }).units };
  };

  // Groups are in pre-order, so walking them backwards visits children before parents.
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    let weighted = ZERO;
    let live = ZERO;
    for (const childId of group.children) {
      const { value, units } = childValue(group.childKind, childId);
      if (value === null) continue;
      weighted = add(weighted, mul(value, rational(units)));
      live = add(live, rational(units));
    }
    liveUnits[g] = live;
    values[g] = compare(live, ZERO) > 0 ? div(weighted, live) : null;
    let assessed = 0n;
    for (let i = group.from; i < group.to; i++) {
      if (levels[i] !== null && levels[i] !== undefined) assessed += BigInt((indicators[i] as { units: number }).units);
    }
    assessedUnits[g] = assessed;
  }

  const topIds = groups.filter((group) => group.parent === null).map((group) => group.id);
  let indexWeighted = ZERO;
  let indexLive = ZERO;
  for (const id of topIds) {
    const position = lookup.groups[id] as number;
    const value = values[position];
    if (value === null || value === undefined) continue;
    const units = rational((groups[position] as { units: number }).units);
    indexWeighted = add(indexWeighted, mul(value, units));
    indexLive = add(indexLive, units);
  }
  const index = compare(indexLive, ZERO) > 0 ? div(indexWeighted, indexLive) : null;

  // Share of the index per unit of each group's own weight, top down.
  const share = new Array<Rational>(groups.length).fill(ZERO);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    if (values[g] === null) continue;
    const parentShare =
      group.parent === null ? (compare(indexLive, ZERO) > 0 ? div(rational(1), indexLive) : ZERO) : perUnit(group.parent);
    share[g] = mul(parentShare, rational(group.units));
  }
  function perUnit(parentId: string): Rational {
    const position = lookup.groups[parentId] as number;
    const live = liveUnits[position] as Rational;
    return compare(live, ZERO) > 0 ? div(share[position] as Rational, live) : ZERO;
  }

  const contributions = indicators.map((indicator) => {
    const level = levels[indicator.position];
    if (level === null || level === undefined) return toFraction(ZERO);
    const parentId = indicator.groupPath[indicator.groupPath.length - 1] as string;
    return toFraction(mul(level, mul(perUnit(parentId), rational(indicator.units))));
  });

  let totalAssessed = 0n;
  for (const id of topIds) totalAssessed += assessedUnits[lookup.groups[id] as number] as bigint;

  return {
    groups: values.map((value) => (value === null ? null : toFraction(value))),
    index: index === null ? null : toFraction(index),
    contributions,
    groupCoverage: groups.map((group, g) => toFraction(rational(assessedUnits[g] as bigint, BigInt(group.units)))),
    coverage: toFraction(rational(totalAssessed, BigInt(catalogue.totalUnits))),
  };
}
