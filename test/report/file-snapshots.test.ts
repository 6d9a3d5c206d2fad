import { readdirSync, readFileSync } from 'node:fs';
import type { PlanOptions } from '../../src/analysis/plan/plan-options.js';
import type { Responsibilities } from '../../src/analysis/rollup/responsibilities.js';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/analysis/compare.js';
import { explain } from '../../src/analysis/explain.js';
import { frontier } from '../../src/analysis/plan/frontier.js';
import { leverage } from '../../src/analysis/leverage.js';
import { margin } from '../../src/analysis/margin.js';
import { plan } from '../../src/analysis/plan/plan.js';
import { renderExplanation } from '../../src/report/render-explanation.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Assessment } from '../../src/model/assessment.js';
import type { ScoreResult } from '../../src/model/result.js';
import { renderComparisonMarkdown, renderComparisonTable } from '../../src/report/comparison-text.js';
import { renderFrontierView, renderLeverageView, renderMarginView } from '../../src/report/analysis-tables.js';
import { renderCityHtml } from '../../src/report/city-html.js';
import { renderCsv } from '../../src/report/csv-output.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderCityPlanMarkdown, renderCityPlanTable } from '../../src/report/plan-city-text.js';
import { renderPlanMarkdown, renderPlanTable } from '../../src/report/plan-text.js';
import { renderRollupTable } from '../../src/report/rollup-text.js';
import { renderCityMarkdown, renderCityTable } from '../../src/report/city-text.js';
import { planCity } from '../../src/analysis/city/plan-city.js';
import { permenpanrb52018 } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { defineCatalogue } from '../../src/catalogue/define.js';
import type { CatalogueMapping } from '../../src/model/mapping.js';
import { renderEstimateMarkdown, renderEstimateTable, type RestatedEstimate } from '../../src/report/estimate-section.js';
import { renderRestatementMarkdown, renderRestatementTable } from '../../src/report/restatement-text.js';
import { templateCsv, templateSheet } from '../../src/report/template.js';
import { renderCatalogueList, renderCatalogueTree } from '../../src/report/catalogue-text.js';
import { builtinCatalogues } from '../../src/catalogues/index.js';
import { restate } from '../../src/restate/restate.js';
import { renderTable } from '../../src/report/table.js';
import { score } from '../../src/scoring/score.js';
import { fragileAssessment } from '../helpers/fragile-assessment.js';
import { baseDefinition, withCriteria } from '../helpers/small-catalogue.js';

/**
 * Every renderer's whole output, in both languages, as a reviewable file under snapshots/: a
 * change to any byte of a report shows up as a diff. The library version and the fingerprint
 * (which hashes the version) are replaced by placeholders, so a release does not touch them.
 */

const read = (file: string): Assessment => JSON.parse(readFileSync(file, 'utf8')) as Assessment;
const current = score(catalogue, read('examples/kota-contoh-2024.json'));
const previous = score(catalogue, read('examples/kota-contoh-2023.json'));
const partial = score(catalogue, { agency: 'Kota Parsial', year: 2024, levels: { '1': 3, '2': 4, '13': 2, '31': 1 } }, { missing: 'partial' });
const fragile = score(catalogue, fragileAssessment);
const comparison = compare(catalogue, previous, current);
// Across instruments (Indeks SPBE 2024, Indeks Pemerintah Digital 2026): only the index compared.
const across = compare([catalogue, permenpanrb82026], current, score(permenpanrb82026, read('examples/kota-contoh-2026.json')), { allowDifferentCatalogues: true });
const improvement = plan(catalogue, current, { predicate: 'memuaskan' });
const unreachable = plan(catalogue, current, { index: '4.9' }, { maxLevel: 3 });
// Up to level 3 only: a short frontier; a minimum of 4 under that cap has none.
const curve = frontier(catalogue, current, { maxLevel: 3 });
const noCurve = frontier(catalogue, current, { maxLevel: 3, minimumLevel: 4 });
const units = ['bappeda', 'bkpsdm', 'diskominfo', 'inspektorat'].map((unit) => read(`examples/opd/2024/${unit}.json`));
const rolled = rollup(catalogue, units, { strategy: 'mean' });
// The city report: the example city's 30 OPDs in 2025 by owner, its city plan with its costs, and
// two earlier years across a change of instrument (2018 under 5/2018, 2024 under 59/2020).
const cityUnits = readdirSync('examples/opd/2025')
  .sort()
  .map((file) => read(`examples/opd/2025/${file}`));
const responsibilities = JSON.parse(readFileSync('examples/city/responsibilities-59-2020.json', 'utf8')) as Responsibilities;
const { units: unitCosts, ...cityCosts } = JSON.parse(readFileSync('examples/city/costs-59-2020.json', 'utf8')) as PlanOptions & { units: Record<string, PlanOptions> };
const byOwner = { strategy: 'owner', responsibilities, minimumCoverage: '0.05', name: 'Pemerintah Kota Contoh' } as const;
const city = rollup(catalogue, cityUnits, byOwner);
// The four-unit roll-up's own city plan and a two-year trend (2018 under 5/2018, 2023), for the
// HTML sections the 30-unit city would make too large to review: the action lists and the trend chart.
const smallCityOptions = {
  plan: planCity(catalogue, units, { predicate: 'sangat-baik' }, { rollup: { strategy: 'mean' } }),
  history: [
    { year: 2018, result: score(permenpanrb52018, read('examples/kota-contoh-2018.json')) },
    { year: 2023, result: previous },
  ],
};
const cityOptions = {
  plan: planCity(catalogue, cityUnits, { predicate: 'sangat-baik' }, { rollup: byOwner, costs: cityCosts, units: unitCosts }),
  history: [
    { year: 2018, result: score(permenpanrb52018, read('examples/kota-contoh-2018.json')) },
    { year: 2024, result: (JSON.parse(readFileSync('examples/city/kota-contoh-2024.json', 'utf8')) as { consolidated: ScoreResult }).consolidated },
  ],
};

// The 59/2020 result restated for 8/2026 through the example mapping (indicative, partial), and
// the estimate scored from it; a user catalogue with criteria and a not-applicable indicator, and
// 8/2026's fractional scale, for the fill-in templates.
const mapping = JSON.parse(readFileSync('examples/mappings/59-2020-to-8-2026.json', 'utf8')) as CatalogueMapping;
const restatement = restate(current, mapping, { from: catalogue, to: permenpanrb82026 });
const estimate: RestatedEstimate = { restatement, catalogue: permenpanrb82026, result: score(permenpanrb82026, restatement.assessment, { missing: 'partial' }) };
const withChecklist = defineCatalogue(withCriteria(baseDefinition()));

function stable(text: string, ...results: ScoreResult[]): string {
  let out = text;
  for (const result of results) {
    out = out.replaceAll(result.meta.fingerprint, '<fingerprint>').replaceAll(`spbe-index ${result.meta.library.version}`, 'spbe-index <version>');
  }
  return out;
}

const renderers: Record<string, { ext: string; render: (lang: 'id' | 'en') => string }> = {
  table: { ext: 'txt', render: (lang) => renderTable(catalogue, current, { lang }) },
  'table-detail': { ext: 'txt', render: (lang) => renderTable(catalogue, current, { lang, detail: true }) },
  'table-partial': { ext: 'txt', render: (lang) => renderTable(catalogue, partial, { lang, detail: true }) },
  'table-fragile': { ext: 'txt', render: (lang) => renderTable(catalogue, fragile, { lang }) },
  csv: { ext: 'csv', render: (lang) => renderCsv(catalogue, current, { lang }) },
  'csv-rollup': { ext: 'csv', render: (lang) => renderCsv(catalogue, rolled.consolidated, { lang }) },
  markdown: { ext: 'md', render: (lang) => stable(renderMarkdown(catalogue, current, { lang, detail: true }), current) },
  'markdown-fragile': { ext: 'md', render: (lang) => stable(renderMarkdown(catalogue, fragile, { lang }), fragile) },
  'markdown-partial': { ext: 'md', render: (lang) => stable(renderMarkdown(catalogue, partial, { lang }), partial) },
  html: { ext: 'html', render: (lang) => stable(renderHtml(catalogue, current, { lang }), current) },
  'html-extras': { ext: 'html', render: (lang) => stable(renderHtml(catalogue, current, { lang, comparison, plan: improvement }), current) },
  'html-fragile': { ext: 'html', render: (lang) => stable(renderHtml(catalogue, fragile, { lang }), fragile) },
  'html-partial': { ext: 'html', render: (lang) => stable(renderHtml(catalogue, partial, { lang }), partial) },
  'html-estimate': { ext: 'html', render: (lang) => stable(renderHtml(catalogue, current, { lang, estimate }), current, estimate.result) },
  'comparison-table': { ext: 'txt', render: (lang) => renderComparisonTable(comparison, { lang }) },
  'comparison-markdown': { ext: 'md', render: (lang) => renderComparisonMarkdown(comparison, { lang }) },
  'comparison-instruments-table': { ext: 'txt', render: (lang) => renderComparisonTable(across, { lang }) },
  'comparison-instruments-markdown': { ext: 'md', render: (lang) => renderComparisonMarkdown(across, { lang }) },
  'plan-table': { ext: 'txt', render: (lang) => renderPlanTable(catalogue, improvement, { lang }) },
  'plan-markdown': { ext: 'md', render: (lang) => renderPlanMarkdown(catalogue, improvement, { lang }) },
  'plan-unreachable-table': { ext: 'txt', render: (lang) => renderPlanTable(catalogue, unreachable, { lang }) },
  'plan-unreachable-markdown': { ext: 'md', render: (lang) => renderPlanMarkdown(catalogue, unreachable, { lang }) },
  'margin-table': { ext: 'txt', render: (lang) => renderMarginView(catalogue, margin(catalogue, current), 'table', lang) },
  'margin-markdown': { ext: 'md', render: (lang) => renderMarginView(catalogue, margin(catalogue, current), 'md', lang) },
  'leverage-table': { ext: 'txt', render: (lang) => renderLeverageView(leverage(catalogue, current), 'table', lang) },
  'leverage-markdown': { ext: 'md', render: (lang) => renderLeverageView(leverage(catalogue, current), 'md', lang) },
  'frontier-table': { ext: 'txt', render: (lang) => renderFrontierView(catalogue, curve, 'table', lang) },
  'frontier-markdown': { ext: 'md', render: (lang) => renderFrontierView(catalogue, curve, 'md', lang) },
  'frontier-infeasible-table': { ext: 'txt', render: (lang) => renderFrontierView(catalogue, noCurve, 'table', lang) },
  'frontier-infeasible-markdown': { ext: 'md', render: (lang) => renderFrontierView(catalogue, noCurve, 'md', lang) },
  'rollup-table': { ext: 'txt', render: (lang) => renderRollupTable(rolled, { lang }) },
  // By owner, with responsibilities and a minimum coverage: the 30-unit city.
  'rollup-table-owner': { ext: 'txt', render: (lang) => renderRollupTable(city, { lang }) },
  'city-table': { ext: 'txt', render: (lang) => renderCityTable(catalogue, city, { lang, ...cityOptions }) },
  'city-markdown': { ext: 'md', render: (lang) => stable(renderCityMarkdown(catalogue, city, { lang, ...cityOptions }), city.consolidated) },
  // Four units, not the 30-unit city: its heat map alone is some 180 kB.
  'city-html': { ext: 'html', render: (lang) => stable(renderCityHtml(catalogue, rolled, { lang }), rolled.consolidated) },
  'city-html-plan-history': { ext: 'html', render: (lang) => stable(renderCityHtml(catalogue, rolled, { lang, ...smallCityOptions }), rolled.consolidated) },
  'city-plan-table': { ext: 'txt', render: (lang) => renderCityPlanTable(cityOptions.plan, { lang }) },
  'city-plan-markdown': { ext: 'md', render: (lang) => renderCityPlanMarkdown(cityOptions.plan, { lang }) },
  'explanation-text': { ext: 'txt', render: (lang) => stable(renderExplanation(explain(catalogue, current), { lang }), current) },
  'restatement-table': { ext: 'txt', render: (lang) => renderRestatementTable(restatement, { lang, catalogue: permenpanrb82026 }) },
  'restatement-markdown': { ext: 'md', render: (lang) => renderRestatementMarkdown(restatement, { lang, catalogue: permenpanrb82026 }) },
  'estimate-table': { ext: 'txt', render: (lang) => renderEstimateTable(estimate, { lang }) },
  'estimate-markdown': { ext: 'md', render: (lang) => renderEstimateMarkdown(estimate, { lang }) },
  'template-csv': { ext: 'csv', render: (lang) => templateCsv(templateSheet(withChecklist, undefined, lang), lang) },
  'template-csv-8-2026': { ext: 'csv', render: (lang) => templateCsv(templateSheet(permenpanrb82026, undefined, lang), lang) },
  'catalogue-list': { ext: 'txt', render: (lang) => renderCatalogueList(builtinCatalogues, lang) },
  'catalogue-tree': { ext: 'txt', render: (lang) => renderCatalogueTree(catalogue, lang) },
  // Fractional scale and maturity names; 5/2018 counts indicator 35's three items.
  'catalogue-tree-8-2026': { ext: 'txt', render: (lang) => renderCatalogueTree(permenpanrb82026, lang) },
  'catalogue-tree-5-2018': { ext: 'txt', render: (lang) => renderCatalogueTree(permenpanrb52018, lang) },
  'explanation-markdown': { ext: 'md', render: (lang) => stable(renderExplanation(explain(catalogue, current), { lang, format: 'markdown' }), current) },
};

describe('renderer output files', () => {
  for (const [name, { ext, render }] of Object.entries(renderers)) {
    for (const lang of ['id', 'en'] as const) {
      it(`${name} (${lang})`, async () => {
        await expect(render(lang)).toMatchFileSnapshot(`snapshots/${name}.${lang}.${ext}`);
      });
    }
  }
});
