import { describe, expect, it } from 'vitest';
import { formatExactDecimal } from '../../src/arithmetic/decimal-string.js';
import { parseWeight } from '../../src/catalogue/parse-weight.js';

describe('parseWeight', () => {
  it('reads only strings as weights', () => {
    expect(parseWeight(15)).toBeUndefined();
    expect(parseWeight(['1.5'])).toBeUndefined();
    expect(parseWeight(['1/3'])).toBeUndefined();
    expect(formatExactDecimal(parseWeight('10/3')!)).toBe('10/3');
    expect(formatExactDecimal(parseWeight('1.30')!)).toBe('1.3');
  });
});
