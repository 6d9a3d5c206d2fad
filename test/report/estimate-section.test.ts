import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import type { CatalogueMapping } from '../../src/model/mapping.js';
import { renderEstimateMarkdown, renderEstimateTable, type RestatedEstimate } from '../../src/report/estimate-section.js';
import { renderHtml } from '../../src/report/html.js';
import { restate } from '../../src/restate/restate.js';
import { score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';
import { cli } from '../cli/run-cli.js';

const MAPPING = 'examples/mappings/59-2020-to-8-2026.json';
const example = JSON.parse(readFileSync(MAPPING, 'utf8')) as CatalogueMapping;
const spbe = score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 3) });

function estimateWith(mapping: CatalogueMapping): RestatedEstimate {
  const restatement = restate(spbe, mapping, { from: permenpanrb592020, to: permenpanrb82026 });
  return { restatement, catalogue: permenpanrb82026, result: score(permenpanrb82026, restatement.assessment, { missing: 'partial' }) };
}

/** Every 8/2026 target from one 59/2020 source, stated by a mapping that is not indicative. */
const full: CatalogueMapping = {
  from: 'permenpanrb-59-2020',
  to: 'permenpanrb-8-2026',
  indicative: false,
  targets: Object.fromEntries(permenpanrb82026.indicators.map((indicator) => [indicator.id, { rule: 'max' as const, sources: ['1'] }])),
};

describe('the estimate section (perkiraan Indeks Pemdi)', () => {
  it('Markdown: marked as an estimate, not an official crosswalk, with coverage and the unmapped targets', () => {
    expect(renderEstimateMarkdown(estimateWith(example), { lang: 'id' })).toBe(
      [
        '## Perkiraan Indeks Pemerintah Digital',
        '',
        '> **Perkiraan, bukan crosswalk resmi.** Perkiraan indikatif, bukan crosswalk resmi: tidak ada pemetaan resmi antara kedua katalog.',
        '',
        '**Nilai perkiraan: 3,00 (Baik · Berkembang)** · Eksak: 3',
        '',
        'Dinyatakan ulang dari permenpanrb-59-2020 ke permenpanrb-8-2026: Pemetaan indikatif Indeks SPBE (59/2020) ke Indeks Pemerintah Digital (8/2026) — BUKAN crosswalk resmi',
        '',
        '> Parsial: cakupan 65,0 % bobot; 13 dari 20 indikator sasaran diberi nilai.',
        '',
        'Tanpa nilai, tidak dikarang: 6, 7, 8, 11, 12, 18, 20',
        '',
      ].join('\n'),
    );
  });

  it('table: the same content in English, within 80 columns', () => {
    const text = renderEstimateTable(estimateWith(example), { lang: 'en' });
    expect(text.split('\n').slice(0, 4)).toEqual([
      'ESTIMATED DIGITAL GOVERNMENT INDEX',
      'ESTIMATE, NOT AN OFFICIAL CROSSWALK. Indicative estimate, not an official',
      '  crosswalk: no official mapping between the two catalogues exists.',
      'Estimated value: 3.00 (Good · Developing)  (exact 3)',
    ]);
    expect(text).toContain('Partial: coverage 65.0 % of the weight; 13 of 20 target indicators have a value.');
    expect(text).toContain('Without a value, never invented: 6, 7, 8, 11, 12, 18, 20');
    expect(Math.max(...text.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(80);
  });

  it('a complete restatement from a mapping that is not indicative: still an estimate, no coverage line', () => {
    const estimate = estimateWith(full);
    expect(estimate.result.complete).toBe(true);
    const md = renderEstimateMarkdown(estimate, { lang: 'en' });
    expect(md).toContain('> **Estimate from a mapping the user supplied.** Restated with a mapping the user supplied.');
    expect(md).not.toContain('crosswalk');
    expect(md).not.toContain('Partial');
    expect(md).not.toContain('Without a value');
  });

  it('HTML: its own section after the report, with the mark, the figures, coverage and the unmapped list', () => {
    const html = renderHtml(permenpanrb592020, spbe, { lang: 'en', estimate: estimateWith(example) });
    const section = /<section class="estimate">.*?<\/section>/su.exec(html)?.[0];
    expect(section).toBe(
      '<section class="estimate"><h2>Estimated Digital Government Index</h2>' +
        '<p class="notice estimate-mark"><strong>Estimate, not an official crosswalk.</strong> Indicative estimate, not an official crosswalk: no official mapping between the two catalogues exists.</p>' +
        '<dl class="meta"><dt>Estimated value</dt><dd>3.00 (Good · Developing)</dd><dt>Exact</dt><dd>3</dd></dl>' +
        '<p>Restated from permenpanrb-59-2020 to permenpanrb-8-2026: Indicative mapping from the SPBE index (59/2020) to the Digital Government Index (8/2026) — NOT an official crosswalk</p>' +
        '<p class="notice">Partial: coverage 65.0 % of the weight; 13 of 20 target indicators have a value.</p>' +
        '<p>Without a value, never invented: 6, 7, 8, 11, 12, 18, 20</p></section>',
    );
    expect(renderHtml(permenpanrb592020, spbe, { lang: 'en' })).not.toContain('class="estimate"');
  });
});

describe('spbe report and spbe score with --mapping', () => {
  const SPBE = 'examples/kota-contoh-2024.json';

  it('report: the estimate section in HTML (default), Markdown and table, in both languages', async () => {
    const html = await cli(['report', SPBE, '--mapping', MAPPING]);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<section class="estimate"><h2>Perkiraan Indeks Pemerintah Digital</h2>');
    expect(html.stdout).toContain('<strong>Perkiraan, bukan crosswalk resmi.</strong>');
    expect(html.stdout).toContain('<dd>3,60 (Sangat Baik · Melembaga)</dd><dt>Eksak</dt><dd>3,6025 (1441/400)</dd>');
    const md = await cli(['report', SPBE, '--mapping', MAPPING, '--format', 'md', '--lang', 'en']);
    expect(md.stdout).toContain('## Estimated Digital Government Index\n\n> **Estimate, not an official crosswalk.**');
    expect(md.stdout).toContain('**Estimated value: 3.60 (Very good · Embedded)** · Exact: 3.6025 (1441/400)');
    const table = await cli(['score', SPBE, '--mapping', MAPPING, '--format', 'table']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('PERKIRAAN INDEKS PEMERINTAH DIGITAL\nPERKIRAAN, BUKAN CROSSWALK RESMI.');
    expect(table.stdout).toContain('Parsial: cakupan 65,0 % bobot; 13 dari 20 indikator sasaran diberi nilai.');
  });

  it('without --mapping there is no estimate; with json or csv --mapping is a usage error, not ignored', async () => {
    expect((await cli(['score', SPBE, '--format', 'md'])).stdout).not.toContain('Perkiraan');
    for (const format of ['json', 'csv']) {
      const { code, stderr } = await cli(['report', SPBE, '--mapping', MAPPING, '--format', format, '--lang', 'en']);
      expect(code).toBe(2);
      expect(stderr).toContain('--mapping adds an estimate section to a report: use --format html, md or table');
    }
  });

  it('a mapping that is not for the assessment\'s catalogue is an issue (exit 1), not an estimate', async () => {
    const { code, stderr } = await cli(['report', 'examples/kota-contoh-2026.json', '--mapping', MAPPING, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toBe('examples/kota-contoh-2026.json.from: Catalogue "permenpanrb-8-2026" does not match the mapping (permenpanrb-59-2020).\n');
  });
});
