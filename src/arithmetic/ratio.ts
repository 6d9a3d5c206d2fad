import { bigGcd, type Rational } from './rational.js';

/**
 * Ratios of safe integers (numbers) for the hot path, with an exact bigint fallback when a value
 * would leave the safe range. Never a float division.
 */

/** An exact value as numerator and positive denominator (numbers while safe, else bigints). */
export interface Fraction {
  readonly num: number | bigint;
  readonly den: number | bigint;
}

/** Greatest common divisor of two safe integers (always non-negative). */
export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** `num / den` of safe integers, reduced; `den` must be positive. */
export function reducedRatio(num: number, den: number): { readonly num: number; readonly den: number } {
  const g = gcd(num, den) || 1;
  return { num: num / g, den: den / g };
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A rational as a fraction of numbers where both parts fit, so formatting stays on the fast path. */
export function fractionOf(value: Rational): Fraction {
  const { num, den } = value;
  if (den <= SAFE && num <= SAFE && num >= -SAFE) return { num: Number(num), den: Number(den) };
  return { num, den };
}

/** The reduced fraction "n/d" (or "n") of `num / den`; `den` must be positive. */
export function ratioToFraction(num: number | bigint, den: number | bigint): string {
  // Stryker disable next-line all: fast-path guard; any mutant sends safe-integer input down the exact bigint path below, which returns the same value (property tests pin fast = exact)
  if (typeof num === 'number' && typeof den === 'number') {
    const g = gcd(num, den) || 1;
    return g === den ? String(num / g) : `${num / g}/${den / g}`;
  }
  // bigGcd of n and a positive d is at least 1, so the division is always defined.
  const n = BigInt(num);
  const d = BigInt(den);
  const g = bigGcd(n, d);
  return d === g ? (n / g).toString() : `${n / g}/${d / g}`;
}

/**
 * Compares `a / b` with `c / d` exactly (denominators positive): -1, 0 or 1. Always in bigint:
 * a number fast path measured no faster (a few nanoseconds a call) and cost the browser bundle.
 */
export function compareRatios(a: number | bigint, b: number | bigint, c: number | bigint, d: number | bigint): -1 | 0 | 1 {
  const left = BigInt(a) * BigInt(d);
  const right = BigInt(c) * BigInt(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
