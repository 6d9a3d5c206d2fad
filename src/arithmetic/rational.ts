/**
 * Exact rational numbers over bigint: catalogue compilation, the kernel's exact path (fractional
 * levels, and whole levels with some left out; see scoring/kernel/run-kernel.ts), roll-ups and
 * analysis. A complete set of whole levels stays on safe-integer numbers; see `ratio.ts`.
 */

/** An exact rational number `num / den`, always reduced with `den > 0`. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const ZERO_BIG = 0n;
const ONE_BIG = 1n;

function bigAbs(value: bigint): bigint {
  // Stryker disable next-line EqualityOperator: -0n is 0n
  return value < ZERO_BIG ? -value : value;
}

/** Greatest common divisor of two bigints (always non-negative). */
export function bigGcd(a: bigint, b: bigint): bigint {
  let x = bigAbs(a);
  let y = bigAbs(b);
  while (y !== ZERO_BIG) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** Least common multiple of two positive bigints. */
export function bigLcm(a: bigint, b: bigint): bigint {
  return (a / bigGcd(a, b)) * b;
}

/** Builds a reduced rational; throws on a zero denominator (a programming error, never input). */
export function rational(num: bigint | number, den: bigint | number = ONE_BIG): Rational {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === ZERO_BIG) throw new RangeError('rational: zero denominator');
  // Stryker disable next-line EqualityOperator: d is not 0 here (checked just above)
  if (d < ZERO_BIG) {
    n = -n;
    d = -d;
  }
  const g = bigGcd(n, d); // at least 1, since d is not 0
  return { num: n / g, den: d / g };
}

export const ZERO: Rational = rational(0);
export const ONE: Rational = rational(1);

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

export function div(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den, a.den * b.num);
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function isZero(a: Rational): boolean {
  return a.num === ZERO_BIG;
}

export function isInteger(a: Rational): boolean {
  return a.den === ONE_BIG;
}

/** "n/d", or "n" when the denominator is 1: the library's exact-value notation. */
export function toFractionString(a: Rational): string {
  return a.den === ONE_BIG ? a.num.toString() : `${a.num}/${a.den}`;
}

const FRACTION_PATTERN = /^(-?(?:0|[1-9]\d*))(?:\/([1-9]\d*))?$/;

/** Parses the library's own fraction notation ("1179/400", "3", "-7/2"); undefined when malformed. */
export function parseFraction(text: string): Rational | undefined {
  const match = FRACTION_PATTERN.exec(text);
  if (!match) return undefined;
  return rational(BigInt(match[1] as string), BigInt(match[2] ?? '1'));
}
