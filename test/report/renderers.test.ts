import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Assessment } from '../../src/model/assessment.js';
import { csvText, renderCsv } from '../../src/report/csv-output.js';
import { renderHtml } from '../../src/report/html.js';
import { formatDecimal } from '../../src/report/number-format.js';
import { escapeMarkdown } from '../../src/report/markdown-escape.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/table.js';
import { score } from '../../src/scoring/score.js';
import { compare } from '../../src/analysis/compare.js';
import { plan } from '../../src/analysis/plan/plan.js';
import { safeVerifyResult } from '../../src/analysis/verify-result.js';
import { safeVerifyRollup } from '../../src/analysis/rollup/verify-rollup.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { SpbeError, type PathSegment } from '../../src/model/issue.js';
import type { CatalogueMapping } from '../../src/model/mapping.js';
import type { ScoreResult } from '../../src/model/result.js';
import { renderCityHtml } from '../../src/report/city-html.js';
import { renderCityMarkdown, renderCityTable } from '../../src/report/city-text.js';
import { renderEstimateMarkdown, renderEstimateTable } from '../../src/report/estimate-section.js';
import { renderRollupTable } from '../../src/report/rollup-text.js';
import { restate } from '../../src/restate/restate.js';
import { edit } from '../helpers/results.js';
import { exampleOpdAssessments, uniformLevels } from '../helpers/assessments.js';

const example = JSON.parse(readFileSync('examples/kota-contoh-2024.json', 'utf8')) as Assessment;
const result = score(catalogue, example);

describe('formatDecimal', () => {
  it('changes only the decimal separator, never the digits', () => {
    expect(formatDecimal('3.83', 'id')).toBe('3,83');
    expect(formatDecimal('3.83', 'en')).toBe('3.83');
    expect(formatDecimal('-0.15', 'id')).toBe('-0,15');
    expect(formatDecimal('+0.0390', 'id')).toBe('+0,0390');
    expect(formatDecimal('100', 'id')).toBe('100');
    expect(formatDecimal('10/3', 'id')).toBe('10/3');
    expect(formatDecimal(null, 'en')).toBe('–');
  });
});

describe('renderTable', () => {
  it('shows the index, predikat, domains and aspects in Indonesian with decimal commas', () => {
    const text = renderTable(catalogue, result, { lang: 'id' });
    expect(text).toContain(`Indeks SPBE  ${formatDecimal(result.index.value, 'id')}  ${result.index.predicate.label.id}`);
    expect(text).toContain('D3  Manajemen SPBE');
    expect(text).toContain('16,5');
    expect(text).toContain('A8');
    expect(text).not.toContain('Layanan Kinerja Pegawai'); // indicators only with detail
  });

  it('fits 80 columns, also with detail, in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      const text = renderTable(catalogue, result, { lang, detail: true });
      const widest = Math.max(...text.split('\n').map((line) => [...line].length));
      expect(widest).toBeLessThanOrEqual(80);
      expect(text.split('\n').filter((line) => /^\s*\d+ {2}/u.test(line))).toHaveLength(47);
    }
  });

  it('marks an incomplete result', () => {
    const partial = score(catalogue, { levels: { '1': 3 } }, { missing: 'partial' });
    expect(renderTable(catalogue, partial, { lang: 'en', detail: true })).toContain('Incomplete assessment');
    expect(renderTable(catalogue, partial, { lang: 'en', detail: true })).toContain('not assessed');
  });
});

describe('renderCsv', () => {
  it('Indonesian: ";" separator, decimal comma, CRLF; parses back to one row per group and indicator', () => {
    const text = renderCsv(catalogue, result, { lang: 'id' });
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parse(text, { delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual(['jenis', 'id', 'nama', 'induk', 'bobot', 'tingkat', 'nilai', 'kontribusi', 'predikat', 'tingkat eksak']);
    expect(rows).toHaveLength(1 + 1 + catalogue.groups.length + catalogue.indicators.length);
    expect(rows[1]).toEqual(['index', '', 'Indeks SPBE', '', '100', '', formatDecimal(result.index.value, 'id'), '', result.index.predicate.label.id, '']);
    const d3 = rows.find((row) => row[1] === 'D3');
    expect(d3?.[4]).toBe('16,5');
    const i35 = rows.find((row) => row[0] === 'indicator' && row[1] === '35');
    expect(i35?.slice(4, 8)).toEqual(['2,75', '5', '', '0,1375']);
    expect(i35?.[9]).toBe('5');
  });

  it('English: "," separator and decimal point', () => {
    const rows = parse(renderCsv(catalogue, result, { lang: 'en' })) as string[][];
    expect(rows[0]?.[0]).toBe('kind');
    expect(rows.find((row) => row[1] === 'D3')?.[4]).toBe('16.5');
  });

  it('quotes per RFC 4180, ends every row in CRLF and defuses formula-like text', () => {
    expect(csvText([['a;b', 'say "hi"', 'line\nbreak', '3,83', '']], 'id')).toBe('"a;b";"say ""hi""";"line\nbreak";3,83;\r\n');
    expect(csvText([['a;b', '3,83'], ['x']], 'en')).toBe('a;b,"3,83"\r\nx\r\n');
    expect(csvText([['=1+1', '+1', '-1', '@A1', '\tx', '\uFF1D1', 'a=b']], 'en')).toBe("'=1+1,'+1,'-1,'@A1,'\tx,'\uFF1D1,a=b\r\n");
  });

  it('the contributions in the CSV are the result strings', () => {
    const rows = parse(renderCsv(catalogue, result, { lang: 'en' })) as string[][];
    const contributions = rows.filter((row) => row[0] === 'indicator').map((row) => row[7]);
    expect(contributions).toEqual(result.indicators.map((i) => i.contribution.value));
  });
});

describe('renderMarkdown', () => {
  it('has a heading, tier tables and, with detail, 47 indicator rows with gaps', () => {
    const text = renderMarkdown(catalogue, result, { lang: 'id', detail: true });
    expect(text).toMatch(/^# Indeks SPBE: Pemerintah Kota Contoh \(fiktif\) · 2024/u);
    expect(text).toContain(`**Indeks SPBE: ${formatDecimal(result.index.value, 'id')}**`);
    expect(text).toContain('## Domain');
    expect(text).toContain('## Aspek');
    expect(text.split('\n').filter((line) => /^\| \d+ \|/u.test(line))).toHaveLength(47);
    expect(text).toContain('| 31 | Pelaksanaan Audit Keamanan SPBE | 1,5 | 2 | 1 | 0,0300 |');
  });

  it('escapes Markdown in text', () => {
    expect(escapeMarkdown('a|b *c* <d>')).toBe('a\\|b \\*c\\* \\<d\\>');
    const text = renderMarkdown(catalogue, score(catalogue, { agency: 'Kota | <b>', levels: uniformLevels(catalogue, 3) }));
    expect(text).toContain('Kota \\| \\<b\\>');
  });
});

describe('renderHtml', () => {
  it('is self-contained: no scripts, no external references, a CSP, A4 print rules', () => {
    const html = renderHtml(catalogue, result, { lang: 'en' });
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/iu);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('<svg class="chart radar"');
    expect(html).toContain('<svg class="chart bars"');
  });

  it('escapes every text', () => {
    const hostile = score(catalogue, { agency: '<script>alert("x")</script> & co', levels: uniformLevels(catalogue, 3) });
    const html = renderHtml(catalogue, hostile);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  it('prints only display strings: every number in the text is one of the result strings or a weight', () => {
    const html = renderHtml(catalogue, result, { lang: 'id' });
    expect(html).toContain(`<div class="index-value">${formatDecimal(result.index.value, 'id')}</div>`);
    for (const group of result.groups) expect(html).toContain(formatDecimal(group.value, 'id'));
    // The drawing coordinates never leak into text: no long float in the visible text.
    const visible = html.replace(/<[^>]*>/gu, ' ');
    expect(visible).not.toMatch(/\d[.,]\d{5,}/u);
  });

  it('shows the previous year and the exact changes beside the current values when given', () => {
    const previous = score(catalogue, JSON.parse(readFileSync('examples/kota-contoh-2023.json', 'utf8')) as Assessment);
    const comparison = compare(previous, result);
    const html = renderHtml(catalogue, result, { lang: 'en', comparison });
    expect(html).toContain('<th class="num">Previous</th>');
    expect(html).toContain(previous.index.value);
    const d4 = comparison.groups.find((g) => g.id === 'D4');
    expect(html).toContain(`<td class="num delta-up">${d4?.delta?.value}</td>`);
  });

  it('shows the plan when given, every number from the plan', () => {
    const planned = plan(result, catalogue, { predicate: 'memuaskan' });
    const html = renderHtml(catalogue, result, { lang: 'id', plan: planned });
    expect(html).toContain('Rencana peningkatan termurah');
    expect(html).toContain(`Tercapai dengan total biaya ${formatDecimal(planned.totalCost, 'id')}`);
    const section = html.slice(html.indexOf('<section class="plan">'));
    expect((section.match(/<tr><td class="num">\d+<\/td>/gu) ?? []).length).toBe(planned.raises.length);
  });

  it('marks domains below the target and draws the target at 2.6', () => {
    const weak = score(catalogue, { levels: uniformLevels(catalogue, 2) });
    const html = renderHtml(catalogue, weak, { lang: 'en' });
    expect(html).toContain('class="bar below"');
    expect(html).toContain('Target 2.6');
  });
});

describe('fractional levels and weights (roll-ups, equal-share weights)', () => {
  it('a non-terminating level shows rounded with "≈" in text and as 4 decimals in the CSV level column, "7/3" only in its exact column', async () => {
    const { rollup } = await import('../../src/analysis/rollup/rollup.js');
    const units = [2, 2, 3].map((level, i) => ({ agency: `Unit ${i + 1}`, levels: uniformLevels(catalogue, level) }));
    const consolidated = rollup(catalogue, units, { strategy: 'mean' }).consolidated;
    expect(consolidated.indicators[0]?.level).toBe('7/3');
    const table = renderTable(catalogue, consolidated, { lang: 'id', detail: true });
    expect(table).toContain('≈2,33');
    expect(table).not.toContain('7/3');
    const rows = parse(renderCsv(catalogue, consolidated, { lang: 'id' }), { delimiter: ';' }) as string[][];
    const first = rows.find((row) => row[0] === 'indicator' && row[1] === '1');
    expect(first?.[5]).toBe('2,3333');
    expect(first?.[9]).toBe('7/3');
    expect(renderMarkdown(catalogue, consolidated, { lang: 'en', detail: true })).toContain('| 1 | Internal policy: SPBE architecture | 1.3 | ≈2.33 | ≈0.67 |');
  });
});

describe('renderers refuse a result whose numbers do not follow from its parts', () => {
  const units = exampleOpdAssessments('2024');
  const city = rollup(catalogue, units, { strategy: 'mean' });
  const restatement = restate(result, JSON.parse(readFileSync('examples/mappings/59-2020-to-8-2026.json', 'utf8')) as CatalogueMapping, {
    from: catalogue,
    to: permenpanrb82026,
  });
  const estimate = { restatement, catalogue: permenpanrb82026, result: score(permenpanrb82026, restatement.assessment, { missing: 'partial' }) };
  const d1 = result.groups.findIndex((group) => group.id === 'D1');
  const otherBand = catalogue.predicates.find((band) => band.id !== result.index.predicate.id)!;
  /** Edits a derived field, each kind the issue names: the index, a domain, an indicator. */
  const edits: [string, PathSegment[], unknown][] = [
    ['index value', ['index', 'value'], '4.99'],
    ['index predikat', ['index', 'predicate'], { id: otherBand.id, label: otherBand.label }],
    ['index exact', ['index', 'exact'], '499/100'],
    ['a domain value', ['groups', d1, 'value'], '4.99'],
    ['an indicator contribution', ['indicators', 0, 'contribution', 'value'], '0.99'],
  ];
  const renderers: [string, (edited: ScoreResult) => string][] = [
    ['renderTable', (edited) => renderTable(catalogue, edited)],
    ['renderCsv', (edited) => renderCsv(catalogue, edited)],
    ['renderMarkdown', (edited) => renderMarkdown(catalogue, edited)],
    ['renderHtml', (edited) => renderHtml(catalogue, edited)],
    ['renderHtml (the estimate)', (edited) => renderHtml(catalogue, result, { estimate: { ...estimate, catalogue, result: edited } })],
    ['renderEstimateMarkdown', (edited) => renderEstimateMarkdown({ ...estimate, catalogue, result: edited })],
    ['renderEstimateTable', (edited) => renderEstimateTable({ ...estimate, catalogue, result: edited })],
    ['renderCityHtml', (edited) => renderCityHtml(catalogue, { ...city, consolidated: edited })],
    ['renderCityMarkdown', (edited) => renderCityMarkdown(catalogue, { ...city, consolidated: edited })],
    ['renderCityTable', (edited) => renderCityTable(catalogue, { ...city, consolidated: edited })],
    ['renderRollupTable', (edited) => renderRollupTable({ ...city, consolidated: edited })],
  ];

  for (const [renderer, render] of renderers) {
    for (const [what, path, value] of edits) {
      it(`${renderer} refuses an edited ${what} with result.inconsistent at its path, as verifyResult does`, () => {
        const base = renderer.startsWith('renderCity') || renderer === 'renderRollupTable' ? city.consolidated : result;
        const edited = edit(base, path, value);
        const verified = safeVerifyResult(catalogue, edited);
        expect(verified.success).toBe(false);
        const issues = verified.success ? [] : verified.issues;
        // At the edited field, or inside it (a predikat's id and label).
        expect(issues.some((issue) => issue.code === 'result.inconsistent' && path.every((key, i) => issue.path[i] === key))).toBe(true);
        let thrown: unknown;
        try {
          render(edited);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(SpbeError);
        // A roll-up renderer verifies the roll-up: the consolidated result's issues, under "consolidated".
        const rolled = base === city.consolidated ? safeVerifyRollup(catalogue, { ...city, consolidated: edited }) : undefined;
        const expected = rolled === undefined ? issues : rolled.success ? [] : rolled.issues;
        expect(expected.map((issue) => issue.path.join('.'))).toEqual(issues.map((issue) => (rolled === undefined ? '' : 'consolidated.') + issue.path.join('.')));
        expect((thrown as SpbeError).issues).toEqual(expected);
      });
    }
  }

  it('a result of another catalogue is refused with analysis.catalogue_mismatch', () => {
    expect(() => renderHtml(permenpanrb82026, result)).toThrow(SpbeError);
    try {
      renderTable(permenpanrb82026, result);
    } catch (error) {
      expect((error as SpbeError).issues.map((issue) => issue.code)).toEqual(['analysis.catalogue_mismatch']);
    }
  });

  it('renderRollupTable, given no catalogue, refuses a roll-up whose catalogue this process has not compiled', () => {
    const elsewhere = edit(city.consolidated, ['meta', 'catalogue', 'checksum'], `sha256:${'0'.repeat(64)}`);
    expect(() => renderRollupTable({ ...city, consolidated: elsewhere })).toThrow(SpbeError);
    try {
      renderRollupTable({ ...city, consolidated: elsewhere });
    } catch (error) {
      expect((error as SpbeError).issues.map((issue) => `${issue.code}@${issue.path.join('.')}`)).toEqual(['analysis.catalogue_unknown@meta.catalogue.checksum']);
    }
  });

  it('an unedited result, a roll-up and an estimate still render (their bytes are pinned in file-snapshots.test.ts)', () => {
    expect(renderTable(catalogue, structuredClone(result))).toBe(renderTable(catalogue, result));
    expect(renderCityMarkdown(catalogue, city)).toContain(formatDecimal(city.consolidated.index.value, 'id'));
    expect(renderRollupTable(city)).toContain(formatDecimal(city.consolidated.index.value, 'id'));
    expect(renderEstimateTable(estimate)).toContain(formatDecimal(estimate.result.index.value, 'id'));
  });
});

describe('roll-up renderers refuse a roll-up whose parts do not follow from its units', () => {
  const city = rollup(catalogue, exampleOpdAssessments('2024'), { strategy: 'median' });
  const lean = rollup(catalogue, exampleOpdAssessments('2024'), { strategy: 'median', unitResults: false });
  const swapped = { ...city, units: [city.units[1], city.units[0], ...city.units.slice(2)] };
  /** Edits of the parts a roll-up renderer shows beside the consolidated result. */
  const edits: [string, typeof city, string][] = [
    ['two units swapped in the ranking', swapped as typeof city, 'units.0.unit'],
    ['a rank', edit(city, ['units', 2, 'rank'], 1) as unknown as typeof city, 'units.2.rank'],
    ['the median', edit(city, ['distribution', 'median', 'value'], '4.00') as unknown as typeof city, 'distribution.median.value'],
    ['an attribution share', edit(city, ['attribution', 'index', 'units', 0, 'share', 'value'], '+9.99') as unknown as typeof city, 'attribution.index.units.0.share.value'],
    ['an indicator spread', edit(city, ['indicators', 0, 'spread'], 4) as unknown as typeof city, 'indicators.0.spread'],
    ['a rank, without unit results', edit(lean, ['units', 2, 'rank'], 1) as unknown as typeof city, 'units.2.rank'],
  ];
  const renderers: [string, (rolled: typeof city) => string][] = [
    ['renderCityHtml', (rolled) => renderCityHtml(catalogue, rolled)],
    ['renderCityMarkdown', (rolled) => renderCityMarkdown(catalogue, rolled)],
    ['renderCityTable', (rolled) => renderCityTable(catalogue, rolled)],
    ['renderRollupTable', (rolled) => renderRollupTable(rolled)],
  ];
  for (const [renderer, render] of renderers) {
    it(`${renderer} refuses every edited part with the issues verifyRollup gives, and renders the unedited roll-ups`, () => {
      for (const [what, edited, path] of edits) {
        const verified = safeVerifyRollup(catalogue, edited);
        const issues = verified.success ? [] : verified.issues;
        expect([what, issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)]).toContainEqual(expect.arrayContaining([`result.inconsistent ${path}`]));
        let thrown: unknown;
        try {
          render(edited);
        } catch (error) {
          thrown = error;
        }
        expect(thrown, what).toBeInstanceOf(SpbeError);
        expect((thrown as SpbeError).issues).toEqual(issues);
      }
      expect(render(city)).toContain(formatDecimal(city.consolidated.index.value, 'id'));
      expect(render(lean)).toContain(formatDecimal(lean.consolidated.index.value, 'id'));
    });
  }
});
