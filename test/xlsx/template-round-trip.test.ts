import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import type { Catalogue } from '../../src/model/catalogue.js';
import { safeParseAssessmentCsv } from '../../src/csv.js';
import { templateCsv, templateSheet } from '../../src/report/template.js';
import { SpbeError } from '../../src/model/issue.js';
import { score } from '../../src/scoring/score.js';
import { cli } from '../cli/run-cli.js';
import { readAssessmentXlsx, readResponsibilitiesXlsx, safeReadAssessmentXlsx, safeReadResponsibilitiesXlsx, templateWorkbook, XLSX_ISSUE_CODES } from '../../src/xlsx.js';

/** Fills the level (and note) cells of a template workbook as a unit would, by script. */
async function fillIn(bytes: Uint8Array, levels: Readonly<Record<string, number | string>>, notes: Readonly<Record<string, string>> = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  sheet.eachRow((row, r) => {
    if (r === 1) return;
    const id = String(row.getCell(2).value);
    if (levels[id] !== undefined) row.getCell(6).value = levels[id] as number | string;
    if (notes[id] !== undefined) row.getCell(7).value = notes[id] as string;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function sheetOf(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0] as ExcelJS.Worksheet;
}

const levelsFor = (catalogue: Catalogue, ids: readonly string[]): Record<string, number> =>
  Object.fromEntries(ids.map((id, k) => {
    const scale = catalogue.indicators[catalogue.lookup.indicators[id] as number]!.scale;
    return [id, scale.min + (k % (scale.max - scale.min + 1))];
  }));

describe.each([
  ['59/2020', permenpanrb592020, ['11', '12', '13', '32']],
  ['8/2026', permenpanrb82026, permenpanrb82026.indicators.slice(0, 5).map((indicator) => indicator.id)],
] as const)('the fill-in workbook of %s', (_, catalogue, owned) => {
  it('has only the unit’s indicators, their choices with meanings, and a level drop-down on each row', async () => {
    const sheet = await sheetOf(await templateWorkbook(catalogue, { indicators: owned, unit: 'Bappeda', lang: 'id' }));
    expect(sheet.getRow(1).values).toEqual([undefined, 'nomor', 'indikator', 'nama', 'pilihan tingkat', 'kriteria', 'tingkat', 'catatan', 'tautan bukti']);
    expect(sheet.rowCount).toBe(owned.length + 1);
    for (const [k, id] of owned.entries()) {
      const row = sheet.getRow(k + 2);
      const indicator = catalogue.indicators[catalogue.lookup.indicators[id] as number]!;
      expect(row.getCell(2).value).toBe(id);
      expect(row.getCell(3).value).toBe(indicator.name.id);
      for (const level of indicator.scale.levels) expect(String(row.getCell(4).value)).toContain(`${level.level} = ${level.name.id}: ${level.meaning.id}`);
      const validation = row.getCell(6).dataValidation;
      if (indicator.scale.values === 'fractional') {
        expect(validation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [indicator.scale.min, indicator.scale.max] });
      } else {
        const list = Array.from({ length: indicator.scale.max - indicator.scale.min + 1 }, (_, j) => indicator.scale.min + j).join(',');
        expect(validation).toMatchObject({ type: 'list', formulae: [`"${list}"`] });
      }
    }
  });

  it('round trip: template, filled in by a script, read back: the same levels and notes', async () => {
    const levels = levelsFor(catalogue, owned);
    const filled = await fillIn(await templateWorkbook(catalogue, { indicators: owned }), levels, { [owned[0] as string]: 'SK Wali Kota; 2024' });
    const read = await safeReadAssessmentXlsx(filled, { catalogue });
    expect(read.success && read.output).toEqual({ levels, notes: { [owned[0] as string]: 'SK Wali Kota; 2024' } });
  });

  it('the CSV template is read back by the CSV reader the same way', () => {
    const sheet = templateSheet(catalogue, owned, 'id');
    const levels = levelsFor(catalogue, owned);
    // Unfilled: every level is empty, each an issue at its row and column.
    const empty = safeParseAssessmentCsv(templateCsv(sheet, 'id'), { catalogue });
    expect(empty.success ? [] : empty.issues.map((issue) => issue.path.join('.'))).toEqual(owned.map((__, k) => `row.${k + 2}.tingkat`));
    const rows = sheet.rows.map((row) => row.cells.map((cell, c) => (c === sheet.levelColumn ? String(levels[row.indicator.id]) : cell)));
    const text = templateCsv({ ...sheet, rows: sheet.rows.map((row, k) => ({ ...row, cells: rows[k] as string[] })) }, 'id');
    const read = safeParseAssessmentCsv(text, { catalogue });
    expect(read.success && read.output).toEqual({ levels });
  });
});

describe('reading workbooks', () => {
  it('issues name the sheet, the spreadsheet row and the column', async () => {
    const filled = await fillIn(await templateWorkbook(permenpanrb592020, { indicators: ['1', '2', '3'], lang: 'en' }), { '1': 3, '2': 'tiga', '3': 9 });
    const read = await safeReadAssessmentXlsx(filled, { catalogue: permenpanrb592020 });
    expect(read.success ? [] : read.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['csv.level_invalid', 'sheet.Assessment.row.3.level']]);
  });

  it('a file that is not a workbook is xlsx.unreadable; the codes are listed', async () => {
    const read = await safeReadAssessmentXlsx(new TextEncoder().encode('indikator;tingkat\n1;3\n'));
    expect(read.success ? [] : read.issues.map((issue) => issue.code)).toEqual(['xlsx.unreadable']);
    expect([...XLSX_ISSUE_CODES]).toEqual(['xlsx.unreadable', 'xlsx.no_sheet']);
    await expect(readAssessmentXlsx(new Uint8Array([1, 2, 3]))).rejects.toThrow(SpbeError);
    await expect(readResponsibilitiesXlsx(new Uint8Array([1, 2, 3]))).rejects.toThrow(SpbeError);
    const filled = await fillIn(await templateWorkbook(permenpanrb592020, { indicators: ['1'] }), { '1': 4 });
    expect(await readAssessmentXlsx(filled)).toEqual({ levels: { '1': 4 } });
  });

  it('checks its options as the renderers do: unknown keys, unknown indicator ids, bad values, a non-catalogue', async () => {
    const codes = async (run: () => Promise<unknown>): Promise<string[]> => {
      try {
        await run();
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(SpbeError);
        return (error as SpbeError).issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);
      }
    };
    expect(await codes(() => templateWorkbook(permenpanrb592020, { lnag: 'en' } as never))).toEqual(['options.unknown options.lnag']);
    // An id the catalogue does not have used to leave its row out silently.
    expect(await codes(() => templateWorkbook(permenpanrb592020, { indicators: ['1', '99', 'I1'] }))).toEqual(['indicator.unknown options.indicators.1', 'indicator.unknown options.indicators.2']);
    expect(await codes(() => templateWorkbook(permenpanrb592020, { indicators: '1' as never, unit: 3 as never, lang: 'fr' as never }))).toEqual([
      'option.invalid options.lang',
      'option.invalid options.indicators',
      'option.invalid options.unit',
    ]);
    expect(await codes(() => templateWorkbook(permenpanrb592020, null as never))).toEqual(['option.invalid options']);
    expect(await codes(() => templateWorkbook(null as never))).toEqual(['catalogue.invalid_type catalogue']);
    // Read as own properties only: an inherited lang is not an option.
    const inherited = Object.create({ lang: 'en' }) as { lang?: 'en' };
    const bytes = await templateWorkbook(permenpanrb592020, inherited);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    expect(workbook.worksheets[0]!.name).toBe('Penilaian');
  });

  it('reads responsibilities from a workbook, with sheet, row and column in the paths', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('OPD');
    sheet.addRow(['indikator', 'opd', 'utama']);
    for (let i = 1; i <= 47; i++) sheet.addRow([i, i <= 24 ? 'Bappeda' : 'Diskominfo', i === 11 ? 'ya' : '']);
    sheet.addRow([11, 'Bapeda', '']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await safeReadResponsibilitiesXlsx(bytes, { catalogue: permenpanrb592020, units: ['Bappeda', 'Diskominfo'] });
    expect(read.success ? [] : read.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['city.unknown_unit', 'sheet.OPD.row.49.opd']]);
  });
});

describe('the Pemdi fill-in workbook with fractional values', () => {
  // What a unit types: numbers (1.26 is a number cell), fractions and decimals as text, with a
  // decimal point or an Indonesian decimal comma.
  const typed: Record<string, number | string> = { '1': 1.26, '2': '7/6', '3': 2.5, '4': '1,26', '5': '1.3', '6': 1.1, '7': 4.75, '8': '5/4', '9': 5, '10': '2,50', '11': 1.17, '12': '13/6', '13': 2.05, '14': 4.999 };
  const exact: Record<string, string> = { '1': '63/50', '2': '7/6', '3': '5/2', '4': '63/50', '5': '13/10', '6': '11/10', '7': '19/4', '8': '5/4', '9': '5', '10': '5/2', '11': '117/100', '12': '13/6', '13': '41/20', '14': '4999/1000' };
  const owned = Object.keys(typed);

  it('round trip: template, filled in by a script, read back: the same exact values, scored exactly', async () => {
    const filled = await fillIn(await templateWorkbook(permenpanrb82026, { indicators: owned, unit: 'Diskominfo' }), typed);
    const read = await safeReadAssessmentXlsx(filled, { catalogue: permenpanrb82026 });
    expect(read.success).toBe(true);
    if (!read.success) return;
    const result = score(permenpanrb82026, read.output, { missing: 'partial' });
    const levels = Object.fromEntries(result.indicators.filter((entry) => entry.level !== null).map((entry) => [entry.id, String(entry.level)]));
    expect(levels).toEqual(exact);
  });

  it('a city of filled-in workbooks rolls up through the CLI to the exact consolidated values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-xlsx-city-'));
    try {
      const template = await templateWorkbook(permenpanrb82026, { indicators: ['1', '2'] });
      writeFileSync(join(dir, 'diskominfo.xlsx'), await fillIn(template, { '1': 1.26, '2': '7/6' }));
      writeFileSync(join(dir, 'bappeda.xlsx'), await fillIn(template, { '1': '2,5', '2': 2 }));
      const { code, stdout, stderr } = await cli(['rollup', dir, '--catalogue', 'permenpanrb-8-2026', '--format', 'json']);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const city = JSON.parse(stdout) as { indicators: { id: string; level: { exact: string } | null; min: number | string | null }[] };
      // (63/50 + 5/2) / 2 = 47/25; (7/6 + 2) / 2 = 19/12.
      expect(city.indicators.slice(0, 2).map((entry) => [entry.id, entry.level?.exact, entry.min])).toEqual([
        ['1', '47/25', '63/50'],
        ['2', '19/12', '7/6'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
