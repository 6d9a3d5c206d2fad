import { describe, expect, it } from 'vitest';
import { commonDenominator, formatExactDecimal, parseDecimal, withDecimalComma } from '../../src/arithmetic/decimal-string.js';
import { rational } from '../../src/arithmetic/rational.js';

describe('decimal strings at the edges', () => {
  it('accepts up to 64 characters and nothing longer', () => {
    expect(parseDecimal(`1.${'0'.repeat(62)}`)).toEqual({ num: 1n, den: 1n });
    expect(parseDecimal(`1.${'0'.repeat(63)}`)).toBeUndefined();
  });

  it('parses signs and zero exactly', () => {
    expect(parseDecimal('-0.50')).toEqual({ num: -1n, den: 2n });
    expect(parseDecimal('-0')).toEqual({ num: 0n, den: 1n });
  });

  it('formats negatives, leading zeros and non-terminating values', () => {
    expect([rational(-1, 2), rational(1, 20), rational(-7, 3), rational(0), rational(-3, 400)].map(formatExactDecimal)).toEqual([
      '-0.5',
      '0.05',
      '-7/3',
      '0',
      '-0.0075',
    ]);
  });

  it('finds the least common denominator, 1 for none', () => {
    expect(commonDenominator([rational(1, 4), rational(1, 6), rational(2)])).toBe(12n);
    expect(commonDenominator([])).toBe(1n);
  });

  it('writes a figure with a decimal comma, leaving whole numbers and fractions alone', () => {
    expect(['68.4', '+0.15', '-2.50', '100', '10/3', ''].map(withDecimalComma)).toEqual(['68,4', '+0,15', '-2,50', '100', '10/3', '']);
  });
});
