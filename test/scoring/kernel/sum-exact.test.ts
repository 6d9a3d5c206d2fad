import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rational } from '../../../src/arithmetic/rational.js';
import { ratioToFraction } from '../../../src/arithmetic/ratio.js';
import { permenpanrb592020 as catalogue } from '../../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Fraction } from '../../../src/arithmetic/ratio.js';
import { sumComplete } from '../../../src/scoring/kernel/sum-complete.js';
import { sumExact } from '../../../src/scoring/kernel/sum-exact.js';

const text = (value: Fraction | null) => (value === null ? null : ratioToFraction(value.num, value.den));
const levelsArbitrary = fc.array(fc.integer({ min: 1, max: 5 }), {
  minLength: catalogue.indicators.length,
  maxLength: catalogue.indicators.length,
});

describe('scoring kernel', () => {
  it('the exact path equals the fast path on every complete assessment', () => {
    fc.assert(
      fc.property(levelsArbitrary, (levels) => {
        const fast = sumComplete(catalogue, levels);
        const exact = sumExact(catalogue, levels.map((level) => rational(level)));
        expect(exact.groups.map(text)).toEqual(fast.groups.map(text));
        expect(text(exact.index)).toBe(text(fast.index));
        expect(exact.contributions.map(text)).toEqual(fast.contributions.map(text));
        expect(text(exact.coverage)).toBe('1');
      }),
      { numRuns: 200 },
    );
  });

  it('re-normalises within a group when indicators are excluded', () => {
    // A2 holds indicators 11–14 (2.50 each). Exclude 14: A2 = (3 + 4 + 3) / 3 = 10/3.
    const levels = catalogue.indicators.map((indicator) => ({ '11': 3, '12': 4, '13': 3 })[indicator.id] ?? 3);
    const input = levels.map((level, i) => (catalogue.indicators[i]!.id === '14' ? null : rational(level)));
    const out = sumExact(catalogue, input);
    const a2 = catalogue.lookup.groups['A2'] as number;
    expect(text(out.groups[a2]!)).toBe('10/3');
    expect(text(out.groupCoverage[a2]!)).toBe('3/4');
    // the domain still weighs A2 at its full 10 within D2's 25: (10/3 · 10 + 3 · 10 + 3 · 5) / 25
    const d2 = catalogue.lookup.groups['D2'] as number;
    expect(text(out.groups[d2]!)).toBe('47/15');
  });

  it('a group with nothing applicable has value null, never 0, and drops out of its parent', () => {
    const input = catalogue.indicators.map((indicator) => (indicator.groupPath.includes('A4') ? null : rational(3)));
    const out = sumExact(catalogue, input);
    expect(out.groups[catalogue.lookup.groups['A4'] as number]).toBeNull();
    expect(text(out.groups[catalogue.lookup.groups['D2'] as number]!)).toBe('3');
    expect(text(out.index)).toBe('3');
    expect(text(out.coverage)).toBe(ratioToFraction(2000 - 100, 2000));
  });
});
