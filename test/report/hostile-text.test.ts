import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { issueLines } from '../../src/cli/output.js';
import type { Assessment } from '../../src/model/assessment.js';
import { compare, type Comparison } from '../../src/analysis/compare.js';
import { renderComparisonMarkdown, renderComparisonTable } from '../../src/report/comparison-text.js';
import { renderCsv } from '../../src/report/csv-output.js';
import { codeSpan, escapeMarkdown } from '../../src/report/markdown-escape.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/table.js';
import { escapeControl } from '../../src/report/terminal-text.js';
import { score } from '../../src/scoring/score.js';
import { hostileResult } from '../helpers/hostile-result.js';

/** Output that cannot be turned against its reader: spreadsheets, terminals, Markdown viewers. */

const example = JSON.parse(readFileSync('examples/kota-contoh-2024.json', 'utf8')) as Assessment;
const result = score(catalogue, example);

const hostile = hostileResult();

/**
 * A comparison carrying the same hostile text. `compare` refuses an edited result, so the text is
 * placed in the comparison itself, as a user catalogue's ids and labels would bring it.
 */
function hostileComparison(): Comparison {
  const lower = score(catalogue, { ...example, levels: { ...example.levels, '1': 3 } });
  const change = compare(catalogue, lower, result);
  const groups = change.groups.map((g, i) => (i === 0 ? { ...g, id: '=HYPERLINK("http://x")', label: { id: 'Nama\u001b[31m merah\u202e', en: 'Name\u001b[31m red|`x`\r\n' } } : g));
  const indicators = change.indicators.map((ind, i) => (i === 0 ? { ...ind, id: '\t=2|', label: { id: 'Nama\u001b[31m merah\u202e', en: 'Name\u001b[31m red\u202e|\n' } } : ind));
  return { ...change, groups, indicators };
}

describe('CSV output: formula neutralisation in every text column', () => {
  const rows = parse(renderCsv(hostile.catalogue, hostile.result, { lang: 'en' })) as string[][];
  const row = (kind: string, id: string) => rows.find((cells) => cells[0] === kind && cells[1] === id) as string[];

  it('prefixes an apostrophe to ids, names, parents, tiers and predikat labels that a spreadsheet would run', () => {
    const group = rows[2] as string[];
    expect([group[0], group[1], group[2], group[8]]).toEqual(["'@SUM(A1)", '\'=HYPERLINK("http://x")', "'+cmd|x", `'${hostile.result.groups[0]!.predicate!.label.en}`]);
    expect(group[8]!.startsWith("'=")).toBe(true);
    expect(row('aspect', "'+3")[3]).toBe('\'=HYPERLINK("http://x")');
    const indicator = rows.find((cells) => cells[0] === 'indicator') as string[];
    expect([indicator[1], indicator[3]]).toEqual(["'=2", "'+3"]);
  });

  it('a tab or CR at the start of a name is neutralised too', () => {
    expect(row('aspect', "'+3")[2]).toBe("'\r=A");
    expect(rows.find((cells) => cells[1] === 'D2')?.[2]).toBe("'\t=SUM(1)");
  });

  it('leaves numbers as numbers, a negative one included', () => {
    const indicator = rows.find((cells) => cells[0] === 'indicator') as string[];
    expect(indicator[4]).toBe('1.3');
    expect(indicator[7]).toBe(hostile.result.indicators[0]?.contribution.value);
  });
});

describe('terminal output: control characters shown escaped, never sent raw', () => {
  it('escapes C0, C1, DEL, line separators and bidi controls, and only those', () => {
    expect(escapeControl('a\u001b[31mb\u0007c\u007f\u0085\u2028\u202e\u2066')).toBe('a\\x1b[31mb\\x07c\\x7f\\x85\\u2028\\u202e\\u2066');
    expect(escapeControl('Kota Bogor – é ✓')).toBe('Kota Bogor – é ✓');
    expect(escapeControl(escapeControl('\u001b'))).toBe('\\x1b');
  });

  it('in the table, agency names, ids and labels', () => {
    const text = renderTable(hostile.catalogue, hostile.result, { lang: 'en', detail: true });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u);
    expect(text).toContain('Kota\\x1b]0;pwned\\x07 X');
    expect(text).toContain('Name\\x1b[31m red\\u202e');
    expect(Math.max(...text.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(80);
  });

  it('in comparison tables', () => {
    const text = renderComparisonTable(hostileComparison(), { lang: 'en' });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/u);
    expect(text).toContain('Name\\x1b[31m red');
  });

  it('in issue lines on stderr', () => {
    const lines = issueLines([{ code: 'level.invalid_type', path: ['levels', '1\u001b[2J'], message: { id: 'a\u0007', en: 'b\u009b' } }], 'en');
    expect(lines).toBe('levels.1\\x1b[2J: b\\x9b\n');
  });
});

describe('Markdown output: no breaking out of code spans or tables', () => {
  it('a code span is fenced longer than any backtick run and keeps pipes escaped', () => {
    expect(codeSpan('abc')).toBe('`abc`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a|b\nc')).toBe('`a\\|b c`');
  });

  it('a catalogue id with backticks and pipes stays inside its code span', () => {
    const text = renderMarkdown(hostile.catalogue, hostile.result, { lang: 'en' });
    expect(text).toContain('``kota`\\|**x**``');
  });

  it('table cells escape pipes, backticks and line breaks in ids and labels', () => {
    expect(escapeMarkdown('a|b`c\r\nd\re')).toBe('a\\|b\\`c d e');
    const text = renderMarkdown(hostile.catalogue, hostile.result, { lang: 'en', detail: true });
    const rows = text.split('\n').filter((line) => line.startsWith('| '));
    const header = rows[0] as string;
    const cellsOf = (line: string): number => line.split(/(?<!\\)\|/u).length;
    for (const row of rows.slice(0, 10)) expect(cellsOf(row)).toBe(cellsOf(header));
    const compared = renderComparisonMarkdown(hostileComparison(), { lang: 'en' });
    const tableRows = compared.split('\n').filter((l) => l.startsWith('| '));
    expect(tableRows.some((line) => line.includes('Name'))).toBe(true);
    for (const line of tableRows) {
      expect(line).not.toMatch(/[\r\n]/u);
      // Five columns (indicators) or six (groups): an unescaped pipe would add one.
      expect([7, 8]).toContain(cellsOf(line));
    }
  });
});
