import { toFractionString, type Rational } from '../arithmetic/rational.js';
import type { Catalogue } from '../model/catalogue.js';
import { makeIssue, type Issue, type SafeResult } from '../model/issue.js';
import type { ResolvedScoreOptions, ScoreOptions } from '../model/options.js';
import type { IndicatorStatus, ScoreResult } from '../model/result.js';
import * as assessmentIssues from './assessment-issues.js';
import { isCompiledCatalogue } from '../catalogue/is-compiled.js';
import { buildResult } from './build-result.js';
import type { KernelOutput } from './kernel/kernel-output.js';
import { runKernel, type PartialKernel } from './kernel/run-kernel.js';
import { EXCLUDED, FRACTIONAL, MISSING, readAssessment, type ReadAssessment } from './read-assessment.js';
import { resolveScoreOptions } from './resolve-options.js';

/**
 * The first half of `safeScore`: read and check the assessment, then run the kernel. `safeScore`
 * turns the outcome into a full result; a roll-up of thousands of units can stop here when it
 * only needs each unit's index and levels.
 */
export interface ScoredLevels {
  readonly options: ResolvedScoreOptions;
  readonly read: ReadAssessment;
  readonly statuses: readonly IndicatorStatus[];
  /**
   * The level that entered the score per position: a whole level, a reduced fraction string
   * ("7/6") for a fractional value, or null.
   */
  readonly entered: readonly (number | string | null)[];
  readonly kernel: KernelOutput;
}

/** `partial`: the kernel for partial whole-level assessments, passed by roll-ups (see `runKernel`). */
export function safeScoreLevels(catalogue: Catalogue, assessment: unknown, options?: ScoreOptions, partial?: PartialKernel): SafeResult<ScoredLevels> {
  if (!isCompiledCatalogue(catalogue)) return { success: false, issues: [assessmentIssues.catalogueInvalid(catalogue)] };
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

  const { levels, minimumForNa, fractions } = read;
  const statuses: IndicatorStatus[] = levels.map((level, i) =>
    level === MISSING
      ? 'missing'
      : level === EXCLUDED
        ? 'not-applicable'
        : minimumForNa.has(i)
          ? 'not-applicable-minimum'
          : 'assessed',
  );
  const entered = levels.map((level, i) =>
    level === FRACTIONAL ? toFractionString(fractions.get(i) as Rational) : level < 0 ? null : level,
  );
  const kernel = runKernel(
    catalogue,
    levels.map((level, i) => (level === FRACTIONAL ? (fractions.get(i) as Rational) : level < 0 ? null : level)),
    partial,
  );
  if (kernel.index === null) return { success: false, issues: [assessmentIssues.nothingApplicable()] };
  return { success: true, output: { options: resolved, read, statuses, entered, kernel } };
}

/** The second half of `safeScore`: the full result of scored levels. */
export function resultOfScoredLevels<P extends string>(catalogue: Catalogue<P>, scored: ScoredLevels): ScoreResult<P> {
  const { kernel, entered, statuses, read, options } = scored;
  return buildResult(catalogue, {
    kernel,
    levels: entered,
    statuses,
    complete: read.complete,
    metadata: read.metadata,
    warnings: read.warnings,
    options,
  });
}
