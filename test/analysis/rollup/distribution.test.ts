import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, rational, ZERO, type Rational } from '../../../src/arithmetic/rational.js';
import { distributionOf } from '../../../src/analysis/rollup/distribution.js';

const value = fc.tuple(fc.integer({ min: -50, max: 500 }), fc.integer({ min: 1, max: 40 })).map(([num, den]) => rational(num, den));

describe('distributionOf', () => {
  it('gives the exact mean, min and max of any values', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 60 }), (values) => {
        const d = distributionOf(values);
        const sum = values.reduce<Rational>((acc, v) => add(acc, v), ZERO);
        expect(d.mean).toEqual(rational(sum.num, sum.den * BigInt(values.length)));
        const sorted = [...values].sort(compare);
        expect(d.min).toEqual(sorted[0]);
        expect(d.max).toEqual(sorted.at(-1));
        expect(compare(d.min, d.q1)).toBeLessThanOrEqual(0);
        expect(compare(d.q1, d.median)).toBeLessThanOrEqual(0);
        expect(compare(d.median, d.q3)).toBeLessThanOrEqual(0);
        expect(compare(d.q3, d.max)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('adds values with the same denominator before reducing (one denominator, many values)', () => {
    const values = Array.from({ length: 1000 }, (_, k) => rational(k, 7));
    expect(distributionOf(values).mean).toEqual(rational(999, 14));
  });
});
