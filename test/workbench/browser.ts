import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

/*
 * Drives dist/workbench.html (built by `npm run build`) in headless Chromium, the way the HTML
 * report's browser test does. Each test file launches the browser once (`useWorkbench`).
 */
export const CHROMIUM = '/usr/bin/chromium';
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PAGE_FILE = join(root, 'dist', 'workbench.html');
export const PAGE_URL = pathToFileURL(PAGE_FILE).href;
/** Screenshots of the tests go here (git-ignored); the guide's are copied to docs/ by hand. */
export const SHOTS = join(root, 'test-output', 'workbench');

/** Whether the browser tests can run; they are skipped with a message otherwise. */
export const canRun = existsSync(CHROMIUM) && existsSync(PAGE_FILE);
if (!canRun) console.warn(`[workbench] skipped: needs ${CHROMIUM} and ${PAGE_FILE} (npm run build)`);

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** An opened workbench with what it did: console errors and every request besides the page itself. */
export interface Opened {
  readonly page: Page;
  readonly errors: string[];
  readonly requests: string[];
}

/**
 * Opens the workbench from file:// with downloads allowed. Every request goes through
 * `page.route('**')`: the page file itself is let through, anything else is recorded and
 * aborted, so the test sees any attempt to reach the network.
 */
export async function openWorkbench(browser: Browser, viewport = { width: 1200, height: 900 }, url = PAGE_URL): Promise<Opened> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**', async (route) => {
    if (route.request().url() === url) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  // Requests the router does not see (a file:// page's own, data: and blob: URLs) are recorded too.
  page.on('request', (request) => {
    const address = request.url();
    if (address !== url && !address.startsWith('blob:') && !address.startsWith('data:') && !requests.includes(address)) requests.push(address);
  });
  await page.goto(url);
  return { page, errors, requests };
}

/**
 * The WCAG 2 A/AA violations axe-core finds on the page. The page's CSP admits only its own
 * hashed script, so axe's source is not added as a <script> element: it is evaluated through
 * page.evaluate (the DevTools protocol, which the CSP does not govern) in the page as it is.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return (await page.evaluate(
    `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))`,
  )) as string[];
}

/** The browser and the workbench page a describe block shares; set before its first test. */
export interface WorkbenchSession {
  browser: Browser;
  opened: Opened;
}

/**
 * Launches the browser and opens the workbench before the calling describe block's tests, and
 * closes the browser after them. `prepare` runs once the page is open (a file to load first).
 */
export function useWorkbench(prepare?: (opened: Opened) => Promise<void>): WorkbenchSession {
  const session = {} as WorkbenchSession;
  beforeAll(async () => {
    session.browser = await launch();
    session.opened = await openWorkbench(session.browser);
    await prepare?.(session.opened);
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}

/** A control reached with Tab: its key (id or a short outline), its accessible name, whether focus shows on it. */
export interface TabStop {
  readonly key: string;
  readonly name: string;
  readonly outlined: boolean;
}

/**
 * Presses Tab through the whole page as a keyboard user does and records every control reached,
 * with the controls the page shows (buttons, lists, fields, summaries, links, scroll regions; not
 * those in a closed details) to compare with. Focus shows when the control has an outline; for a transparent file input, its
 * label (the button the user sees) or the hint after it.
 */
export async function tabThrough(page: Page): Promise<{ controls: number; stops: Map<string, TabStop> }> {
  const controls = (await page.evaluate(
    `[...document.querySelectorAll('button, select, input, summary, a[href], [tabindex]')].filter((node) => !node.disabled && node.tabIndex >= 0 && node.checkVisibility()).length`,
  )) as number;
  const stops = new Map<string, TabStop>();
  await page.evaluate('document.activeElement instanceof HTMLElement && document.activeElement.blur()');
  for (let i = 0; i < controls + 5; i++) {
    await page.keyboard.press('Tab');
    const focused = (await page.evaluate(`(() => {
      const node = document.activeElement;
      if (!node || node === document.body) return null;
      const label = node.labels && node.labels.length > 0 ? node.labels[0].textContent : '';
      const shows = (element) => element instanceof Element && getComputedStyle(element).outlineStyle !== 'none' && parseFloat(getComputedStyle(element).outlineWidth) > 0;
      return {
        key: node.id || node.getAttribute('data-download') || node.outerHTML.slice(0, 60),
        name: (node.getAttribute('aria-label') || label || node.textContent || '').trim(),
        // A file input is transparent: its focus shows on the label or hint the user sees.
        outlined: node.classList.contains('file-input') ? shows(node.nextElementSibling) || [...node.labels].some(shows) : shows(node),
      };
    })()`)) as TabStop | null;
    if (focused !== null) stops.set(focused.key, focused);
  }
  return { controls, stops };
}

/** Tabs through the page and expects every shown control reached, named and outlined on focus; returns the stops. */
export async function expectEveryControlReachable(page: Page): Promise<Map<string, TabStop>> {
  const { controls, stops } = await tabThrough(page);
  expect(stops.size).toBe(controls);
  for (const [key, stop] of stops) {
    expect(stop.name, key).not.toBe('');
    expect(stop.outlined, `focus shows on ${key}`).toBe(true);
  }
  return stops;
}

/**
 * Drops files on a drop zone (`[data-drop=<zone>]`) the way a browser does: a drop event carrying
 * a DataTransfer. Files are read asynchronously; each one's line appears once it has been read
 * and applied, and this waits for them.
 */
export async function dropFiles(page: Page, zone: string, files: readonly { name: string; text: string; type: string }[]): Promise<void> {
  // A string, as it runs in the page (the tests are type-checked without the DOM library).
  const transfer = await page.evaluateHandle(`(() => {
    const data = new DataTransfer();
    for (const entry of ${JSON.stringify(files)}) data.items.add(new File([entry.text], entry.name, { type: entry.type }));
    return data;
  })()`);
  await page.dispatchEvent(`[data-drop="${zone}"]`, 'drop', { dataTransfer: transfer });
  for (const entry of files) await page.locator(`[data-file="${entry.name}"]`).waitFor();
}

