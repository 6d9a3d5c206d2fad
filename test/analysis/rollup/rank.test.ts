import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollup } from '../../../src/analysis/rollup/rollup.js';
import { small } from '../../helpers/small-catalogue.js';

describe('rollup ranking and distribution', () => {
  // One indicator each: a unit's index is its level. One indicator is below the default minimum
  // coverage, so these rank every unit (minimumCoverage 0).
  const all = { minimumCoverage: 0 } as const;
  const levels = { A: 3, B: 4, C: 3, D: 5, E: 3, F: 1, G: 2 };
  const units = Object.entries(levels).map(([agency, level]) => ({ agency, levels: { '1': level } }));

  it('ranks by exact index with competition ranks, ties by unit id, whatever the input order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(units, { minLength: units.length, maxLength: units.length }), (shuffled) => {
        const city = rollup(small, shuffled, { ...all, unitResults: false });
        expect(city.units.map((unit) => [unit.rank, unit.unit, unit.index.exact])).toEqual([
          [1, 'D', '5'],
          [2, 'B', '4'],
          [3, 'A', '3'],
          [3, 'C', '3'],
          [3, 'E', '3'],
          [6, 'G', '2'],
          [7, 'F', '1'],
        ]);
        expect(city.belowTarget.units).toEqual(['G', 'F']);
      }),
      { numRuns: 60 },
    );
    for (const ordered of [units, [...units].reverse()]) {
      expect(rollup(small, ordered, all).units.map((unit) => unit.unit)).toEqual(['D', 'B', 'A', 'C', 'E', 'G', 'F']);
    }
  });

  it('gives type-7 quartiles and the exact mean of the unit indexes', () => {
    // Sorted 1, 2, 3, 3, 3, 4, 5: h = 3/2, 3, 9/2 → 5/2, 3, 7/2; mean 21/7 = 3.
    const city = rollup(small, units, all);
    expect(city.distribution).toEqual({
      count: 7,
      min: { exact: '1', value: '1.00' },
      q1: { exact: '5/2', value: '2.50' },
      median: { exact: '3', value: '3.00' },
      q3: { exact: '7/2', value: '3.50' },
      max: { exact: '5', value: '5.00' },
      mean: { exact: '3', value: '3.00' },
    });
    // Two units: h = 1/4, 1/2, 3/4 between 1 and 5.
    const two = rollup(small, units.filter((unit) => unit.agency === 'D' || unit.agency === 'F'), all);
    expect([two.distribution.q1.exact, two.distribution.median.exact, two.distribution.q3.exact]).toEqual(['2', '3', '4']);
    expect(city.units[0]?.coverage).toBe('1/20');
  });

  it('lists units strictly below the target index: a unit exactly on it is not below', () => {
    const city = rollup(small, units, { ...all, targets: { index: 3 } });
    expect(city.belowTarget.index).toEqual({ exact: '3', value: '3.00' });
    expect(city.belowTarget.units).toEqual(['G', 'F']);
    expect(rollup(small, units, { ...all, targets: { index: '3.01' } }).belowTarget.units).toEqual(['A', 'C', 'E', 'G', 'F']);
  });
});
