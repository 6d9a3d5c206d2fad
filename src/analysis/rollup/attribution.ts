import { add, compare, div, mul, rational, sub, ZERO, type Rational } from '../../arithmetic/rational.js';
import type { RollupStrategy } from './consolidate.js';

/** One unit's level on one indicator, as it entered the consolidation. */
export interface Contribution {
  /** Unit position. */
  readonly unit: number;
  readonly level: Rational;
  /** Weight under the `weighted` strategy; 1 otherwise. */
  readonly weight: Rational;
}

/**
 * How much of an indicator's consolidated value each contributing unit stands for: weights that
 * add up to 1 and give the consolidated value back (Σ share × level = value). Mean: equal shares;
 * weighted: the unit weights; min and max: the units at the minimum (maximum) share equally;
 * median: the middle unit, or the two middle units half each, with the units tied at a middle
 * level sharing its part equally. It is what makes a city's shortfall attributable to its units
 * exactly: the shortfall of the value is the same weighted sum of the units' own shortfalls.
 */
export function representation(strategy: RollupStrategy, value: Rational, given: readonly Contribution[]): Rational[] {
  const n = given.length;
  const equalAmong = (level: Rational, part: Rational) => {
    const tied = given.filter((entry) => compare(entry.level, level) === 0).length;
    return given.map((entry) => (compare(entry.level, level) === 0 ? div(part, rational(tied)) : ZERO));
  };
  switch (strategy) {
    case 'mean':
    case 'owner':
      return given.map(() => rational(1, n));
    case 'weighted': {
      const total = given.reduce((sum, entry) => add(sum, entry.weight), ZERO);
      return given.map((entry) => div(entry.weight, total));
    }
    case 'min':
    case 'max':
      return equalAmong(value, rational(1));
    case 'median': {
      const sorted = given.map((entry) => entry.level).sort(compare);
      if (n % 2 === 1) return equalAmong(sorted[n >> 1] as Rational, rational(1));
      const low = sorted[(n >> 1) - 1] as Rational;
      const high = sorted[n >> 1] as Rational;
      if (compare(low, high) === 0) return equalAmong(low, rational(1));
      const half = rational(1, 2);
      const a = equalAmong(low, half);
      const b = equalAmong(high, half);
      return a.map((share, k) => add(share, b[k] as Rational));
    }
  }
}

/** A unit's exact part of a shortfall; negative when the unit is above the target. */
export interface UnitShortfall {
  readonly unit: number;
  readonly share: Rational;
}

/**
 * Splits the city's shortfall to a target among the units, exactly: per indicator, its weight in
 * the index times Σ share × (target − level) over the units that gave it a level. The parts add
 * up to Σ weight × (target − value) over the indicators counted, which is the city's shortfall.
 * `targetOf(i)` says which indicators count and what their target is.
 */
export function attributeShortfall(
  units: number,
  indexShares: readonly Rational[],
  values: readonly (Rational | null)[],
  contributions: readonly (readonly Contribution[])[],
  strategy: RollupStrategy,
  targetOf: (indicator: number) => Rational | null,
): UnitShortfall[] {
  const parts = Array.from({ length: units }, () => ZERO);
  values.forEach((value, i) => {
    const target = targetOf(i);
    if (value === null || target === null) return;
    const given = contributions[i] as readonly Contribution[];
    const shares = representation(strategy, value, given);
    const weight = indexShares[i] as Rational;
    given.forEach((entry, k) => {
      parts[entry.unit] = add(parts[entry.unit] as Rational, mul(weight, mul(shares[k] as Rational, sub(target, entry.level))));
    });
  });
  return parts.map((share, unit) => ({ unit, share }));
}
