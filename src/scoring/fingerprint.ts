import { canonicalJson, checksumText } from '../catalogue/checksum.js';
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

/** Ids whose JSON text is the id in quotes: nothing to escape. */
const PLAIN_ID = /^[\w.-]*$/;

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
  // The levels as the assessment gave them ("id=level", "id=na"; missing ones left out), in
  // catalogue order: a flat text keeps hashing cheap on the scoring hot path.
  let levels = '';
  for (let i = 0; i < input.ids.length; i++) {
    const status = input.statuses[i];
    if (status === 'missing') continue;
    const id = input.ids[i] as string;
    const level = input.levels[i];
    // The same text as JSON.stringify gives, without calling it for plain ids and numbers (hot path).
    const idText = PLAIN_ID.test(id) ? `"${id}"` : JSON.stringify(id);
    const levelText = status !== 'assessed' ? '"na"' : Number.isFinite(level) ? String(level) : JSON.stringify(level);
    levels += `${idText}=${levelText};`;
  }
  return checksumText(
    [
      `spbe-index fingerprint v${FINGERPRINT_VERSION}`,
      input.catalogueChecksum,
      input.libraryVersion,
      canonicalJson(input.options),
      canonicalJson(input.metadata),
      levels,
    ].join('\n'),
  );
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
