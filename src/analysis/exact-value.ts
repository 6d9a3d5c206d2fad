import { parseDecimal } from '../arithmetic/decimal-string.js';
import { toFractionString, type Rational } from '../arithmetic/rational.js';
import { roundRatio, type RoundingMode } from '../arithmetic/rounding.js';

/**
 * An exact analysis figure: the reduced fraction and the display string, rounded as the result
 * being analysed was. Signed figures (deltas) show a leading "+" when positive.
 *
 * @example
 * ```ts
 * compare(before, after).index.delta; // { exact: '1617/2000', value: '+0.81' }
 * ```
 * @category Analysis
 */
export interface ExactValue {
  /** Exact reduced fraction ("7/400", "-3/20", "0"). */
  readonly exact: string;
  /** Display string ("0.02", "+0.15", "-0.15"). */
  readonly value: string;
}

/** How an analysis rounds its display strings: taken from the analysed result's options. */
export interface Display {
  readonly decimals: number;
  readonly rounding: RoundingMode;
}

export function exactValue(value: Rational, display: Display): ExactValue {
  return { exact: toFractionString(value), value: roundRatio(value.num, value.den, display.decimals, display.rounding) };
}

/** Like `exactValue`, with a "+" on positive values: for deltas and gains that may go either way. */
export function signedValue(value: Rational, display: Display): ExactValue {
  const plain = exactValue(value, display);
  return value.num > 0n ? { exact: plain.exact, value: `+${plain.value}` } : plain;
}

/**
 * Reads a decimal given as a string ("3.5") or a JSON number (3.5 is read as the decimal literal
 * "3.5", never through binary arithmetic); undefined when it is neither.
 */
export function readDecimal(value: unknown): Rational | undefined {
  if (typeof value === 'string') return parseDecimal(value);
  // Stryker disable next-line LogicalOperator: with ||, the extra values let through are NaN and ±Infinity, whose strings parseDecimal rejects anyway
  if (typeof value === 'number' && Number.isFinite(value)) return parseDecimal(String(value));
  return undefined;
}
