import { describe, expect, it } from 'vitest';
import { safeCompare } from '../../src/analysis/compare.js';
import { catalogueForYear, safeCatalogueForYear } from '../../src/catalogues/index.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';

/* docs/concepts.md: the catalogue-by-year rule, indicator codes and instruments, as it states them. */

describe('docs/concepts.md', () => {
  it('picks the catalogue of an evaluation year, and refuses a year before 2018', () => {
    expect([2018, 2020, 2021, 2025, 2026, 2030].map((year) => catalogueForYear(year).id)).toEqual([
      'permenpanrb-5-2018',
      'permenpanrb-5-2018',
      'permenpanrb-59-2020',
      'permenpanrb-59-2020',
      'permenpanrb-8-2026',
      'permenpanrb-8-2026',
    ]);
    expect(safeCatalogueForYear(2017).success).toBe(false);
  });

  it('names an 8/2026 indicator by its id or either code', () => {
    const byId = score(permenpanrb82026, { levels: uniformLevels(permenpanrb82026, 3) });
    const { '5': five, ...rest } = uniformLevels(permenpanrb82026, 3);
    expect(five).toBe(3);
    for (const code of ['I5', '3.1']) {
      const byCode = score(permenpanrb82026, { levels: { ...rest, [code]: 3 } });
      expect(byCode.index).toEqual(byId.index);
      expect(byCode.indicators.map((indicator) => indicator.id)).toEqual(byId.indicators.map((indicator) => indicator.id));
    }
  });

  it('refuses to compare the two instruments unless asked, and then compares the index only', () => {
    const spbe = score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 3) });
    const pemdi = score(permenpanrb82026, { levels: uniformLevels(permenpanrb82026, 3) });
    expect(safeCompare([permenpanrb592020, permenpanrb82026], spbe, pemdi).success).toBe(false);
    const asked = safeCompare([permenpanrb592020, permenpanrb82026], spbe, pemdi, { allowDifferentCatalogues: true });
    expect(asked.success && asked.output.instruments.same).toBe(false);
    expect(asked.success && asked.output.groups).toEqual([]);
  });
});
