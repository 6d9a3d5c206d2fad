import { describe, expect, it } from 'vitest';
import { allUnits } from '../../../src/analysis/rollup/all-units.js';
import { rollup } from '../../../src/analysis/rollup/rollup.js';
import { defaultMinimumCoverage } from '../../../src/analysis/rollup/rollup-options.js';
import { permenpanrb52018 } from '../../../src/catalogues/permenpanrb-5-2018/index.js';
import { permenpanrb592020 } from '../../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../../src/catalogues/permenpanrb-8-2026/index.js';
import type { Catalogue } from '../../../src/model/catalogue.js';
import { uniformLevels } from '../../helpers/assessments.js';
import { small } from '../../helpers/small-catalogue.js';

/** The indicator with the most weight, and another one. */
function heaviest(catalogue: Catalogue): [string, string] {
  const sorted = [...catalogue.indicators].sort((a, b) => b.units - a.units);
  return [sorted[0]!.id, sorted[1]!.id];
}

describe('rollup minimumCoverage default', () => {
  it.each([
    ['5/2018', permenpanrb52018],
    ['59/2020', permenpanrb592020],
    ['8/2026', permenpanrb82026],
  ])('%s: a unit that assessed one indicator (the heaviest, at the top level) is listed apart, not ranked first; two indicators are ranked', (_, catalogue) => {
    const [first, second] = heaviest(catalogue);
    const top = catalogue.range.max;
    const units = [
      { agency: 'Diskominfo', levels: uniformLevels(catalogue, 2) },
      { agency: 'Satu', levels: { [first]: top } },
      { agency: 'Dua', levels: { [first]: top, [second]: top } },
    ];
    const city = rollup(catalogue, units);
    expect(city.unranked.map((unit) => unit.unit)).toEqual(['Satu']);
    expect(city.units.map((unit) => [unit.rank, unit.unit])).toEqual([
      [1, 'Dua'],
      [2, 'Diskominfo'],
    ]);
    // The unranked unit keeps its coverage: exactly the heaviest indicator's share.
    const largest = catalogue.indicators.find((indicator) => indicator.id === first)!.units;
    expect(city.unranked[0]?.coverage).toBe(`${largest / gcd(largest, catalogue.totalUnits)}/${catalogue.totalUnits / gcd(largest, catalogue.totalUnits)}`);
    // 0 ranks every unit, the one-indicator unit then first (tied with Dua).
    const everyone = rollup(catalogue, units, { minimumCoverage: 0 });
    expect(everyone.unranked).toEqual([]);
    expect(everyone.units.map((unit) => [unit.rank, unit.unit])).toEqual([
      [1, 'Dua'],
      [1, 'Satu'],
      [3, 'Diskominfo'],
    ]);
  });

  it('is one weight unit above the heaviest indicator, at most the whole catalogue', () => {
    // 59/2020: the heaviest indicators hold 60 of 2000 weight units (3%); Pemdi 8/2026: 15 of 100.
    expect(defaultMinimumCoverage(permenpanrb592020)).toEqual({ num: 61n, den: 2000n });
    expect(defaultMinimumCoverage(permenpanrb82026)).toEqual({ num: 4n, den: 25n });
    const one = { ...small, indicators: small.indicators.slice(0, 1), totalUnits: small.indicators[0]!.units } as Catalogue;
    expect(defaultMinimumCoverage(one)).toEqual({ num: 1n, den: 1n });
  });

  it('lists every unit below the index target, the unranked ones after the ranked', () => {
    const units = [
      { agency: 'B', levels: { '1': 2, '5': 2, '6': 2 } },
      { agency: 'A', levels: { '1': 1 } },
      { agency: 'C', levels: { '5': 5, '6': 5 } },
    ];
    const city = rollup(small, units);
    expect(allUnits(city).map((unit) => unit.unit)).toEqual(['C', 'B', 'A']);
    expect(city.belowTarget.units).toEqual(['B', 'A']);
  });
});

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
