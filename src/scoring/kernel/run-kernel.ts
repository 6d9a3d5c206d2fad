import { rational, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { KernelLevel, KernelOutput } from './kernel-output.js';
import { sumComplete } from './sum-complete.js';
import { sumExact } from './sum-exact.js';

/**
 * The scoring kernel's one entry. Every group value is Σ(level × weight) / Σ weight over the
 * children that entered the score (weights re-normalised within each group), computed without
 * intermediate rounding; the index is the same mean over the top-level groups. This is the one
 * place that chooses how to compute it:
 * - whole levels (numbers) for every indicator: safe-integer prefix sums (`sumComplete`, the hot path);
 * - whole levels with some left out: bigint rationals (`sumExact`), or the faster safe-integer
 *   fractions of `partial` when the caller passes it (a roll-up passes `sumPartialSafe`: its units
 *   are partial department assessments), falling back to `sumExact` when a value would leave the
 *   safe-integer range. `score` does not pass it, so that a score-only browser bundle does not
 *   carry that second kernel (0.7 kB gzipped) for one partial assessment at a time;
 * - any level given as a rational (a fractional assessment value, a roll-up's mean): bigint
 *   rationals (`sumExact`).
 * All three give the same values (property tests pin this), so the choice never shows in a result.
 */
export function runKernel(catalogue: Catalogue, levels: readonly KernelLevel[], partial?: PartialKernel): KernelOutput {
  if (levels.some((level) => level !== null && typeof level !== 'number')) return sumExact(catalogue, levels.map(toRational));
  const whole = levels as readonly (number | null)[];
  if (!whole.includes(null)) return sumComplete(catalogue, whole as readonly number[]);
  return partial?.(catalogue, whole) ?? sumExact(catalogue, whole.map(toRational));
}

/** A kernel for whole levels with some left out, or undefined when it cannot (`sumPartialSafe`). */
export type PartialKernel = (catalogue: Catalogue, levels: readonly (number | null)[]) => KernelOutput | undefined;

function toRational(level: KernelLevel): Rational | null {
  return level === null || typeof level !== 'number' ? level : rational(level);
}
