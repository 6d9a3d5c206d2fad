import type { Catalogue } from '../model/catalogue.js';
import type { Fraction, KernelOutput } from './kernel.js';

/**
 * The re-normalised formula, written once over any exact number type: each group's value is the
 * weighted mean of its children that have a value (indicators missing or not applicable drop out
 * of their group, never silently out of the whole denominator); each indicator's contribution is
 * its level times the product of its re-normalised weight shares on the way up, so the
 * contributions add up to the index exactly. `sumExact` runs it on bigint rationals,
 * `sumPartialSafe` on safe-integer fractions.
 */

/** The exact arithmetic the formula needs. */
export interface ExactField<T> {
  readonly zero: T;
  int(value: number): T;
  add(a: T, b: T): T;
  mul(a: T, b: T): T;
  /** `a × n` for a non-negative integer `n` (a weight in units). */
  mulInt(a: T, n: number): T;
  /** `a / n` for a positive integer `n`. */
  divInt(a: T, n: number): T;
  toFraction(a: T): Fraction;
}

/** `levels[i]`: the exact level of indicator `i`, or null when it did not enter the score. */
export function sumRenormalised<T>(catalogue: Catalogue, levels: readonly (T | null)[], field: ExactField<T>): KernelOutput {
  const { groups, indicators, lookup } = catalogue;
  const values = new Array<T | null>(groups.length).fill(null);
  /** Σ of the weights of the children that have a value, per group. */
  const liveUnits = new Array<number>(groups.length).fill(0);
  const assessedUnits = new Array<number>(groups.length).fill(0);

  // Groups are in pre-order, so walking them backwards visits children before parents.
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    const byIndicator = group.childKind === 'indicator';
    let weighted = field.zero;
    let live = 0;
    for (const id of group.children) {
      const position = (byIndicator ? lookup.indicators[id] : lookup.groups[id]) as number;
      const value = byIndicator ? levels[position] : values[position];
      if (value === null || value === undefined) continue;
      const units = (byIndicator ? indicators[position]! : groups[position]!).units;
      weighted = field.add(weighted, field.mulInt(value, units));
      live += units;
    }
    liveUnits[g] = live;
    values[g] = live > 0 ? field.divInt(weighted, live) : null;
    let assessed = 0;
    for (let i = group.from; i < group.to; i++) if (levels[i] !== null && levels[i] !== undefined) assessed += indicators[i]!.units;
    assessedUnits[g] = assessed;
  }

  let indexWeighted = field.zero;
  let indexLive = 0;
  let totalAssessed = 0;
  groups.forEach((group, g) => {
    if (group.parent !== null) return;
    totalAssessed += assessedUnits[g] as number;
    const value = values[g];
    if (value === null || value === undefined) return;
    indexWeighted = field.add(indexWeighted, field.mulInt(value, group.units));
    indexLive += group.units;
  });
  const index = indexLive > 0 ? field.divInt(indexWeighted, indexLive) : null;

  // Share of the index per unit of weight inside each group (its share / its live weight), top
  // down, computed once per group: a child's share is its units times its parent's per-unit share.
  const perUnit = new Array<T>(groups.length).fill(field.zero);
  const topPerUnit = indexLive > 0 ? field.divInt(field.int(1), indexLive) : field.zero;
  groups.forEach((group, g) => {
    if (values[g] === null) return;
    const parentPerUnit = group.parent === null ? topPerUnit : (perUnit[lookup.groups[group.parent] as number] as T);
    const share = field.mulInt(parentPerUnit, group.units);
    perUnit[g] = field.divInt(share, liveUnits[g] as number); // live > 0 whenever the group has a value
  });
  const contributions = indicators.map((indicator) => {
    const level = levels[indicator.position];
    if (level === null || level === undefined) return field.toFraction(field.zero);
    const parent = lookup.groups[indicator.groupPath[indicator.groupPath.length - 1] as string] as number;
    return field.toFraction(field.mul(level, field.mulInt(perUnit[parent] as T, indicator.units)));
  });

  const ratio = (num: number, den: number) => field.toFraction(field.divInt(field.int(num), den));
  return {
    groups: values.map((value) => (value === null ? null : field.toFraction(value))),
    index: index === null ? null : field.toFraction(index),
    contributions,
    groupCoverage: groups.map((group, g) => ratio(assessedUnits[g] as number, group.units)),
    coverage: ratio(totalAssessed, catalogue.totalUnits),
  };
}
