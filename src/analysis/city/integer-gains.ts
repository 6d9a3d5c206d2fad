import { bigLcm, rational, type Rational } from '../../arithmetic/rational.js';
import type { UnitChoices } from './menu-point.js';

/*
 * The units' options on one indicator as whole numbers, for the mean and weighted menus. The
 * consolidated value there is Σ weight × level / Σ weight, so a raise moves it by weight × rise.
 * Scaled by the common denominator of the levels (a fractional level such as 7/6) and of the
 * weights ("1.5"), every weight × rise is a whole number, and so is every cost scaled by the
 * common denominator of the costs: the menu is then built over safe integers, its partial sums
 * counted exactly before it runs.
 */

export interface IntegerChoices {
  /** Per unit, per option: weight × (level − current level), in whole gain steps. */
  readonly gains: readonly (readonly number[])[];
  /** Per unit, per option: its cost in whole cost steps. */
  readonly costs: readonly (readonly number[])[];
  /** What one gain step adds to the consolidated value. */
  readonly gainStep: Rational;
  /** What one cost step costs. */
  readonly costStep: Rational;
}

/** The whole-number options, or undefined when a total would pass 2^53 (not exact in a double). */
export function integerChoices(units: readonly UnitChoices[], weighted: boolean): IntegerChoices | undefined {
  let levelScale = 1n;
  let weightScale = 1n;
  let costScale = 1n;
  for (const unit of units) {
    levelScale = bigLcm(levelScale, unit.current.den);
    if (weighted) weightScale = bigLcm(weightScale, unit.weight.den);
    for (const option of unit.options) costScale = bigLcm(costScale, option.cost.den);
  }
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  let weightTotal = 0n;
  let gainTotal = 0n;
  let costTotal = 0n;
  const gains: number[][] = [];
  const costs: number[][] = [];
  for (const unit of units) {
    const weight = weighted ? (unit.weight.num * weightScale) / unit.weight.den : 1n;
    weightTotal += weight;
    const from = (unit.current.num * levelScale) / unit.current.den;
    const unitGains = unit.options.map((option) => weight * ((option.level.num * levelScale) / option.level.den - from));
    const unitCosts = unit.options.map((option) => (option.cost.num * costScale) / option.cost.den);
    // Options rise in level and cost: the last is the largest of each.
    gainTotal += unitGains.at(-1) ?? 0n;
    costTotal += unitCosts.at(-1) ?? 0n;
    if (gainTotal > limit || costTotal > limit) return undefined;
    gains.push(unitGains.map(Number));
    costs.push(unitCosts.map(Number));
  }
  return { gains, costs, gainStep: rational(1n, levelScale * (weightTotal === 0n ? 1n : weightTotal)), costStep: rational(1n, costScale) };
}
