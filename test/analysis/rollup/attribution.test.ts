import { describe, expect, it } from 'vitest';
import { rollup, safeRollup } from '../../../src/analysis/rollup/rollup.js';
import { small } from '../../helpers/small-catalogue.js';

// Indicator shares of the index with indicator 6 unassessed (hand-computed from the small
// catalogue's weights, re-normalised within A3): 1/20, 1/10, 1/8, 1/8, 3/5.
const units = [
  { agency: 'A', levels: { '1': 2, '2': 1, '3': 3, '4': 2, '5': 4 } },
  { agency: 'B', levels: { '1': 3, '2': 4, '3': 1, '4': 5, '5': 4 } },
  { agency: 'C', levels: { '2': 2, '3': 'na' as const, '4': 2, '5': 4 } },
];
const options = { score: { allowNotApplicable: true } };

describe('rollup: what holds the city back', () => {
  it('orders the indicators below the level target by what they cost the index, with the units below it', () => {
    // Level 3 target: 3 costs 1/8 × (3 − 2), 2 costs 1/10 × (3 − 7/3) = 1/15, 1 costs 1/20 × (3 − 5/2) = 1/40.
    expect(rollup(small, units, options).belowTarget.shortfalls).toEqual([
      { indicator: '3', label: { id: 'Indikator 3', en: 'Indicator 3' }, level: { exact: '2', value: '2.00' }, cost: { exact: '1/8', value: '0.13' }, units: ['B'] },
      { indicator: '2', label: { id: 'Indikator 2', en: 'Indicator 2' }, level: { exact: '7/3', value: '2.33' }, cost: { exact: '1/15', value: '0.07' }, units: ['A', 'C'] },
      { indicator: '1', label: { id: 'Indikator 1', en: 'Indicator 1' }, level: { exact: '5/2', value: '2.50' }, cost: { exact: '1/40', value: '0.03' }, units: ['A'] },
    ]);
  });

  it("splits the city's shortfall to the level target among the units, adding up exactly", () => {
    // A: 1/20·½·1 + 1/10·⅓·2 = 11/120; B: 1/10·⅓·(−1) + 1/8·½·2 = 11/120; C: 1/10·⅓·1 = 4/120.
    expect(rollup(small, units, options).attribution.level).toEqual({
      target: { exact: '3', value: '3.00' },
      shortfall: { exact: '13/60', value: '+0.22' },
      units: [
        { unit: 'A', share: { exact: '11/120', value: '+0.09' } },
        { unit: 'B', share: { exact: '11/120', value: '+0.09' } },
        { unit: 'C', share: { exact: '1/30', value: '+0.03' } },
      ],
    });
  });

  it("splits the city's distance to the index target among the units; a city above it has a negative shortfall", () => {
    const { index } = rollup(small, units, options).attribution;
    expect(index.target.exact).toBe('13/5');
    // 13/5 − 203/60 = −47/60.
    expect(index.shortfall).toEqual({ exact: '-47/60', value: '-0.78' });
    const sum = index.units.reduce((total, { share }) => {
      const [num, den = '1'] = share.exact.split('/');
      return total + Number(num) / Number(den);
    }, 0);
    expect(sum).toBeCloseTo(-47 / 60, 12);
  });

  it('under min, the weakest unit carries the whole shortfall of an indicator', () => {
    const city = rollup(small, [{ agency: 'A', levels: { '1': 2 } }, { agency: 'B', levels: { '1': 4 } }], { strategy: 'min' });
    // Only indicator 1 is assessed: its share of the index is 1; min = 2; A carries 3 − 2.
    expect(city.attribution.level.units).toEqual([
      { unit: 'A', share: { exact: '1', value: '+1.00' } },
      { unit: 'B', share: { exact: '0', value: '0.00' } },
    ]);
  });
});

describe('rollup: ranking honours coverage', () => {
  it('lists units below the minimum coverage apart, never ranked', () => {
    const city = rollup(
      small,
      [
        { agency: 'Wide', levels: { '1': 3, '2': 3, '3': 3, '4': 3, '5': 3, '6': 3 } },
        { agency: 'Narrow', levels: { '1': 5 } },
      ],
      { minimumCoverage: '0.5' },
    );
    expect(city.units.map((unit) => [unit.rank, unit.unit])).toEqual([[1, 'Wide']]);
    expect(city.unranked.map((unit) => [unit.unit, unit.coverage, unit.index.value])).toEqual([['Narrow', '1/20', '5.00']]);
  });

  it('refuses a minimum coverage outside 0..1', () => {
    expect(() => rollup(small, units, { minimumCoverage: '1.5' })).toThrow(/minimumCoverage/);
  });
});

describe('rollup: the owner strategy', () => {
  const owned = [
    { agency: 'Bappeda', levels: { '1': 4, '2': 2 } },
    { agency: 'Diskominfo', levels: { '1': 2, '2': 4, '3': 3 } },
  ];
  const responsibilities = { indicators: { '1': ['Bappeda'], '2': { owners: ['Bappeda', 'Diskominfo'], lead: 'Diskominfo' }, '3': ['Diskominfo'], '4': ['Diskominfo'], '5': ['Bappeda'], '6': ['Bappeda'] } };

  it("takes an indicator's value from its owners only", () => {
    const city = rollup(small, owned, { strategy: 'owner', responsibilities });
    expect(city.indicators.slice(0, 3).map((entry) => [entry.id, entry.contributors, entry.level?.exact])).toEqual([
      ['1', ['Bappeda'], '4'],
      ['2', ['Bappeda', 'Diskominfo'], '3'],
      ['3', ['Diskominfo'], '3'],
    ]);
  });

  it("takes the lead's level under ownerMode lead", () => {
    const city = rollup(small, owned, { strategy: 'owner', responsibilities, ownerMode: 'lead' });
    expect(city.indicators[1]).toMatchObject({ contributors: ['Diskominfo'], level: { exact: '4' } });
  });

  it('reports every problem with the responsibilities at once', () => {
    expect(() =>
      rollup(small, owned, {
        strategy: 'owner',
        responsibilities: { indicators: { '1': ['Bappeda', 'Bappeda'], '2': { owners: ['Dinkes'], lead: 'Bappeda' }, '99': ['Bappeda'] } },
      }),
    ).toThrow(expect.objectContaining({ issues: expect.arrayContaining([expect.objectContaining({ code: 'city.duplicate_owner' }), expect.objectContaining({ code: 'city.unknown_unit' }), expect.objectContaining({ code: 'city.lead_not_owner' }), expect.objectContaining({ code: 'city.unknown_indicator' }), expect.objectContaining({ code: 'city.unowned_indicator' })]) }));
  });

  it('fails with rollup.nothing_assessed when no owner assessed its own indicators', () => {
    // Bappeda assessed only Diskominfo's indicator 3 and Diskominfo only Bappeda's indicator 1.
    const crossed = [
      { agency: 'Bappeda', levels: { '3': 4 } },
      { agency: 'Diskominfo', levels: { '1': 2 } },
    ];
    expect(safeRollup(small, crossed, { strategy: 'owner', responsibilities })).toEqual({
      success: false,
      issues: [{ code: 'rollup.nothing_assessed', path: [], message: { id: 'Tidak ada indikator yang dinilai oleh unit mana pun.', en: 'No unit assessed any indicator.' } }],
    });
  });

  it('needs responsibilities', () => {
    expect(() => rollup(small, owned, { strategy: 'owner' })).toThrow(/responsibilities/);
  });
});
