import { parseDecimal } from './decimal-string.js';
import { rational, type Rational } from './rational.js';

/**
 * Reading an exact value typed by a person or written by a program: a fraction string ("7/6"),
 * a decimal string ("1.26") or a JSON number, which is read by its shortest round-trip decimal
 * (1.26 is 126/100, never the binary float nearest to it). Nothing is guessed: every other
 * form is one of the named problems below, so callers can report it precisely.
 */

/** Why a value could not be read exactly. */
export type ExactValueProblem =
  /** "" or only spaces. */
  | 'empty'
  /** "1e0", "2.5E-1", or a number JavaScript prints with an exponent (1e21). */
  | 'exponent'
  /** "1/2/3". */
  | 'too_many_slashes'
  /** "3/0". */
  | 'zero_denominator'
  /** NaN, or the text "NaN". */
  | 'nan'
  /** ±Infinity, or the text "Infinity". */
  | 'not_finite'
  /** Anything else: "1,5", "abc", " 2", "+3", "1.5/2". */
  | 'malformed';

export type ExactValueReading = { readonly value: Rational } | { readonly problem: ExactValueProblem };

/** Longest text read at all: bounds the work on hostile input (64 digits is far beyond any level). */
const MAX_LENGTH = 64;
const INTEGER = /^-?(0|[1-9]\d*)$/;
const EXPONENT = /^[-+]?(\d+\.?\d*|\.\d+)[eE][-+]?\d+$/;

function readText(text: string): ExactValueReading {
  if (text.trim() === '') return { problem: 'empty' };
  if (text.length > MAX_LENGTH) return { problem: 'malformed' };
  if (/^[-+]?NaN$/.test(text)) return { problem: 'nan' };
  if (/^[-+]?Infinity$/.test(text)) return { problem: 'not_finite' };
  if (EXPONENT.test(text)) return { problem: 'exponent' };
  const slashes = text.split('/').length - 1;
  if (slashes > 1) return { problem: 'too_many_slashes' };
  if (slashes === 1) {
    const [num, den] = text.split('/') as [string, string];
    if (INTEGER.test(num) && /^-?0+$/.test(den)) return { problem: 'zero_denominator' };
    if (!INTEGER.test(num) || !INTEGER.test(den) || den.startsWith('-')) return { problem: 'malformed' };
    return { value: rational(BigInt(num), BigInt(den)) };
  }
  const value = parseDecimal(text);
  return value === undefined ? { problem: 'malformed' } : { value };
}

/**
 * Reads an exact value from a fraction string, a decimal string or a number (see the module
 * comment). Range is the caller's business.
 *
 * @example
 * ```ts
 * readExactValue('7/6');  // { value: 7/6 }
 * readExactValue(1.26);   // { value: 63/50 }
 * readExactValue('1e0');  // { problem: 'exponent' }
 * ```
 */
export function readExactValue(raw: string | number): ExactValueReading {
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return { problem: 'nan' };
    if (!Number.isFinite(raw)) return { problem: 'not_finite' };
    // String(x) is the shortest decimal that reads back as x; -0 is 0.
    return readText(String(raw === 0 ? 0 : raw));
  }
  return readText(raw);
}
