import { fractionOf, type Fraction } from '../../arithmetic/ratio.js';
import { add, div, mul, rational, ZERO, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { KernelOutput } from './kernel-output.js';
import { groupOf, indexSharePerUnit, liveWeights } from './shares.js';

const ZERO_FRACTION: Fraction = Object.freeze({ num: 0, den: 1 });

/**
 * The exact path, on bigint rationals: any level (fractional ones, and whole ones with some left
 * out: always in `score`, and in a roll-up where its safe-integer path would overflow). Each
 * group's value is the weighted mean of its children that have a value (an indicator left out
 * drops out of its group, never silently out of the whole denominator); each indicator's
 * contribution is its level times its share of the index, so the contributions add up to the
 * index exactly. `levels[i]` is null when indicator `i` did not enter.
 */
export function sumExact(catalogue: Catalogue, levels: readonly (Rational | null)[]): KernelOutput {
  const { groups, indicators, lookup } = catalogue;
  const live = liveWeights(catalogue, levels.map((level) => level !== null));
  const values = new Array<Rational | null>(groups.length).fill(null);
  const assessed = new Array<number>(groups.length).fill(0);
  // Groups are in pre-order, so walking them backwards visits children before parents.
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    let weighted = ZERO;
    for (const id of group.children) {
      const byIndicator = group.childKind === 'indicator';
      const position = (byIndicator ? lookup.indicators[id] : lookup.groups[id]) as number;
      const value = byIndicator ? levels[position] : values[position];
      if (!value) continue;
      weighted = add(weighted, mul(value, rational((byIndicator ? indicators[position]! : groups[position]!).units)));
    }
    const own = live.groups[g]!;
    if (own > 0) values[g] = div(weighted, rational(own));
    let held = 0;
    for (let i = group.from; i < group.to; i++) if (levels[i] !== null) held += indicators[i]!.units;
    assessed[g] = held;
  }

  let indexWeighted = ZERO;
  let totalAssessed = 0;
  groups.forEach((group, g) => {
    if (group.parent !== null) return;
    totalAssessed += assessed[g]!;
    const value = values[g];
    if (value) indexWeighted = add(indexWeighted, mul(value, rational(group.units)));
  });

  const perUnit = indexSharePerUnit(catalogue, live);
  const contributions = indicators.map((indicator, i): Fraction => {
    const level = levels[i];
    return level ? fractionOf(mul(level, mul(perUnit[groupOf(catalogue, i)]!, rational(indicator.units)))) : ZERO_FRACTION;
  });
  return {
    groups: values.map((value) => (value === null ? null : fractionOf(value))),
    index: live.top > 0 ? fractionOf(div(indexWeighted, rational(live.top))) : null,
    contributions,
    groupCoverage: groups.map((group, g) => fractionOf(rational(assessed[g]!, group.units))),
    coverage: fractionOf(rational(totalAssessed, catalogue.totalUnits)),
  };
}
