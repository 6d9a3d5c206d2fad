import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { margin } from '../../src/analysis/margin.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { formatDecimal } from '../../src/report/number-format.js';
import type { Assessment } from '../../src/model/assessment.js';
import { axeViolations, expectEveryControlReachable, canRun, openWorkbench, root, SHOTS, useWorkbench } from './browser.js';

/*
 * Scoring one assessment as an evaluator does it: choosing levels from the lists, typing Pemdi
 * values, reading the index, predikat, next band and fragile-display warning, and the library's
 * issue at a wrong field; in both languages, at phone width, by keyboard only, and through axe.
 */
const example = (name: string): Assessment => JSON.parse(readFileSync(join(root, 'examples', name), 'utf8')) as Assessment;
const text = async (page: Page, selector: string): Promise<string> => ((await page.locator(selector).textContent()) ?? '').trim();

/** Enters an assessment into the form field by field: lists by their option, values typed in Indonesian. */
async function enter(page: Page, assessment: Assessment): Promise<void> {
  for (const [id, input] of Object.entries(assessment.levels)) {
    const field = page.locator(`#level-${id}`);
    if ((await field.evaluate((node) => node.tagName)) === 'SELECT') {
      await field.selectOption(String(input));
    } else if (typeof input === 'object' && 'value' in input) {
      await page.locator(`#measured-${id}`).check();
      await field.fill(formatDecimal(String(input.value), 'id'));
    } else {
      await field.fill(formatDecimal(String(input), 'id'));
    }
  }
}

describe.skipIf(!canRun)('workbench: scoring one assessment in Chromium', () => {
  const session = useWorkbench();

  it('the index, every group, the predikat and the next band follow the chosen levels (59/2020)', async () => {
    const { page } = session.opened;
    const assessment = example('kota-contoh-2024.json');
    await page.selectOption('#year', '2024');
    expect(await text(page, '[data-testid=catalogue-id]')).toContain('permenpanrb-59-2020');
    await page.fill('#agency', 'Pemerintah Kota Contoh');
    await enter(page, assessment);

    const expected = score(permenpanrb592020, assessment);
    expect(await text(page, '[data-testid=index-value]')).toBe(formatDecimal(expected.index.value, 'id'));
    expect(await text(page, '[data-testid=index-predicate]')).toBe(expected.index.predicate.label.id);
    expect(await text(page, '[data-testid=index-exact]')).toBe(expected.index.exact);
    for (const group of expected.groups) {
      expect(await text(page, `[data-group="${group.id}"] td:nth-child(3)`)).toBe(formatDecimal(group.value, 'id'));
    }
    const above = margin(permenpanrb592020, expected).index.above;
    expect(above).not.toBeNull();
    expect(await text(page, '.next-band')).toContain(`+${formatDecimal(above?.distance.value, 'id')} lagi ke ${above?.predicate.label.id}`);
    // The chosen level's meaning and its criteria stand under the list.
    const level = permenpanrb592020.indicators[0]?.scale.levels.find((entry) => entry.level === assessment.levels['1']);
    expect(await text(page, '#notes-1')).toContain(level?.meaning.id ?? '?');
    const criterion = permenpanrb592020.indicators[0]?.criteria?.find((entry) => entry.level === assessment.levels['1'])?.criteria[0];
    expect(await text(page, '#notes-1')).toContain(criterion?.text.id ?? '?');
    await page.screenshot({ path: join(SHOTS, 'score-id.png'), fullPage: false });
  });

  it('switches to English: labels and the decimal point change, the numbers do not', async () => {
    const { page } = session.opened;
    await page.click('#switch-language');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const expected = score(permenpanrb592020, example('kota-contoh-2024.json'));
    expect(await text(page, '[data-testid=index-value]')).toBe(expected.index.value);
    expect(await text(page, '[data-testid=index-predicate]')).toBe(expected.index.predicate.label.en);
    expect(await text(page, '#entry-title')).toBe('Level per indicator');
    await page.screenshot({ path: join(SHOTS, 'score-en.png'), fullPage: false });
    await page.click('#switch-language');
    expect(await text(page, '#entry-title')).toBe('Isian tingkat per indikator');
  });

  it('takes Pemdi values typed with a decimal comma, fractions and measured values (8/2026)', async () => {
    const { page } = session.opened;
    const assessment = example('kota-contoh-2026.json');
    await page.selectOption('#year', '2026');
    await enter(page, assessment);
    const expected = score(permenpanrb82026, assessment);
    expect(await text(page, '[data-testid=index-value]')).toBe(formatDecimal(expected.index.value, 'id'));
    expect(await text(page, '[data-testid=index-exact]')).toBe(expected.index.exact);
    expect(await text(page, '[data-testid=index-predicate]')).toBe(expected.index.predicate.label.id);
  });

  it('shows the library’s own issue at a wrong field and scores the rest', async () => {
    const { page } = session.opened;
    await page.fill('#level-3', '6,5');
    const refused = safeScore(permenpanrb82026, { levels: { '3': '6.5' } }, { missing: 'partial' });
    const issue = refused.success ? undefined : refused.issues.find((entry) => entry.path[1] === '3');
    expect(await text(page, '#issue-3')).toBe(issue?.message.id ?? '?');
    expect(await page.getAttribute('#level-3', 'aria-invalid')).toBe('true');
    // The same issue in English once the page is: the library's other message, at the same field.
    await page.click('#switch-language');
    expect(await text(page, '#issue-3')).toBe(issue?.message.en ?? '?');
    expect(await page.inputValue('#level-3')).toBe('6.5');
    await page.click('#switch-language');
    // The other 19 indicators are still scored, as an incomplete assessment.
    const rest = example('kota-contoh-2026.json');
    const levels = Object.fromEntries(Object.entries(rest.levels).filter(([id]) => id !== '3'));
    const partial = score(permenpanrb82026, { ...rest, levels }, { missing: 'partial' });
    expect(await text(page, '[data-testid=index-value]')).toBe(formatDecimal(partial.index.value, 'id'));
    await page.fill('#level-3', '7/3');
    expect(await page.isHidden('#issue-3')).toBe(true);
    expect(await page.getAttribute('#level-3', 'aria-invalid')).toBeNull();
  });

  it('warns when the rounded display suggests a band the exact value does not reach', async () => {
    const { page } = session.opened;
    const levels = Object.fromEntries(permenpanrb82026.indicators.map((indicator) => [indicator.id, '3.4995'] as const));
    for (const id of Object.keys(levels)) {
      if (await page.locator(`#measured-${id}`).count()) await page.locator(`#measured-${id}`).uncheck();
      await page.fill(`#level-${id}`, '3,4995');
    }
    const expected = score(permenpanrb82026, { levels });
    expect(expected.index.value).toBe('3.50');
    expect(await text(page, '[data-testid=index-predicate]')).toBe(expected.index.predicate.label.id);
    expect(await text(page, '.fragile')).toContain(`tampilan 3,50 menyiratkan predikat Sangat Baik`);
  });

  it('fits a phone: one column, nothing wider than the screen', async () => {
    const phone = await openWorkbench(session.browser, { width: 390, height: 844 });
    await phone.page.selectOption('#year', '2024');
    await enter(phone.page, example('kota-contoh-2024.json'));
    const width = await phone.page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    await phone.page.screenshot({ path: join(SHOTS, 'score-phone.png'), fullPage: false });
    expect(phone.errors).toEqual([]);
    expect(phone.requests).toEqual([]);
    await phone.page.context().close();
  });

  it('works by keyboard alone: Tab reaches every control, each with an accessible name', async () => {
    const fresh = await openWorkbench(session.browser);
    const { page } = fresh;
    await page.selectOption('#year', '2024');
    await expectEveryControlReachable(page);
    // A level is chosen from the keyboard too.
    await page.focus('#level-1');
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#level-1')).toBe('1');
    expect(await text(page, '[data-testid=index-value]')).not.toBe('');
    expect(fresh.errors).toEqual([]);
    await page.context().close();
  });

  it('passes axe-core (WCAG 2 A/AA), run through page.evaluate since the page’s CSP admits only its own script', async () => {
    const { page } = session.opened;
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
  });

  it('logged no console error and made no network request', () => {
    expect(session.opened.errors).toEqual([]);
    expect(session.opened.requests).toEqual([]);
  });
});
