import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { score } from '../../src/scoring/score.js';
import { formatDecimal } from '../../src/report/number-format.js';
import { safeParseAssessmentCsv } from '../../src/input/assessment-csv.js';
import type { Assessment } from '../../src/model/assessment.js';
import { canRun, dropFiles, root, SHOTS, useWorkbench } from './browser.js';

/*
 * Loading files as an evaluator does (the file picker and drag-and-drop), printing, and exporting
 * and importing the entries. The downloads are compared with the command's bytes in
 * downloads.test.ts.
 */
const file = (...parts: string[]): string => join(root, 'examples', ...parts);
const json = (path: string): Assessment => JSON.parse(readFileSync(path, 'utf8')) as Assessment;
const text = async (page: Page, selector: string): Promise<string> => ((await page.locator(selector).textContent()) ?? '').trim();
const cli = (...args: string[]): string => spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { encoding: 'utf8', cwd: root }).stdout;

/** Waits until a picked file has been read and applied: its line in the file list appears then. */
const loaded = (page: Page, name: string): Promise<void> => page.locator(`[data-file="${name}"]`).waitFor();

/** Clicks a download button and returns the saved file's name and text. */
async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await saved.path();
  return { name: saved.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe.skipIf(!canRun)('workbench: loading files and taking the results away, in Chromium', () => {
  const session = useWorkbench();

  it('reads an Excel CSV (";", BOM, quoted notes) picked with the file picker', async () => {
    const { page } = session.opened;
    await page.selectOption('#year', '2024');
    await page.setInputFiles('#load-files', file('kota-contoh-2024.csv'));
    const read = safeParseAssessmentCsv(readFileSync(file('kota-contoh-2024.csv')), { catalogue: permenpanrb592020 });
    expect(read.success).toBe(true);
    const expected = score(permenpanrb592020, (read as { output: Assessment }).output);
    expect(await text(page, '[data-file="kota-contoh-2024.csv"]')).toContain('dimuat sebagai penilaian');
    expect(await text(page, '[data-testid=index-value]')).toBe(formatDecimal(expected.index.value, 'id'));
    expect(await page.inputValue('#level-12')).toBe(String(expected.indicators[11]?.level));
    // The file's line follows the language switch, as the rest of the page does.
    await page.click('#switch-language');
    expect(await text(page, '[data-file="kota-contoh-2024.csv"]')).toContain('loaded as the assessment');
    await page.click('#switch-language');
    expect(await text(page, '[data-file="kota-contoh-2024.csv"]')).toContain('dimuat sebagai penilaian');
  });

  it('lists a bad CSV’s issues with their row and column, as the library words them', async () => {
    const { page } = session.opened;
    const bad = 'indikator;tingkat\r\n1;3,5\r\n2;tiga\r\n';
    await page.setInputFiles('#load-files', { name: 'salah.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const read = safeParseAssessmentCsv(bad);
    expect(read.success).toBe(false);
    await page.locator('[data-file="salah.csv"] .issues li').first().waitFor();
    const items = await page.locator('[data-file="salah.csv"] .issues li').allTextContents();
    expect(items).toEqual(read.success ? [] : read.issues.map((issue) => `baris ${String(issue.path[1])}, kolom ${String(issue.path[2])}: ${issue.message.id}`));
    // The form keeps what it had.
    expect(await text(page, '[data-testid=index-value]')).not.toBe('');
  });

  it('reads a plain "CSV" save of Excel in an Indonesian locale (Windows-1252) as it is, with the library\'s warning', async () => {
    const { page } = session.opened;
    // "–" is 0x96 and "é" 0xE9 in Windows-1252: bytes that are not UTF-8.
    const bytes = Buffer.from([...'indikator;tingkat;catatan\r\n1;3;Peraturan Wali Kota – Café\r\n2;4;\r\n'].map((char) => (char === '–' ? 0x96 : (char.codePointAt(0) as number))));
    await page.setInputFiles('#load-files', { name: 'excel-1252.csv', mimeType: 'text/csv', buffer: bytes });
    await loaded(page, 'excel-1252.csv');
    const read = safeParseAssessmentCsv(bytes, { catalogue: permenpanrb592020 });
    expect(read.success ? read.warnings.map((warning) => warning.code) : []).toEqual(['csv.encoding_windows_1252']);
    expect(await text(page, '[data-file="excel-1252.csv"]')).toContain('dimuat sebagai penilaian');
    const warned = page.locator('[data-file="excel-1252.csv"] .issues li');
    expect(await warned.getAttribute('data-code')).toBe('csv.encoding_windows_1252');
    expect(await warned.textContent()).toContain(read.success ? (read.warnings[0]?.message.id ?? '?') : '?');
    expect([await page.inputValue('#level-1'), await page.inputValue('#level-2')]).toEqual(['3', '4']);
    // The note's accented letters survive, as the export shows.
    expect((await download(page, '#export-state')).text).toContain('Peraturan Wali Kota – Café');
  });

  it('takes a dropped JSON assessment and switches to its catalogue (8/2026)', async () => {
    const { page } = session.opened;
    await dropFiles(page, 'load-files', [{ name: 'kota-contoh-2026.json', text: readFileSync(file('kota-contoh-2026.json'), 'utf8'), type: 'application/json' }]);
    expect(await text(page, '[data-testid=catalogue-id]')).toContain('permenpanrb-8-2026');
    const expected = score(permenpanrb82026, json(file('kota-contoh-2026.json')));
    expect(await text(page, '[data-testid=index-value]')).toBe(formatDecimal(expected.index.value, 'id'));
    expect(await page.inputValue('#level-12')).toBe('7/6');
    expect(await page.isChecked('#measured-5')).toBe(true);
  });

  it('keeps the keys a code-keyed file wrote ("I5"): its warnings name them as spbe does, and an edited field keeps its key', async () => {
    const { page } = session.opened;
    const name = 'kota-contoh-2026-mandiri.json';
    await page.setInputFiles('#load-files', file(name));
    await loaded(page, name);
    const written = JSON.parse(cli('score', `examples/${name}`, '--format', 'json')) as { warnings: { path: string[]; message: { id: string; en: string } }[] };
    expect(written.warnings.map((warning) => warning.path[1])).toEqual(['I5', 'I6', 'I7']);
    const shown = async (): Promise<string[]> => page.locator('[data-testid=warnings] li').allTextContents();
    expect(await shown()).toEqual(written.warnings.map((warning) => `${warning.path.join('.')}: ${warning.message.id}`));
    await page.click('#switch-language');
    expect(await shown()).toEqual(written.warnings.map((warning) => `${warning.path.join('.')}: ${warning.message.en}`));
    await page.click('#switch-language');

    // The field of indicator 1 edits the file's "I1": no second key for it, so no issue, and the library's score of the file so edited.
    await page.fill('#level-1', '5');
    const edited = json(file(name));
    const expected = score(permenpanrb82026, { ...edited, levels: { ...edited.levels, I1: '5' } });
    await expect.poll(() => text(page, '[data-testid=index-value]')).toBe(formatDecimal(expected.index.value, 'id'));
    expect(await page.locator('.result-panel [role=alert]').count()).toBe(0);
    const levels = (JSON.parse((await download(page, '#export-state')).text) as { levels: Record<string, unknown> }).levels;
    expect(Object.keys(levels)).toEqual(Object.keys(edited.levels));
    expect(levels['I1']).toBe('5');
  });

  it('reads back a result file written by spbe score --format json', async () => {
    const { page } = session.opened;
    const written = cli('score', 'examples/kota-contoh-2023.json', '--format', 'json');
    await page.setInputFiles('#load-files', { name: 'hasil-2023.json', mimeType: 'application/json', buffer: Buffer.from(written) });
    expect(await text(page, '[data-file="hasil-2023.json"]')).toContain('hasil dimuat');
    expect(await text(page, '[data-testid=index-value]')).toBe(formatDecimal((JSON.parse(written) as { index: { value: string } }).index.value, 'id'));
  });

  it('refuses a dropped Excel workbook (written by spbe template) with the advice to save it as CSV UTF-8, and keeps the entries', async () => {
    const { page } = session.opened;
    const before = await text(page, '[data-testid=index-value]');
    const out = join(mkdtempSync(join(tmpdir(), 'spbe-xlsx-')), 'lembar.xlsx');
    spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'template', '--catalogue', 'permenpanrb-8-2026', '-o', out], { cwd: root });
    const workbook = readFileSync(out);
    expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK');
    // The bytes as they are, through a drop event, as a person drags the file from the desktop.
    const transfer = await page.evaluateHandle(`(() => {
      const data = new DataTransfer();
      const bytes = Uint8Array.from(atob(${JSON.stringify(workbook.toString('base64'))}), (char) => char.charCodeAt(0));
      data.items.add(new File([bytes], 'lembar.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      return data;
    })()`);
    await page.dispatchEvent('[data-drop="load-files"]', 'drop', { dataTransfer: transfer });
    await page.locator('[data-file="lembar.xlsx"] .issues li').first().waitFor();
    const issues = await page.locator('[data-file="lembar.xlsx"] .issues li').allTextContents();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('simpan sebagai "CSV UTF-8"');
    expect(await text(page, '[data-testid=index-value]')).toBe(before);
  });

  it('prints the result without the controls', async () => {
    const { page } = session.opened;
    await page.setInputFiles('#load-files', file('kota-contoh-2024.json'));
    await loaded(page, 'kota-contoh-2024.json');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.toolbar')).toBe(false);
    expect(await page.isVisible('.files')).toBe(false);
    expect(await page.isVisible('[data-testid=index-value]')).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'print.png'), fullPage: false });
    await page.emulateMedia({ media: 'screen' });
  });

  it('exports the entries to a JSON file and imports them back', async () => {
    const { page } = session.opened;
    const before = await text(page, '[data-testid=index-value]');
    const exported = await download(page, '#export-state');
    expect(exported.name).toBe('spbe-workbench.json');
    expect(JSON.parse(exported.text)).toMatchObject({ format: 'spbe-workbench-state', version: 4, lang: 'id', levels: json(file('kota-contoh-2024.json')).levels });
    await page.click('#clear-entries');
    expect(await page.isVisible('[data-testid=index-value]')).toBe(false);
    await page.setInputFiles('#import-state', { name: 'spbe-workbench.json', mimeType: 'application/json', buffer: Buffer.from(exported.text) });
    await loaded(page, 'spbe-workbench.json');
    expect(await text(page, '[data-testid=index-value]')).toBe(before);
    // Or dropped on the page's file box, as the guide says.
    await page.click('#clear-entries');
    expect(await page.isVisible('[data-testid=index-value]')).toBe(false);
    await dropFiles(page, 'load-files', [{ name: 'isian.json', text: exported.text, type: 'application/json' }]);
    expect(await text(page, '[data-file="isian.json"]')).toContain('Isian diimpor');
    expect(await text(page, '[data-testid=index-value]')).toBe(before);
  });

  it('loads a custom catalogue, then an assessment with criteria for it', async () => {
    const { page } = session.opened;
    await page.setInputFiles('#load-files', file('catalogues', 'opd-contoh.catalogue.json'));
    const definition = JSON.parse(readFileSync(file('catalogues', 'opd-contoh.catalogue.json'), 'utf8')) as Parameters<typeof defineCatalogue>[0];
    const catalogue = defineCatalogue(definition);
    // The files are read asynchronously: the page follows once each is in.
    await expect.poll(() => text(page, '[data-testid=catalogue-id]')).toContain(catalogue.id);
    await page.setInputFiles('#load-files', file('catalogues', 'opd-contoh.assessment.json'));
    const expected = score(catalogue, json(file('catalogues', 'opd-contoh.assessment.json')));
    await expect.poll(() => text(page, '[data-testid=index-value]')).toBe(formatDecimal(expected.index.value, 'id'));
    await page.screenshot({ path: join(SHOTS, 'custom-catalogue.png'), fullPage: false });
    await page.click('#use-builtin');
    expect(await text(page, '[data-testid=catalogue-id]')).toContain('permenpanrb-8-2026');
  });

  it('logged no console error and made no network request', () => {
    expect(session.opened.errors).toEqual([]);
    expect(session.opened.requests).toEqual([]);
  });
});
