import type { Assessment } from '../model/assessment.js';
import type { Catalogue } from '../model/catalogue.js';
import { capped, SpbeError, type SafeResult } from '../model/issue.js';
import type { ScoreOptions } from '../model/options.js';
import type { ScoreResult } from '../model/result.js';
import { resultOfScoredLevels, safeScoreLevels } from './score-levels.js';

/**
 * Scores an assessment against a catalogue and returns every issue instead of throwing.
 *
 * @example
 * ```ts
 * import { safeScore } from 'spbe-index';
 * import { permenpanrb592020 } from 'spbe-index/catalogues/permenpanrb-59-2020';
 *
 * const outcome = safeScore(permenpanrb592020, JSON.parse(body));
 * if (!outcome.success) return outcome.issues; // every problem at once, bilingual
 * console.log(outcome.output.index.value);
 * ```
 * @category Scoring
 */
export function safeScore<P extends string>(
  catalogue: Catalogue<P>,
  assessment: unknown,
  options?: ScoreOptions,
): SafeResult<ScoreResult<P>> {
  const scored = safeScoreLevels(catalogue, assessment, options);
  if (!scored.success) return capped(scored);
  return { success: true, output: resultOfScoredLevels(catalogue, scored.output) };
}

/**
 * Scores an assessment against a catalogue: the Indeks SPBE, every group's index and the
 * predikat, exactly as KemenPANRB computes them. Throws a {@link SpbeError} carrying every issue
 * when the input is bad.
 *
 * @example
 * ```ts
 * import { score } from 'spbe-index';
 * import { permenpanrb592020 } from 'spbe-index/catalogues/permenpanrb-59-2020';
 *
 * const result = score(permenpanrb592020, { agency: 'Kota Contoh', levels: { '1': 3, ... } });
 * result.index.value;        // "2.95"
 * result.index.exact;        // "1179/400"
 * result.index.predicate.id; // "baik"
 * ```
 * @category Scoring
 */
export function score<P extends string>(
  catalogue: Catalogue<P>,
  assessment: Assessment,
  options?: ScoreOptions,
): ScoreResult<P> {
  const outcome = safeScore(catalogue, assessment, options);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
