import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canRun, openWorkbench, root, useWorkbench } from './browser.js';

/*
 * The downloads are what the command writes: for each format and language, the bytes the page
 * saves are compared with the stdout of `spbe report` for the same files (the assessment, last
 * year's assessment, the target and the costs file; a catalogue of one's own as --catalogue),
 * and the city report with the stdout of `spbe rollup --format html`.
 */
const example = (...parts: string[]): string => join(root, 'examples', ...parts);
const FORMATS = ['html', 'csv', 'md', 'json'] as const;
const LANGS = ['id', 'en'] as const;
const text = async (page: Page, selector: string): Promise<string> => ((await page.locator(selector).textContent()) ?? '').trim();

/** What `spbe <args>` prints. */
function command(args: readonly string[]): string {
  const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { encoding: 'utf8', cwd: root, maxBuffer: 16 * 1024 * 1024 });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

/** What `spbe report <args> --format <format> --lang <lang>` prints. */
const cli = (args: readonly string[], format: string, lang: string): string => command(['report', ...args, '--format', format, '--lang', lang]);

/** Clicks a download button and returns the saved file's name and text. */
async function download(page: Page, format: string): Promise<{ name: string; text: string }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${format}"]`)]);
  return { name: saved.suggestedFilename(), text: readFileSync(await saved.path(), 'utf8') };
}

/** Downloads every format in both languages and compares each with the command's output; the page ends in Indonesian. */
async function compareAll(page: Page, args: readonly string[], base: string): Promise<void> {
  for (const lang of LANGS) {
    if (lang === 'en') await page.click('#switch-language');
    for (const format of FORMATS) {
      const saved = await download(page, format);
      expect(saved.name).toBe(`${base}.${format}`);
      expect(saved.text, `${format} ${lang}`).toBe(cli(args, format, lang));
    }
  }
  await page.click('#switch-language');
}

describe.skipIf(!canRun)('workbench downloads: the bytes spbe report writes', () => {
  const session = useWorkbench();

  it('one assessment: HTML, CSV, Markdown and JSON in Indonesian and English, catalogue line included', async () => {
    const { page } = session.opened;
    await page.setInputFiles('#load-files', example('kota-contoh-2024.json'));
    // The page names the index of the catalogue on screen.
    // (The file is read asynchronously: the title follows once it is in.)
    await expect.poll(() => page.title()).toBe('Meja Kerja Indeks SPBE');
    await compareAll(page, ['examples/kota-contoh-2024.json'], 'pemerintah-kota-contoh-fiktif-2024');
  });

  it('with last year’s assessment and a plan to a target with a costs file: the comparison and plan sections too', async () => {
    const { page } = session.opened;
    // Files are read asynchronously: the plan is made once both are in.
    await page.setInputFiles('#previous-file', example('kota-contoh-2023.json'));
    await page.locator('section.compare-plan [data-file="kota-contoh-2023.json"]').waitFor();
    await page.selectOption('#plan-predicate', 'memuaskan');
    await page.setInputFiles('#costs-file', example('kota-contoh-costs.json'));
    await page.locator('[data-testid=costs-name]').waitFor();
    await page.click('#make-plan');
    const args = ['examples/kota-contoh-2024.json', '--previous', 'examples/kota-contoh-2023.json', '--target', 'memuaskan', '--costs', 'examples/kota-contoh-costs.json'];
    // The comparison and the plan are in the download, not silently left out.
    const headings = (await download(page, 'md')).text.split('\n').filter((line) => line.startsWith('# '));
    expect(headings.slice(1)).toEqual(['# Perbandingan', '# Rencana peningkatan termurah']);
    await compareAll(page, args, 'pemerintah-kota-contoh-fiktif-2024');
  });

  it('the Pemdi catalogue (8/2026) with fractional and measured values, named in the title', async () => {
    const fresh = await openWorkbench(session.browser);
    await fresh.page.setInputFiles('#load-files', example('kota-contoh-2026.json'));
    await expect.poll(() => fresh.page.title()).toBe('Meja Kerja Indeks Pemerintah Digital');
    await fresh.page.click('#switch-language');
    expect(await fresh.page.title()).toBe('Digital Government Index Workbench');
    await fresh.page.click('#switch-language');
    await compareAll(fresh.page, ['examples/kota-contoh-2026.json'], (await download(fresh.page, 'json')).name.replace(/\.json$/u, ''));
    expect(fresh.errors).toEqual([]);
    await fresh.page.context().close();
  });

  it('a Pemdi assessment keyed by codes (I1..I20): its warnings at the keys the file used, as spbe report writes them', async () => {
    const fresh = await openWorkbench(session.browser);
    await fresh.page.setInputFiles('#load-files', example('kota-contoh-2026-mandiri.json'));
    await fresh.page.locator('[data-file="kota-contoh-2026-mandiri.json"]').waitFor();
    const saved = JSON.parse((await download(fresh.page, 'json')).text) as { warnings: { path: string[] }[] };
    expect(saved.warnings.map((warning) => warning.path.join('.'))).toEqual(['levels.I5.value', 'levels.I6.value', 'levels.I7.value']);
    await compareAll(fresh.page, ['examples/kota-contoh-2026-mandiri.json'], (await download(fresh.page, 'json')).name.replace(/\.json$/u, ''));
    expect(fresh.errors).toEqual([]);
    await fresh.page.context().close();
  });

  it('a catalogue of one’s own, as spbe report --catalogue <file> writes it', async () => {
    const fresh = await openWorkbench(session.browser);
    // One after the other, each once the one before is in, as a person picks them.
    await fresh.page.setInputFiles('#load-files', example('catalogues', 'opd-contoh.catalogue.json'));
    await fresh.page.locator('[data-file="opd-contoh.catalogue.json"]').waitFor();
    await fresh.page.setInputFiles('#load-files', example('catalogues', 'opd-contoh.assessment.json'));
    await fresh.page.locator('[data-file="opd-contoh.assessment.json"]').waitFor();
    const args = ['examples/catalogues/opd-contoh.assessment.json', '--catalogue', 'examples/catalogues/opd-contoh.catalogue.json'];
    expect(cli(args, 'md', 'id')).toContain('(dari --catalogue)');
    await compareAll(fresh.page, args, (await download(fresh.page, 'json')).name.replace(/\.json$/u, ''));
    expect(fresh.errors).toEqual([]);
    await fresh.page.context().close();
  });

  it('the city report: the page spbe rollup --format html writes for the OPD files and responsibilities, with the city plan once made', async () => {
    const fresh = await openWorkbench(session.browser);
    const { page } = fresh;
    const dir = example('opd', '2024');
    const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
    await page.setInputFiles('#city-files', [...names.map((name) => join(dir, name)), example('city', 'responsibilities-59-2020.json')]);
    await page.locator('section.city [data-file="responsibilities-59-2020.json"]').waitFor();
    const rollup = (lang: string, ...more: string[]): string => command(['rollup', 'examples/opd/2024', '--responsibilities', 'examples/city/responsibilities-59-2020.json', ...more, '--format', 'html', '--lang', lang]);
    const city = async (): Promise<{ name: string; text: string }> => {
      const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#download-city')]);
      return { name: saved.suggestedFilename(), text: readFileSync(await saved.path(), 'utf8') };
    };
    const id = await city();
    expect(id.name).toBe('laporan-kota-2024.html');
    expect(id.text).toBe(rollup('id'));
    await page.click('#switch-language');
    const en = await city();
    expect(en.name).toBe('city-report-2024.html');
    expect(en.text).toBe(rollup('en'));
    await page.click('#switch-language');
    // With the city plan on screen, the report carries each OPD's action list, as --target adds it.
    await page.selectOption('#city-target', 'sangat-baik');
    await page.click('#make-city-plan');
    const planned = await city();
    expect(planned.text).toBe(rollup('id', '--target', 'sangat-baik'));
    expect(planned.text).not.toBe(id.text);
    expect(fresh.errors).toEqual([]);
    expect(fresh.requests).toEqual([]);
    await page.context().close();
  });

  it('a city of CSV and JSON OPD files, a CSV first: the catalogue the files choose and the catalogue line, as spbe rollup writes them', async () => {
    const fresh = await openWorkbench(session.browser);
    const { page } = fresh;
    // Two OPDs as CSV sheets (no year, no catalogue), dropped before the JSON files of 2024.
    const dir = example('opd', '2024');
    const mixed = mkdtempSync(join(tmpdir(), 'spbe-city-mixed-'));
    const sheets = ['bagian-organisasi', 'bappeda'].map((unit) => {
      const { levels } = JSON.parse(readFileSync(join(dir, `${unit}.json`), 'utf8')) as { levels: Record<string, number> };
      const file = join(mixed, `${unit}.csv`);
      writeFileSync(file, `Indikator;Tingkat\n${Object.entries(levels).map(([id, level]) => `${id};${level}`).join('\n')}\n`);
      return file;
    });
    const files = [...sheets, ...readdirSync(dir).filter((name) => name.endsWith('.json') && !name.startsWith('bagian-organisasi') && !name.startsWith('bappeda')).map((name) => join(dir, name))];
    await page.setInputFiles('#city-files', files);
    const rollup = (format: string, lang: string): string => command(['rollup', ...files, '--format', format, '--lang', lang]);
    // The JSON files' year chose the 2021–2025 catalogue, which the CSV sheets follow.
    await expect.poll(() => text(page, '[data-testid=catalogue-id]')).toContain('permenpanrb-59-2020');
    const line = rollup('table', 'id').split('\n')[0];
    expect(line).toBe('Katalog: permenpanrb-59-2020 (menurut tahun penilaian 2024)');
    expect(await text(page, '[data-testid=city-catalogue]')).toBe(line);
    const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#download-city')]);
    expect(readFileSync(await saved.path(), 'utf8')).toBe(rollup('html', 'id'));
    await page.click('#switch-language');
    expect(await text(page, '[data-testid=city-catalogue]')).toBe(rollup('table', 'en').split('\n')[0]);
    // The export says which units were CSV sheets, so the imported city chooses the same.
    const [exported] = await Promise.all([page.waitForEvent('download'), page.click('#export-state')]);
    const state = readFileSync(await exported.path(), 'utf8');
    expect((JSON.parse(state) as { city: { csvUnits: string[] } }).city.csvUnits).toEqual(['bagian-organisasi', 'bappeda']);
    await page.click('#clear-entries');
    await page.setInputFiles('#import-state', { name: 'spbe-workbench.json', mimeType: 'application/json', buffer: Buffer.from(state) });
    await expect.poll(() => text(page, '[data-testid=city-catalogue]')).toBe(rollup('table', 'en').split('\n')[0]);
    expect(fresh.errors).toEqual([]);
    await page.context().close();
  });

  it('a city of CSV sheets alone, with 2024 on screen: the current instrument, as spbe rollup chooses without --catalogue', async () => {
    const fresh = await openWorkbench(session.browser);
    const { page } = fresh;
    await page.selectOption('#year', '2024');
    // Sheets name neither catalogue nor year; their indicators are the Pemdi ones.
    const dir = mkdtempSync(join(tmpdir(), 'spbe-city-sheets-'));
    const files = ['bappeda', 'diskominfo'].map((unit, k) => {
      const file = join(dir, `${unit}.csv`);
      writeFileSync(file, `Indikator;Tingkat\n${Array.from({ length: 20 }, (_, i) => `${i + 1};${1 + ((i + k) % 5)}`).join('\n')}\n`);
      return file;
    });
    await page.setInputFiles('#city-files', files);
    for (const name of ['bappeda.csv', 'diskominfo.csv']) await page.locator(`section.city [data-file="${name}"]`).waitFor();
    const rollup = (format: string, lang: string): string => command(['rollup', ...files, '--format', format, '--lang', lang]);
    const line = rollup('table', 'id').split('\n')[0];
    expect(line).toContain('permenpanrb-8-2026');
    expect(await text(page, '[data-testid=city-catalogue]')).toBe(line);
    expect(await text(page, '[data-testid=catalogue-id]')).toContain('permenpanrb-8-2026');
    const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#download-city')]);
    expect(readFileSync(await saved.path(), 'utf8')).toBe(rollup('html', 'id'));
    // Another year chosen afterwards is what the command needs --catalogue for.
    await page.selectOption('#year', '2024');
    const flagged = command(['rollup', ...files, '--catalogue', 'permenpanrb-59-2020', '--format', 'table', '--lang', 'id']).split('\n')[0];
    expect(flagged).toContain('--catalogue');
    await expect.poll(() => text(page, '[data-testid=city-catalogue]')).toBe(flagged);
    expect(fresh.errors).toEqual([]);
    await page.context().close();
  });

  it('refuses city files that choose different catalogues, with spbe rollup\'s own issue', async () => {
    const fresh = await openWorkbench(session.browser);
    const { page } = fresh;
    await page.setInputFiles('#city-files', [example('opd', '2024', 'bappeda.json'), example('opd', '2026', readdirSync(example('opd', '2026')).find((name) => name.endsWith('.json')) as string)]);
    await expect.poll(() => page.locator('section.city [role=alert] li').first().getAttribute('data-code')).toBe('input.catalogues_differ');
    expect(await page.locator('section.city [data-testid=index-value]').count()).toBe(0);
    await page.context().close();
  });

  it('logged no console error and made no network request', () => {
    expect(session.opened.errors).toEqual([]);
    expect(session.opened.requests).toEqual([]);
  });
});
