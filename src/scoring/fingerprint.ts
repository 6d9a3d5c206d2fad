import { canonicalJson, checksumText } from '../catalogue/checksum.js';
import type { AssessmentMetadata } from '../model/assessment.js';
import type { ResolvedScoreOptions } from '../model/options.js';
import type { IndicatorStatus, ScoreResult } from '../model/result.js';

/**
 * The fingerprint of a result: "sha256:<hex>" over everything that determines it — the levels as
 * they were given (a level, "na", or absent when missing), the assessment's metadata, the
 * catalogue checksum, the resolved options and the library version. Two results with the same
 * fingerprint were computed from the same inputs. It covers no derived value (verifyResult checks
 * those) and is no signature: it has no secret, so whoever edits a level can compute it again.
 */

/** Fingerprint format version: bump when the hashed content changes shape. */
const FINGERPRINT_VERSION = 2;

export interface FingerprintInput {
  readonly catalogueChecksum: string;
  readonly libraryVersion: string;
  readonly options: ResolvedScoreOptions;
  readonly metadata: AssessmentMetadata;
  /** Per indicator in catalogue order: its status and the level that entered the score. */
  readonly statuses: readonly IndicatorStatus[];
  readonly levels: readonly (number | string | null)[];
}

export function fingerprintOf(input: FingerprintInput): string {
  // Positional: one entry per indicator in catalogue order (the catalogue checksum fixes the
  // ids and their order), "na" when not applicable, empty when missing. A short flat text keeps
  // the hashing cheap on the scoring hot path.
  let levels = '';
  for (let i = 0; i < input.statuses.length; i++) {
    const status = input.statuses[i];
    if (i > 0) levels += ',';
    if (status === 'missing') continue;
    levels += status === 'assessed' ? String(input.levels[i]) : 'na';
  }
  const { options } = input;
  return checksumText(
    [
      `spbe-index fingerprint v${FINGERPRINT_VERSION}`,
      input.catalogueChecksum,
      input.libraryVersion,
      // Every option, in a fixed order (no key sorting per call).
      `${options.decimals} ${options.rounding} ${options.predicateFrom} ${options.allowZero} ${options.missing} ${options.notApplicable} ${JSON.stringify(options.allowNotApplicable)}`,
      canonicalJson(input.metadata),
      levels,
    ].join('\n'),
  );
}

/**
 * Recomputes a result's fingerprint from the inputs it records (levels, metadata, catalogue
 * checksum, options, library version) and tells whether it matches `result.meta.fingerprint`.
 * False means a recorded input was edited after it was computed (or comes from a different
 * input). True says nothing about the derived values: an edited `index.value` keeps a matching
 * fingerprint. To check those, use `verifyResult(catalogue, result)` (spbe-index/analysis) or
 * `spbe verify`. The fingerprint has no secret, so it does not show who computed the result.
 *
 * @example
 * ```ts
 * const result = score(permenpanrb592020, assessment);
 * verifyFingerprint(result); // true
 * verifyFingerprint({ ...result, assessment: { agency: 'Other' } }); // false
 * ```
 * @category Scoring
 */
export function verifyFingerprint(result: ScoreResult): boolean {
  const expected = fingerprintOf({
    catalogueChecksum: result.meta.catalogue.checksum,
    libraryVersion: result.meta.library.version,
    options: result.meta.options,
    metadata: result.assessment,
    statuses: result.indicators.map((indicator) => indicator.status),
    levels: result.indicators.map((indicator) => indicator.level),
  });
  return expected === result.meta.fingerprint;
}
