import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { compare } from '../../src/analysis/compare.js';
import { allUnits } from '../../src/analysis/rollup/all-units.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { score } from '../../src/scoring/score.js';
import { formatDecimal } from '../../src/report/number-format.js';
import type { Assessment } from '../../src/model/assessment.js';
import { canRun, root, useWorkbench } from './browser.js';

/*
 * Export and import of everything the user entered: the entries, last year's file, the target,
 * the costs file, and the city's files, strategy and target. The export of an import is the
 * same file; a file that is not an export is refused with the workbench's bilingual issue.
 */
const example = (...parts: string[]): string => join(root, 'examples', ...parts);
const read = (path: string): Assessment => JSON.parse(readFileSync(path, 'utf8')) as Assessment;
const text = async (page: Page, selector: string): Promise<string> => ((await page.locator(selector).textContent()) ?? '').trim();
const dir = example('opd', '2024');
const units = readdirSync(dir).filter((name) => name.endsWith('.json'));

async function exported(page: Page): Promise<string> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#export-state')]);
  return readFileSync(await saved.path(), 'utf8');
}

describe.skipIf(!canRun)('workbench: exporting and importing everything entered, in Chromium', () => {
  const session = useWorkbench();

  it('round-trips the entries, last year’s file, the target, the costs, and the city’s files, strategy and target', async () => {
    const { page } = session.opened;
    // Files are read asynchronously: each one's line (or name) appears once it is in.
    await page.setInputFiles('#load-files', example('kota-contoh-2024.json'));
    await page.locator('[data-file="kota-contoh-2024.json"]').waitFor();
    await page.setInputFiles('#previous-file', example('kota-contoh-2023.json'));
    await page.locator('section.compare-plan [data-file="kota-contoh-2023.json"]').waitFor();
    await page.selectOption('#plan-predicate', 'memuaskan');
    await page.fill('#plan-index', '3,6');
    await page.click('.target details summary');
    await page.fill('#plan-group-D3', '4,5');
    await page.setInputFiles('#costs-file', example('kota-contoh-costs.json'));
    await page.locator('[data-testid=costs-name]').waitFor();
    await page.fill('#plan-default-cost', '1; 2,5');
    await page.click('.indicator-plan summary');
    await page.fill('#plan-cost-29', '1; 1; 1; 1,5');
    await page.fill('#plan-cap-13', '4');
    await page.check('#plan-lock-21');
    await page.setInputFiles('#city-files', [...units.map((name) => join(dir, name)), example('city', 'responsibilities-59-2020.json')]);
    await page.locator('section.city [data-file="responsibilities-59-2020.json"]').waitFor();
    await page.selectOption('#city-strategy', 'median');
    await page.selectOption('#city-target', 'sangat-baik');
    await page.fill('#city-min-coverage', '0,3');
    await page.locator('#city-min-coverage').blur();
    const first = await exported(page);
    const state = JSON.parse(first) as Record<string, unknown>;
    expect(state).toMatchObject({
      format: 'spbe-workbench-state',
      version: 4,
      levels: read(example('kota-contoh-2024.json')).levels,
      previous: { name: 'kota-contoh-2023.json', file: { kind: 'assessment', assessment: read(example('kota-contoh-2023.json')) } },
      plan: { target: { predicate: 'memuaskan', index: '3,6', groups: { D3: '4,5' } }, costs: { name: 'kota-contoh-costs.json', options: JSON.parse(readFileSync(example('kota-contoh-costs.json'), 'utf8')) }, defaultCost: '1; 2,5',
        indicators: { '29': { cost: '1; 1; 1; 1,5', cap: '', locked: false }, '13': { cost: '', cap: '4', locked: false }, '21': { cost: '', cap: '', locked: true } },
      },
      city: { strategy: 'median', target: 'sangat-baik', minimumCoverage: '0,3' },
    });
    expect((state['city'] as { units: unknown[] }).units).toHaveLength(units.length);

    await page.click('#clear-entries');
    expect(await page.locator('[data-testid=index-value]').count()).toBe(0);
    expect(await page.locator('#city-strategy').count()).toBe(0);
    await page.setInputFiles('#import-state', { name: 'spbe-workbench.json', mimeType: 'application/json', buffer: Buffer.from(first) });
    await page.locator('[data-file="spbe-workbench.json"]').waitFor();

    // Everything is back, and what it computes is the library's for the same inputs.
    const current = score(permenpanrb592020, read(example('kota-contoh-2024.json')));
    expect(await text(page, '.result-panel [data-testid=index-value]')).toBe(formatDecimal(current.index.value, 'id'));
    const change = compare(permenpanrb592020, score(permenpanrb592020, read(example('kota-contoh-2023.json'))), current);
    expect(await text(page, '[data-testid=index-delta]')).toBe(formatDecimal(change.index.delta?.value, 'id'));
    expect(await page.inputValue('#plan-predicate')).toBe('memuaskan');
    expect(await page.inputValue('#plan-index')).toBe('3,6');
    expect(await page.inputValue('#plan-group-D3')).toBe('4,5');
    expect(await text(page, '[data-testid=costs-name]')).toContain('kota-contoh-costs.json');
    expect(await page.inputValue('#plan-default-cost')).toBe('1; 2,5');
    expect(await page.inputValue('#plan-cost-29')).toBe('1; 1; 1; 1,5');
    expect(await page.inputValue('#plan-cap-13')).toBe('4');
    expect(await page.isChecked('#plan-lock-21')).toBe(true);
    expect(await page.isChecked('#plan-lock-22')).toBe(false);
    expect(await page.inputValue('#city-strategy')).toBe('median');
    expect(await page.inputValue('#city-target')).toBe('sangat-baik');
    expect(await page.inputValue('#city-min-coverage')).toBe('0,3');
    const responsibilities = JSON.parse(readFileSync(example('city', 'responsibilities-59-2020.json'), 'utf8')) as { indicators: Record<string, string[]> };
    const median = rollup(permenpanrb592020, units.map((name) => read(join(dir, name))), { strategy: 'median', minimumCoverage: '0.3' });
    expect(median.consolidated.index.value).not.toBe(rollup(permenpanrb592020, units.map((name) => read(join(dir, name))), { strategy: 'owner', responsibilities }).consolidated.index.value);
    expect(await text(page, 'section.city [data-testid=index-value]')).toBe(formatDecimal(median.consolidated.index.value, 'id'));
    const ranked = await page.locator('table.ranking tbody tr').evaluateAll((rows) => rows.map((row) => row.children[1]?.textContent));
    expect(ranked).toEqual(allUnits(median).map((unit) => unit.unit));
    expect(median.unranked.length).toBeGreaterThan(0);
    // The export of the import is the same file.
    expect(await exported(page)).toBe(first);
  });

  it('refuses a file that is not an export, with the issue in both languages at its field', async () => {
    const { page } = session.opened;
    const bad = JSON.stringify({ format: 'spbe-workbench-state', version: 3, lang: 'fr', source: { kind: 'year', year: 2024 }, meta: {}, levels: {}, plan: { indicators: { '21': { locked: 'ya' } } }, city: { units: [], strategy: 'loudest', minimumCoverage: 0.3, csvSheets: [{ agency: 'bapenda', file: 'bapenda.csv', base64: 'not base64' }] } });
    await page.setInputFiles('#import-state', { name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const items = async (): Promise<string[]> => page.locator('[data-file="rusak.json"] .issues li').allTextContents();
    expect(await text(page, '[data-file="rusak.json"]')).toContain('Berkas ini bukan ekspor isian meja kerja.');
    expect(await items()).toEqual([
      'lang: Ekspor meja kerja tidak valid: "lang" bukan id atau en.',
      'plan.indicators: Ekspor meja kerja tidak valid: "plan.indicators" bukan isian per indikator (biaya dan batas sebagai teks, kunci ya/tidak).',
      'city.strategy: Ekspor meja kerja tidak valid: "city.strategy" bukan salah satu dari owner, mean, median, min, max.',
      'city.minimumCoverage: Ekspor meja kerja tidak valid: "city.minimumCoverage" bukan cakupan minimum sebagai teks ("0,2").',
      'city.csvSheets: Ekspor meja kerja tidak valid: "city.csvSheets" bukan daftar berkas CSV unit (agency, file, base64).',
    ]);
    expect(await page.locator('[data-file="rusak.json"] .issues li').first().getAttribute('data-code')).toBe('workbench.state_invalid');
    await page.click('#switch-language');
    expect(await items()).toEqual([
      'lang: Invalid workbench export: "lang" is not id or en.',
      'plan.indicators: Invalid workbench export: "plan.indicators" is not entries per indicator (cost and cap as text, locked true or false).',
      'city.strategy: Invalid workbench export: "city.strategy" is not one of owner, mean, median, min, max.',
      'city.minimumCoverage: Invalid workbench export: "city.minimumCoverage" is not a minimum coverage as text ("0.2").',
      'city.csvSheets: Invalid workbench export: "city.csvSheets" is not a list of the units\' CSV files (agency, file, base64).',
    ]);
    // What was on screen stays.
    expect(await page.inputValue('#city-strategy')).toBe('median');
    await page.click('#switch-language');
  });

  it('kept nothing in the browser after all that: no cookie, nothing in local or session storage, no IndexedDB database', async () => {
    const kept = await session.opened.page.evaluate(`(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
    }))()`);
    expect(kept).toEqual({ cookie: '', local: 0, session: 0, databases: 0 });
  });

  it('logged no console error and made no network request', () => {
    expect(session.opened.errors).toEqual([]);
    expect(session.opened.requests).toEqual([]);
  });
});
