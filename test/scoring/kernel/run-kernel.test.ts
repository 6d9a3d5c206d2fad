import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratioToFraction, type Fraction } from '../../../src/arithmetic/ratio.js';
import { rational, type Rational } from '../../../src/arithmetic/rational.js';
import { permenpanrb592020 as catalogue } from '../../../src/catalogues/permenpanrb-59-2020/index.js';
import type { KernelLevel, KernelOutput } from '../../../src/scoring/kernel/kernel-output.js';
import { runKernel, type PartialKernel } from '../../../src/scoring/kernel/run-kernel.js';
import { sumExact } from '../../../src/scoring/kernel/sum-exact.js';
import { sumPartialSafe } from '../../../src/scoring/kernel/sum-partial-safe.js';

const text = (value: Fraction | null) => (value === null ? null : ratioToFraction(value.num, value.den));
const values = (out: KernelOutput) => ({
  groups: out.groups.map(text),
  index: text(out.index),
  contributions: out.contributions.map(text),
  groupCoverage: out.groupCoverage.map(text),
  coverage: text(out.coverage),
});
const asRational = (level: KernelLevel): Rational | null => (level === null || typeof level !== 'number' ? level : rational(level));
const count = catalogue.indicators.length;

/** A level: whole as a number, whole as a rational, a fraction of the scale, or left out. */
const level = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.integer({ min: 1, max: 5 }).map((n) => rational(n)),
  fc.tuple(fc.integer({ min: 6, max: 30 }), fc.integer({ min: 2, max: 6 })).map(([n, d]) => rational(n, d)),
  fc.constant(null),
);

describe('runKernel, the one entry to the kernel', () => {
  it('gives the exact path’s values for any mix of whole, rational, fractional and left-out levels', () => {
    fc.assert(
      fc.property(fc.array(level, { minLength: count, maxLength: count }), (levels) => {
        expect(values(runKernel(catalogue, levels))).toEqual(values(sumExact(catalogue, levels.map(asRational))));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same values with the partial kernel a roll-up passes (whole levels, some left out)', () => {
    const wholeOrNone = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(wholeOrNone, { minLength: count, maxLength: count }), (levels) => {
        fc.pre(levels.includes(null));
        expect(values(runKernel(catalogue, levels, sumPartialSafe))).toEqual(values(runKernel(catalogue, levels)));
      }),
      { numRuns: 200 },
    );
  });

  it('uses the partial kernel only when given, and sumExact when it gives up', () => {
    const levels = catalogue.indicators.map((_, i) => (i === 0 ? null : 3));
    const calls: number[] = [];
    const givingUp: PartialKernel = (_, given) => void calls.push(given.length);
    expect(values(runKernel(catalogue, levels, givingUp))).toEqual(values(sumExact(catalogue, levels.map(asRational))));
    expect(calls).toEqual([count]);
    runKernel(catalogue, catalogue.indicators.map(() => 3), givingUp); // complete: never the partial kernel
    expect(calls).toEqual([count]);
  });

  it('gives a whole level the same value whether it comes as a number or a rational', () => {
    const numbers = catalogue.indicators.map((_, i) => 1 + (i % 5));
    const rationals = numbers.map((n) => rational(n));
    expect(values(runKernel(catalogue, rationals))).toEqual(values(runKernel(catalogue, numbers)));
  });

  it('takes a fractional level (7/6 of a level) exactly, never as a float', () => {
    const levels: KernelLevel[] = catalogue.indicators.map(() => 3);
    levels[0] = rational(7, 6); // indicator 1 weighs 1.30 of 100 (26 of 2000 units)
    // index = (3 · 1974 + 7/6 · 26) / 2000 = 3 − (11/6 · 26) / 2000 = 3 − 143/6000
    expect(text(runKernel(catalogue, levels).index)).toBe('17857/6000');
  });

  it('gives index null when nothing entered', () => {
    expect(runKernel(catalogue, catalogue.indicators.map(() => null)).index).toBeNull();
  });
});
