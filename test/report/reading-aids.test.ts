import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/analysis/compare.js';
import { parseFraction } from '../../src/arithmetic/rational.js';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Assessment } from '../../src/model/assessment.js';
import { exactDecimalText } from '../../src/report/band-notes.js';
import { renderComparisonTable } from '../../src/report/comparison-text.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/table.js';
import { score } from '../../src/scoring/score.js';
import { fragileAssessment } from '../helpers/fragile-assessment.js';

/** Reports that do not mislead: fragile displays, exact decimals, coverage, margins, unchanged predikat. */

const example = score(catalogue, JSON.parse(readFileSync('examples/kota-contoh-2024.json', 'utf8')) as Assessment);
const fragile = score(catalogue, fragileAssessment);

describe('the fragile fixture', () => {
  it('is 3.4995 exactly, shown as 3.50, Baik', () => {
    expect([fragile.index.exact, fragile.index.value, fragile.index.predicate.id]).toEqual(['6999/2000', '3.50', 'baik']);
  });
});

describe('a fragile display is explained wherever it appears', () => {
  it('table: the exact decimal beside "3,50" and one line saying why the predikat is Baik', () => {
    // The line is wrapped at 80 columns; joined again here.
    const text = renderTable(catalogue, fragile, { lang: 'id' }).replace(/\n {2}/gu, ' ');
    expect(text).toContain('Indeks SPBE  3,50 (nilai eksak 3,4995 (6999/2000))  Baik');
    expect(text).toContain('Predikat Baik karena nilai eksak 3,4995 di bawah batas 3,5 (Sangat Baik); 3,50 hanya tampilan yang dibulatkan.');
    expect(renderTable(catalogue, fragile, { lang: 'en' }).replace(/\n {2}/gu, ' ')).toContain('Rated Good because the exact value 3.4995 is below the bound 3.5 (Very good)');
  });

  it('and the other way round: a display rounded down out of the band the exact value is in', () => {
    const down = score(catalogue, JSON.parse(readFileSync('examples/kota-contoh-2024.json', 'utf8')) as Assessment, { decimals: 0, rounding: 'down' });
    expect([down.index.exact, down.index.value, down.index.predicate.id]).toEqual(['7507/2000', '3', 'sangat-baik']);
    expect(renderTable(catalogue, down, { lang: 'id' }).replace(/\n {2}/gu, ' ')).toContain(
      'Predikat Sangat Baik karena nilai eksak 3,7535 tidak di bawah batas 3,5; 3 hanya tampilan yang dibulatkan.',
    );
    expect(renderTable(catalogue, down, { lang: 'en' }).replace(/\n {2}/gu, ' ')).toContain(
      'Rated Very good because the exact value 3.7535 is not below the bound 3.5; 3 is only the rounded display.',
    );
  });

  it('Markdown and HTML say the same', () => {
    const line = 'Predikat Baik karena nilai eksak 3,4995 di bawah batas 3,5 (Sangat Baik)';
    expect(renderMarkdown(catalogue, fragile, { lang: 'id' })).toContain(`> ${line}`);
    expect(renderMarkdown(catalogue, fragile, { lang: 'id' })).toContain('Nilai eksak: 3,4995 (6999/2000)');
    expect(renderHtml(catalogue, fragile, { lang: 'id' })).toContain(`<p class="notice fragile">${line}`);
  });

  it('an ordinary result gets no such line', () => {
    expect(renderTable(catalogue, example, { lang: 'en' })).not.toContain('Rated ');
    expect(renderHtml(catalogue, example, { lang: 'en' })).not.toContain('notice fragile');
  });

  it('with the predikat from the rounded value there is nothing to explain', () => {
    const rounded = score(catalogue, fragileAssessment, { predicateFrom: 'rounded' });
    expect(renderTable(catalogue, rounded, { lang: 'en' })).not.toContain('Rated ');
  });
});

describe('exact values as decimals', () => {
  it('terminating in full, repeating with the period in parentheses, a long period cut with "…"', () => {
    const text = (fraction: string): string => exactDecimalText(parseFraction(fraction) as NonNullable<ReturnType<typeof parseFraction>>);
    expect(text('7651/2000')).toBe('3.8255');
    expect(text('3')).toBe('3');
    expect(text('10/3')).toBe('3.(3)');
    expect(text('1/12')).toBe('0.08(3)');
    expect(text('1/7')).toBe('0.(142857)');
    expect(text('-1/6')).toBe('-0.1(6)');
    expect(text('1/17')).toBe('0.058823529411…');
  });

  it('stand next to the fraction in Markdown and HTML', () => {
    expect(renderMarkdown(catalogue, example, { lang: 'en' })).toContain(`Exact value: 3.7535 (7507/2000)`);
    expect(renderHtml(catalogue, example, { lang: 'id' })).toContain('<dt>Nilai eksak</dt><dd>3,7535 (7507/2000)</dd>');
  });
});

describe('partial results show their coverage', () => {
  const partial = score(catalogue, { levels: { '1': 3, '2': 4, '13': 2, '31': 1 } }, { missing: 'partial' });

  it('as a share of the weight, in the table, Markdown and HTML', () => {
    expect(partial.coverage).toBe('33/500');
    expect(renderTable(catalogue, partial, { lang: 'id' })).toContain('Cakupan: 6,6 % dari bobot');
    expect(renderMarkdown(catalogue, partial, { lang: 'en' })).toContain('Coverage: 6.6 % of the weight.');
    expect(renderHtml(catalogue, partial, { lang: 'en' })).toContain('Coverage: 6.6 % of the weight.');
  });

  it('a complete result says nothing about coverage', () => {
    expect(renderTable(catalogue, example, { lang: 'en' })).not.toContain('Coverage');
  });
});

describe('the HTML report shows the margin to the next band', () => {
  it('exactly, from the exact index', () => {
    expect(renderHtml(catalogue, example, { lang: 'en' })).toContain('<dt>To the next rating</dt><dd>+0.4465 more to Excellent (bound 4.2)</dd>');
    expect(renderHtml(catalogue, fragile, { lang: 'id' })).toContain('+0,0005 lagi ke Sangat Baik (batas 3,5)');
  });

  it('nothing above the top band', () => {
    const top = score(catalogue, { levels: Object.fromEntries(catalogue.indicators.map((i) => [i.id, 5])) });
    expect(renderHtml(catalogue, top, { lang: 'en' })).not.toContain('To the next rating');
  });
});

describe('the comparison table shows the predikat of unchanged groups', () => {
  it('A8 stays Sangat Baik and says so', () => {
    const previous = score(catalogue, JSON.parse(readFileSync('examples/kota-contoh-2023.json', 'utf8')) as Assessment);
    const text = renderComparisonTable(compare(previous, example), { lang: 'id' });
    expect(text).toMatch(/^A8 .*\+0,67 {2}Sangat Baik$/mu);
  });
});
