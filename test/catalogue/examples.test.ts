import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { permenpanrb52018 } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { score } from '../../src/scoring/score.js';

const readJson = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

describe('example files a new user can score straight away', () => {
  it('examples/catalogues: an OPD catalogue with criteria, "na" and a measured value', () => {
    const catalogue = defineCatalogue(readJson('examples/catalogues/opd-contoh.catalogue.json'));
    const result = score(catalogue, readJson('examples/catalogues/opd-contoh.assessment.json'));
    // A1 = (2 + 3) / 2 (indicator 3 not applicable; 1 reaches level 2 from its criteria);
    // A2 = (3·30 + 3·20) / 50 = 3 (indicator 4 from its own criteria, 5 from the scale's);
    // A3 = 4 (1.8 is in [1.5, 3)); index = (5/2·30 + 3·50 + 4·20) / 100 = 61/20.
    expect(result.index).toMatchObject({ value: '3.05', exact: '61/20', predicate: { id: 'baik' } });
    expect(result.indicators.map((indicator) => indicator.level)).toEqual([2, 3, null, 3, 3, 4]);
    expect(result.coverage).toBe('9/10');
  });

  it('examples/kota-contoh-2018.json scores under permenpanrb-5-2018', () => {
    expect(score(permenpanrb52018, readJson('examples/kota-contoh-2018.json')).index).toMatchObject({ value: '2.26', exact: '679/300' });
  });

  it('examples/kota-contoh-2026.json and its self-assessment score under permenpanrb-8-2026, fractions and conversions included', () => {
    const final = score(permenpanrb82026, readJson('examples/kota-contoh-2026.json'));
    // A3 = (4·5 + 3·3 + 3·3 + 63/50·4) / 15: SDI 68.4 → 4, SJIG 2.75 → 3, IPS 3.1 → 3.
    expect(final.aspects[2]).toMatchObject({ exact: '1076/375', value: '2.87' });
    expect(final.index).toMatchObject({ value: '2.74', exact: '82087/30000', predicate: { id: 'baik', maturity: { en: 'Developing' } } });
    expect(final.warnings.map((warning) => warning.code)).toEqual(['level.converted', 'level.converted', 'level.converted']);
    const self = score(permenpanrb82026, readJson('examples/kota-contoh-2026-mandiri.json'));
    expect(self.index).toMatchObject({ value: '3.17', exact: '317/100', predicate: { id: 'baik' } });
  });
});
