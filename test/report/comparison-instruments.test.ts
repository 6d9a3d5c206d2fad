import { describe, expect, it } from 'vitest';
import { compare } from '../../src/analysis/compare.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { renderComparisonMarkdown, renderComparisonTable } from '../../src/report/comparison-text.js';
import { score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';

const spbe = score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 3) });
const pemdi = score(permenpanrb82026, { levels: uniformLevels(permenpanrb82026, 4) });
const across = compare([permenpanrb592020, permenpanrb82026], spbe, pemdi, { allowDifferentCatalogues: true });

describe('comparison renderers across instruments', () => {
  it('say the instruments differ and show the index only, as a table', () => {
    expect(renderComparisonTable(across, { lang: 'en' })).toBe(
      [
        'Index  3.00 → 4.00  (+1.00)  Good → Excellent',
        'Warning: the two results are different instruments (SPBE Index → Digital',
        '  Government Index); only the index and its predikat are compared.',
        '',
        '',
      ].join('\n'),
    );
    expect(renderComparisonTable(across, { lang: 'id' })).toContain('Peringatan: kedua hasil adalah instrumen yang berbeda (Indeks SPBE → Indeks');
  });

  it('say the instruments differ and show the index only, in Markdown', () => {
    expect(renderComparisonMarkdown(across, { lang: 'id' })).toBe(
      [
        '# Perbandingan',
        '',
        'Indeks  3,00 → 4,00  (+1,00)  Baik → Memuaskan  ',
        'Peringatan: kedua hasil adalah instrumen yang berbeda (Indeks SPBE → Indeks Pemerintah Digital); hanya indeks dan predikatnya yang dibandingkan.  ',
        '',
        '',
      ].join('\n'),
    );
  });

  it('keep the group and indicator tables for one instrument', () => {
    const later = score(permenpanrb592020, { levels: { ...uniformLevels(permenpanrb592020, 3), '1': 4 } });
    const text = renderComparisonTable(compare(permenpanrb592020, spbe, later), { lang: 'en' });
    expect(text).not.toContain('different instruments');
    expect(text).toContain('Indicators that changed');
  });
});
