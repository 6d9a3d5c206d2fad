import type { Rational } from '../arithmetic/rational.js';
import type { AssessmentMetadata } from '../model/assessment.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Issue } from '../model/issue.js';
import type { ResolvedScoreOptions } from '../model/options.js';
import type { IndicatorStatus, ScoreResult } from '../model/result.js';
import { buildResult } from './build-result.js';
import { runKernel } from './kernel/run-kernel.js';

/**
 * Scores exact levels that need not be integers (a roll-up's mean of 3 and 4 is 7/2) through the
 * kernel, so consolidated results are computed exactly like any other. Levels are by
 * catalogue position; null means the indicator did not enter the score (its status says why).
 * Returns undefined when nothing entered the score. Internal: inputs are trusted.
 */
export function scoreExactLevels<P extends string>(
  catalogue: Catalogue<P>,
  levels: readonly (Rational | null)[],
  statuses: readonly IndicatorStatus[],
  metadata: AssessmentMetadata,
  options: ResolvedScoreOptions,
  warnings: readonly Issue[] = [],
): ScoreResult<P> | undefined {
  const kernel = runKernel(catalogue, levels);
  if (kernel.index === null) return undefined;
  return buildResult(catalogue, {
    kernel,
    levels: levels.map((level) =>
      level === null ? null : level.den === 1n ? Number(level.num) : `${level.num}/${level.den}`,
    ),
    statuses,
    complete: statuses.every((status) => status === 'assessed' || status === 'not-applicable-minimum'),
    metadata,
    warnings,
    options,
  });
}
