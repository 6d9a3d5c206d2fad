import { checksumOf } from '../catalogue/checksum.js';
import type { AssessmentMetadata } from '../model/assessment.js';
import type { ResolvedScoreOptions } from '../model/options.js';
import type { IndicatorStatus, ScoreResult } from '../model/result.js';

/**
 * The fingerprint of a result: "sha256:<hex>" over everything that determines it — the levels as
 * they were given (a level, "na", or absent when missing), the assessment's metadata, the
 * catalogue checksum, the resolved options and the library version. Two results with the same
 * fingerprint were computed from the same inputs, so a published figure can be re-checked.
 */

/** Fingerprint format version: bump when the hashed content changes shape. */
const FINGERPRINT_VERSION = 1;

export interface FingerprintInput {
  readonly catalogueChecksum: string;
  readonly libraryVersion: string;
  readonly options: ResolvedScoreOptions;
  readonly metadata: AssessmentMetadata;
  /** Per indicator in catalogue order: its id, status and the level that entered the score. */
  readonly ids: readonly string[];
  readonly statuses: readonly IndicatorStatus[];
  readonly levels: readonly (number | string | null)[];
}

export function fingerprintOf(input: FingerprintInput): string {
  // The levels as the assessment gave them, so the hash does not depend on how they were scored.
  const levels = Object.create(null) as Record<string, number | string>;
  input.ids.forEach((id, i) => {
    const status = input.statuses[i];
    if (status === 'missing') return;
    levels[id] = status === 'assessed' ? (input.levels[i] as number | string) : 'na';
  });
  return checksumOf({
    fingerprint: FINGERPRINT_VERSION,
    catalogue: input.catalogueChecksum,
    library: input.libraryVersion,
    options: input.options,
    assessment: input.metadata,
    levels,
  });
}

/**
 * Recomputes a result's fingerprint from the inputs it records (levels, metadata, catalogue
 * checksum, options, library version) and tells whether it matches `result.meta.fingerprint`.
 * False means the result was edited after it was computed (or comes from a different input).
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
    ids: result.indicators.map((indicator) => indicator.id),
    statuses: result.indicators.map((indicator) => indicator.status),
    levels: result.indicators.map((indicator) => indicator.level),
  });
  return expected === result.meta.fingerprint;
}
