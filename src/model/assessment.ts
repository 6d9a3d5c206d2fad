/**
 * What one indicator is given in an assessment:
 * - a level (an integer on the indicator's scale);
 * - on a scale that takes fractional values (PermenPANRB 8/2026), an exact value: a fraction
 *   string ("7/6"), a decimal string ("1.26") or a number read by its shortest decimal;
 * - `"na"` (not applicable) where the catalogue or the options allow it;
 * - `{ criteria: [...] }`: the ids of the criteria met, from which the level is derived under
 *   the cumulative rule (the indicator or its scale must have criteria);
 * - `{ value: "1.25" }`: a measured value (decimal string or number) that the indicator's
 *   measure bands map to a level.
 * @category Model
 */
export type LevelInput = number | 'na' | ExactValueText | CriteriaInput | MeasuredInput;

/** An exact value written as text: `"7/6"` or `"1.26"`. @category Model */
export type ExactValueText = `${number}` | `${number}/${number}`;

/** The criteria met for one indicator. @category Model */
export interface CriteriaInput {
  readonly criteria: readonly string[];
}

/** A measured value for one indicator, as a decimal string ("1.25") or a number. @category Model */
export interface MeasuredInput {
  readonly value: string | number;
}

/**
 * An agency's assessment: one level per indicator id, plus optional metadata that is carried
 * into the result unchanged.
 *
 * @example
 * ```ts
 * const assessment: Assessment = {
 *   agency: 'Pemerintah Kota Contoh',
 *   year: 2024,
 *   levels: { '1': 3, '2': 4, '3': 3 },
 * };
 * ```
 * @category Model
 */
export interface Assessment {
  /** The id of the catalogue the assessment is for; scoring it with another one is an issue. */
  readonly catalogue?: string;
  /** Level (or criteria met, or measured value) per indicator id or alternative code ("I5"). */
  readonly levels: Readonly<Record<string, LevelInput>>;
  /** Name of the assessed agency or unit. */
  readonly agency?: string | undefined;
  /** Evaluation year. */
  readonly year?: number | undefined;
  /** Free-text note. */
  readonly note?: string | undefined;
  /** Per-indicator notes (explanations, evidence references). */
  readonly notes?: Readonly<Record<string, string>> | undefined;
  /** A JSON Schema reference, allowed so that editors can validate assessment files. */
  readonly $schema?: string | undefined;
}

/** The metadata of an assessment, as carried into a result. @category Model */
export interface AssessmentMetadata {
  readonly agency?: string | undefined;
  readonly year?: number | undefined;
  readonly note?: string | undefined;
  readonly notes?: Readonly<Record<string, string>> | undefined;
}
