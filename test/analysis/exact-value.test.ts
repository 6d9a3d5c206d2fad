import { describe, expect, it } from 'vitest';
import { readDecimal, signedValue } from '../../src/analysis/exact-value.js';
import { rational, ZERO } from '../../src/arithmetic/rational.js';

describe('signedValue and readDecimal', () => {
  it('signedValue puts a "+" on positive values only', () => {
    const display = { decimals: 2, rounding: 'halfUp' as const };
    expect(signedValue(rational(3, 20), display)).toEqual({ exact: '3/20', value: '+0.15' });
    expect(signedValue(ZERO, display)).toEqual({ exact: '0', value: '0.00' });
    expect(signedValue(rational(-3, 20), display)).toEqual({ exact: '-3/20', value: '-0.15' });
  });

  it('readDecimal reads decimal strings and finite numbers only', () => {
    expect(readDecimal('3.5')).toEqual(rational(7, 2));
    expect(readDecimal(3.5)).toEqual(rational(7, 2));
    for (const value of [['3'], [3], true, null, undefined, {}, Number.NaN, Number.POSITIVE_INFINITY, '1e3']) {
      expect(readDecimal(value), String(value)).toBeUndefined();
    }
  });

});
