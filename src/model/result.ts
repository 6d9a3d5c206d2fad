import type { Localized } from './localized.js';
import type { AssessmentMetadata } from './assessment.js';
import type { Issue } from './issue.js';
import type { ResolvedScoreOptions } from './options.js';

/** A predikat as it appears in results. @category Result */
export interface PredicateRef<P extends string = string> {
  readonly id: P;
  readonly label: Localized;
  /** The band's maturity name, where the catalogue gives one (8/2026: "Berkembang" / "Developing"). */
  readonly maturity?: Localized;
}

/**
 * A scored value: the display string, the exact reduced fraction and the predikat.
 * @category Result
 */
export interface ScoredValue<P extends string = string> {
  /** Display value, rounded as the options say ("2.95"). */
  readonly value: string;
  /** Exact reduced fraction ("1179/400"). */
  readonly exact: string;
  readonly predicate: PredicateRef<P>;
}

/** The score of one group (domain, aspect, ...). @category Result */
export interface GroupScore<P extends string = string> {
  /** Display value; null when nothing in the group was applicable (never 0). */
  readonly value: string | null;
  /** Exact reduced fraction; null exactly when `value` is. */
  readonly exact: string | null;
  readonly predicate: PredicateRef<P> | null;
  /** Assessed weight / total weight of the group, as an exact fraction ("1" when complete). */
  readonly coverage: string;
  readonly id: string;
  readonly tier: string;
  readonly parent: string | null;
  readonly label: Localized;
  /** The group's weight in catalogue units ("16.5"). */
  readonly weight: string;
}

/**
 * How an indicator entered the score: assessed; missing (only under `missing: "partial"`);
 * not applicable and excluded; or not applicable and counted at the scale minimum.
 * @category Result
 */
export type IndicatorStatus = 'assessed' | 'missing' | 'not-applicable' | 'not-applicable-minimum';

/** The score of one indicator. @category Result */
export interface IndicatorScore {
  readonly id: string;
  readonly number: number;
  readonly label: Localized;
  /** Id of the group the indicator belongs to (its aspect, in the SPBE catalogues). */
  readonly group: string;
  readonly status: IndicatorStatus;
  /**
   * The exact level that entered the score: an integer; a reduced fraction string such as "7/6"
   * for a fractional value (catalogues whose scale takes them, and consolidated roll-ups); null
   * when the indicator did not enter the score.
   */
  readonly level: number | string | null;
  /**
   * `level` for display, rounded as the result's display options say ("1.17" for "7/6",
   * "3.00" for 3); null exactly when `level` is.
   */
  readonly levelDisplay: string | null;
  /** The indicator's weight in catalogue units ("1.3"). */
  readonly weight: string;
  /**
   * The indicator's exact share of the index: level × weight / total weight (with weights
   * re-normalised within groups when some indicators did not enter the score). The
   * contributions add up to the index exactly.
   */
  readonly contribution: {
    /** Exact reduced fraction ("39/1000"). */
    readonly exact: string;
    /** Rounded to two more decimals than the display values ("0.0390"). */
    readonly value: string;
  };
}

/** What produced a result, so anyone can re-check it. @category Result */
export interface ResultMeta {
  readonly catalogue: { readonly id: string; readonly revision: string; readonly checksum: string };
  readonly library: { readonly name: string; readonly version: string };
  readonly options: ResolvedScoreOptions;
  /**
   * "sha256:<hex>" over the inputs: levels as given, assessment metadata, catalogue checksum,
   * resolved options and library version. Re-check it with `verifyFingerprint`; it covers no
   * derived value (`verifyResult` checks those) and is no signature.
   */
  readonly fingerprint: string;
}

/**
 * The result of `score`: a plain, JSON-serialisable object.
 * @category Result
 */
export interface ScoreResult<P extends string = string> {
  readonly index: ScoredValue<P>;
  /** False when some indicators were missing or excluded (see `coverage`, `indicators[].status`). */
  readonly complete: boolean;
  /** Weight that entered the score / total weight, exact fraction ("1" when complete). */
  readonly coverage: string;
  /** Groups of the tier "domain", in catalogue order (empty for catalogues without domains). */
  readonly domains: readonly GroupScore<P>[];
  /** Groups of the tier "aspect", in catalogue order. */
  readonly aspects: readonly GroupScore<P>[];
  /** Every group of every tier, in tree order. */
  readonly groups: readonly GroupScore<P>[];
  readonly indicators: readonly IndicatorScore[];
  /** The assessment's metadata, unchanged. */
  readonly assessment: AssessmentMetadata;
  /** Accepted but noteworthy input, such as level 0 under `allowZero`. */
  readonly warnings: readonly Issue[];
  readonly meta: ResultMeta;
}
