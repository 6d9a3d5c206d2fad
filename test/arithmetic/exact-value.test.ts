import { describe, expect, it } from 'vitest';
import { readExactValue } from '../../src/arithmetic/exact-value.js';
import { toFractionString } from '../../src/arithmetic/rational.js';

const exact = (raw: string | number) => {
  const reading = readExactValue(raw);
  return 'value' in reading ? toFractionString(reading.value) : reading.problem;
};

describe('readExactValue', () => {
  it('reads fraction strings, reduced', () => {
    expect(exact('7/6')).toBe('7/6');
    expect(exact('10/4')).toBe('5/2');
    expect(exact('-3/1')).toBe('-3');
    expect(exact('0/5')).toBe('0');
  });

  it('reads decimal strings exactly', () => {
    expect(exact('1.26')).toBe('63/50');
    expect(exact('2.50')).toBe('5/2');
    expect(exact('3')).toBe('3');
  });

  it('reads a JSON number by its shortest round-trip decimal, never the binary float', () => {
    expect(exact(1.26)).toBe('63/50');
    expect(exact(1.005)).toBe('201/200');
    expect(exact(0.1 + 0.2)).toBe(exact('0.30000000000000004'));
    expect(exact(-0)).toBe('0');
  });

  it('names every bad form', () => {
    expect(exact('')).toBe('empty');
    expect(exact('   ')).toBe('empty');
    expect(exact('1e0')).toBe('exponent');
    expect(exact('2.5E-1')).toBe('exponent');
    expect(exact(1e21)).toBe('exponent');
    expect(exact(1e-7)).toBe('exponent');
    expect(exact('1/2/3')).toBe('too_many_slashes');
    expect(exact('3/0')).toBe('zero_denominator');
    expect(exact('3/00')).toBe('zero_denominator');
    expect(exact(Number.NaN)).toBe('nan');
    expect(exact('NaN')).toBe('nan');
    expect(exact(Number.POSITIVE_INFINITY)).toBe('not_finite');
    expect(exact('-Infinity')).toBe('not_finite');
    for (const text of ['1,5', 'abc', ' 2', '+3', '1.5/2', '1/-2', '1/', '/2', '.5', '1.']) expect(exact(text)).toBe('malformed');
  });

  it('refuses overlong text without work proportional to it', () => {
    expect(exact('1'.repeat(65))).toBe('malformed');
    expect(exact(`${'1'.repeat(100000)}/3`)).toBe('malformed');
  });
});
