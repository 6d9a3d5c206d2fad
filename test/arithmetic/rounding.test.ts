import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundRatio, ROUNDING_MODES, type RoundingMode } from '../../src/arithmetic/rounding.js';
import { D, ORACLE_ROUNDING } from '../helpers/oracle.js';

describe('roundRatio', () => {
  it('rounds the published tie cases half up', () => {
    expect(roundRatio(4745, 1000, 2, 'halfUp')).toBe('4.75');
    expect(roundRatio(1005, 1000, 2, 'halfUp')).toBe('1.01');
    expect(roundRatio(6997, 2000, 2, 'halfUp')).toBe('3.50');
    expect(roundRatio(1179, 400, 2, 'halfUp')).toBe('2.95'); // 2.9475
  });

  it('implements each mode on ties, both signs', () => {
    const cases: [number, number, Record<string, string>][] = [
      [2345, 1000, { halfUp: '2.35', halfEven: '2.34', down: '2.34', up: '2.35' }],
      [2355, 1000, { halfUp: '2.36', halfEven: '2.36', down: '2.35', up: '2.36' }],
      [-2345, 1000, { halfUp: '-2.35', halfEven: '-2.34', down: '-2.34', up: '-2.35' }],
      [2341, 1000, { halfUp: '2.34', halfEven: '2.34', down: '2.34', up: '2.35' }],
      [-1, 1000, { halfUp: '0.00', halfEven: '0.00', down: '0.00', up: '-0.01' }],
    ];
    for (const [num, den, expected] of cases) {
      for (const mode of ROUNDING_MODES) expect(roundRatio(num, den, 2, mode), `${num}/${den} ${mode}`).toBe(expected[mode]);
    }
  });

  it('formats integers, zero decimals and many decimals', () => {
    expect(roundRatio(3, 1, 2, 'halfUp')).toBe('3.00');
    expect(roundRatio(7, 2, 0, 'halfUp')).toBe('4');
    expect(roundRatio(7, 2, 0, 'halfEven')).toBe('4');
    expect(roundRatio(5, 2, 0, 'halfEven')).toBe('2');
    expect(roundRatio(1, 3, 20, 'halfUp')).toBe('0.33333333333333333333');
    expect(roundRatio(0, 7, 2, 'up')).toBe('0.00');
  });

  it('matches decimal.js for every mode, numbers and bigints alike', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...ROUNDING_MODES),
        (num, den, decimals, mode) => {
          const expected = new D(num).div(den).toDecimalPlaces(decimals, ORACLE_ROUNDING[mode]).toFixed(decimals);
          const normalised = /^-0(\.0*)?$/.test(expected) ? expected.slice(1) : expected;
          expect(roundRatio(num, den, decimals, mode)).toBe(normalised);
          expect(roundRatio(BigInt(num), BigInt(den), decimals, mode)).toBe(normalised);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives the exact bigint answer for numbers at and beyond the edge of the safe-integer range', () => {
    const edge = fc.oneof(
      fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
      fc.integer({ min: 2 ** 50, max: 2 ** 53 - 1 }),
      fc.constantFrom(2 ** 53 - 1, 2 ** 53, 2 ** 60, -(2 ** 53) + 1, 2 ** 52 + 1),
    );
    fc.assert(
      fc.property(edge, fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 2 ** 40, max: 2 ** 53 - 1 })), fc.integer({ min: 0, max: 4 }), fc.constantFrom(...ROUNDING_MODES), (num, den, decimals, mode) => {
        expect(roundRatio(num, den, decimals, mode)).toBe(roundRatio(BigInt(num), BigInt(den), decimals, mode));
      }),
      { numRuns: 2000 },
    );
  });

  it('falls back to bigint when a product leaves the safe-integer range', () => {
    const big = 2 ** 52 + 1;
    expect(roundRatio(big, 3, 2, 'halfUp')).toBe(new D(big).div(3).toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2));
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
