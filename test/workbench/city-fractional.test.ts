import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { allUnits } from '../../src/analysis/rollup/all-units.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { planCity } from '../../src/analysis/city/plan-city.js';
import { levelShown } from '../../src/report.js';
import type { Assessment } from '../../src/model/assessment.js';
import { canRun, dropFiles, root, useWorkbench } from './browser.js';

/*
 * A Pemdi city whose OPDs give fractional values (as assessors' results do: 7/3, 10/3): the heat
 * map, the comparison-free city plan and each OPD's action list show them as the reports do
 * ("≈2,33"), never as a raw fraction a reader cannot read.
 */
const dir = join(root, 'examples', 'opd', '2026');
const responsibilitiesFile = join(root, 'examples', 'city', 'responsibilities-8-2026.json');
const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
// Every whole level L below the top becomes L + 1/3, written as the fraction an assessor's sheet gives
// (the example's own fractional values stay as they are).
const units = names.map((name) => {
  const unit = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Assessment & { levels: Record<string, number | string> };
  const levels = Object.fromEntries(Object.entries(unit.levels).map(([id, level]) => [id, typeof level === 'number' && Number.isInteger(level) && level < 5 ? `${3 * level + 1}/3` : level]));
  return { ...unit, levels } as Assessment;
});
const responsibilities = JSON.parse(readFileSync(responsibilitiesFile, 'utf8')) as { indicators: Record<string, string[]> };
const options = { unitResults: true, strategy: 'owner', responsibilities } as const;
const text = async (page: Page, selector: string): Promise<string> => ((await page.locator(selector).textContent()) ?? '').trim();

describe.skipIf(!canRun)('workbench: a Pemdi city with fractional values in Chromium', () => {
  const session = useWorkbench();

  it('takes the OPD files dropped on the city box and shows each fractional cell of the heat map as a decimal, as the city report does', async () => {
    const { page } = session.opened;
    // Dropped on the city's box, as a person drags them from a folder (city.test picks them).
    await dropFiles(page, 'city-files', [
      ...names.map((name, i) => ({ name, text: JSON.stringify(units[i]), type: 'application/json' })),
      { name: 'responsibilities-8-2026.json', text: readFileSync(responsibilitiesFile, 'utf8'), type: 'application/json' },
    ]);
    expect(await text(page, '[data-testid=city-units]')).toBe(`${units.length} OPD dimuat`);
    expect(await text(page, '[data-testid=catalogue-id]')).toContain('permenpanrb-8-2026');
    const expected = rollup(permenpanrb82026, units, options);
    const cells = await page.locator('table.heat-map tbody td').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
    const shown = allUnits(expected).flatMap((unit) =>
      (unit.result?.indicators ?? []).map((indicator) => (indicator.status === 'assessed' ? levelShown(indicator.level, 'id') : indicator.status === 'not-applicable' ? 'na' : '')),
    );
    expect(cells).toEqual(shown);
    expect(cells).toContain('≈2,33');
    expect(cells.some((cell) => cell.includes('/'))).toBe(false);
  });

  it('lists each OPD’s raises from its fractional value as a decimal', async () => {
    const { page } = session.opened;
    await page.selectOption('#city-target', 'sangat-baik');
    await page.click('#make-city-plan');
    const expected = planCity(permenpanrb82026, units, { predicate: 'sangat-baik' }, { rollup: options });
    expect(expected.reachable).toBe(true);
    const raises = expected.units.flatMap((unit) => unit.raises);
    expect(raises.some((raise) => typeof raise.from === 'string')).toBe(true);
    const items = await page.locator('.unit-actions li').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(items.map((item) => /: (.+) → (\d+) \(/u.exec(item)?.slice(1))).toEqual(raises.map((raise) => [levelShown(raise.from, 'id'), String(raise.to)]));
  });

  it('logged no console error and made no network request', () => {
    expect(session.opened.errors).toEqual([]);
    expect(session.opened.requests).toEqual([]);
  });
});
