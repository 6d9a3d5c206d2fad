import type { Catalogue } from '../../model/catalogue.js';
import type { SafeResult } from '../../model/issue.js';
import type { ScoreResult } from '../../model/result.js';
import { safeScore } from '../../scoring/score.js';

/** Re-scores the planned levels with the analysed result's own options and metadata. */
export function rescore<P extends string>(catalogue: Catalogue<P>, result: ScoreResult, levels: readonly number[]): SafeResult<ScoreResult<P>> {
  const map: Record<string, number | 'na'> = {};
  catalogue.indicators.forEach((indicator, i) => {
    // Stryker disable next-line OptionalChaining: every indicator has an entry (readResultLevels checked the result before any plan is solved), so find never returns undefined here
    const status = result.indicators.find((entry) => entry.id === indicator.id)?.status;
    map[indicator.id] = status === 'not-applicable-minimum' ? 'na' : (levels[i] as number);
  });
  return safeScore(catalogue, { ...result.assessment, levels: map }, result.meta.options);
}
