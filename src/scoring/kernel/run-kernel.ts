import { rational, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { KernelLevel, KernelOutput } from './kernel-output.js';
import { sumComplete } from './sum-complete.js';
import { sumExact } from './sum-exact.js';
import { sumPartialSafe } from './sum-partial-safe.js';

/**
 * The scoring kernel's one entry. Every group value is Σ(level × weight) / Σ weight over the
 * children that entered the score (weights re-normalised within each group), computed without
 * intermediate rounding; the index is the same mean over the top-level groups. This is the one
 * place that chooses how to compute it:
 * - whole levels for every indicator: safe-integer prefix sums (`sumComplete`, the hot path);
 * - whole levels with some left out: safe-integer fractions (`sumPartialSafe`), or bigint
 *   rationals when a value would leave the safe-integer range;
 * - any fractional level: bigint rationals (`sumExact`).
 * All three give the same values (property tests pin this), so the choice never shows in a result.
 */
export function runKernel(catalogue: Catalogue, levels: readonly KernelLevel[]): KernelOutput {
  const whole = wholeLevels(levels);
  if (whole === undefined) return sumExact(catalogue, levels.map(toRational));
  if (!whole.includes(null)) return sumComplete(catalogue, whole as readonly number[]);
  return sumPartialSafe(catalogue, whole) ?? sumExact(catalogue, whole.map(toRational));
}

/** The levels as numbers when every one is whole; undefined when one is fractional. */
function wholeLevels(levels: readonly KernelLevel[]): readonly (number | null)[] | undefined {
  if (levels.every((level) => level === null || typeof level === 'number')) return levels as readonly (number | null)[];
  const whole: (number | null)[] = [];
  for (const level of levels) {
    if (level === null || typeof level === 'number') whole.push(level);
    else if (level.den === 1n && Number.isSafeInteger(Number(level.num))) whole.push(Number(level.num));
    else return undefined;
  }
  return whole;
}

function toRational(level: KernelLevel): Rational | null {
  return level === null || typeof level !== 'number' ? level : rational(level);
}
