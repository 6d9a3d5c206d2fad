import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { parseAssessmentCsv, safeParseAssessmentCsv } from '../../src/input/assessment-csv.js';
import { detectSeparator } from '../../src/input/csv-records.js';
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
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(detectSeparator(bytes(`${BOM}indikator;tingkat\r\n1;3,5`))).toBe(';');
    expect(detectSeparator(bytes('indicator,level\n1;2'))).toBe(',');
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

describe('safeParseAssessmentCsv on bytes and encodings', () => {
  const text = 'indikator;tingkat;catatan\r\n1;3;Peraturan Wali Kota – Bogor\r\n2;na;\r\n';
  /** Windows-1252 bytes of Latin-1-range text plus the en dash (0x96). */
  const cp1252 = (s: string): Uint8Array => new Uint8Array([...s].map((c) => (c === '–' ? 0x96 : (c.codePointAt(0) as number))));

  it('reads UTF-8 bytes (with or without a BOM) and an ArrayBuffer exactly like the text', () => {
    const utf8 = new TextEncoder().encode(text);
    const expected = safeParseAssessmentCsv(text);
    expect(expected.success).toBe(true);
    expect(safeParseAssessmentCsv(utf8)).toEqual(expected);
    expect(safeParseAssessmentCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual(expected);
    expect(safeParseAssessmentCsv(utf8.slice().buffer)).toEqual(expected);
    expect(expected.warnings).toEqual([]);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, with a warning, never as U+FFFD', () => {
    const read = safeParseAssessmentCsv(cp1252('indikator;tingkat;catatan\r\n1;3;Peraturan Wali Kota – Café\r\n'));
    expect(read.success && read.output).toEqual({ levels: { '1': 3 }, notes: { '1': 'Peraturan Wali Kota – Café' } });
    expect(read.warnings.map((w) => w.code)).toEqual(['csv.encoding_windows_1252']);
    expect(read.warnings[0]?.message.en).toContain('Windows-1252');
    expect(read.warnings[0]?.message.id).toContain('Windows-1252');
    expect(JSON.stringify(read)).not.toContain('\uFFFD');
  });

  it('keeps the warning when the Windows-1252 file also has issues', () => {
    const read = safeParseAssessmentCsv(cp1252('indikator;tingkat\r\n1;tiga – é\r\n'));
    expect(read.success).toBe(false);
    expect(read.warnings.map((w) => w.code)).toEqual(['csv.encoding_windows_1252']);
  });

  it('reads UTF-16 with a byte-order mark (Excel "Unicode text")', () => {
    const le = [0xff, 0xfe, ...[...'indicator,level\n1,4\n'].flatMap((c) => [c.charCodeAt(0), 0])];
    expect(safeParseAssessmentCsv(new Uint8Array(le))).toMatchObject({ success: true, output: { levels: { '1': 4 } }, warnings: [] });
  });
});

describe('safeParseAssessmentCsv on ambiguous headers and many issues', () => {
  it('refuses two level columns instead of picking one', () => {
    const read = safeParseAssessmentCsv('indikator;level;tingkat\n1;3;4\n');
    expect(read.success).toBe(false);
    if (read.success) return;
    expect(read.issues.map((i) => [i.code, i.path])).toEqual([['csv.column_duplicate', ['row', 1, 'tingkat']]]);
    expect(read.issues[0]?.message.en).toContain('"level" and "tingkat"');
  });

  it('refuses two indicator columns and two note columns as well', () => {
    const read = safeParseAssessmentCsv('indicator,Indicator,level,note,catatan\n1,1,3,a,b\n');
    expect(read.success ? [] : read.issues.map((i) => i.path)).toEqual([
      ['row', 1, 'Indicator'],
      ['row', 1, 'catatan'],
    ]);
  });

  it('lists at most 1,000 issues, then one that says how many more there were', () => {
    const rows = Array.from({ length: 1500 }, () => '1;3').join('\n');
    const read = safeParseAssessmentCsv(`indikator;tingkat\n${rows}\n`);
    expect(read.success).toBe(false);
    if (read.success) return;
    expect(read.issues).toHaveLength(1001);
    expect(read.issues[1000]?.code).toBe('issues.truncated');
    expect(read.issues[1000]?.message.en).toBe('499 more issues are not shown (only the first 1000).');
  });
});
