import { add, compare, div, mul, rational, ZERO, type Rational } from '../../arithmetic/rational.js';

/**
 * How a roll-up turns the levels several units gave one indicator into one level:
 * - `mean`: exact arithmetic mean (fractional levels allowed: 3 and 4 give 7/2);
 * - `median`: the middle level; with an even count, the exact mean of the two middle ones;
 * - `min`: the weakest unit (weakest link); `max`: the strongest;
 * - `weighted`: mean weighted by each unit's weight (`unitWeights`);
 * - `owner`: only the units that own the indicator count (`responsibilities`): the mean of their
 *   levels, or the lead's level under `ownerMode: "lead"`.
 *
 * @example
 * ```ts
 * rollup(permenpanrb592020, assessments, { strategy: 'min' }); // weakest link per indicator
 * ```
 * @category Analysis
 */
export type RollupStrategy = 'mean' | 'median' | 'min' | 'max' | 'weighted' | 'owner';

/**
 * The rollup strategies, in a stable order.
 *
 * @example
 * ```ts
 * ROLLUP_STRATEGIES.includes(flag as RollupStrategy);
 * ```
 * @category Analysis
 */
export const ROLLUP_STRATEGIES: readonly RollupStrategy[] = /* @__PURE__ */ Object.freeze(['mean', 'median', 'min', 'max', 'weighted', 'owner']);

/**
 * Consolidates levels (non-empty; whole numbers or exact fractions) with their unit weights into
 * one exact level.
 */
export function consolidateLevels(strategy: RollupStrategy, given: readonly (number | Rational)[], weights: readonly Rational[]): Rational {
  const levels = given.map((level) => (typeof level === 'number' ? rational(level) : level));
  switch (strategy) {
    case 'mean':
    // The owners are chosen before consolidation; their levels are then averaged.
    case 'owner':
      return div(levels.reduce(add, ZERO), rational(levels.length));
    case 'min':
      return levels.reduce((low, level) => (compare(level, low) < 0 ? level : low));
    case 'max':
      return levels.reduce((high, level) => (compare(level, high) > 0 ? level : high));
    case 'median': {
      const sorted = [...levels].sort(compare);
      const middle = sorted.length >> 1;
      return sorted.length % 2 === 1 ? (sorted[middle] as Rational) : div(add(sorted[middle - 1] as Rational, sorted[middle] as Rational), rational(2));
    }
    case 'weighted': {
      let weighted = ZERO;
      let total = ZERO;
      levels.forEach((level, k) => {
        const weight = weights[k] as Rational;
        weighted = add(weighted, mul(weight, level));
        total = add(total, weight);
      });
      return compare(total, ZERO) > 0 ? div(weighted, total) : ZERO;
    }
  }
}
