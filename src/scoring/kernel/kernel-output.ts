import type { Fraction } from '../../arithmetic/ratio.js';
import type { Rational } from '../../arithmetic/rational.js';

/**
 * One indicator's level as the kernel takes it, by catalogue position: a whole number (within
 * the indicator's scale, as the readers check), an exact rational (a fractional assessment value,
 * a roll-up's mean), or null when the indicator did not enter the score.
 */
export type KernelLevel = number | Rational | null;

/** The kernel's exact values, by catalogue position. */
export interface KernelOutput {
  /** Value per group position; null when nothing in the group entered the score. */
  readonly groups: readonly (Fraction | null)[];
  readonly index: Fraction | null;
  /** Each indicator's exact share of the index (level × its weight share). */
  readonly contributions: readonly Fraction[];
  /** Assessed weight / total weight per group position. */
  readonly groupCoverage: readonly Fraction[];
  readonly coverage: Fraction;
}
