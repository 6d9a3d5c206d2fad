import { withDecimalComma } from '../arithmetic/decimal-string.js';
import type { Language } from '../model/localized.js';
import { checkLanguage } from './render-options.js';

/**
 * Formats one of the library's display strings ("3.83", "+0.15", "1.3", "10/3") for a language:
 * Indonesian writes a decimal comma ("3,83"), English a decimal point. Only the separator
 * changes; the digits are the library's exact rounding, so no float ever touches a score. A
 * language other than "id"/"en" throws a `SpbeError` (`option.invalid`, path `["lang"]`).
 *
 * @example
 * ```ts
 * formatDecimal('3.83', 'id'); // "3,83"
 * formatDecimal('3.83', 'en'); // "3.83"
 * formatDecimal(null, 'id');   // "–"
 * ```
 * @category Reports
 */
export function formatDecimal(display: string | null | undefined, lang: Language): string {
  checkLanguage(lang);
  if (display === null || display === undefined) return '–';
  return lang === 'id' ? withDecimalComma(display) : display;
}
