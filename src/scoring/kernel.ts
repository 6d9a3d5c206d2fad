import { add, div, mul, rational, ZERO, type Rational } from '../arithmetic/rational.js';
import type { Catalogue } from '../model/catalogue.js';
import { sumRenormalised, type ExactField } from './kernel-renormalised.js';

/**
 * The scoring kernel: every group value is Σ(level × weight) / Σ weight over its indicators,
 * computed without intermediate rounding. Two paths compute the same formula:
 * - `sumComplete`, the hot path: integer levels for every indicator, safe-integer arithmetic
 *   with prefix sums over the tree-ordered indicators (a group is a contiguous range);
 * - `sumExact`, for everything else (missing or excluded indicators, fractional levels): bigint
 *   rationals, with weights re-normalised within each group over the children that have a value.
 * For a complete assessment both give identical values (a property test pins this).
 */

/** An exact value as numerator and positive denominator (numbers while safe, else bigints). */
export interface Fraction {
  readonly num: number | bigint;
  readonly den: number | bigint;
}

export interface KernelOutput {
  /** Value per group position; null when nothing in the group entered the score. */
  readonly groups: readonly (Fraction | null)[];
  readonly index: Fraction | null;
  /** Each indicator's exact share of the index. */
  readonly contributions: readonly Fraction[];
  /** Assessed weight / total weight per group position. */
  readonly groupCoverage: readonly Fraction[];
  readonly coverage: Fraction;
}

const FULL: Fraction = { num: 1, den: 1 };

/** Hot path: all levels are integers within the catalogue's range. */
export function sumComplete(catalogue: Catalogue, levels: readonly number[]): KernelOutput {
  const { indicators, groups, totalUnits } = catalogue;
  // Stryker disable next-line ArrayDeclaration,ArithmeticOperator: preallocation only; every slot is written before it is read
  const prefix = new Array<number>(indicators.length + 1);
  // Stryker disable next-line ArrayDeclaration: preallocation only; every slot is written before it is read
  const contributions = new Array<Fraction>(indicators.length);
  let acc = 0;
  prefix[0] = 0;
  for (let i = 0; i < indicators.length; i++) {
    const product = (levels[i] as number) * (indicators[i] as { units: number }).units;
    acc += product;
    prefix[i + 1] = acc;
    contributions[i] = { num: product, den: totalUnits };
  }
  // Stryker disable next-line ArrayDeclaration: preallocation only; every slot is written before it is read
  const groupValues = new Array<Fraction>(groups.length);
  // Stryker disable next-line ArrayDeclaration: preallocation only; every slot is written before it is read
  const groupCoverage = new Array<Fraction>(groups.length);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g] as { from: number; to: number; units: number };
    groupValues[g] = { num: (prefix[group.to] as number) - (prefix[group.from] as number), den: group.units };
    groupCoverage[g] = FULL;
  }
  return { groups: groupValues, index: { num: acc, den: totalUnits }, contributions, groupCoverage, coverage: FULL };
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Back to safe-integer numbers where they fit, so formatting downstream stays on the fast path. */
function toFraction(value: Rational): Fraction {
  const { num, den } = value;
  if (den <= SAFE && num <= SAFE && num >= -SAFE) return { num: Number(num), den: Number(den) };
  return { num, den };
}

/** Exact bigint rationals for the re-normalised formula. */
const rationalField: ExactField<Rational> = {
  zero: ZERO,
  int: (value) => rational(value),
  add,
  mul,
  mulInt: (a, n) => mul(a, rational(n)),
  divInt: (a, n) => div(a, rational(n)),
  toFraction,
};

/**
 * General path: `levels[i]` is an exact level or null (missing / not applicable, excluded).
 * Each group's value is the weighted mean of its children that have a value; each indicator's
 * contribution is its level times the product of its re-normalised weight shares on the way up.
 */
export function sumExact(catalogue: Catalogue, levels: readonly (Rational | null)[]): KernelOutput {
  return sumRenormalised(catalogue, levels, rationalField);
}
