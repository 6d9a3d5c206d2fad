import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { detectSeparator, parseAssessmentCsv, safeParseAssessmentCsv } from '../../src/input/assessment-csv.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { readFileSync } from 'node:fs';

const BOM = '\uFEFF';

function levelsOf(text: string): unknown {
  const read = safeParseAssessmentCsv(text);
  if (!read.success) throw new Error(JSON.stringify(read.issues));
  return read.output;
}

describe('safeParseAssessmentCsv', () => {
  it('reads a plain comma-separated file with English headers', () => {
    expect(levelsOf('indicator,level\n1,3\n2,4\n')).toEqual({ levels: { '1': 3, '2': 4 } });
  });

  it('reads an Indonesian Excel export: BOM, ";", CRLF, quoted fields, other columns ignored', () => {
    const text = `${BOM}"No";"Indikator";"Tingkat";"Catatan"\r\n1;"1";"3";"SK Wali Kota; ""draf"" 2024"\r\n2;2;4;\r\n`;
    expect(levelsOf(text)).toEqual({ levels: { '1': 3, '2': 4 }, notes: { '1': 'SK Wali Kota; "draf" 2024' } });
  });

  it('matches headers case-insensitively and with spaces around them', () => {
    expect(levelsOf(' INDIKATOR ; Level \n7;5\n')).toEqual({ levels: { '7': 5 } });
  });

  it('accepts "na" (any case) and notes with line breaks inside quotes', () => {
    expect(levelsOf('indicator,level,note\r\n45,NA,"tidak ada\r\nlayanan sektor"\r\n')).toEqual({
      levels: { '45': 'na' },
      notes: { '45': 'tidak ada\r\nlayanan sektor' },
    });
  });

  it('skips blank spreadsheet rows', () => {
    expect(levelsOf('indikator;tingkat\r\n1;3\r\n;\r\n\r\n2;2\r\n')).toEqual({ levels: { '1': 3, '2': 2 } });
  });

  it.each(['3,5', '3.0', 'tiga', '03', '+3', '-1', '3 ', ' 3x', '1e1'].filter((t) => t.trim() !== '3'))(
    'never coerces the level %j: an issue names the row and column',
    (level) => {
      const read = safeParseAssessmentCsv(`indikator;tingkat\r\n1;3\r\n2;"${level}"\r\n`);
      expect(read.success).toBe(false);
      if (read.success) return;
      expect(read.issues).toHaveLength(1);
      expect(read.issues[0]).toMatchObject({ code: 'csv.level_invalid', path: ['row', 3, 'tingkat'] });
      expect(read.issues[0]?.message.id).toContain('Baris 3');
      expect(read.issues[0]?.message.en).toContain('Row 3');
    },
  );

  it('trims spaces around a canonical integer (spreadsheets pad cells)', () => {
    expect(levelsOf('indikator;tingkat\r\n1; 3 \r\n')).toEqual({ levels: { '1': 3 } });
  });

  it('reports empty levels, empty ids and duplicates, all at once', () => {
    const read = safeParseAssessmentCsv('indicator,level\n1,\n,3\n2,3\n2,4\n');
    expect(read.success).toBe(false);
    if (read.success) return;
    expect(read.issues.map((i) => [i.code, i.path])).toEqual([
      ['csv.level_empty', ['row', 2, 'level']],
      ['csv.indicator_empty', ['row', 3, 'indicator']],
      ['csv.indicator_duplicate', ['row', 5, 'indicator']],
    ]);
  });

  it('reports a missing header column and an empty file', () => {
    const noLevel = safeParseAssessmentCsv('indikator;nilai\n1;3\n');
    expect(noLevel.success ? [] : noLevel.issues.map((i) => i.code)).toEqual(['csv.header_missing']);
    const empty = safeParseAssessmentCsv('');
    expect(empty.success ? [] : empty.issues.map((i) => i.code)).toEqual(['csv.empty']);
  });

  it('reports malformed CSV (an unclosed quote) as an issue, never a throw', () => {
    const read = safeParseAssessmentCsv('indicator,level\n1,"3\n');
    expect(read.success ? [] : read.issues.map((i) => i.code)).toEqual(['csv.parse_error']);
  });

  it('keeps "__proto__" as an ordinary id, which scoring then reports as unknown', () => {
    const read = safeParseAssessmentCsv('indicator,level\n__proto__,3\n');
    expect(read.success).toBe(true);
    if (!read.success) return;
    expect(Object.keys(read.output.levels)).toEqual(['__proto__']);
    const scored = safeScore(permenpanrb592020, read.output, { missing: 'partial' });
    expect(scored.success ? [] : scored.issues.map((i) => i.code)).toContain('indicator.unknown');
  });

  it('with a catalogue, accepts indicator names and aliases (case, spacing and "Tingkat Kematangan" ignored)', () => {
    const text = [
      'indikator;tingkat',
      '"Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah";4',
      'layanan   publik sektoral 1;3',
      'Open data service;2',
      '12;5',
      'Nama yang tidak ada;1',
    ].join('\r\n');
    const read = safeParseAssessmentCsv(text, { catalogue: permenpanrb592020 });
    expect(read.success ? read.output.levels : read.issues).toEqual({ '1': 4, '45': 3, '43': 2, '12': 5, 'Nama yang tidak ada': 1 });
    // Without a catalogue names stay as written (and scoring reports them as unknown).
    expect(levelsOf(text)).toMatchObject({ levels: { 'Open data service': 2 } });
  });

  it('a name and an id for the same indicator are a duplicate', () => {
    const read = safeParseAssessmentCsv('indicator,level\n43,2\nLayanan Data Terbuka,3\n', { catalogue: permenpanrb592020 });
    expect(read.success ? [] : read.issues.map((i) => i.code)).toEqual(['csv.indicator_duplicate']);
  });

  it('detects the separator from the header line', () => {
    expect(detectSeparator(`${BOM}indikator;tingkat\r\n1;3,5`)).toBe(';');
    expect(detectSeparator('indicator,level\n1;2')).toBe(',');
  });

  it('the example CSV scores exactly like the example JSON', () => {
    const json = JSON.parse(readFileSync('examples/kota-contoh-2024.json', 'utf8')) as { levels: Record<string, number> };
    const csv = levelsOf(readFileSync('examples/kota-contoh-2024.csv', 'utf8')) as { levels: Record<string, number> };
    expect(csv.levels).toEqual(json.levels);
    expect(score(permenpanrb592020, csv as never).index).toEqual(score(permenpanrb592020, json).index);
  });
});

describe('safeParseAssessmentCsv on arbitrary text', () => {
  it('never throws; every rejection has a code and a path', async () => {
    const fc = await import('fast-check');
    const cell = fc.oneof(fc.constantFrom('1', '3', 'na', '3,5', '"', '""', ';', ',', '\r\n', '\uFEFF', 'indikator', 'tingkat', ' '), fc.string());
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), fc.boolean(), (cells, header) => {
        const text = (header ? 'indikator;tingkat;catatan\r\n' : '') + cells.join('');
        const read = safeParseAssessmentCsv(text);
        if (!read.success) {
          expect(read.issues.length).toBeGreaterThan(0);
          for (const issue of read.issues) {
            expect(issue.code).toMatch(/^csv\./u);
            expect(Array.isArray(issue.path)).toBe(true);
            expect(issue.message.id.length * issue.message.en.length).toBeGreaterThan(0);
          }
        } else {
          for (const level of Object.values(read.output.levels)) expect(level === 'na' || Number.isInteger(level)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseAssessmentCsv (deprecated name)', () => {
  it('returns exactly what safeParseAssessmentCsv returns, issues included', () => {
    for (const text of ['indikator;tingkat\r\n1;3\r\n', 'indicator,level\n1,tiga\n', '']) {
      expect(parseAssessmentCsv(text)).toEqual(safeParseAssessmentCsv(text));
    }
  });
});
