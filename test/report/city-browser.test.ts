/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planCity } from '../../src/analysis/city/plan-city.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { permenpanrb52018 } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import type { Assessment, LevelInput } from '../../src/model/assessment.js';
import { renderCityHtml } from '../../src/report/city-html.js';
import { score } from '../../src/scoring/score.js';
import { watchPage } from '../helpers/watch-page.js';

/*
 * The city report for 42 OPDs × 47 indicators in headless Chromium, in both languages: a
 * screenshot per language under test-output/ (ignored by git), no console errors, no network
 * requests, and printed on landscape A4 with every map cell whole. Skipped, with a message, where
 * Chromium is not installed (Debian/Ubuntu: `apt-get install -y chromium`).
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const output = join(root, 'test-output');

type Browser = Awaited<ReturnType<(typeof import('playwright-core'))['chromium']['launch']>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Map rows that run past the page and cells whose text does not fit, as printed. */
async function cutCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const row of document.querySelectorAll('table.heat tr')) {
      const box = row.getBoundingClientRect();
      if (box.right > width + 0.5) problems.push(`row ends at ${box.right} of ${width}`);
    }
    for (const cell of document.querySelectorAll<HTMLElement>('table.heat td')) {
      if (cell.scrollWidth > cell.clientWidth) problems.push(`cell "${cell.textContent}" needs ${cell.scrollWidth}px of ${cell.clientWidth}px`);
    }
    return problems;
  });
}

const OPD = [
  'Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Komunikasi dan Informatika', 'Badan Perencanaan Pembangunan Daerah', 'Dinas Kesehatan', 'Dinas Pendidikan',
  'Badan Pengelolaan Keuangan dan Aset Daerah', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'Inspektorat', 'Dinas Perhubungan', 'Dinas Sosial',
];

/** 42 units with deterministic levels (a linear congruential sequence), each owning a share of the indicators. */
function city(): Assessment[] {
  let seed = 20261201;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  return Array.from({ length: 42 }, (_, u) => {
    const levels: Record<string, number> = {};
    for (const indicator of catalogue.indicators) if (next() % 3 === 0 || (indicator.number + u) % 7 === 0) levels[indicator.id] = 1 + (next() % 5);
    return { agency: `${OPD[u % OPD.length]}${u >= OPD.length ? ` ${Math.floor(u / OPD.length) + 1}` : ''}`, year: 2024, levels };
  });
}

if (!hasChromium) console.warn(`[city-browser] skipped: ${CHROMIUM} not found (install it with: apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('the city report in headless Chromium (42 OPDs × 47 indicators)', () => {
  const units = city();
  const rolled = rollup(catalogue, units, { minimumCoverage: '0.1', name: 'Pemerintah Kota Contoh' });
  const cityPlan = planCity(catalogue, units, { predicate: 'sangat-baik' });
  const history = [{ year: 2020, result: score(permenpanrb52018, { agency: 'Pemerintah Kota Contoh', year: 2020, levels: Object.fromEntries(permenpanrb52018.indicators.map((i) => [i.id, 2])) }) }];

  for (const lang of ['id', 'en'] as const) {
    it(`renders, prints on landscape A4 with no cell cut, fetches nothing and logs no error (${lang})`, async () => {
      const html = renderCityHtml(catalogue, rolled, { lang, plan: cityPlan, history });
      const browser = await launch();
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const { errors, requests } = watchPage(page);
        await page.setContent(html, { waitUntil: 'load' });

        expect(await page.locator('table.heat tbody tr').count()).toBe(units.length + 1);
        expect(await page.locator('table.heat tbody tr:first-child td').count()).toBe(47);
        expect(await page.locator('svg.trend').isVisible()).toBe(true);
        expect(await page.locator('svg.distribution').isVisible()).toBe(true);
        expect(await page.locator('script').count()).toBe(0);
        // On screen the map scrolls under its header: the header row stays in view.
        const wrap = page.locator('.heat-wrap');
        await wrap.evaluate((element) => element.scrollBy(0, 400));
        const headBox = await page.locator('table.heat thead th').nth(5).boundingBox();
        const wrapBox = await wrap.boundingBox();
        expect(Math.abs((headBox?.y ?? 0) - (wrapBox?.y ?? -99))).toBeLessThan(2);

        mkdirSync(output, { recursive: true });
        await page.screenshot({ path: join(output, `city-report.${lang}.png`), fullPage: true });
        expect(statSync(join(output, `city-report.${lang}.png`)).size).toBeGreaterThan(10_000);

        // Print: landscape A4 less 10 mm margins is 277 mm wide, 1047 CSS pixels.
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: 1047, height: 740 });
        expect(await cutCells(page)).toEqual([]);
        const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  }
});

/** 42 Pemdi units with fractional values (sixths and hundredths), each owning a share of the 20 indicators. */
function pemdiCity(): Assessment[] {
  let seed = 20260605;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  return Array.from({ length: 42 }, (_, u) => {
    const levels: Record<string, LevelInput> = {};
    for (const indicator of permenpanrb82026.indicators) {
      if (next() % 3 !== 0 && (indicator.number + u) % 5 !== 0) continue;
      // 6/6 .. 30/6 as fractions, or 1.00 .. 5.00 as decimals: "7/6" is shown ≈1,17, the widest cell text.
      levels[indicator.id] = (next() % 2 === 0 ? `${6 + (next() % 25)}/6` : (1 + (next() % 401) / 100).toFixed(2)) as LevelInput;
    }
    return { agency: `${OPD[u % OPD.length]}${u >= OPD.length ? ` ${Math.floor(u / OPD.length) + 1}` : ''}`, year: 2026, levels };
  });
}

describe.skipIf(!hasChromium)('the Pemdi 2026 city report in headless Chromium (42 OPDs × 20 indicators, fractional values, 59/2020 history)', () => {
  const units = pemdiCity();
  const rolled = rollup(permenpanrb82026, units, { minimumCoverage: '0.1', name: 'Pemerintah Kota Contoh' });
  const read = (file: string): Assessment => JSON.parse(readFileSync(join(root, file), 'utf8')) as Assessment;
  const history = [
    { year: 2023, result: score(catalogue, read('examples/kota-contoh-2023.json')) },
    { year: 2024, result: score(catalogue, read('examples/kota-contoh-2024.json')) },
  ];

  it('shows every fractional cell whole on screen and in print, marks the 2026 instrument change without joining the lines, fetches nothing and logs no error', async () => {
    const browser = await launch();
    try {
      for (const lang of ['id', 'en'] as const) {
        const html = renderCityHtml(permenpanrb82026, rolled, { lang, history });
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const { errors, requests } = watchPage(page);
        await page.setContent(html, { waitUntil: 'load' });

        expect(await page.locator('table.heat tbody tr').count()).toBe(units.length + 1);
        expect(await page.locator('table.heat tbody tr:first-child td').count()).toBe(20);
        const texts = await page.locator('table.heat tbody td').allTextContents();
        // Fractions are shown as decimals in the language's notation, never as "7/6".
        expect(texts.some((text) => text === (lang === 'id' ? '≈1,17' : '≈1.17'))).toBe(true);
        expect(texts.every((text) => !text.includes('/'))).toBe(true);

        // The trend: the two 59/2020 years joined, the 2026 year apart, the change marked between them.
        expect(await page.locator('svg.trend polyline.trend-line').count()).toBe(1);
        expect((await page.locator('svg.trend polyline.trend-line').getAttribute('points'))?.trim().split(/\s+/u)).toHaveLength(2);
        const dots = await page.locator('svg.trend circle.trend-dot').evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('cx'))));
        expect(dots).toHaveLength(3);
        const change = Number(await page.locator('svg.trend line.instrument-change').getAttribute('x1'));
        expect(change).toBeGreaterThan(dots[1] as number);
        expect(change).toBeLessThan(dots[2] as number);

        mkdirSync(output, { recursive: true });
        await page.screenshot({ path: join(output, `city-report-pemdi.${lang}.png`), fullPage: true });
        expect(statSync(join(output, `city-report-pemdi.${lang}.png`)).size).toBeGreaterThan(10_000);

        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: 1047, height: 740 });
        expect(await cutCells(page)).toEqual([]);
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
