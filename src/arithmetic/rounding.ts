import { placeDecimalPoint } from './decimal-string.js';

/**
 * Rounding a ratio `num / den` to a fixed number of decimals, exactly. One function serves
 * every display value in the library, so the official rule (half up) lives in one place.
 */

/**
 * How a value is rounded for display.
 * - `halfUp`: ties away from zero (the official SPBE rule: an exact 4.745 shows as 4.75)
 * - `halfEven`: ties to the even digit (banker's rounding)
 * - `down`: toward zero (truncation)
 * - `up`: away from zero
 *
 * @category Arithmetic
 */
export type RoundingMode = 'halfUp' | 'halfEven' | 'down' | 'up';

/** The rounding modes, in a stable order. @category Arithmetic */
export const ROUNDING_MODES: readonly RoundingMode[] = /* @__PURE__ */ Object.freeze(['halfUp', 'halfEven', 'down', 'up']);

/** Decides whether the truncated quotient moves one unit away from zero. */
function roundsAway(mode: RoundingMode, twiceRemainderVsDen: number, quotientIsOdd: boolean, hasRemainder: boolean): boolean {
  switch (mode) {
    case 'up':
      return hasRemainder;
    case 'halfUp':
      return twiceRemainderVsDen >= 0;
    case 'halfEven':
      return twiceRemainderVsDen > 0 || (twiceRemainderVsDen === 0 && quotientIsOdd);
    default:
      return false; // 'down': truncation never moves away from zero
  }
}

function roundBig(num: bigint, den: bigint, decimals: number, mode: RoundingMode): string {
  // Stryker disable next-line EqualityOperator,ConditionalExpression: a zero numerator is negative under neither reading, and denominators are never 0
  const negative = num < 0n !== den < 0n && num !== 0n;
  // Stryker disable next-line EqualityOperator: -0n is 0n
  const n = (num < 0n ? -num : num) * 10n ** BigInt(decimals);
  // Stryker disable next-line EqualityOperator: denominators are never 0
  const d = den < 0n ? -den : den;
  let quotient = n / d;
  const remainder = n - quotient * d;
  const twice = remainder * 2n;
  const cmp = twice < d ? -1 : twice > d ? 1 : 0;
  if (roundsAway(mode, cmp, quotient % 2n === 1n, remainder !== 0n)) quotient += 1n;
  return placeDecimalPoint(quotient.toString(), decimals, negative);
}

/**
 * Rounds `num / den` to `decimals` places and returns the display string ("3.83").
 * Integers stay in safe-integer arithmetic where they fit and switch to bigint where they do not.
 */
export function roundRatio(num: number | bigint, den: number | bigint, decimals: number, mode: RoundingMode): string {
  // Stryker disable next-line all: fast-path guard; failing it sends the input down the exact bigint path, which returns the same string
  if (typeof num === 'number' && typeof den === 'number') {
    const n = Math.abs(num) * 10 ** decimals;
    const d = Math.abs(den);
    // n ≤ 2^53 keeps Math.floor(n / d) exact (an error would need n / d within 2^-53 of an
    // integer, i.e. n > 2^53), and 2d safe keeps twice the remainder (< 2d) exact.
    // Stryker disable next-line ArithmeticOperator,BlockStatement: `2 / d` is never an integer and an empty block falls through: both take the exact bigint path, which returns the same string
    if (Number.isSafeInteger(n) && Number.isSafeInteger(2 * d)) {
      let quotient = Math.floor(n / d);
      const remainder = n - quotient * d;
      const twice = remainder * 2;
      const cmp = twice < d ? -1 : twice > d ? 1 : 0;
      if (roundsAway(mode, cmp, quotient % 2 === 1, remainder !== 0)) quotient += 1;
      return placeDecimalPoint(String(quotient), decimals, num < 0 !== den < 0);
    }
  }
  return roundBig(BigInt(num), BigInt(den), decimals, mode);
}
