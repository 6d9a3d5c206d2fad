import { parseDecimal } from '../arithmetic/decimal-string.js';
import { compare, parseFraction, rational, sub, type Rational } from '../arithmetic/rational.js';
import { roundRatio } from '../arithmetic/rounding.js';
import type { Catalogue, Predicate } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import type { ScoreResult } from '../model/result.js';
import { t } from './labels.js';
import { formatDecimal } from './number-format.js';

/** Digits of a repeating period shown in full; a longer period is cut with "…". */
const MAX_PERIOD = 12;

/**
 * An exact fraction as a decimal a reader can check: a terminating decimal in full ("3.8255"),
 * a repeating one with its period in parentheses ("3.(3)" for 10/3, "0.08(3)" for 1/12), and a
 * period longer than 12 digits as 12 decimals followed by "…".
 */
export function exactDecimalText(value: Rational): string {
  const negative = value.num < 0n;
  const num = negative ? -value.num : value.num;
  const whole = num / value.den;
  let remainder = num % value.den;
  const digits: string[] = [];
  const seen = new Map<bigint, number>();
  while (remainder !== 0n && !seen.has(remainder) && digits.length < 40) {
    seen.set(remainder, digits.length);
    remainder *= 10n;
    digits.push((remainder / value.den).toString());
    remainder %= value.den;
  }
  const sign = negative ? '-' : '';
  if (remainder === 0n) return `${sign}${whole}${digits.length > 0 ? `.${digits.join('')}` : ''}`;
  const start = seen.get(remainder);
  if (start !== undefined && digits.length - start <= MAX_PERIOD) {
    return `${sign}${whole}.${digits.slice(0, start).join('')}(${digits.slice(start).join('')})`;
  }
  return `${sign}${whole}.${digits.slice(0, MAX_PERIOD).join('')}…`;
}

/** "3,8255 (7651/2000)": the exact value as a decimal beside its fraction; the decimal alone when it says all. */
export function exactWithFraction(exact: string, lang: Language): string {
  const value = parseFraction(exact);
  if (value === undefined) return exact;
  const decimal = formatDecimal(exactDecimalText(value), lang);
  return value.den === 1n ? decimal : `${decimal} (${exact})`;
}

function lowerOf(band: Predicate): Rational {
  return rational(band.lower.num, band.lower.den);
}

/** The band an exact value falls in (bands are ordered from the highest). */
function bandOf(catalogue: Catalogue, value: Rational): Predicate | undefined {
  return catalogue.predicates.find((band) => compare(value, lowerOf(band)) >= 0) ?? catalogue.predicates[catalogue.predicates.length - 1];
}

/**
 * One line explaining a fragile display, or undefined: when the predikat comes from the exact
 * value and the rounded display falls in another band (an exact 3.4995 shown as "3.50" is Baik,
 * not Sangat Baik), say which value decided and where the band's bound is.
 */
export function fragileNote(catalogue: Catalogue, result: ScoreResult, lang: Language): string | undefined {
  if (result.meta.options.predicateFrom !== 'exact') return undefined;
  const exact = parseFraction(result.index.exact);
  const shown = parseDecimal(result.index.value);
  if (exact === undefined || shown === undefined) return undefined;
  const byDisplay = bandOf(catalogue, shown);
  const band = bandOf(catalogue, exact);
  if (byDisplay === undefined || band === undefined || byDisplay.id === band.id) return undefined;
  const up = compare(shown, exact) > 0;
  const bound = formatDecimal(exactDecimalText(lowerOf(up ? byDisplay : band)), lang);
  const value = formatDecimal(exactDecimalText(exact), lang);
  const display = formatDecimal(result.index.value, lang);
  const decided = `${t('fragileRated', lang)} ${band.label[lang]} ${t('fragileBecause', lang)} ${value} ${t(up ? 'fragileBelow' : 'fragileNotBelow', lang)}`;
  return `${decided} ${t('fragileBound', lang)} ${bound}${up ? ` (${byDisplay.label[lang]})` : ''}; ${display} ${t('fragileOnlyDisplay', lang)}`;
}

/** The distance from the exact index up to the next band's bound, or undefined in the top band. */
export function nextBandMargin(catalogue: Catalogue, result: ScoreResult, lang: Language): string | undefined {
  const exact = parseFraction(result.index.exact);
  if (exact === undefined) return undefined;
  const band = bandOf(catalogue, exact);
  const above = band === undefined ? -1 : catalogue.predicates.indexOf(band) - 1;
  const next = catalogue.predicates[above];
  if (next === undefined) return undefined;
  const gap = formatDecimal(exactDecimalText(sub(lowerOf(next), exact)), lang);
  const bound = formatDecimal(exactDecimalText(lowerOf(next)), lang);
  return `+${gap} ${t('nextBandMore', lang)} ${next.label[lang]} (${t('nextBandBound', lang)} ${bound})`;
}

/** A coverage fraction ("11/400") as a percentage of weight rounded half up ("2,8 %"). */
export function percentText(fraction: string, lang: Language): string {
  const value = parseFraction(fraction);
  return value === undefined ? fraction : `${formatDecimal(roundRatio(value.num * 100n, value.den, 1, 'halfUp'), lang)} %`;
}
