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
 * - whole levels (numbers) for every indicator: safe-integer prefix sums (`sumComplete`, the hot path);
 * - whole levels with some left out: safe-integer fractions (`sumPartialSafe`), or bigint
 *   rationals when a value would leave the safe-integer range;
 * - any level given as a rational (a fractional assessment value, a roll-up's mean): bigint
 *   rationals (`sumExact`).
 * All three give the same values (property tests pin this), so the choice never shows in a result.
 */
export function runKernel(catalogue: Catalogue, levels: readonly KernelLevel[]): KernelOutput {
  if (levels.some((level) => level !== null && typeof level !== 'number')) return sumExact(catalogue, levels.map(toRational));
  const whole = levels as readonly (number | null)[];
  if (!whole.includes(null)) return sumComplete(catalogue, whole as readonly number[]);
  return sumPartialSafe(catalogue, whole) ?? sumExact(catalogue, whole.map(toRational));
}

function toRational(level: KernelLevel): Rational | null {
  return level === null || typeof level !== 'number' ? level : rational(level);
}
