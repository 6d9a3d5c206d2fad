import { describe, expect, it } from 'vitest';
import { commonDenominator, formatExactDecimal, parseDecimal } from '../../src/arithmetic/decimal-string.js';
import { compareRatios, ratioToFraction } from '../../src/arithmetic/ratio.js';
import { compare, div, isInteger, isZero, parseFraction, rational, sub, toFractionString } from '../../src/arithmetic/rational.js';
import { roundRatio, type RoundingMode } from '../../src/arithmetic/rounding.js';

/*
 * Exact arithmetic at its edges, pinned for mutation testing: boundaries (the 64-character limit,
 * zero, signs), both number and bigint paths, and every rounding mode on ties and non-ties.
 */

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
});

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

  it('rationals normalise signs, reject a zero denominator and parse only canonical fractions', () => {
    expect(rational(1, -2)).toEqual({ num: -1n, den: 2n });
    expect(rational(-2, -4)).toEqual({ num: 1n, den: 2n });
    expect(() => rational(1, 0)).toThrow(new RangeError('rational: zero denominator'));
    expect(parseFraction('-0')).toEqual({ num: 0n, den: 1n });
    expect(parseFraction('3')).toEqual({ num: 3n, den: 1n });
    expect(parseFraction('01/2')).toBeUndefined();
    expect(parseFraction('1/0')).toBeUndefined();
    expect(sub(rational(1, 2), rational(1, 3))).toEqual({ num: 1n, den: 6n });
    expect(div(rational(1, 2), rational(-1, 4))).toEqual({ num: -2n, den: 1n });
    expect([isZero(rational(0, 5)), isZero(rational(1, 5)), isInteger(rational(4, 2)), isInteger(rational(1, 2))]).toEqual([true, false, true, false]);
    expect(toFractionString(rational(-4, 2))).toBe('-2');
    expect(compare(rational(1, 3), rational(1, 3))).toBe(0);
  });
});

describe('every rounding mode, both signs, ties and non-ties, numbers and bigints', () => {
  const cases: [string, (mode: RoundingMode) => string][] = [
    ['-5/2 to 0', (m) => roundRatio(-5, 2, 0, m)],
    ['5/2 to 0', (m) => roundRatio(5, 2, 0, m)],
    ['7/2 to 0', (m) => roundRatio(7, 2, 0, m)],
    ['-1/1000 to 2', (m) => roundRatio(-1, 1000, 2, m)],
    ['3 to 2', (m) => roundRatio(3, 1, 2, m)],
    ['-5n/2n to 0', (m) => roundRatio(-5n, 2n, 0, m)],
    ['7n/2n to 1', (m) => roundRatio(7n, 2n, 1, m)],
    ['1/3 to 0', (m) => roundRatio(1, 3, 0, m)],
    ['2/3 to 0', (m) => roundRatio(2, 3, 0, m)],
    ['-1/3 to 2', (m) => roundRatio(-1, 3, 2, m)],
    ['-1n/3n to 2', (m) => roundRatio(-1n, 3n, 2, m)],
  ];
  const expected: Record<RoundingMode, string[]> = {
    halfUp: ['-3', '3', '4', '0.00', '3.00', '-3', '3.5', '0', '1', '-0.33', '-0.33'],
    halfEven: ['-2', '2', '4', '0.00', '3.00', '-2', '3.5', '0', '1', '-0.33', '-0.33'],
    down: ['-2', '2', '3', '0.00', '3.00', '-2', '3.5', '0', '0', '-0.33', '-0.33'],
    up: ['-3', '3', '4', '-0.01', '3.00', '-3', '3.5', '1', '1', '-0.34', '-0.34'],
  };
  for (const mode of Object.keys(expected) as RoundingMode[]) {
    it(mode, () => expect(cases.map(([, run]) => run(mode))).toEqual(expected[mode]));
  }

  it('bigint path: negative denominators and odd quotients on ties', () => {
    expect(roundRatio(1n, -2n, 0, 'halfUp')).toBe('-1');
    expect(roundRatio(-3n, -2n, 0, 'halfUp')).toBe('2');
    expect(roundRatio(3n, 2n, 0, 'halfEven')).toBe('2');
    expect(roundRatio(5n, 2n, 0, 'halfEven')).toBe('2');
    expect(roundRatio(-7n, 2n, 0, 'down')).toBe('-3');
  });

  it('negative denominators, tiny negatives and huge bigint ties', () => {
    expect(roundRatio(1, -2, 0, 'halfUp')).toBe('-1');
    expect(roundRatio(-1n, 300n, 2, 'halfUp')).toBe('0.00');
    expect(roundRatio(2n ** 70n + 1n, 2n, 0, 'halfEven')).toBe((2n ** 69n).toString());
    expect(roundRatio(2n ** 70n + 1n, 2n, 0, 'halfUp')).toBe((2n ** 69n + 1n).toString());
  });
});
