import { describe, expect, it } from 'vitest';
import { consolidateLevels } from '../../../src/analysis/rollup/consolidate.js';
import { rollup } from '../../../src/analysis/rollup/rollup.js';
import { rational, ZERO } from '../../../src/arithmetic/rational.js';
import { small } from '../../helpers/small-catalogue.js';

describe('rollup indicators', () => {
  const units = [
    { agency: 'A', levels: { '1': 2, '2': 1, '3': 3, '4': 2, '5': 4 } },
    { agency: 'B', levels: { '1': 3, '2': 4, '3': 1, '4': 5, '5': 4 } },
    { agency: 'C', levels: { '2': 2, '3': 'na' as const, '4': 2, '5': 4 } },
  ];
  const options = { score: { allowNotApplicable: true } };

  it('consolidates each indicator with counts, min, max, spread and units below the target level', () => {
    const city = rollup(small, units, options);
    const row = (id: string, contributors: string[], notApplicableBy: number, level: [string, string] | null, min: number | null, max: number | null, below: number) => ({
      id,
      label: { id: `Indikator ${id}`, en: `Indicator ${id}` },
      assessedBy: contributors.length,
      contributors,
      notApplicableBy,
      level: level === null ? null : { exact: level[0], value: level[1] },
      min,
      max,
      spread: min === null || max === null ? null : max - min,
      unitsBelowTarget: below,
    });
    expect(city.indicators).toEqual([
      row('1', ['A', 'B'], 0, ['5/2', '2.50'], 2, 3, 1),
      row('2', ['A', 'B', 'C'], 0, ['7/3', '2.33'], 1, 4, 2),
      row('3', ['A', 'B'], 1, ['2', '2.00'], 1, 3, 1),
      row('4', ['A', 'B', 'C'], 0, ['3', '3.00'], 2, 5, 2),
      row('5', ['A', 'B', 'C'], 0, ['4', '4.00'], 4, 4, 0),
      row('6', [], 0, null, null, null, 0),
    ]);
    expect(city.indicators[5]?.spread).toBeNull();
    expect(city.unassessed).toEqual(['6']);
    // Levels 5/2, 7/3, 2, 3, 4 and 6 missing: A1 = 43/18, A2 = 5/2, D1 = 59/24, D2 = 4, index = 203/60.
    expect(city.consolidated.index.exact).toBe('203/60');
    expect(city.consolidated.indicators.map((entry) => entry.status)).toEqual(['assessed', 'assessed', 'assessed', 'assessed', 'assessed', 'missing']);
  });

  it('lists indicators strictly below the target level (an exact 3 is not), skipping unassessed ones', () => {
    const { shortfalls, ...below } = rollup(small, units, options).belowTarget;
    expect(below).toEqual({ index: { exact: '13/5', value: '2.60' }, level: 3, units: [], indicators: ['1', '2', '3'] });
    expect(shortfalls.map((entry) => entry.indicator)).toEqual(['3', '2', '1']);
    const higher = rollup(small, units, { ...options, targets: { level: 4 } });
    expect(higher.belowTarget.level).toBe(4);
    expect(higher.belowTarget.indicators).toEqual(['1', '2', '3', '4']);
    expect(higher.indicators.map((entry) => entry.unitsBelowTarget)).toEqual([2, 2, 2, 2, 0, 0]);
  });

  it('lists the widest spreads first, ties in catalogue order, never a spread of 0 or an unassessed indicator', () => {
    const city = rollup(small, units, options);
    expect(city.widestSpread).toEqual([
      { indicator: '2', spread: 3, min: 1, max: 4 },
      { indicator: '4', spread: 3, min: 2, max: 5 },
      { indicator: '3', spread: 2, min: 1, max: 3 },
      { indicator: '1', spread: 1, min: 2, max: 3 },
    ]);
    expect(rollup(small, units, { ...options, spreadLimit: 2 }).widestSpread.map((entry) => entry.indicator)).toEqual(['2', '4']);
    expect(rollup(small, units, { ...options, spreadLimit: 3 }).widestSpread.map((entry) => entry.indicator)).toEqual(['2', '4', '3']);
  });

  it('takes the middle level under median, which differs from the mean', () => {
    const three = ['A', 'B', 'C'].map((agency, k) => ({ agency, levels: { '1': [1, 1, 4][k] as number } }));
    expect(rollup(small, three, { strategy: 'median' }).indicators[0]?.level?.exact).toBe('1');
    expect(rollup(small, three).indicators[0]?.level?.exact).toBe('2');
    const four = ['A', 'B', 'C', 'D'].map((agency, k) => ({ agency, levels: { '1': [5, 1, 2, 2][k] as number } }));
    expect(rollup(small, four, { strategy: 'median' }).indicators[0]?.level?.exact).toBe('2');
    expect(rollup(small, four, { strategy: 'min' }).indicators[0]?.level?.exact).toBe('1');
    expect(rollup(small, four, { strategy: 'max' }).indicators[0]?.level?.exact).toBe('5');
  });
});

describe('consolidateLevels', () => {
  it('consolidateLevels gives 0, not a division by zero, when the weights sum to 0', () => {
    expect(consolidateLevels('weighted', [3, 4], [ZERO, ZERO])).toEqual(ZERO);
    expect(consolidateLevels('weighted', [3, 4], [rational(1), rational(3)])).toEqual(rational(15, 4));
  });

});
