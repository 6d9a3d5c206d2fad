import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { compare } from '../../src/analysis/compare.js';
import { plan } from '../../src/analysis/plan/plan.js';
import { frontier } from '../../src/analysis/plan/frontier.js';
import { score } from '../../src/scoring/score.js';
import { formatDecimal } from '../../src/report/number-format.js';
import type { Assessment } from '../../src/model/assessment.js';
import type { PlanOptions } from '../../src/analysis/plan/plan-options.js';
import { axeViolations, expectEveryControlReachable, canRun, root, SHOTS, useWorkbench } from './browser.js';

/*
 * Comparing with last year and planning, as an evaluator does: loading last year's file, choosing
 * a target predikat, a group minimum and a costs file, and pressing the buttons. The change, its
 * attribution, the plan and the frontier are compared with the library's compare, plan and
 * frontier for the same inputs.
 */
const example = (name: string): string => join(root, 'examples', name);
const read = (name: string): Assessment => JSON.parse(readFileSync(example(name), 'utf8')) as Assessment;
const costs = JSON.parse(readFileSync(example('kota-contoh-costs.json'), 'utf8')) as PlanOptions;
const text = async (page: Page, selector: string): Promise<string> => ((await page.locator(selector).textContent()) ?? '').trim();
const current = score(permenpanrb592020, read('kota-contoh-2024.json'));
/** The costs file with what the per-indicator test types: a cost per step for 29, a cap of 4 for 13, and a lock on 21. */
const typedOptions: PlanOptions = { ...costs, costs: { ...costs.costs, '29': ['1', '1', '1', '1.5'] }, caps: { ...costs.caps, '13': 4 }, locked: [...(costs.locked ?? []), '21'] };

describe.skipIf(!canRun)('workbench: comparing and planning in Chromium', () => {
  const session = useWorkbench(async (opened) => {
    await opened.page.setInputFiles('#load-files', example('kota-contoh-2024.json'));
    // Files are read asynchronously: the file's line appears once it is in.
    await opened.page.locator('[data-file="kota-contoh-2024.json"]').waitFor();
  });

  it('shows the change since last year and each indicator’s exact share of it', async () => {
    const { page } = session.opened;
    await page.setInputFiles('#previous-file', example('kota-contoh-2023.json'));
    await page.locator('section.compare-plan [data-file="kota-contoh-2023.json"]').waitFor();
    const expected = compare(score(permenpanrb592020, read('kota-contoh-2023.json')), current);
    expect(await text(page, '[data-testid=index-before]')).toBe(formatDecimal(expected.index.before.value, 'id'));
    expect(await text(page, '[data-testid=index-after]')).toBe(formatDecimal(expected.index.after.value, 'id'));
    expect(await text(page, '[data-testid=index-delta]')).toBe(formatDecimal(expected.index.delta?.value, 'id'));
    for (const group of expected.groups) {
      expect(await text(page, `[data-group-change="${group.id}"] td:nth-child(4)`)).toBe(formatDecimal(group.delta?.value, 'id'));
    }
    const changed = expected.indicators.filter((indicator) => indicator.levelDelta !== '0' && indicator.levelDelta !== null);
    expect(await page.locator('[data-indicator-change]').count()).toBe(changed.length);
    for (const indicator of changed) {
      expect(await text(page, `[data-indicator-change="${indicator.id}"] td:nth-child(4)`)).toBe(formatDecimal(indicator.attribution.value, 'id'));
    }
  });

  it('takes last year\'s result as spbe score --format json wrote it, with the same change as from its assessment', async () => {
    const { page } = session.opened;
    const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'score', 'examples/kota-contoh-2023.json', '--format', 'json'], { encoding: 'utf8', cwd: root });
    expect(run.status, run.stderr).toBe(0);
    await page.setInputFiles('#previous-file', { name: 'hasil-2023.json', mimeType: 'application/json', buffer: Buffer.from(run.stdout) });
    await page.locator('section.compare-plan [data-file="hasil-2023.json"]').waitFor();
    const written = JSON.parse(run.stdout) as Parameters<typeof compare>[0];
    const expected = compare(permenpanrb592020, written, current);
    expect(expected.index.delta?.value).toBe(compare(score(permenpanrb592020, read('kota-contoh-2023.json')), current).index.delta?.value);
    expect(await text(page, '[data-testid=index-before]')).toBe(formatDecimal(expected.index.before.value, 'id'));
    expect(await text(page, '[data-testid=index-delta]')).toBe(formatDecimal(expected.index.delta?.value, 'id'));
    const changed = expected.indicators.filter((indicator) => indicator.levelDelta !== '0' && indicator.levelDelta !== null);
    const shares = await page.locator('[data-indicator-change]').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-indicator-change'), row.querySelector('td:nth-child(4)')?.textContent]));
    expect(shares).toEqual(changed.map((indicator) => [indicator.id, formatDecimal(indicator.attribution.value, 'id')]));
  });

  it('plans the cheapest raises to a predikat with a group minimum and a costs file', async () => {
    const { page } = session.opened;
    await page.selectOption('#plan-predicate', 'memuaskan');
    await page.setInputFiles('#costs-file', example('kota-contoh-costs.json'));
    expect(await text(page, '[data-testid=costs-name]')).toContain('kota-contoh-costs.json');
    await page.click('#make-plan');
    const plain = plan(permenpanrb592020, current, { predicate: 'memuaskan' }, costs);
    expect(await text(page, '[data-testid=plan-cost]')).toBe(formatDecimal(plain.totalCost, 'id'));
    expect(await page.locator('[data-raise]').count()).toBe(plain.raises.length);
    expect(await text(page, '[data-testid=plan-index]')).toBe(`${formatDecimal(plain.result?.index.value, 'id')} ${plain.result?.index.predicate.label.id}`);

    await page.click('.target details summary');
    await page.fill('#plan-group-D3', '4,5');
    await page.click('#make-plan');
    const withMinimum = plan(permenpanrb592020, current, { predicate: 'memuaskan', groups: { D3: '4.5' } }, costs);
    expect(await text(page, '[data-testid=plan-cost]')).toBe(formatDecimal(withMinimum.totalCost, 'id'));
    expect(withMinimum.totalCost).not.toBe(plain.totalCost);
    // The minimum typed stays in view beside the plan it shaped.
    expect(await page.isVisible('#plan-group-D3')).toBe(true);
    expect(await page.inputValue('#plan-group-D3')).toBe('4,5');
  });

  it('plans with the cost per step typed in place of the costs file\'s, and shows the planner\'s issue for a bad one', async () => {
    const { page } = session.opened;
    await page.fill('#plan-default-cost', '1; 2; 3,5; 6');
    await page.click('#make-plan');
    const typed = plan(permenpanrb592020, current, { predicate: 'memuaskan', groups: { D3: '4.5' } }, { ...costs, defaultCost: ['1', '2', '3.5', '6'] });
    const fromFile = plan(permenpanrb592020, current, { predicate: 'memuaskan', groups: { D3: '4.5' } }, costs);
    expect(typed.totalCost).not.toBe(fromFile.totalCost);
    expect(await text(page, '[data-testid=plan-cost]')).toBe(formatDecimal(typed.totalCost, 'id'));

    await page.fill('#plan-default-cost', '1; dua');
    await page.click('#make-plan');
    expect(await page.locator('[data-testid=plan] li').first().getAttribute('data-code')).toBe('plan.cost_invalid');
    expect(await text(page, '[data-testid=plan] li')).toContain('Biaya harus bilangan tidak negatif');

    // Empty: the costs file's defaultCost again, as the frontier below expects.
    await page.fill('#plan-default-cost', '');
    await page.click('#make-plan');
    expect(await text(page, '[data-testid=plan-cost]')).toBe(formatDecimal(fromFile.totalCost, 'id'));
  });

  it('plans with a cost per step, a cap and a lock typed per indicator in place of the costs file\'s, and shows the planner\'s issue at the field in both languages', async () => {
    const { page } = session.opened;
    const goal = { predicate: 'memuaskan', groups: { D3: '4.5' } } as const;
    await page.click('.indicator-plan summary');
    await page.fill('#plan-cost-29', '1; 1; 1; 1,5');
    await page.fill('#plan-cap-13', '4');
    await page.check('#plan-lock-21');
    await page.click('#make-plan');
    const expected = plan(permenpanrb592020, current, goal, typedOptions);
    expect(expected.totalCost).not.toBe(plan(permenpanrb592020, current, goal, costs).totalCost);
    expect(await text(page, '[data-testid=plan-cost]')).toBe(formatDecimal(expected.totalCost, 'id'));
    const raises = await page.locator('[data-raise]').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-raise'), row.querySelector('td:nth-of-type(2)')?.textContent]));
    expect(raises).toEqual(expected.raises.map((raise) => [raise.indicator, String(raise.to)]));
    expect(raises.map(([id]) => id)).not.toContain('21');

    // A cap that is not a whole level and a cost that is not a number: the planner's own issues, at their fields, as typed.
    await page.fill('#plan-cap-13', '4,5');
    await page.fill('#plan-cost-29', '1; dua; 1; 1');
    expect(await text(page, '#plan-cap-13-issue')).toContain('Tingkat harus bilangan bulat 1–5');
    expect(await text(page, '#plan-cost-29-issue')).toContain('Biaya harus bilangan tidak negatif');
    expect(await page.getAttribute('#plan-cap-13', 'aria-invalid')).toBe('true');
    expect(await page.isHidden('#plan-cap-21-issue')).toBe(true);
    await page.click('#switch-language');
    expect(await text(page, '#plan-cap-13-issue')).toContain('A level must be a whole number 1–5');
    expect(await text(page, '#plan-cost-29-issue')).toContain('A cost must be a non-negative number');
    await page.click('#switch-language');

    await page.fill('#plan-cap-13', '4');
    await page.fill('#plan-cost-29', '1; 1; 1; 1,5');
    expect(await page.isHidden('#plan-cap-13-issue')).toBe(true);
    expect(await page.getAttribute('#plan-cost-29', 'aria-invalid')).toBeNull();
    await page.click('#make-plan');
    expect(await text(page, '[data-testid=plan-cost]')).toBe(formatDecimal(expected.totalCost, 'id'));
  });

  it('plans to a minimum index typed with a decimal comma, beside the predikat and the group minimum', async () => {
    const { page } = session.opened;
    const goal = { predicate: 'memuaskan', groups: { D3: '4.5' } } as const;
    await page.fill('#plan-index', '4,3');
    await page.click('#make-plan');
    const expected = plan(permenpanrb592020, current, { ...goal, index: '4.3' }, typedOptions);
    expect(expected.totalCost).not.toBe(plan(permenpanrb592020, current, goal, typedOptions).totalCost);
    expect(await text(page, '[data-testid=plan-cost]')).toBe(formatDecimal(expected.totalCost, 'id'));
    expect(await text(page, '[data-testid=plan-index]')).toBe(`${formatDecimal(expected.result?.index.value, 'id')} ${expected.result?.index.predicate.label.id}`);
    // 5,00 cannot be reached with indicator 13 capped at 4: the page says so, with the best index reachable and why.
    await page.fill('#plan-index', '5');
    await page.click('#make-plan');
    const unreachable = plan(permenpanrb592020, current, { ...goal, index: '5' }, typedOptions);
    expect(unreachable.reachable).toBe(false);
    if (unreachable.reachable) return;
    expect(await page.locator('[data-testid=plan-cost]').count()).toBe(0);
    expect(await text(page, '[data-testid=plan] p')).toContain(`: ${formatDecimal(unreachable.best.index.value, 'id')}`);
    const reasons = await page.locator('[data-testid=plan] li').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
    expect(reasons).toEqual(unreachable.reasons.map((reason) => reason.code));
    expect(reasons.length).toBeGreaterThan(0);
    // Emptied again: the frontier below is drawn for the predikat and the group minimum alone.
    await page.fill('#plan-index', '');
  });

  it('draws the cost–index frontier as an inline SVG chart, its points in a table', async () => {
    const { page } = session.opened;
    await page.click('#make-frontier');
    const expected = frontier(permenpanrb592020, current, { ...typedOptions, groups: { D3: '4.5' } });
    const points = await page.locator('.frontier-point').evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('data-cost'), node.getAttribute('data-index')]));
    expect(points).toEqual(expected.points.map((point) => [point.cost, point.index.value]));
    expect(await page.locator('svg.frontier-chart title').textContent()).toContain('Batas biaya–indeks');
    await page.locator('section.compare-plan').screenshot({ path: join(SHOTS, 'compare-plan-id.png') });
    await page.click('#switch-language');
    expect(await text(page, '#compare-plan-title')).toBe('Compare and plan');
    expect(await text(page, '[data-testid=index-delta]')).toBe(compare(score(permenpanrb592020, read('kota-contoh-2023.json')), current).index.delta?.value);
    await page.locator('section.compare-plan').screenshot({ path: join(SHOTS, 'compare-plan-en.png') });
  });

  it('works by keyboard alone with the comparison, plan, per-indicator options and chart shown: Tab reaches every control, each named, focus shown on each', async () => {
    const { page } = session.opened;
    const stops = await expectEveryControlReachable(page);
    expect(stops.has('plan-cap-13')).toBe(true);
  });

  it('passes axe-core with the comparison, plan and chart shown', async () => {
    expect(await axeViolations(session.opened.page)).toEqual([]);
  });

  it('clears the plan and the frontier when the entries change, so that they never describe other levels', async () => {
    const { page } = session.opened;
    await page.click('#make-plan');
    await page.click('#make-frontier');
    expect(await page.locator('[data-testid=plan]').count()).toBe(1);
    expect(await page.locator('.frontier-point').count()).toBeGreaterThan(0);
    await page.selectOption('#level-1', String(Number(read('kota-contoh-2024.json').levels['1']) === 1 ? 2 : 1));
    await expect.poll(() => page.locator('[data-testid=plan]').count()).toBe(0);
    expect(await page.locator('.frontier-point').count()).toBe(0);
  });

  it('logged no console error and made no network request', () => {
    expect(session.opened.errors).toEqual([]);
    expect(session.opened.requests).toEqual([]);
  });
});
