import { formatExactDecimal } from '../arithmetic/decimal-string.js';
import { parseFraction, type Rational } from '../arithmetic/rational.js';
import { roundRatio } from '../arithmetic/rounding.js';
import type { Language } from '../model/localized.js';
import type { IndicatorScore } from '../model/result.js';
import { t } from './labels.js';
import { formatDecimal } from './number-format.js';
import { checkLanguage } from './render-options.js';

/**
 * An exact value for display: a terminating decimal in full ("3.5"), otherwise rounded half up
 * to `decimals` places with a leading "≈" ("≈2.33" for 7/3), so a fraction never reaches a
 * spreadsheet that would read "7/3" as a date. `approximate: false` leaves the "≈" out.
 */
export function exactText(value: Rational, decimals = 2, approximate = true): string {
  const text = formatExactDecimal(value);
  if (!text.includes('/')) return text;
  return `${approximate ? '≈' : ''}${roundRatio(value.num, value.den, decimals, 'halfUp')}`;
}

/** A level as given in a result (integer, or a roll-up fraction such as "7/2") as display text. */
export function fractionAsDecimal(level: number | string, decimals = 2, approximate = true): string {
  if (typeof level === 'number') return String(level);
  const parsed = parseFraction(level);
  return parsed ? exactText(parsed, decimals, approximate) : level;
}

/**
 * A level as given in a result, exactly: a whole level as it is, a fraction as its decimal in
 * full when it ends ("25/8" is "3.125"), else as the fraction ("7/3"), never rounded.
 */
export function exactLevelText(level: number | string): string {
  if (typeof level === 'number') return String(level);
  const parsed = parseFraction(level);
  return parsed ? formatExactDecimal(parsed) : level;
}

/**
 * A level as given anywhere (a result, a comparison, a plan, a roll-up: a whole number or an exact
 * fraction such as "7/3"), or null, as the reports show it in the language: in full when it has at
 * most two decimals ("2,5", "1,26"), else rounded half up to two places after "≈" ("≈2,33" for
 * 7/3, "≈3,13" for 3.125), so a shown level is either exact or visibly rounded, a column of levels
 * stays narrow, and a fraction never reaches a reader (or a spreadsheet, which would read "7/3" as
 * a date) raw. One rule for a unit's value and a city's consolidated value alike. A language
 * other than "id"/"en" throws a `SpbeError` (`option.invalid`, path `["lang"]`).
 *
 * @example
 * ```ts
 * levelShown(3, 'id');       // "3"
 * levelShown('63/50', 'id'); // "1,26"
 * levelShown('7/3', 'en');   // "≈2.33"
 * levelShown('25/8', 'en');  // "≈3.13"
 * levelShown(null, 'id');    // "–"
 * ```
 * @category Reports
 */
export function levelShown(level: number | string | null, lang: Language): string {
  checkLanguage(lang);
  if (level === null) return '–';
  if (typeof level === 'number') return String(level);
  const value = parseFraction(level);
  if (value === undefined) return level;
  // Exact within two decimals when 100 × value is whole; otherwise the display rounds, and says so.
  return formatDecimal((value.num * 100n) % value.den === 0n ? formatExactDecimal(value) : `≈${roundRatio(value.num, value.den, 2, 'halfUp')}`, lang);
}

/** An indicator's level as shown: the level, "na" or "–", localised when fractional. */
export function levelText(indicator: IndicatorScore, lang: Language): string {
  if (indicator.level !== null) return levelShown(indicator.level, lang);
  return indicator.status === 'missing' ? t('notAssessed', lang) : t('notApplicable', lang);
}
