import { describe, expectTypeOf, it } from 'vitest';
import {
  renderComparisonTable,
  renderCsv,
  renderHtml,
  renderMarkdown,
  renderPlanMarkdown,
  renderPlanTable,
  renderRollupTable,
  renderTable,
  type HtmlOptions,
} from '../../src/report.js';
import type { Catalogue, ScoreResult } from '../../src/index.js';
import type { Comparison, PlanResult } from '../../src/analysis.js';

declare const catalogue: Catalogue;
declare const result: ScoreResult;
declare const planned: PlanResult;

describe('report types', () => {
  it('renderers take a catalogue and a result and return text', () => {
    expectTypeOf(renderTable(catalogue, result)).toEqualTypeOf<string>();
    expectTypeOf(renderCsv(catalogue, result, { lang: 'id' })).toEqualTypeOf<string>();
    expectTypeOf(renderMarkdown(catalogue, result, { detail: true })).toEqualTypeOf<string>();
    expectTypeOf(renderHtml).parameter(2).toEqualTypeOf<HtmlOptions | undefined>();
    // @ts-expect-error only Indonesian and English
    renderTable(catalogue, result, { lang: 'fr' });
    // @ts-expect-error the result comes second
    renderTable(result, catalogue);
  });

  it('HTML extras are analysis results', () => {
    expectTypeOf<HtmlOptions['comparison']>().toEqualTypeOf<Comparison | undefined>();
    expectTypeOf<HtmlOptions['plan']>().toEqualTypeOf<PlanResult | undefined>();
    expectTypeOf(renderComparisonTable).returns.toEqualTypeOf<string>();
    expectTypeOf(renderPlanTable).returns.toEqualTypeOf<string>();
    expectTypeOf(renderRollupTable).returns.toEqualTypeOf<string>();
  });

  it('plan renderers take the catalogue first; the 0.1 form still type-checks', () => {
    expectTypeOf(renderPlanTable(catalogue, planned, { lang: 'en' })).toEqualTypeOf<string>();
    expectTypeOf(renderPlanMarkdown(catalogue, planned)).toEqualTypeOf<string>();
    expectTypeOf(renderPlanTable(planned, { lang: 'en' })).toEqualTypeOf<string>();
    // @ts-expect-error the plan comes after the catalogue
    renderPlanMarkdown(planned, catalogue);
  });
});
