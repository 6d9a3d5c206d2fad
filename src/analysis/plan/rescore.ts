import type { Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { SafeResult } from '../../model/issue.js';
import type { IndicatorStatus, ScoreResult } from '../../model/result.js';
import { safeScore } from '../../scoring/score.js';
import { scoreExactLevels } from '../../scoring/score-exact-levels.js';

/**
 * Re-scores the planned levels with the analysed result's own options and metadata: through
 * `safeScore` when every level is whole, else (a fractional level that was not raised) through
 * the exact kernel, as a roll-up scores its consolidated levels.
 */
export function rescore<P extends string>(
  catalogue: Catalogue<P>,
  result: ScoreResult,
  levels: readonly Rational[],
  statuses: readonly IndicatorStatus[],
): SafeResult<ScoreResult<P>> {
  if (levels.every((level) => level.den === 1n)) {
    const map: Record<string, number | 'na'> = {};
    catalogue.indicators.forEach((indicator, i) => {
      map[indicator.id] = statuses[i] === 'not-applicable-minimum' ? 'na' : Number((levels[i] as Rational).num);
    });
    return safeScore(catalogue, { ...result.assessment, levels: map }, result.meta.options);
  }
  // Every level entered (plans need complete results), so the kernel always has an index.
  return { success: true, output: scoreExactLevels(catalogue, levels, statuses, result.assessment, result.meta.options) as ScoreResult<P> };
}
