import { describe, expect, it } from 'vitest';
import { safeRollup } from '../../src/analysis/rollup/rollup.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { parseResponsibilitiesCsv, RESPONSIBILITIES_CSV_ISSUE_CODES, safeParseResponsibilitiesCsv } from '../../src/csv.js';
import { SpbeError } from '../../src/model/issue.js';

/** Rows for every 59/2020 indicator: Bappeda owns 1–24, Diskominfo 25–47. */
const everyIndicator = Array.from({ length: 47 }, (_, k) => `${k + 1};${k < 24 ? 'Bappeda' : 'Diskominfo'};`);
const sheet = (rows: readonly string[], header = 'indikator;opd;utama'): string => `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
const units = ['Bappeda', 'Diskominfo', 'Dinas Pariwisata & Café'];

describe('safeParseResponsibilitiesCsv', () => {
  it('reads one row per owner, with the lead marked, as Excel in an Indonesian locale writes it', () => {
    const read = safeParseResponsibilitiesCsv(sheet(['1;Bappeda;', '11;"Bappeda";ya', '11;Diskominfo;', '12;"Dinas; Bagian";X']));
    expect(read.success).toBe(true);
    expect(read.warnings).toEqual([]);
    expect(read.success && read.output).toEqual({
      indicators: { '1': ['Bappeda'], '11': { owners: ['Bappeda', 'Diskominfo'], lead: 'Bappeda' }, '12': { owners: ['Dinas; Bagian'], lead: 'Dinas; Bagian' } },
    });
  });

  it('accepts commas, other header names, extra columns and blank rows', () => {
    const read = safeParseResponsibilitiesCsv('No,Indicator,Nama,Unit Kerja,Lead\n1,1,Kebijakan,Bappeda,\n\n,,,,\n2,2,Peta,Diskominfo,1\n');
    expect(read.success && read.output).toEqual({ indicators: { '1': ['Bappeda'], '2': { owners: ['Diskominfo'], lead: 'Diskominfo' } } });
  });

  it('reads Windows-1252 (Excel’s plain CSV save) with a warning, keeping accented names', () => {
    const text = sheet(['1;Dinas Pariwisata & Café;']);
    const bytes = Uint8Array.from([...text.slice(1)].map((char) => (char === 'é' ? 0xe9 : char.charCodeAt(0))));
    const read = safeParseResponsibilitiesCsv(bytes);
    expect(read.warnings.map((warning) => warning.code)).toEqual(['csv.encoding_windows_1252']);
    expect(read.success && read.output.indicators['1']).toEqual(['Dinas Pariwisata & Café']);
  });

  it('with a catalogue, names indicators by id, name or code', () => {
    const rows = everyIndicator.filter((row) => !row.startsWith('11;') && !row.startsWith('43;'));
    const read = safeParseResponsibilitiesCsv(sheet([...rows, 'Arsitektur SPBE Instansi Pusat/Pemerintah Daerah;Bappeda;', 'Layanan Data Terbuka;Diskominfo;']), { catalogue: permenpanrb592020 });
    expect(read.success).toBe(true);
    expect(read.success && read.output.indicators['11']).toEqual(['Bappeda']);
    expect(read.success && read.output.indicators['43']).toEqual(['Diskominfo']);
    const pemdi = permenpanrb82026.indicators.map((_, k) => `I${k + 1};Diskominfo;`);
    const codes = safeParseResponsibilitiesCsv(sheet(pemdi), { catalogue: permenpanrb82026 });
    expect(codes.success && Object.keys(codes.output.indicators)).toEqual(permenpanrb82026.indicators.map((indicator) => indicator.id));
  });

  it('checks against the catalogue and the units, every problem at once, each at its row and column', () => {
    const rows = everyIndicator.filter((row) => !row.startsWith('2;') && !row.startsWith('3;'));
    const read = safeParseResponsibilitiesCsv(
      sheet([...rows, '99;Bappeda;', '5;Bapeda;', '6;Bappeda;', '7;Diskominfo;ya', '7;Bappeda;ya', '8;Diskominfo;mungkin', '9;;', ';Bappeda;']),
      { catalogue: permenpanrb592020, units },
    );
    expect(read.success).toBe(false);
    const found = read.success ? [] : read.issues.map((issue) => [issue.code, issue.path.join('.')]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['city.unknown_indicator', 'row.47.indikator'],
        ['city.unknown_unit', 'row.48.opd'],
        ['city.duplicate_owner', 'row.49.opd'],
        ['csv.lead_duplicate', 'row.51.utama'],
        // Bappeda already owns 7 (row 8): named twice.
        ['city.duplicate_owner', 'row.51.opd'],
        ['csv.lead_invalid', 'row.52.utama'],
        ['csv.unit_empty', 'row.53.opd'],
        ['csv.indicator_empty', 'row.54.indikator'],
        ['city.unowned_indicator', 'indicators.2'],
        ['city.unowned_indicator', 'indicators.3'],
      ]),
    );
    expect(found).toHaveLength(10);
    const message = read.success ? undefined : read.issues.find((issue) => issue.code === 'csv.lead_invalid')?.message.en;
    expect(message).toBe('Row 52: column "utama" must be "ya" (the lead) or empty, not "mungkin".');
  });

  it('without units, any owner is accepted; without a catalogue, ids are taken as written', () => {
    expect(safeParseResponsibilitiesCsv(sheet(everyIndicator), { catalogue: permenpanrb592020 }).success).toBe(true);
    const loose = safeParseResponsibilitiesCsv(sheet(['99;Bappeda;']));
    expect(loose.success && loose.output).toEqual({ indicators: { '99': ['Bappeda'] } });
  });

  it('a sheet without its columns, with a column twice, or empty says so', () => {
    const missing = safeParseResponsibilitiesCsv('indikator;tingkat\n1;3\n');
    expect(missing.success ? [] : missing.issues.map((issue) => [issue.code, issue.expected])).toEqual([['csv.header_missing', 'unit/opd']]);
    const twice = safeParseResponsibilitiesCsv('indikator;opd;unit\n1;A;B\n');
    expect(twice.success ? [] : twice.issues.map((issue) => issue.path.join('.'))).toEqual(['row.1.unit']);
    const empty = safeParseResponsibilitiesCsv('');
    expect(empty.success ? [] : empty.issues.map((issue) => issue.code)).toEqual(['csv.empty']);
  });

  it('the responsibilities read from a sheet roll up exactly as the same JSON', () => {
    const assessments = [
      { agency: 'Bappeda', levels: Object.fromEntries(Array.from({ length: 24 }, (_, k) => [String(k + 1), 3])) },
      { agency: 'Diskominfo', levels: Object.fromEntries(Array.from({ length: 30 }, (_, k) => [String(k + 18), 4])) },
    ];
    const read = parseResponsibilitiesCsv(sheet([...everyIndicator, '20;Diskominfo;ya']), { catalogue: permenpanrb592020, units: ['Bappeda', 'Diskominfo'] });
    const json = {
      indicators: Object.fromEntries(Array.from({ length: 47 }, (_, k) => [String(k + 1), k + 1 === 20 ? { owners: ['Bappeda', 'Diskominfo'], lead: 'Diskominfo' } : [k < 24 ? 'Bappeda' : 'Diskominfo']])),
    };
    expect(read).toEqual(json);
    const fromSheet = safeRollup(permenpanrb592020, assessments, { strategy: 'owner', ownerMode: 'lead', responsibilities: read });
    expect(fromSheet.success && fromSheet.output.consolidated.indicators[19]?.level).toBe(4);
    expect(fromSheet).toEqual(safeRollup(permenpanrb592020, assessments, { strategy: 'owner', ownerMode: 'lead', responsibilities: json }));
  });

  it('parseResponsibilitiesCsv throws every issue; the codes are listed', () => {
    expect(() => parseResponsibilitiesCsv('indikator;opd\n1;\n')).toThrow(SpbeError);
    try {
      parseResponsibilitiesCsv('indikator;opd\n1;\n');
    } catch (error) {
      expect((error as SpbeError).issues.map((issue) => issue.code)).toEqual(['csv.unit_empty']);
    }
    expect([...RESPONSIBILITIES_CSV_ISSUE_CODES]).toEqual(['csv.unit_empty', 'csv.lead_invalid', 'csv.lead_duplicate']);
  });
});
