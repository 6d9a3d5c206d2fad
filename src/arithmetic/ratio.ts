/**
 * Hot-path helpers on ratios of safe integers (numbers), with an exact bigint fallback when a
 * product would leave the safe range. Never a float division.
 */

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** The reduced fraction "n/d" (or "n") of `num / den`; `den` must be positive. */
export function ratioToFraction(num: number | bigint, den: number | bigint): string {
  // Stryker disable next-line all: fast-path guard; any mutant sends safe-integer input down the exact bigint path below, which returns the same value (property tests pin fast = exact)
  if (typeof num === 'number' && typeof den === 'number') {
    const g = gcd(num, den) || 1;
    const n = num / g;
    const d = den / g;
    return d === 1 ? String(n) : `${n}/${d}`;
  }
  let n = BigInt(num);
  let d = BigInt(den);
  // Stryker disable next-line EqualityOperator: -0n is 0n
  let x = n < 0n ? -n : n;
  let y = d;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: x is the gcd of n and a positive d, so never 0; dividing by 1 changes nothing
  if (x > 1n) {
    n /= x;
    d /= x;
  }
  return d === 1n ? n.toString() : `${n}/${d}`;
}

/** Compares `a / b` with `c / d` exactly (denominators positive): -1, 0 or 1. */
export function compareRatios(a: number | bigint, b: number | bigint, c: number | bigint, d: number | bigint): -1 | 0 | 1 {
  // Stryker disable next-line all: fast-path guard; any mutant sends safe-integer input down the exact bigint path below, which returns the same value (property tests pin fast = exact)
  if (typeof a === 'number' && typeof b === 'number' && typeof c === 'number' && typeof d === 'number') {
    const left = a * d;
    const right = c * b;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: failing the guard only moves the comparison to the exact bigint path; with one side unsafe its magnitude exceeds the safe side, so even the float comparison orders them right
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left < right ? -1 : left > right ? 1 : 0;
  }
  const left = BigInt(a) * BigInt(d);
  const right = BigInt(c) * BigInt(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
