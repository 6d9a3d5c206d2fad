import { describe, expect, it } from 'vitest';
import { compare } from '../../src/analysis/compare.js';
import { explain } from '../../src/analysis/explain.js';
import { frontier } from '../../src/analysis/plan/frontier.js';
import { margin } from '../../src/analysis/margin.js';
import { plan } from '../../src/analysis/plan/plan.js';
import { planCity } from '../../src/analysis/city/plan-city.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { deriveCatalogue } from '../../src/catalogue/derive.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { renderFrontierView, renderMarginView } from '../../src/report/analysis-tables.js';
import { renderCityHtml } from '../../src/report/city-html.js';
import { renderCityMarkdown, renderCityTable } from '../../src/report/city-text.js';
import { renderComparisonMarkdown, renderComparisonTable } from '../../src/report/comparison-text.js';
import { renderCsv } from '../../src/report/csv-output.js';
import { renderHtml } from '../../src/report/html.js';
import { indexName, reportTitle } from '../../src/report/labels.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderCityPlanTable } from '../../src/report/plan-city-text.js';
import { renderPlanMarkdown, renderPlanTable } from '../../src/report/plan-text.js';
import { renderRollupTable } from '../../src/report/rollup-text.js';
import { renderTable } from '../../src/report/table.js';
import { renderExplanation } from '../../src/report/render-explanation.js';
import { score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';
import { small } from '../helpers/small-catalogue.js';

const PEMDI = { id: 'Indeks Pemerintah Digital', en: 'Digital Government Index' } as const;
const pemdi = score(permenpanrb82026, { agency: 'Kota Contoh', year: 2026, levels: uniformLevels(permenpanrb82026, 3) });
const pemdiLater = score(permenpanrb82026, { agency: 'Kota Contoh', year: 2027, levels: uniformLevels(permenpanrb82026, 4) });
const spbe = score(permenpanrb592020, { agency: 'Kota Contoh', year: 2025, levels: uniformLevels(permenpanrb592020, 3) });

describe('indexName and reportTitle', () => {
  it('name the index each built-in catalogue measures', () => {
    expect(indexName(permenpanrb82026, 'id')).toBe(PEMDI.id);
    expect(indexName(permenpanrb82026, 'en')).toBe(PEMDI.en);
    expect(indexName(permenpanrb592020, 'id')).toBe('Indeks SPBE');
    expect(indexName({ id: 'permenpanrb-5-2018' }, 'en')).toBe('SPBE Index');
  });

  it('name a derived catalogue by the catalogue it was derived from, and one of your own as before', () => {
    const department = deriveCatalogue(permenpanrb82026, { id: 'dinas-kominfo-2026', include: ['A1'] });
    expect(indexName(department, 'id')).toBe(PEMDI.id);
    expect(indexName(small, 'id')).toBe('Indeks SPBE');
  });

  it('put the name where each language puts it in a title', () => {
    expect(reportTitle(permenpanrb82026, 'id')).toBe('Laporan Indeks Pemerintah Digital');
    expect(reportTitle(permenpanrb82026, 'en')).toBe('Digital Government Index Report');
    expect(reportTitle(permenpanrb592020, 'id')).toBe('Laporan Indeks SPBE');
    expect(reportTitle(permenpanrb592020, 'en')).toBe('SPBE Index Report');
  });
});

describe('a Pemdi result is never called the Indeks SPBE', () => {
  it('in the table, Markdown, CSV and HTML reports, in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      const outputs = [
        renderTable(permenpanrb82026, pemdi, { lang }),
        renderMarkdown(permenpanrb82026, pemdi, { lang }),
        renderCsv(permenpanrb82026, pemdi, { lang }),
        renderHtml(permenpanrb82026, pemdi, { lang }),
      ];
      for (const output of outputs) {
        expect(output).toContain(PEMDI[lang]);
        expect(output).not.toMatch(/Indeks SPBE|SPBE Index/u);
      }
    }
    expect(renderTable(permenpanrb82026, pemdi, { lang: 'id' })).toContain('Indeks Pemerintah Digital  3,00  Baik');
    expect(renderMarkdown(permenpanrb82026, pemdi, { lang: 'en' })).toMatch(/^# Digital Government Index: Kota Contoh · 2026\n\n\*\*Digital Government Index: 3\.00\*\*/u);
    expect(renderCsv(permenpanrb82026, pemdi, { lang: 'id' }).split('\r\n')[1]).toBe('index;;Indeks Pemerintah Digital;;100;;3,00;;Baik;');
    const html = renderHtml(permenpanrb82026, pemdi, { lang: 'en' });
    expect(html).toContain('<title>Digital Government Index Report · Kota Contoh · 2026</title>');
    expect(html).toContain('<h1>Digital Government Index Report</h1>');
    expect(html).toContain('<div class="index-label">Digital Government Index</div>');
  });

  it('in the explanation and its formula', () => {
    const why = explain(permenpanrb82026, pemdi);
    expect(why.index.label).toEqual(PEMDI);
    expect(why.index.formula.id.startsWith('Indeks Pemerintah Digital = ')).toBe(true);
    expect(renderExplanation(why, { lang: 'en' })).not.toMatch(/SPBE/u);
  });

  it('in the plan, margin and frontier views', () => {
    const planned = plan(permenpanrb82026, pemdi, { index: '3.5' });
    expect(renderPlanTable(permenpanrb82026, planned, { lang: 'id' })).toContain('Target: Indeks Pemerintah Digital ≥ 3,50');
    expect(renderPlanMarkdown(permenpanrb82026, planned, { lang: 'en' })).toContain('Result after the plan: Digital Government Index 3.');
    const unreachable = plan(permenpanrb82026, pemdi, { index: '4.5' }, { caps: Object.fromEntries(permenpanrb82026.indicators.map((i) => [i.id, 4])) });
    expect(unreachable.reachable).toBe(false);
    expect(renderPlanTable(permenpanrb82026, unreachable, { lang: 'en' })).toContain('Best reachable value: Digital Government Index 4.00');
    expect(renderMarginView(permenpanrb82026, margin(permenpanrb82026, pemdi), 'table', 'id')).toContain('Indeks Pemerintah Digital');
    expect(renderFrontierView(permenpanrb82026, frontier(permenpanrb82026, pemdi), 'md', 'en')).toContain('| Digital Government Index |');
  });

  it('in a comparison of two Pemdi results, while one across instruments says only "Index"', () => {
    const same = compare(permenpanrb82026, pemdi, pemdiLater);
    expect(renderComparisonTable(same, { lang: 'id' }).split('\n')[0]).toBe('Indeks Pemerintah Digital  3,00 → 4,00  (+1,00)  Baik → Memuaskan');
    expect(renderComparisonMarkdown(same, { lang: 'en' })).toContain('Digital Government Index  3.00 → 4.00');
    const across = compare([permenpanrb592020, permenpanrb82026], spbe, pemdi, { allowDifferentCatalogues: true });
    expect(renderComparisonTable(across, { lang: 'en' }).split('\n')[0]).toMatch(/^Index {2}3\.00 → 3\.00/u);
  });

  it('in the roll-up, the city report and the city plan', () => {
    const units = [
      { agency: 'Dinas Kominfo', levels: uniformLevels(permenpanrb82026, 3) },
      { agency: 'Bappeda', levels: uniformLevels(permenpanrb82026, 2) },
    ];
    const city = rollup(permenpanrb82026, units);
    expect(renderRollupTable(city, { lang: 'en' })).toContain('Digital Government Index  2.50');
    for (const output of [renderCityTable(permenpanrb82026, city, { lang: 'id' }), renderCityMarkdown(permenpanrb82026, city, { lang: 'id' }), renderCityHtml(permenpanrb82026, city, { lang: 'id' })]) {
      expect(output).toContain(PEMDI.id);
      expect(output).not.toContain('Indeks SPBE');
    }
    const cityPlan = planCity(permenpanrb82026, units, { index: '3' });
    expect(renderCityPlanTable(cityPlan, { lang: 'en' })).toContain('Target: Digital Government Index ≥ 3.00');
  });
});

describe('the plan renderers in their 0.1 form (deprecated)', () => {
  it('name the index from the plan result, or say Indeks SPBE as 0.1 did when there is none', () => {
    const reachable = plan(permenpanrb82026, pemdi, { index: '3.5' });
    expect(renderPlanTable(reachable, { lang: 'id' })).toBe(renderPlanTable(permenpanrb82026, reachable, { lang: 'id' }));
    const unreachable = plan(permenpanrb82026, pemdi, { index: '4.5' }, { caps: Object.fromEntries(permenpanrb82026.indicators.map((i) => [i.id, 4])) });
    expect(renderPlanMarkdown(unreachable)).toContain('Nilai terbaik yang dapat dicapai: Indeks SPBE 4,00');
  });
});

describe('SPBE reports keep their words', () => {
  it('still say Indeks SPBE for a 59/2020 result', () => {
    expect(renderTable(permenpanrb592020, spbe, { lang: 'id' })).toContain('Indeks SPBE  3,00  Baik');
    expect(renderHtml(permenpanrb592020, spbe, { lang: 'id' })).toContain('<h1>Laporan Indeks SPBE</h1>');
    expect(explain(permenpanrb592020, spbe).index.label).toEqual({ id: 'Indeks SPBE', en: 'SPBE index' });
  });
});
