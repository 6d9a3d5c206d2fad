import type { RoundingMode } from '../arithmetic/rounding.js';

/**
 * Where the predikat is read from.
 * - `exact` (default, the official practice): from the unrounded value, so an exact 3.4985 that
 *   displays as "3.50" is still Baik;
 * - `rounded`: from the displayed value, for callers who must reproduce a tool that does so.
 * @category Model
 */
export type PredicateSource = 'exact' | 'rounded';

/**
 * Options of `score`.
 * @category Model
 */
export interface ScoreOptions {
  /** Decimals of every display value; default 2. An integer from 0 to 20. */
  readonly decimals?: number | undefined;
  /** Rounding of display values; default `halfUp`, the official rule. */
  readonly rounding?: RoundingMode | undefined;
  /** Where the predikat comes from; default `exact`, the official rule. */
  readonly predicateFrom?: PredicateSource | undefined;
  /**
   * Accept level 0 on scales that start at 1. Off by default: 0 is not a level of the 59/2020
   * scales, but one published 2023 result can only be explained by it. When on, every 0 is
   * flagged in `result.warnings`.
   */
  readonly allowZero?: boolean | undefined;
  /**
   * What to do when indicators are missing: `reject` (default) reports each one as an issue;
   * `partial` scores what is given, re-normalising weights within each group, and marks the
   * result `complete: false` with its coverage.
   */
  readonly missing?: MissingPolicy | undefined;
  /**
   * How a not-applicable (`"na"`) indicator counts: `exclude` (default) re-normalises weights
   * within its group (a group with nothing applicable has value null, never 0); `minimum`
   * counts it at its scale's minimum level.
   */
  readonly notApplicable?: NotApplicablePolicy | undefined;
  /**
   * Which indicators may be `"na"`: by default only those the catalogue marks
   * `notApplicable: true`; `true` allows any indicator; a list of ids allows those too.
   */
  readonly allowNotApplicable?: boolean | readonly string[] | undefined;
}

/** @category Model */
export type MissingPolicy = 'reject' | 'partial';

/** @category Model */
export type NotApplicablePolicy = 'exclude' | 'minimum';

/** Options after defaults are applied, as recorded in `result.meta.options`. @category Model */
export interface ResolvedScoreOptions {
  readonly decimals: number;
  readonly rounding: RoundingMode;
  readonly predicateFrom: PredicateSource;
  readonly allowZero: boolean;
  readonly missing: MissingPolicy;
  readonly notApplicable: NotApplicablePolicy;
  readonly allowNotApplicable: boolean | readonly string[];
}
