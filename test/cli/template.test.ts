import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { cli } from './run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'spbe-template-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Bappeda owns 1–24 (11 shared with Diskominfo), Diskominfo 11 and 25–47. */
const rows = [
  ...Array.from({ length: 24 }, (_, k) => `${k + 1};Bappeda;${k + 1 === 11 ? 'ya' : ''}`),
  '11;Dinas Komunikasi & Informatika;',
  ...Array.from({ length: 23 }, (_, k) => `${k + 25};Dinas Komunikasi & Informatika;`),
];
const responsibilitiesCsv = join(root, 'tanggung-jawab.csv');
writeFileSync(responsibilitiesCsv, `\uFEFFindikator;opd;utama\r\n${rows.join('\r\n')}\r\n`);
const level = (id: string): number => 1 + (Number(id) % 5);

/** Fills every level cell of a workbook by script, as an OPD would by hand. */
async function fillIn(path: string): Promise<Record<string, number>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  const levels: Record<string, number> = {};
  sheet.eachRow((row, r) => {
    if (r === 1) return;
    const id = String(row.getCell(2).value);
    row.getCell(6).value = level(id);
    levels[id] = level(id);
  });
  await workbook.xlsx.writeFile(path);
  return levels;
}

describe('spbe template', () => {
  it('writes one .xlsx per OPD with only its indicators; filled in, they roll up as the same levels', async () => {
    const out = join(root, 'lembar');
    const { code, stderr } = await cli(['template', '--responsibilities', responsibilitiesCsv, '--catalogue', 'permenpanrb-59-2020', '-o', out]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['bappeda.xlsx', 'dinas-komunikasi-informatika.xlsx']);
    expect(stderr).toContain('Bappeda (24)');
    const bappeda = await fillIn(join(out, 'bappeda.xlsx'));
    const kominfo = await fillIn(join(out, 'dinas-komunikasi-informatika.xlsx'));
    expect(Object.keys(bappeda)).toHaveLength(24);
    expect(Object.keys(kominfo)).toEqual(['11', ...Array.from({ length: 23 }, (_, k) => String(k + 25))]);
    const { code: rolled, stdout } = await cli(['rollup', out, '--catalogue', 'permenpanrb-59-2020', '--format', 'json']);
    expect(rolled).toBe(0);
    const units = [
      { agency: 'bappeda', levels: bappeda },
      { agency: 'dinas-komunikasi-informatika', levels: kominfo },
    ];
    expect((JSON.parse(stdout) as { consolidated: unknown }).consolidated).toEqual(roundTrip(rollup(catalogue, units, { score: {} }).consolidated));
  });

  it('an .xlsx with a bad level: the issue names the file, sheet, row and column', async () => {
    const out = join(root, 'satu.xlsx');
    expect((await cli(['template', '--catalogue', 'permenpanrb-59-2020', '-o', out, '--lang', 'en'])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    sheet.eachRow((row, r) => {
      if (r > 1) row.getCell(6).value = r === 5 ? 'three' : 3;
    });
    await workbook.xlsx.writeFile(out);
    const { code, stderr } = await cli(['score', out, '--catalogue', 'permenpanrb-59-2020', '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toBe('sheet.Assessment.row.5.level: Row 5: the level in column "level" must be a whole number (e.g. 3) or "na", not "three".\n');
  });

  it('CSV sheets: Indonesian Excel conventions, read back by score', async () => {
    const out = join(root, 'csv');
    expect((await cli(['template', '--responsibilities', responsibilitiesCsv, '--catalogue', 'permenpanrb-59-2020', '--format', 'csv', '-o', out])).code).toBe(0);
    const text = readFileSync(join(out, 'bappeda.csv'), 'utf8');
    expect(text.startsWith('\uFEFFnomor;indikator;nama;pilihan tingkat;kriteria;tingkat;catatan;tautan bukti\r\n')).toBe(true);
    const filled = text.replace(/;;;\r\n/gu, ';3;;\r\n');
    writeFileSync(join(out, 'bappeda.csv'), filled);
    const { code, stdout } = await cli(['score', join(out, 'bappeda.csv'), '--catalogue', 'permenpanrb-59-2020', '--missing', 'partial', '--format', 'json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { indicators: { level: unknown }[] }).indicators.filter((indicator) => indicator.level === 3)).toHaveLength(24);
  });

  it('responsibilities with problems are refused, every one naming the file, row and column', async () => {
    const bad = join(root, 'salah.csv');
    writeFileSync(bad, `indikator;opd\r\n${rows.slice(1).join('\r\n').replace(/;ya/gu, ';')}\r\n99;Bappeda\r\n`);
    const { code, stderr } = await cli(['template', '--responsibilities', bad, '--catalogue', 'permenpanrb-59-2020', '-o', join(root, 'x'), '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${bad}.row.${rows.length + 1}.indikator: Indicator "99" is not in catalogue permenpanrb-59-2020.`);
    expect(stderr).toContain(`${bad}.indicators.1: Indicator 1 is owned by no unit.`);
  });

  it('compare, plan and report read .xlsx as they read CSV', async () => {
    const out = join(root, 'semua.xlsx');
    expect((await cli(['template', '--catalogue', 'permenpanrb-59-2020', '-o', out])).code).toBe(0);
    const levels = await fillIn(out);
    const json = join(root, 'semua.json');
    writeFileSync(json, JSON.stringify({ levels }));
    const compared = await cli(['compare', out, json, '--catalogue', 'permenpanrb-59-2020', '--format', 'json']);
    expect(compared.code).toBe(0);
    expect((JSON.parse(compared.stdout) as { index: { delta: { exact: string } } }).index.delta.exact).toBe('0');
    const planned = await cli(['plan', out, '--catalogue', 'permenpanrb-59-2020', '--target', '3.5', '--format', 'json']);
    expect(planned.code).toBe(0);
    const report = await cli(['report', out, '--catalogue', 'permenpanrb-59-2020', '--format', 'md']);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain((await cli(['report', json, '--catalogue', 'permenpanrb-59-2020', '--format', 'md'])).stdout.split('\n').slice(2, 6).join('\n'));
  });

  it('an .xlsx needs a file; several sheets need a directory', async () => {
    expect((await cli(['template', '--lang', 'en'])).stderr).toContain('An .xlsx workbook needs -o <file.xlsx>');
    expect((await cli(['template', '--responsibilities', responsibilitiesCsv, '--format', 'csv', '--lang', 'en'])).stderr).toContain('give an output directory: -o <dir>');
  });
});
