import { rational, type Rational } from '../arithmetic/rational.js';
import type { Assessment } from '../model/assessment.js';
import type { Catalogue } from '../model/catalogue.js';
import { makeIssue, SpbeError, type Issue, type SafeResult } from '../model/issue.js';
import type { ScoreOptions } from '../model/options.js';
import type { IndicatorStatus, ScoreResult } from '../model/result.js';
import { assessmentIssues } from './assessment-issues.js';
import { buildResult } from './build-result.js';
import { sumComplete, sumExact } from './kernel.js';
import { sumPartialSafe } from './kernel-partial.js';
import { EXCLUDED, MISSING, readAssessment } from './read-assessment.js';
import { resolveScoreOptions } from './resolve-options.js';

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
  const issues: Issue[] = [];
  let resolved;
  let read;
  try {
    resolved = resolveScoreOptions(options, issues);
    read = readAssessment(catalogue, assessment, resolved, issues);
  } catch {
    // A getter or proxy in hand-made input can throw while being read: report it, never crash.
    const message = { id: 'Penilaian tidak dapat dibaca sebagai data biasa.', en: 'The assessment could not be read as plain data.' };
    return { success: false, issues: [makeIssue('assessment.invalid_type', [], message, { expected: 'plain JSON data' })] };
  }
  if (read === undefined || issues.length > 0) return { success: false, issues };

  const { levels, minimumForNa } = read;
  const statuses: IndicatorStatus[] = levels.map((level, i) =>
    level === MISSING
      ? 'missing'
      : level === EXCLUDED
        ? 'not-applicable'
        : minimumForNa.has(i)
          ? 'not-applicable-minimum'
          : 'assessed',
  );
  const entered = levels.map((level) => (level < 0 ? null : level));
  let kernel;
  if (read.complete) {
    kernel = sumComplete(catalogue, levels);
  } else {
    // Safe-integer fractions first (the usual partial department assessment); bigint if they overflow.
    kernel =
      sumPartialSafe(catalogue, entered) ??
      sumExact(
        catalogue,
        entered.map((level): Rational | null => (level === null ? null : rational(level))),
      );
    if (kernel.index === null) return { success: false, issues: [assessmentIssues.nothingApplicable()] };
  }
  const output = buildResult(catalogue, {
    kernel,
    levels: entered,
    statuses,
    complete: read.complete,
    metadata: read.metadata,
    warnings: read.warnings,
    options: resolved,
  });
  return { success: true, output };
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
