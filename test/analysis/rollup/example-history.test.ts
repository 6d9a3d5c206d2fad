import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultMinimumCoverage } from '../../../src/analysis/rollup/rollup-options.js';
import { rollup } from '../../../src/analysis/rollup/rollup.js';
import { permenpanrb592020 } from '../../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Assessment } from '../../../src/model/assessment.js';

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/*
 * The example city's earlier years (examples/city/kota-contoh-2024.json, -2025.json), which the
 * guides use as the report's trend, are the roll-up of that year's OPD files as
 * scripts/generate-example-city.mjs writes it: so the committed files, the generator and the
 * library agree, and a change to the roll-up shows here instead of in a stale example.
 */
describe('the example city history files', () => {
  for (const year of [2024, 2025]) {
    it(`kota-contoh-${year}.json is the owner roll-up of examples/opd/${year} as the library computes it now`, () => {
      const dir = `examples/opd/${year}`;
      const units = readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => readJson(`${dir}/${file}`) as Assessment);
      const responsibilities = readJson('examples/city/responsibilities-59-2020.json') as { indicators: Record<string, never> };
      // The generator's options: owner strategy, the city's name, without the units' own results.
      const expected = rollup(permenpanrb592020, units, {
        strategy: 'owner',
        responsibilities: { indicators: responsibilities.indicators },
        name: 'Pemerintah Kota Contoh',
        unitResults: false,
      });
      const committed = readJson(`examples/city/kota-contoh-${year}.json`) as typeof expected;
      expect(JSON.parse(JSON.stringify(expected))).toEqual(committed);
      // Coverage decides the ranking: no OPD is ranked on one indicator's weight alone (the default minimum).
      const minimum = defaultMinimumCoverage(permenpanrb592020);
      const covers = (coverage: string) => {
        const [num, den = '1'] = coverage.split('/');
        return BigInt(num as string) * minimum.den >= minimum.num * BigInt(den);
      };
      expect(committed.units.filter((unit) => !covers(unit.coverage))).toEqual([]);
      expect(committed.unranked.length).toBeGreaterThan(0);
    });
  }
});
