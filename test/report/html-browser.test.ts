import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { renderHtml } from '../../src/report/html.js';
import { score } from '../../src/scoring/score.js';
import { compare } from '../../src/analysis/compare.js';
import { plan } from '../../src/analysis/plan/plan.js';
import type { Assessment } from '../../src/model/assessment.js';
import { watchPage } from '../helpers/watch-page.js';

/*
 * Renders the HTML report in headless Chromium. Skipped, with a message, where Chromium is not
 * installed (Debian/Ubuntu: `apt-get install -y chromium`). Set SPBE_SCREENSHOT=1 to rewrite
 * docs/report-screenshot.png.
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function example(name: string): Assessment {
  return JSON.parse(readFileSync(join(root, 'examples', name), 'utf8')) as Assessment;
}

if (!hasChromium) {
  console.warn(`[html-browser] skipped: ${CHROMIUM} not found (install it with: apt-get install -y chromium)`);
}

describe.skipIf(!hasChromium)('HTML report in headless Chromium', () => {
  it('renders charts and tables with no console errors and no network requests', async () => {
    const { chromium } = await import('playwright-core');
    const result = score(permenpanrb592020, example('kota-contoh-2024.json'));
    const html = renderHtml(permenpanrb592020, result, {
      lang: 'id',
      comparison: compare(score(permenpanrb592020, example('kota-contoh-2023.json')), result),
      plan: plan(result, permenpanrb592020, { predicate: 'memuaskan' }),
    });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      const { errors, requests } = watchPage(page);
      await page.setContent(html, { waitUntil: 'load' });

      expect(await page.locator('svg.radar').isVisible()).toBe(true);
      expect(await page.locator('svg.bars').isVisible()).toBe(true);
      expect(await page.locator('table.indicators').isVisible()).toBe(true);
      expect(await page.locator('table.indicators tbody tr').count()).toBe(47);
      expect(await page.locator('.index-value').textContent()).toBe('3,75');
      const radarBox = await page.locator('svg.radar').boundingBox();
      expect(radarBox?.width).toBeGreaterThan(200);
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('section.plan table').isVisible()).toBe(true);
      expect(await page.locator('td.delta-up').count()).toBeGreaterThan(0);

      if (process.env['SPBE_SCREENSHOT'] === '1') {
        mkdirSync(join(root, 'docs'), { recursive: true });
        await page.screenshot({ path: join(root, 'docs', 'report-screenshot.png'), clip: { x: 0, y: 0, width: 900, height: 1100 } });
      }
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
