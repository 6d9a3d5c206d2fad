import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import type { RollupStrategy } from '../../src/analysis/rollup/consolidate.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import type { LevelInput } from '../../src/model/assessment.js';
import { fractionalValue } from '../helpers/fractional-values.js';
import { D, displayHalfUp, fromFraction, type DecimalValue } from '../helpers/oracle.js';

/*
 * A city roll-up of Pemdi 8/2026 units that give fractional values ("7/6", "1.26", 2.5), under
 * every consolidation strategy, against an independent decimal.js computation: each indicator's
 * consolidated value, min, max, spread and units below the level target, and the city index
 * (Σ wI × vI / 100, every indicator being assessed by some unit).
 */

const WEIGHTS = [5, 5, 5, 5, 5, 3, 3, 4, 4, 4, 3, 4, 5, 5, 4, 4, 4, 3, 10, 15];
const TARGET_LEVEL = 3;
const close = (a: DecimalValue, b: DecimalValue) => a.minus(b).abs().lt('1e-60');

const asDecimal = (v: string | number): DecimalValue => (typeof v === 'number' ? new D(String(v)) : v.includes('/') ? fromFraction(v) : new D(v));

const cityArb = fc
  .record({
    strategy: fc.constantFrom<RollupStrategy | 'lead'>('mean', 'median', 'min', 'max', 'weighted', 'owner', 'lead'),
    units: fc.integer({ min: 2, max: 5 }),
    // Per unit and indicator: a value or nothing (the indicator's own unit, i mod units, always gives one).
    cells: fc.array(fc.option(fractionalValue, { nil: undefined, freq: 2 }), { minLength: 100, maxLength: 100 }),
    weights: fc.array(fc.constantFrom<string | number>('0.5', '1', '1.5', '2.25', 3, 0.75), { minLength: 5, maxLength: 5 }),
    owners: fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
  })
  .map((raw) => {
    const grid = Array.from({ length: raw.units }, (_, u) =>
      WEIGHTS.map((_, i) => raw.cells[u * 20 + i] ?? (i % raw.units === u ? (raw.cells[(u * 20 + i + 1) % 100] ?? '7/6') : undefined)),
    );
    return { ...raw, grid };
  });

/** The oracle's consolidation of the values that count for one indicator. */
function consolidate(strategy: RollupStrategy | 'lead', values: readonly DecimalValue[], weights: readonly DecimalValue[]): DecimalValue {
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const sum = (list: readonly DecimalValue[]) => list.reduce((a, b) => a.plus(b), new D(0));
  switch (strategy) {
    case 'mean':
    case 'owner':
    case 'lead':
      return sum(values).div(values.length);
    case 'weighted':
      return sum(values.map((v, k) => v.times(weights[k]!))).div(sum(weights));
    case 'min':
      return sorted[0]!;
    case 'max':
      return sorted.at(-1)!;
    case 'median': {
      const middle = sorted.length >> 1;
      return sorted.length % 2 === 1 ? sorted[middle]! : sorted[middle - 1]!.plus(sorted[middle]!).div(2);
    }
  }
}

describe('rollup of fractional Pemdi values, against decimal.js', () => {
  it('consolidates every indicator exactly under every strategy, with exact min, max, spread, units below target and city index', () => {
    fc.assert(
      fc.property(cityArb, (c) => {
        const ids = Array.from({ length: c.units }, (_, u) => `OPD-${u}`);
        const assessments = ids.map((agency, u) => ({
          agency,
          levels: Object.fromEntries(c.grid[u]!.flatMap((v, i) => (v === undefined ? [] : [[String(i + 1), v as LevelInput]]))),
        }));
        // Owners: a non-empty subset of the units that gave the indicator a value; the lead is the first.
        const givers = WEIGHTS.map((_, i) => ids.filter((_, u) => c.grid[u]![i] !== undefined));
        const owners = givers.map((list, i) => list.filter((_, k) => k === 0 || ((c.owners[i]! >> k) & 1) === 1).reverse());
        const responsibilities = { indicators: Object.fromEntries(owners.map((list, i) => [String(i + 1), { owners: list, lead: list[0]! }])) };
        const strategy: RollupStrategy = c.strategy === 'lead' ? 'owner' : c.strategy;
        const city = rollup(permenpanrb82026, assessments, {
          strategy,
          targets: { index: '2.5', level: TARGET_LEVEL },
          ...(strategy === 'weighted' ? { unitWeights: Object.fromEntries(ids.map((id, u) => [id, c.weights[u]!])) } : {}),
          ...(strategy === 'owner' ? { responsibilities, ownerMode: c.strategy === 'lead' ? 'lead' : 'mean' } : {}),
        });

        let index = new D(0);
        WEIGHTS.forEach((weight, i) => {
          const counted = ids
            .map((id, u) => ({ id, u, v: c.grid[u]![i] }))
            .filter(({ id, v }) => v !== undefined && (c.strategy === 'lead' ? id === owners[i]![0] : c.strategy === 'owner' ? owners[i]!.includes(id) : true));
          const values = counted.map(({ v }) => asDecimal(v!));
          const expected = consolidate(c.strategy, values, counted.map(({ u }) => asDecimal(c.weights[u]!)));
          const got = city.indicators[i]!;
          expect(close(fromFraction(got.level!.exact), expected)).toBe(true);
          expect(got.level!.value).toBe(displayHalfUp(fromFraction(got.level!.exact)));
          expect(city.consolidated.indicators[i]!.level === null ? null : String(city.consolidated.indicators[i]!.level)).toBe(got.level!.exact);
          const low = D.min(...values);
          const high = D.max(...values);
          expect(close(fromFraction(String(got.min)), low)).toBe(true);
          expect(close(fromFraction(String(got.max)), high)).toBe(true);
          expect(close(fromFraction(String(got.spread)), high.minus(low))).toBe(true);
          expect(got.unitsBelowTarget).toBe(values.filter((v) => v.lt(TARGET_LEVEL)).length);
          expect(got.contributors).toEqual(counted.map(({ id }) => id).sort());
          index = index.plus(expected.times(weight));
        });
        index = index.div(100);
        expect(close(fromFraction(city.consolidated.index.exact), index)).toBe(true);
        expect(city.consolidated.index.value).toBe(displayHalfUp(fromFraction(city.consolidated.index.exact)));
        // Widest spread: positive spreads only, widest first, as exact values.
        const spreads = city.widestSpread.map((entry) => fromFraction(String(entry.spread)));
        for (let k = 1; k < spreads.length; k++) expect(spreads[k - 1]!.gte(spreads[k]!)).toBe(true);
        for (const s of spreads) expect(s.gt(0)).toBe(true);
        // The units' parts of each shortfall add up to it exactly.
        for (const attribution of [city.attribution.index, city.attribution.level]) {
          const total = attribution.units.reduce((acc, unit) => acc.plus(fromFraction(unit.share.exact)), new D(0));
          expect(close(total, fromFraction(attribution.shortfall.exact))).toBe(true);
        }
        expect(close(fromFraction(city.attribution.index.shortfall.exact), new D('2.5').minus(index))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('takes the mean of fractional values exactly: 7/6, "1.26" and 2.5 give 739/450', () => {
    const city = rollup(permenpanrb82026, [
      { agency: 'A', levels: { '1': '7/6' } },
      { agency: 'B', levels: { '1': '1.26' } },
      { agency: 'C', levels: { '1': 2.5 } },
    ]);
    // (7/6 + 63/50 + 5/2) / 3 = (175 + 189 + 375) / 150 / 3 = 739/450.
    expect(city.indicators[0]!.level).toEqual({ exact: '739/450', value: '1.64' });
    expect(city.indicators[0]).toMatchObject({ min: '7/6', max: '5/2', spread: '4/3', unitsBelowTarget: 3 });
    expect(city.widestSpread[0]).toEqual({ indicator: '1', spread: '4/3', min: '7/6', max: '5/2' });
  });
});
