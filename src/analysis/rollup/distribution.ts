import { add, compare, mul, rational, sub, ZERO, type Rational } from '../../arithmetic/rational.js';
import { exactValue, type Display, type ExactValue } from '../exact-value.js';

/**
 * Exact summary of a list of values. Quartiles use linear interpolation between closest ranks
 * (Hyndman & Fan type 7, the default of R, NumPy and Excel's QUARTILE.INC): for p in {¼, ½, ¾}
 * and sorted values x₀…xₙ₋₁, h = (n − 1)·p and Q = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). All exact.
 */
export interface Distribution {
  readonly min: Rational;
  readonly q1: Rational;
  readonly median: Rational;
  readonly q3: Rational;
  readonly max: Rational;
  readonly mean: Rational;
}

function quantile(sorted: readonly Rational[], num: number, den: number): Rational {
  const h = rational((sorted.length - 1) * num, den);
  const low = Number(h.num / h.den);
  const fraction = sub(h, rational(low));
  const base = sorted[low] as Rational;
  const next = sorted[Math.min(low + 1, sorted.length - 1)] as Rational;
  return add(base, mul(fraction, sub(next, base)));
}

/** The distribution of a non-empty list of exact values. */
export function distributionOf(values: readonly Rational[]): Distribution {
  const sorted = [...values].sort(compare);
  // Sum per distinct denominator first: thousands of unit indexes share a few denominators, and
  // one reduced addition per denominator beats thousands of them.
  const byDenominator = new Map<bigint, bigint>();
  for (const { num, den } of values) byDenominator.set(den, (byDenominator.get(den) ?? 0n) + num);
  let sum = ZERO;
  for (const [den, num] of byDenominator) sum = add(sum, rational(num, den));
  return {
    min: sorted[0] as Rational,
    q1: quantile(sorted, 1, 4),
    median: quantile(sorted, 1, 2),
    q3: quantile(sorted, 3, 4),
    max: sorted[sorted.length - 1] as Rational,
    mean: rational(sum.num, sum.den * BigInt(values.length)),
  };
}

/** A roll-up's `distribution` of a non-empty list of exact values: each summary value exact and as displayed. */
export function shownDistribution(values: readonly Rational[], display: Display): { readonly count: number } & { readonly [K in keyof Distribution]: ExactValue } {
  const spread = distributionOf(values);
  return {
    count: values.length,
    min: exactValue(spread.min, display),
    q1: exactValue(spread.q1, display),
    median: exactValue(spread.median, display),
    q3: exactValue(spread.q3, display),
    max: exactValue(spread.max, display),
    mean: exactValue(spread.mean, display),
  };
}
