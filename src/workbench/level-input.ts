import type { Indicator, Language, LevelInput } from '../index.js';
import { formatDecimal } from '../report.js';
import { typedDecimal } from './typed-decimal.js';

/** How an indicator is entered: a list of whole levels, or a value (fractional scales; a measured value where the indicator has a measure). */
export type EntryKind = 'select' | 'value';

/** The field an indicator gets: a value input where its scale takes fractions, else a list of levels. */
export function entryKind(indicator: Indicator): EntryKind {
  return indicator.scale.values === 'fractional' ? 'value' : 'select';
}

/** Whether a level input is a measured value (`{ value: … }`). */
export function isMeasured(input: LevelInput | undefined): input is { readonly value: string | number } {
  return typeof input === 'object' && input !== null && 'value' in input;
}

/** The text a value field shows for an entry, in the language's decimal format. */
export function fieldText(input: LevelInput | undefined, lang: Language): string {
  if (input === undefined) return '';
  if (typeof input === 'number') return formatDecimal(String(input), lang);
  if (typeof input === 'string') return input === 'na' ? 'na' : formatDecimal(input, lang);
  if (isMeasured(input)) return formatDecimal(String(input.value), lang);
  return '';
}

/**
 * What a typed value means: empty is no entry, "na" not applicable, anything else the exact text
 * the library reads ("2,5" → "2.5", "7/6" as written). The library, not this function, decides
 * whether it is valid, so an invalid entry gets the library's own issue.
 */
export function readValueField(text: string, measured: boolean): LevelInput | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!measured && /^na$/iu.test(trimmed)) return 'na';
  const exact = typedDecimal(trimmed);
  return measured ? { value: exact } : (exact as LevelInput);
}

/** The option value of a level list for an entry: "3", "na", "" (none), or "kept" (an entry the list cannot show). */
export function selectValue(input: LevelInput | undefined): string {
  if (input === undefined) return '';
  if (typeof input === 'number') return String(input);
  if (input === 'na') return 'na';
  return 'kept';
}

/** The entry a level list's option stands for ("kept" keeps what was loaded). */
export function readSelect(value: string, kept: LevelInput | undefined): LevelInput | undefined {
  if (value === '') return undefined;
  if (value === 'na') return 'na';
  if (value === 'kept') return kept;
  return Number(value);
}
