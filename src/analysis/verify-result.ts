import { isCompiledCatalogue } from '../catalogue/is-compiled.js';
import type { Catalogue } from '../model/catalogue.js';
import { capIssues, SpbeError, type Issue, type SafeResult } from '../model/issue.js';
import type { ScoreResult } from '../model/result.js';
import { readResult } from './read-result.js';
import { catalogueInvalid } from './resolve-catalogue.js';

/**
 * Verifies a result end to end, returning issues instead of throwing. See {@link verifyResult}.
 *
 * @example
 * ```ts
 * const outcome = safeVerifyResult(permenpanrb592020, JSON.parse(published));
 * if (!outcome.success) for (const issue of outcome.issues) console.error(issue.path.join('.'), issue.message.en);
 * ```
 * @category Analysis
 */
export function safeVerifyResult<P extends string>(catalogue: Catalogue<P>, result: unknown): SafeResult<ScoreResult<P>> {
  if (!isCompiledCatalogue(catalogue)) return { success: false, issues: [catalogueInvalid(catalogue)] };
  const issues: Issue[] = [];
  const view = readResult(catalogue, result, issues);
  return view === undefined ? { success: false, issues: capIssues(issues) } : { success: true, output: view.result };
}

/**
 * Checks that a result follows from its own inputs: re-derives every derived field from the
 * result's levels, statuses and `meta.options` through the library's own scoring (fractional
 * levels of roll-up results included) and compares. Reported, each with its path:
 * - `analysis.result_invalid`: a field has the wrong type, an indicator is missing, unknown or
 *   repeated, or a level does not fit its status or its scale;
 * - `analysis.catalogue_mismatch`: the result was computed with another catalogue;
 * - `result.inconsistent`: a derived field (index, group and indicator values, exact fractions,
 *   predikat, coverage, contributions, labels, weights, `complete`, `meta.fingerprint`) is not what
 *   its inputs give; `expected` says what it should be.
 *
 * The inputs themselves (levels, statuses, the assessment's metadata, the options) cannot be
 * re-derived; the fingerprint names them. So a passing result is consistent, not authentic: one
 * re-scored from edited levels passes too. Every analysis function reads results through the same
 * check, so none of them uses a value that does not follow. `spbe verify` is this check on the
 * command line. Returns the result, typed, when it
 * is consistent; throws a {@link SpbeError} with every issue otherwise.
 *
 * @example
 * ```ts
 * const result = verifyResult(permenpanrb592020, JSON.parse(published)); // throws if edited
 * verifyResult(permenpanrb592020, { ...result, index: { ...result.index, value: '4.99' } });
 * // SpbeError: "index.value" in the result does not follow from its levels, statuses and options …
 * ```
 * @category Analysis
 */
export function verifyResult<P extends string>(catalogue: Catalogue<P>, result: unknown): ScoreResult<P> {
  const outcome = safeVerifyResult(catalogue, result);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
