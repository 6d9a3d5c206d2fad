import type { Catalogue } from '../model/catalogue.js';
import type { Fraction, KernelOutput } from './kernel.js';
import { sumRenormalised, type ExactField } from './kernel-renormalised.js';

/**
 * A safe-integer path for partial assessments with integer levels (the usual department
 * assessment in a roll-up): the same re-normalised formula as `sumExact`, on reduced fractions of
 * numbers instead of bigint rationals. Every product and sum is checked; when one would leave the
 * safe-integer range it gives up (returns undefined) and the caller uses `sumExact`. The values are
 * the reduced fractions `sumExact` gives, so results are identical (a property test pins this).
 */

/** Thrown internally when a value would leave the safe-integer range. */
const OVERFLOW = Symbol('overflow');

function gcd(a: number, b: number): number {
  let x = a < 0 ? -a : a;
  let y = b;
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

function safe(value: number): number {
  if (!Number.isSafeInteger(value)) throw OVERFLOW;
  return value;
}

function make(num: number, den: number): Fraction {
  const g = gcd(num, den) || 1;
  return { num: num / g, den: den / g };
}

function addF(a: Fraction, b: Fraction): Fraction {
  const an = a.num as number;
  const ad = a.den as number;
  const bn = b.num as number;
  const bd = b.den as number;
  const g = gcd(ad, bd);
  const den = safe((ad / g) * bd);
  return make(safe(safe(an * (den / ad)) + safe(bn * (den / bd))), den);
}

function mulF(a: Fraction, b: Fraction): Fraction {
  const g1 = gcd(a.num as number, b.den as number) || 1;
  const g2 = gcd(b.num as number, a.den as number) || 1;
  return make(
    safe(((a.num as number) / g1) * ((b.num as number) / g2)),
    safe(((a.den as number) / g2) * ((b.den as number) / g1)),
  );
}

/** Reduced fractions of safe integers; any step that would overflow throws OVERFLOW. */
const numberField: ExactField<Fraction> = {
  zero: { num: 0, den: 1 },
  int: (value) => ({ num: value, den: 1 }),
  add: addF,
  mul: mulF,
  mulInt: (a, n) => make(safe((a.num as number) * n), a.den as number),
  divInt: (a, n) => mulF(a, make(1, n)),
  toFraction: (a) => a,
};

/** `levels[i]`: an integer level, or null when the indicator did not enter the score. */
export function sumPartialSafe(catalogue: Catalogue, levels: readonly (number | null)[]): KernelOutput | undefined {
  try {
    return sumRenormalised(
      catalogue,
      levels.map((level) => (level === null ? null : numberField.int(level))),
      numberField,
    );
  } catch (error) {
    if (error === OVERFLOW) return undefined;
    throw error;
  }
}
