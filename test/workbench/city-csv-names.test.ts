import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { safeParseAssessmentCsv } from '../../src/csv.js';
import type { Catalogue } from '../../src/index.js';
import { issuePlace } from '../../src/workbench/issue-place.js';
import { canRun, root, useWorkbench } from './browser.js';

/*
 * CSV sheets that name their indicators by name mean other indicators in another catalogue: when
 * the user chooses another year, or loads a catalogue of their own, the page reads every sheet
 * again with it, as `spbe rollup --catalogue <id>` reads the same files. Compared with the
 * command itself (dist/cli.js) on the same files.
 */
const dir = mkdtempSync(join(tmpdir(), 'spbe-city-names-'));
const indicators = permenpanrb592020.indicators;
const sheet = (rows: readonly (readonly [string, number])[]): string => `Indikator;Tingkat\n${rows.map(([name, level]) => `"${name}";${level}`).join('\n')}\n`;
const levels = [5, 4, 4, 3, 5, 2, 4, 5, 1, 3, 2, 2, 5, 1, 4, 3, 3, 5, 2, 1, 4, 4, 2, 5, 3];
const files = {
  'bapenda.csv': sheet(indicators.slice(0, 10).map((indicator, k) => [indicator.name.id, levels[k] ?? 1])),
  'dinsos.csv': sheet(indicators.slice(10, 25).map((indicator, k) => [indicator.name.id, levels[k + 10] ?? 1])),
  'dinkes.json': JSON.stringify({ agency: 'Dinkes', year: 2024, levels: { '30': 4, '31': 2 } }),
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
const allPaths = Object.keys(files).map((name) => join(dir, name));
const sheetPaths = allPaths.filter((path) => path.endsWith('.csv'));

/** The 2021–2025 catalogue as one's own, with the names of indicators 1 and 11 swapped. */
function swappedCatalogue(): string {
  const definition = JSON.parse(JSON.stringify(permenpanrb592020.definition)) as Record<string, unknown>;
  const [one, eleven] = [indicators[0], indicators[10]].map((indicator) => indicator?.name);
  const swap = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(swap);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const name = record['name'] as { id?: string } | undefined;
    if (name?.id === one?.id && 'weight' in record) record['name'] = eleven;
    else if (name?.id === eleven?.id && 'weight' in record) record['name'] = one;
    else Object.values(record).forEach(swap);
  };
  swap(definition['groups']);
  return JSON.stringify({ ...definition, id: 'kota-sendiri' });
}
writeFileSync(join(dir, 'kota-sendiri.json'), swappedCatalogue());

type Unit = { unit: string; index: { value: string } };

/** `spbe rollup` on the files, with `--catalogue` when given: its first line, its JSON, its issues. */
function command(catalogue?: string, paths = allPaths): { line: string; json: { consolidated: { index: { value: string } }; units: Unit[]; unranked: Unit[] } | undefined; stderr: string; status: number | null } {
  const flag = catalogue === undefined ? [] : ['--catalogue', catalogue];
  const cli = join(root, 'dist', 'cli.js');
  const table = spawnSync(process.execPath, [cli, 'rollup', ...flag, ...paths], { encoding: 'utf8' });
  const json = spawnSync(process.execPath, [cli, 'rollup', ...flag, ...paths, '--format', 'json'], { encoding: 'utf8' });
  return { line: table.stdout.split('\n')[0] ?? '', json: json.status === 0 ? JSON.parse(json.stdout) : undefined, stderr: table.stderr, status: table.status };
}

const text = async (page: Page, selector: string): Promise<string> => ((await page.locator(selector).textContent()) ?? '').trim();
/** The city on screen: its catalogue line, its index and each unit's, as "3,00". */
async function onScreen(page: Page): Promise<{ line: string; index: string; units: string[][] }> {
  const units = await page.locator('table.ranking tbody tr').evaluateAll((rows) => rows.map((row) => [row.children[1]?.textContent ?? '', row.children[2]?.textContent ?? '']));
  return { line: await text(page, '[data-testid=city-catalogue]'), index: await text(page, 'section.city [data-testid=index-value]'), units: units.sort() };
}
/** The command's city as the page writes it ("3.00" as "3,00"). */
function expected(run: ReturnType<typeof command>): { index: string; units: string[][] } {
  const comma = (value: string): string => value.replace('.', ',');
  return { index: comma(run.json?.consolidated.index.value ?? ''), units: [...(run.json?.units ?? []), ...(run.json?.unranked ?? [])].map((unit) => [unit.unit, comma(unit.index.value)]).sort() };
}

describe.skipIf(!canRun)('workbench: CSV sheets naming indicators by name, read again with the catalogue chosen, in Chromium', () => {
  const session = useWorkbench();

  it('reads the sheets with the files’ catalogue, as spbe rollup does without --catalogue', async () => {
    const { page } = session.opened;
    await page.setInputFiles('#city-files', allPaths);
    await page.locator('section.city [data-file="dinkes.json"]').waitFor();
    const run = command();
    expect(run.status).toBe(0);
    expect(await onScreen(page)).toEqual({ line: run.line, ...expected(run) });
    expect(run.line).toBe('Katalog: permenpanrb-59-2020 (menurut tahun penilaian 2024)');
  });

  it('reads them again when another year is chosen: the names are not in the 2026 catalogue, and the page stops with the command’s issues', async () => {
    const { page } = session.opened;
    await page.selectOption('#year', '2026');
    await page.locator('section.city .notice.error').waitFor();
    const run = command('permenpanrb-8-2026');
    expect(run.status).not.toBe(0);
    // The command's issue lines ("<dir>/bapenda.csv.levels.<name>: <message>"): the page lists the messages.
    const lines = run.stderr.split('\n').filter((line) => line.includes('tidak ada dalam katalog permenpanrb-8-2026'));
    expect(lines.length).toBeGreaterThan(0);
    const shown = await page.locator('section.city .notice.error li').allTextContents();
    expect(shown).toEqual(lines.map((line) => line.slice(line.indexOf(': ') + 2)));
    expect(await page.locator('section.city [data-testid=index-value]').count()).toBe(0);
  });

  it('reads them again with the year chosen back, as spbe rollup --catalogue permenpanrb-59-2020', async () => {
    const { page } = session.opened;
    await page.selectOption('#year', '2024');
    await page.locator('section.city [data-testid=index-value]').waitFor();
    expect(await page.locator('[data-testid=city-sheet-issues]').count()).toBe(0);
    const run = command('permenpanrb-59-2020');
    expect(await onScreen(page)).toMatchObject(expected(run));
    // The catalogue on screen is the files' own choice, which the page says as the command without the flag does.
    expect(await text(page, '[data-testid=city-catalogue]')).toBe(command().line);
  });

  it('reads them again with a catalogue of one’s own, as spbe rollup --catalogue <file>, and keeps the sheets through export and import', async () => {
    const { page } = session.opened;
    const before = await onScreen(page);
    await page.setInputFiles('#load-files', join(dir, 'kota-sendiri.json'));
    await page.locator('[data-file="kota-sendiri.json"]').waitFor();
    const run = command(join(dir, 'kota-sendiri.json'));
    expect(run.status).toBe(0);
    const own = await onScreen(page);
    expect(own).toEqual({ line: run.line, ...expected(run) });
    // The swapped names moved the sheets' levels: the reading did change.
    expect(own.units).not.toEqual(before.units);

    const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#export-state')]);
    const state = JSON.parse(readFileSync(await saved.path(), 'utf8')) as { version: number; city: { csvSheets: { agency: string; file: string; base64: string }[] } };
    expect(state.version).toBe(4);
    expect(state.city.csvSheets.map((kept) => [kept.agency, kept.file, Buffer.from(kept.base64, 'base64').toString('utf8')])).toEqual([
      ['bapenda', 'bapenda.csv', files['bapenda.csv']],
      ['dinsos', 'dinsos.csv', files['dinsos.csv']],
    ]);
    // Imported at another year, the sheets are read with that year's catalogue.
    const moved = JSON.stringify({ ...state, source: { kind: 'year', year: 2024 } });
    await page.setInputFiles('#import-state', { name: 'spbe-workbench.json', mimeType: 'application/json', buffer: Buffer.from(moved) });
    await page.locator('[data-file="spbe-workbench.json"]').waitFor();
    expect(await onScreen(page)).toMatchObject(expected(command('permenpanrb-59-2020')));
  });

  it('logged no console error and made no network request', () => {
    expect(session.opened.errors).toEqual([]);
    expect(session.opened.requests).toEqual([]);
  });
});

describe.skipIf(!canRun)('workbench: CSV sheets alone, naming indicators of the 2021–2025 catalogue, evaluated with it by choosing its year, in Chromium', () => {
  const session = useWorkbench();

  it('reads them with the current instrument first, then again with the year chosen: the result and line of spbe rollup --catalogue permenpanrb-59-2020', async () => {
    const { page } = session.opened;
    await page.setInputFiles('#city-files', sheetPaths);
    await page.locator('section.city [data-file="dinsos.csv"]').waitFor();
    // Naming nothing, the sheets take the current instrument, which knows none of the names.
    expect(command(undefined, sheetPaths).status).not.toBe(0);
    await page.locator('section.city .notice.error').waitFor();
    await page.selectOption('#year', '2024');
    await page.locator('section.city [data-testid=index-value]').waitFor();
    const run = command('permenpanrb-59-2020', sheetPaths);
    expect(run.status).toBe(0);
    expect(run.line).toBe('Katalog: permenpanrb-59-2020 (dari --catalogue)');
    expect(await onScreen(page)).toEqual({ line: run.line, ...expected(run) });
  });

  it('logged no console error and made no network request', () => {
    expect(session.opened.errors).toEqual([]);
    expect(session.opened.requests).toEqual([]);
  });
});

/*
 * A sheet's line in the city's file list says its latest reading: a Windows-1252 sheet (a warning
 * with every catalogue) naming indicator 1 by its 2021–2025 name and again by its id is refused as
 * a duplicate by that catalogue only; the 2026 one does not know the name and reads it.
 */
const named = indicators.find((indicator) => !permenpanrb82026.indicators.some((other) => other.name.id === indicator.name.id));
const latin = Buffer.concat([Buffer.from(`Indikator;Tingkat;Catatan\n"${named?.name.id ?? ''}";3;caf`, 'latin1'), Buffer.from([0xe9]), Buffer.from(`\n${named?.id ?? ''};2;lagi\n`, 'latin1')]);
writeFileSync(join(dir, 'diskominfo.csv'), latin);

/** The sheet's list items as the page words them on first load: issues, then warnings, by row and column. */
function listed(catalogue: Catalogue): string[] {
  const read = safeParseAssessmentCsv(latin, { catalogue });
  return [...(read.success ? [] : read.issues), ...read.warnings].map((issue) => `${issuePlace(issue, 'id')}${issue.message.id}`);
}

describe.skipIf(!canRun)('workbench: a re-read CSV sheet’s line in the city file list, in Chromium', () => {
  const session = useWorkbench();
  const items = (page: Page): Promise<string[]> => page.locator('section.city [data-file="diskominfo.csv"] .issues li').allTextContents();
  const line = (page: Page): Promise<string> => text(page, 'section.city [data-file="diskominfo.csv"]');

  it('lists the warnings and issues of the sheet’s latest reading, after each change of catalogue', async () => {
    const { page } = session.opened;
    expect(named).toBeDefined();
    // The sheet alone names no catalogue: the page reads it with the current instrument.
    await page.setInputFiles('#city-files', join(dir, 'diskominfo.csv'));
    await page.locator('section.city [data-file="diskominfo.csv"]').waitFor();
    const current = listed(permenpanrb82026);
    expect(current.length).toBeGreaterThan(0);
    expect(await items(page)).toEqual(current);
    expect(await line(page)).toContain('dimuat sebagai OPD');

    await page.selectOption('#year', '2024');
    await page.locator('section.city [data-testid=city-sheet-issues]').waitFor();
    const older = listed(permenpanrb592020);
    // The 2021–2025 catalogue refuses the sheet with a row and column the 2026 one had not.
    expect(older).not.toEqual(current);
    expect(older.some((item) => item.startsWith('baris 3, kolom Indikator: '))).toBe(true);
    expect(await items(page)).toEqual(older);
    expect(await line(page)).toContain('tidak dapat dimuat');

    await page.selectOption('#year', '2026');
    await page.locator('section.city [data-testid=city-sheet-issues]').waitFor({ state: 'detached' });
    expect(await items(page)).toEqual(current);
    expect(await page.locator('section.city [data-file="diskominfo.csv"]').count()).toBe(1);
  });

  it('logged no console error and made no network request', () => {
    expect(session.opened.errors).toEqual([]);
    expect(session.opened.requests).toEqual([]);
  });
});
