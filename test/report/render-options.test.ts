import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planCity } from '../../src/analysis/city/plan-city.js';
import { compare } from '../../src/analysis/compare.js';
import { explain } from '../../src/analysis/explain.js';
import { plan } from '../../src/analysis/plan/plan.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import type { CatalogueMapping } from '../../src/model/mapping.js';
import { SpbeError, type Issue } from '../../src/model/issue.js';
import * as report from '../../src/report.js';
import { renderCityPlanMarkdown, renderCityPlanTable } from '../../src/report/plan-city-text.js';
import { restate } from '../../src/restate/restate.js';
import { score } from '../../src/scoring/score.js';
import { exampleOpdAssessments, uniformLevels } from '../helpers/assessments.js';

/*
 * Every renderer checks its options as score, compare and plan do: an unknown own key is
 * `options.unknown` with a "did you mean", a value outside its choices is `option.invalid`, both
 * thrown as a SpbeError; an inherited key is not an option.
 */
const before = score(catalogue, { levels: uniformLevels(catalogue, 2) });
const result = score(catalogue, { levels: uniformLevels(catalogue, 3) });
const units = exampleOpdAssessments('2024');
const city = rollup(catalogue, units, { minimumCoverage: '0.05', name: 'Kota Contoh' });
const cityPlan = planCity(catalogue, units, { index: '3.8' });
const mapping = JSON.parse(readFileSync('examples/mappings/59-2020-to-8-2026.json', 'utf8')) as CatalogueMapping;
const restatement = restate(result, mapping, { from: catalogue, to: permenpanrb82026 });
const estimate = { restatement, catalogue: permenpanrb82026, result: score(permenpanrb82026, restatement.assessment, { missing: 'partial' }) };
const improvement = plan(catalogue, result, { index: '3.5' });
const comparison = compare(catalogue, before, result);
const explanation = explain(catalogue, result);

type Render = (options: never) => string;

/** Every renderer that takes options, called with the options under test. */
const RENDERERS: Record<string, Render> = {
  renderTable: (options) => report.renderTable(catalogue, result, options),
  renderCsv: (options) => report.renderCsv(catalogue, result, options),
  renderMarkdown: (options) => report.renderMarkdown(catalogue, result, options),
  renderHtml: (options) => report.renderHtml(catalogue, result, options),
  renderComparisonTable: (options) => report.renderComparisonTable(comparison, options),
  renderComparisonMarkdown: (options) => report.renderComparisonMarkdown(comparison, options),
  renderPlanTable: (options) => report.renderPlanTable(catalogue, improvement, options),
  renderPlanMarkdown: (options) => report.renderPlanMarkdown(catalogue, improvement, options),
  'renderPlanTable (0.1 form)': (options) => report.renderPlanTable(improvement, options),
  'renderPlanMarkdown (0.1 form)': (options) => report.renderPlanMarkdown(improvement, options),
  renderRollupTable: (options) => report.renderRollupTable(city, options),
  renderExplanation: (options) => report.renderExplanation(explanation, options),
  renderCityHtml: (options) => report.renderCityHtml(catalogue, city, options),
  renderCityMarkdown: (options) => report.renderCityMarkdown(catalogue, city, options),
  renderCityTable: (options) => report.renderCityTable(catalogue, city, options),
  renderEstimateMarkdown: (options) => report.renderEstimateMarkdown(estimate, options),
  renderEstimateTable: (options) => report.renderEstimateTable(estimate, options),
  renderRestatementMarkdown: (options) => report.renderRestatementMarkdown(restatement, options),
  renderRestatementTable: (options) => report.renderRestatementTable(restatement, options),
  'renderCityPlanTable (spbe rollup --plan)': (options) => renderCityPlanTable(cityPlan, options),
  'renderCityPlanMarkdown (spbe rollup --plan)': (options) => renderCityPlanMarkdown(cityPlan, options),
};

/** The issues a call throws as a SpbeError; fails when it returns or throws anything else. */
function thrownIssues(call: () => unknown): readonly Issue[] {
  try {
    call();
  } catch (error) {
    if (error instanceof SpbeError) return error.issues;
    throw error;
  }
  throw new Error('expected a SpbeError, got a rendering');
}

const as = <T>(value: T): never => value as never;

describe('renderer options', () => {
  it('covers every renderer that spbe-index/report exports', () => {
    const exported = Object.keys(report).filter((name) => name.startsWith('render'));
    expect(exported.filter((name) => !(name in RENDERERS)).sort()).toEqual([]);
  });

  describe.each(Object.entries(RENDERERS))('%s', (_, render) => {
    it('refuses a mistyped key with options.unknown and a "did you mean", in both languages', () => {
      const issues = thrownIssues(() => render(as({ lnag: 'en' })));
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['options.unknown', ['options', 'lnag']]]);
      expect(issues[0]!.message.en).toBe('Unknown option "lnag"; did you mean "lang"?');
      expect(issues[0]!.message.id).toBe('Opsi "lnag" tidak dikenal; maksud Anda "lang"?');
    });

    it('reads own keys only: an inherited lang is not an option', () => {
      const inherited = render(as(Object.create({ lang: 'en' })));
      expect(inherited).toBe(render(as({})));
      expect(inherited).not.toBe(render(as({ lang: 'en' })));
    });

    it('refuses a language other than id and en with option.invalid', () => {
      const issues = thrownIssues(() => render(as({ lang: 'fr' })));
      expect(issues.map((issue) => [issue.code, issue.path, issue.received])).toEqual([['option.invalid', ['options', 'lang'], '"fr"']]);
      expect(issues[0]!.message.en).toBe('Option "lang" must be one of "id", "en".');
    });

    it('refuses options that are not an object, never a TypeError', () => {
      expect(thrownIssues(() => render(as(null))).map((issue) => [issue.code, issue.path])).toEqual([['option.invalid', ['options']]]);
      expect(thrownIssues(() => render(as('en'))).map((issue) => issue.code)).toEqual(['option.invalid']);
    });

    it('treats "__proto__" given as data as an unknown key, never as a prototype', () => {
      const issues = thrownIssues(() => render(as(JSON.parse('{ "__proto__": { "lang": "en" } }'))));
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['options.unknown', ['options', '__proto__']]]);
    });
  });

  it('reports every bad key at once', () => {
    const issues = thrownIssues(() => report.renderTable(catalogue, result, as({ lang: 'EN', detial: true, colour: 'red' })));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['options.unknown', ['options', 'detial']],
      ['options.unknown', ['options', 'colour']],
      ['option.invalid', ['options', 'lang']],
    ]);
    expect(issues[0]!.message.en).toMatch(/did you mean "detail"/);
  });

  it('refuses a detail that is not a boolean and an explanation format other than text or markdown', () => {
    expect(thrownIssues(() => report.renderTable(catalogue, result, as({ detail: 'yes' }))).map((issue) => issue.path)).toEqual([['options', 'detail']]);
    expect(thrownIssues(() => report.renderExplanation(explanation, as({ format: 'md' }))).map((issue) => [issue.code, issue.path])).toEqual([
      ['option.invalid', ['options', 'format']],
    ]);
  });

  it('takes each renderer’s own keys: HTML extras, the city report’s plan and history, the restatement’s catalogue', () => {
    expect(report.renderHtml(catalogue, result, { lang: 'en', comparison, plan: improvement, estimate, notes: ['note'] })).toContain('note');
    expect(report.renderCityMarkdown(catalogue, city, { lang: 'en', plan: cityPlan, history: [], notes: [] })).toContain('#');
    expect(report.renderRestatementTable(restatement, { lang: 'en', catalogue: permenpanrb82026 })).toContain('ESTIMATE');
    expect(report.renderExplanation(explanation, { format: 'markdown', lang: 'en' })).toContain('#');
    // A key of another renderer is not this one's: the estimate section takes no catalogue.
    expect(thrownIssues(() => report.renderEstimateTable(estimate, as({ catalogue: permenpanrb82026 }))).map((issue) => issue.code)).toEqual(['options.unknown']);
  });
});

describe('formatDecimal and levelShown: a language other than id and en throws, never falls back', () => {
  const FR = [['option.invalid', ['lang'], '"fr"', 'Option "lang" must be one of "id", "en".']];
  const shape = (issues: readonly Issue[]) => issues.map((issue) => [issue.code, issue.path, issue.received, issue.message.en]);

  it('throws option.invalid at path lang for "fr", whatever the value (null and whole levels too)', () => {
    for (const value of ['3.83', null]) expect(shape(thrownIssues(() => report.formatDecimal(value, 'fr' as never)))).toEqual(FR);
    for (const level of ['7/3', 3, null]) expect(shape(thrownIssues(() => report.levelShown(level, 'fr' as never)))).toEqual(FR);
  });

  it('still formats id and en', () => {
    expect([report.formatDecimal('3.83', 'id'), report.formatDecimal('3.83', 'en'), report.levelShown('7/3', 'id'), report.levelShown('7/3', 'en')]).toEqual(['3,83', '3.83', '≈2,33', '≈2.33']);
  });
});
