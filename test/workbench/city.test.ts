import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { allUnits } from '../../src/analysis/rollup/all-units.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { planCity } from '../../src/analysis/city/plan-city.js';
import { formatDecimal } from '../../src/report/number-format.js';
import { percentText } from '../../src/report/band-notes.js';
import { levelShown } from '../../src/report/exact-display.js';
import type { Assessment } from '../../src/model/assessment.js';
import { axeViolations, expectEveryControlReachable, canRun, root, SHOTS, useWorkbench } from './browser.js';

/*
 * Evaluating a city as an evaluator does: dropping every OPD file and a responsibilities file on
 * the city section, reading the consolidated result, the ranking with coverage, the heat map and
 * the indicators below target, then asking for the city plan. Every number is compared with the
 * library's rollup and planCity for the same files.
 */
const dir = join(root, 'examples', 'opd', '2024');
const responsibilitiesFile = join(root, 'examples', 'city', 'responsibilities-59-2020.json');
const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
const units = names.map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Assessment);
const responsibilities = JSON.parse(readFileSync(responsibilitiesFile, 'utf8')) as { indicators: Record<string, string[]> };
const options = { unitResults: true, strategy: 'owner', responsibilities } as const;
const text = async (page: Page, selector: string): Promise<string> => ((await page.locator(selector).textContent()) ?? '').trim();

describe.skipIf(!canRun)('workbench: evaluating a city in Chromium', () => {
  const session = useWorkbench();

  it('rolls up the dropped OPD files by owner: consolidated result, ranking with coverage, heat map, indicators below target', async () => {
    const { page } = session.opened;
    await page.setInputFiles('#city-files', [
      ...names.map((name) => ({ name, mimeType: 'application/json', buffer: readFileSync(join(dir, name)) })),
      { name: 'responsibilities-59-2020.json', mimeType: 'application/json', buffer: readFileSync(responsibilitiesFile) },
    ]);
    await page.locator('section.city [data-file="responsibilities-59-2020.json"]').waitFor();
    expect(await text(page, '[data-testid=city-units]')).toBe(`${units.length} OPD dimuat`);
    // The OPD files (year 2024, no catalogue named) chose the 2021–2025 catalogue.
    expect(await text(page, '[data-testid=catalogue-id]')).toContain('permenpanrb-59-2020');

    const expected = rollup(permenpanrb592020, units, options);
    expect(await text(page, 'section.city [data-testid=index-value]')).toBe(formatDecimal(expected.consolidated.index.value, 'id'));
    expect(await text(page, 'section.city [data-testid=index-predicate]')).toBe(expected.consolidated.index.predicate.label.id);
    // Every domain and aspect of the consolidated result.
    const groups = await page.locator('section.city [data-group]').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-group'), row.querySelector('td:nth-child(3)')?.textContent]));
    expect(Object.fromEntries(groups)).toEqual(Object.fromEntries(expected.consolidated.groups.map((group) => [group.id, formatDecimal(group.value, 'id')])));
    expect(groups).toHaveLength(expected.consolidated.groups.length);
    const ranking = await page.locator('table.ranking tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent)));
    // Ranked units, then those below the minimum coverage (one indicator) with "–" for a rank.
    expect(expected.unranked.length).toBeGreaterThan(0);
    expect(ranking.map((row) => row.slice(0, 3))).toEqual(allUnits(expected).map((unit) => [unit.rank > 0 ? String(unit.rank) : '–', unit.unit, formatDecimal(unit.index.value, 'id')]));
    // Coverage as a percentage of the catalogue's weight, as the city report writes it.
    expect(ranking.map((row) => row[4])).toEqual(allUnits(expected).map((unit) => percentText(unit.coverage, 'id')));
    expect(new Set(ranking.map((row) => row[4])).size).toBeGreaterThan(1);

    // The heat map: every cell is the level the unit entered.
    const cells = await page.locator('table.heat-map tbody td').evaluateAll((nodes) => nodes.map((node) => `${node.closest('tr')?.getAttribute('data-unit')}/${node.getAttribute('data-indicator')}=${node.textContent}`));
    const entered = allUnits(expected).flatMap((unit) =>
      (unit.result?.indicators ?? []).map((indicator) => `${unit.unit}/${indicator.id}=${indicator.status === 'assessed' ? String(indicator.level) : indicator.status === 'not-applicable' ? 'na' : ''}`),
    );
    expect(cells).toEqual(entered);
    const below = await page.locator('.below-target li').evaluateAll((items) => items.map((item) => item.getAttribute('data-indicator')));
    expect(below).toEqual(expected.belowTarget.shortfalls.map((shortfall) => shortfall.indicator));
    // Each city value as the printed city report shows it: "2,5" in full, "≈2,54" when rounded.
    const belowText = await page.locator('.below-target li').allTextContents();
    expect(belowText).toEqual(expected.belowTarget.shortfalls.map((shortfall) => `${shortfall.indicator} ${shortfall.label.id} · ${levelShown(shortfall.level.exact, 'id')} · ${shortfall.units.join(', ')}`));
    await page.locator('section.city').screenshot({ path: join(SHOTS, 'city-id.png') });
  });

  it('makes the city plan with each OPD’s action list', async () => {
    const { page } = session.opened;
    await page.selectOption('#city-target', 'sangat-baik');
    await page.click('#make-city-plan');
    const expected = planCity(permenpanrb592020, units, { predicate: 'sangat-baik' }, { rollup: options });
    expect(expected.reachable).toBe(true);
    expect(await text(page, '[data-testid=city-plan-cost]')).toBe(formatDecimal(expected.totalCost, 'id'));
    for (const unit of expected.units) {
      const section = page.locator(`.unit-actions[data-unit="${unit.unit}"]`);
      expect(await section.locator('h4').textContent()).toBe(`${unit.unit} · biaya ${formatDecimal(unit.cost, 'id')}`);
      expect(await section.locator('li').count()).toBe(unit.raises.length);
    }
    await page.click('#switch-language');
    expect(await text(page, '#city-title')).toBe('City evaluation');
    await page.locator('section.city').screenshot({ path: join(SHOTS, 'city-en.png') });
  });

  it('takes the responsibilities as a CSV sheet too, with the same roll-up', async () => {
    const { page } = session.opened;
    await page.setInputFiles('#city-files', join(root, 'examples', 'city', 'responsibilities-59-2020.csv'));
    await page.locator('section.city [data-file="responsibilities-59-2020.csv"]').waitFor();
    expect(await text(page, '[data-file="responsibilities-59-2020.csv"]')).toContain('responsibilities loaded');
    const expected = rollup(permenpanrb592020, units, options);
    expect(await text(page, 'section.city [data-testid=index-value]')).toBe(expected.consolidated.index.value);
  });

  it('ranks by the minimum coverage typed, as rollup does with that option, and shows the library\'s issue for one outside 0..1', async () => {
    const { page } = session.opened;
    await page.fill('#city-min-coverage', '0,5');
    await page.press('#city-min-coverage', 'Enter');
    await page.locator('#city-min-coverage').blur();
    const expected = rollup(permenpanrb592020, units, { ...options, minimumCoverage: '0.5' });
    const byDefault = rollup(permenpanrb592020, units, options);
    expect(expected.unranked.length).toBeGreaterThan(byDefault.unranked.length);
    const ranks = await page.locator('table.ranking tbody tr').evaluateAll((rows) => rows.map((row) => [row.children[0]?.textContent, row.children[1]?.textContent]));
    expect(ranks).toEqual(allUnits(expected).map((unit) => [unit.rank > 0 ? String(unit.rank) : '–', unit.unit]));
    expect(await page.inputValue('#city-min-coverage')).toBe('0,5');

    await page.fill('#city-min-coverage', '2');
    await page.locator('#city-min-coverage').blur();
    expect(await text(page, 'section.city .notice.error')).toContain('minimumCoverage');
    expect(await page.locator('table.ranking').count()).toBe(0);

    await page.fill('#city-min-coverage', '');
    await page.locator('#city-min-coverage').blur();
    const ranksAgain = await page.locator('table.ranking tbody tr').evaluateAll((rows) => rows.map((row) => row.children[0]?.textContent));
    expect(ranksAgain).toEqual(allUnits(byDefault).map((unit) => (unit.rank > 0 ? String(unit.rank) : '–')));
  });

  it('works by keyboard alone with the roll-up, heat map and plan shown: Tab reaches every control, each named, focus shown on each', async () => {
    const { page } = session.opened;
    const stops = await expectEveryControlReachable(page);
    // The heat map, wider than the screen, is a scroll region reached by keyboard.
    const heatMap = await page.locator('.scroll:has(table.heat-map)').getAttribute('aria-label');
    expect([...stops.values()].map((stop) => stop.name)).toContain(heatMap);
    expect(await page.locator('.scroll:has(table.heat-map)').getAttribute('tabindex')).toBe('0');
  });

  it('passes axe-core with the roll-up, heat map and plan shown', async () => {
    expect(await axeViolations(session.opened.page)).toEqual([]);
  });

  it('logged no console error and made no network request', () => {
    expect(session.opened.errors).toEqual([]);
    expect(session.opened.requests).toEqual([]);
  });
});
