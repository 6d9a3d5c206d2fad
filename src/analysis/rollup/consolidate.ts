import { add, compare, div, mul, rational, ZERO, type Rational } from '../../arithmetic/rational.js';

/**
 * How a roll-up turns the levels several units gave one indicator into one level:
 * - `mean`: exact arithmetic mean (fractional levels allowed: 3 and 4 give 7/2);
 * - `median`: the middle level; with an even count, the exact mean of the two middle ones;
 * - `min`: the weakest unit (weakest link); `max`: the strongest;
 * - `weighted`: mean weighted by each unit's weight (`unitWeights`).
 *
 * @example
 * ```ts
 * rollup(permenpanrb592020, assessments, { strategy: 'min' }); // weakest link per indicator
 * ```
 * @category Analysis
 */
export type RollupStrategy = 'mean' | 'median' | 'min' | 'max' | 'weighted';

/**
 * The rollup strategies, in a stable order.
 *
 * @example
 * ```ts
 * ROLLUP_STRATEGIES.includes(flag as RollupStrategy);
 * ```
 * @category Analysis
 */
export const ROLLUP_STRATEGIES: readonly RollupStrategy[] = /* @__PURE__ */ Object.freeze(['mean', 'median', 'min', 'max', 'weighted']);

/** Consolidates integer levels (non-empty) with their unit weights into one exact level. */
export function consolidateLevels(strategy: RollupStrategy, levels: readonly number[], weights: readonly Rational[]): Rational {
  switch (strategy) {
    case 'mean': {
      let sum = 0;
      for (const level of levels) sum += level;
      return rational(sum, levels.length);
    }
    case 'min':
      return rational(Math.min(...levels));
    case 'max':
      return rational(Math.max(...levels));
    case 'median': {
      const sorted = [...levels].sort((a, b) => a - b);
      const middle = sorted.length >> 1;
      return sorted.length % 2 === 1
        ? rational(sorted[middle] as number)
        : rational((sorted[middle - 1] as number) + (sorted[middle] as number), 2);
    }
    case 'weighted': {
      let weighted = ZERO;
      let total = ZERO;
      levels.forEach((level, k) => {
        const weight = weights[k] as Rational;
        weighted = add(weighted, mul(weight, rational(level)));
        total = add(total, weight);
      });
      return compare(total, ZERO) > 0 ? div(weighted, total) : ZERO;
    }
  }
}
