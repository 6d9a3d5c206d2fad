import { describe, expect, it } from 'vitest';
import { builtinCatalogues, catalogueForYear, CATALOGUE_YEAR_ISSUE_CODES, safeCatalogueForYear } from '../../src/catalogues/index.js';
import { SpbeError } from '../../src/model/issue.js';

describe('catalogueForYear', () => {
  it('picks the instrument of each evaluation year', () => {
    const ids = [2018, 2020, 2021, 2025, 2026, 2040].map((year) => catalogueForYear(year).id);
    expect(ids).toEqual(['permenpanrb-5-2018', 'permenpanrb-5-2018', 'permenpanrb-59-2020', 'permenpanrb-59-2020', 'permenpanrb-8-2026', 'permenpanrb-8-2026']);
  });

  it('gives an issue for a year before 2018 and for a value that is no whole year', () => {
    expect(safeCatalogueForYear(2017)).toMatchObject({ success: false, issues: [{ code: 'year.before_2018', path: ['year'], received: '2017' }] });
    for (const bad of [2024.5, '2024', Number.NaN, null]) {
      expect(safeCatalogueForYear(bad)).toMatchObject({ success: false, issues: [{ code: 'year.invalid' }] });
    }
    expect(() => catalogueForYear(2000)).toThrow(SpbeError);
    expect(CATALOGUE_YEAR_ISSUE_CODES).toEqual(['year.invalid', 'year.before_2018']);
  });

  it('lists every built-in catalogue with the years it applies to, without gaps or overlaps', () => {
    const spans = [...builtinCatalogues].reverse().map(({ catalogue, from, to }) => [catalogue.id, from, to]);
    expect(spans).toEqual([
      ['permenpanrb-5-2018', 2018, 2020],
      ['permenpanrb-59-2020', 2021, 2025],
      ['permenpanrb-8-2026', 2026, null],
    ]);
    for (const { catalogue, from } of builtinCatalogues) expect(catalogue.years).toContain(from);
  });
});
