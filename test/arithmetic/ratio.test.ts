import { describe, expect, it } from 'vitest';
import { compareRatios, ratioToFraction } from '../../src/arithmetic/ratio.js';

describe('ratios on both paths', () => {
  it('reduces with numbers and bigints, signs and zero included', () => {
    expect([ratioToFraction(0, 5), ratioToFraction(-6, 4), ratioToFraction(6, 3)]).toEqual(['0', '-3/2', '2']);
    expect([ratioToFraction(10n, 4n), ratioToFraction(-10n, 5n), ratioToFraction(7n, 3n), ratioToFraction(0n, 3n)]).toEqual(['5/2', '-2', '7/3', '0']);
  });

  it('compares exactly, also beyond the safe range and across number and bigint', () => {
    expect(compareRatios(1, 3, 2, 6)).toBe(0);
    expect(compareRatios(2 ** 52, 3, 2 ** 52 + 1, 3)).toBe(-1);
    expect(compareRatios(2 ** 52 + 1, 3, 2 ** 52, 3)).toBe(1);
    expect(compareRatios(1n, 3n, 1, 2)).toBe(-1);
    expect(compareRatios(1n, 3n, 2n, 6n)).toBe(0);
    expect(compareRatios(2n, 3n, 1n, 3n)).toBe(1);
    expect(compareRatios(-1, 2, 1, 2)).toBe(-1);
  });
});
