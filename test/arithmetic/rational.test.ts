import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonDenominator, formatExactDecimal, parseDecimal } from '../../src/arithmetic/decimal-string.js';
import { compareRatios, ratioToFraction } from '../../src/arithmetic/ratio.js';
import {
  add,
  compare,
  div,
  isInteger,
  isZero,
  mul,
  parseFraction,
  rational,
  sub,
  toFractionString,
} from '../../src/arithmetic/rational.js';
import { D } from '../helpers/oracle.js';

const smallInt = fc.integer({ min: -1_000_000, max: 1_000_000 });
const positive = fc.integer({ min: 1, max: 1_000_000 });
const rationalArb = fc.tuple(smallInt, positive).map(([n, d]) => rational(n, d));
const asDecimal = (r: { num: bigint; den: bigint }) => new D(r.num.toString()).div(r.den.toString());

describe('Rational', () => {
  it('normalises sign and reduces', () => {
    expect(rational(6, -4)).toEqual({ num: -3n, den: 2n });
    expect(rational(0, 5)).toEqual({ num: 0n, den: 1n });
    expect(() => rational(1, 0)).toThrow(RangeError);
  });

  it('arithmetic agrees with decimal.js', () => {
    fc.assert(
      fc.property(rationalArb, rationalArb, (a, b) => {
        const close = (x: ReturnType<typeof asDecimal>, y: ReturnType<typeof asDecimal>) => x.minus(y).abs().lt('1e-60');
        expect(close(asDecimal(add(a, b)), asDecimal(a).plus(asDecimal(b)))).toBe(true);
        expect(close(asDecimal(sub(a, b)), asDecimal(a).minus(asDecimal(b)))).toBe(true);
        expect(close(asDecimal(mul(a, b)), asDecimal(a).times(asDecimal(b)))).toBe(true);
        if (!isZero(b)) expect(close(asDecimal(div(a, b)), asDecimal(a).div(asDecimal(b)))).toBe(true);
        expect(compare(a, b)).toBe(asDecimal(a).comparedTo(asDecimal(b)));
      }),
    );
  });

  it('prints and parses its fraction notation', () => {
    expect(toFractionString(rational(1179, 400))).toBe('1179/400');
    expect(toFractionString(rational(6, 2))).toBe('3');
    expect(parseFraction('-7/2')).toEqual({ num: -7n, den: 2n });
    expect(parseFraction('4/2')).toEqual({ num: 2n, den: 1n });
    for (const bad of ['', '1/0', '01/2', '1/-2', '1.5', '1/2/3', ' 1']) expect(parseFraction(bad)).toBeUndefined();
    fc.assert(
      fc.property(rationalArb, (r) => {
        expect(parseFraction(toFractionString(r))).toEqual(r);
      }),
    );
    expect(isInteger(rational(4, 2))).toBe(true);
    expect(isInteger(rational(1, 2))).toBe(false);
  });
});

describe('decimal strings', () => {
  it('parses plain decimals exactly and nothing else', () => {
    expect(parseDecimal('1.30')).toEqual({ num: 13n, den: 10n });
    expect(parseDecimal('16.5')).toEqual({ num: 33n, den: 2n });
    expect(parseDecimal('-0.25')).toEqual({ num: -1n, den: 4n });
    expect(parseDecimal('100')).toEqual({ num: 100n, den: 1n });
    for (const bad of ['', '1,30', '1e2', '+1', '.5', '5.', '01', ' 1', 'NaN', 'Infinity', '1.2.3', '9'.repeat(65)]) {
      expect(parseDecimal(bad), bad).toBeUndefined();
    }
  });

  it('formats terminating decimals minimally and the rest as fractions', () => {
    expect(formatExactDecimal(rational(13, 10))).toBe('1.3');
    expect(formatExactDecimal(rational(33, 2))).toBe('16.5');
    expect(formatExactDecimal(rational(100))).toBe('100');
    expect(formatExactDecimal(rational(20, 6))).toBe('10/3');
    expect(formatExactDecimal(rational(-1, 40))).toBe('-0.025');
    expect(formatExactDecimal(rational(1, 3125))).toBe('0.00032');
  });

  it('round-trips every decimal it formats', () => {
    fc.assert(
      fc.property(smallInt, fc.integer({ min: 0, max: 8 }), (n, scale) => {
        const value = rational(n, 10 ** scale);
        expect(parseDecimal(formatExactDecimal(value))).toEqual(value);
      }),
    );
  });

  it('finds the common denominator', () => {
    expect(commonDenominator([rational(13, 10), rational(5, 2), rational(11, 4), rational(3)])).toBe(20n);
  });
});

describe('safe-integer ratios', () => {
  it('reduces fractions with numbers and bigints alike', () => {
    expect(ratioToFraction(5900, 2000)).toBe('59/20');
    expect(ratioToFraction(4000, 2000)).toBe('2');
    expect(ratioToFraction(0, 2000)).toBe('0');
    expect(ratioToFraction(-6n, 4n)).toBe('-3/2');
    fc.assert(
      fc.property(smallInt, positive, (n, d) => {
        expect(ratioToFraction(n, d)).toBe(toFractionString(rational(n, d)));
        expect(ratioToFraction(BigInt(n), BigInt(d))).toBe(toFractionString(rational(n, d)));
      }),
    );
  });

  it('compares exactly, falling back to bigint beyond the safe range', () => {
    expect(compareRatios(6997, 2000, 7, 2)).toBe(-1);
    expect(compareRatios(7, 2, 7000, 2000)).toBe(0);
    const big = Number.MAX_SAFE_INTEGER;
    expect(compareRatios(big, big - 1, big - 1, big - 2)).toBe(-1);
    fc.assert(
      fc.property(smallInt, positive, smallInt, positive, (a, b, c, d) => {
        expect(compareRatios(a, b, c, d)).toBe(compare(rational(a, b), rational(c, d)));
      }),
    );
  });
});

describe('rationals at the edges', () => {
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
