import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchPage } from '../helpers/watch-page.js';

/*
 * Every browser entry RUNS in headless Chromium, not only bundles: each case bundles the built
 * ESM entries (dist/) with esbuild for the browser, loads the bundle into an empty page, calls the
 * library there and compares the result with the same call in Node. No console error and no
 * network request is allowed. Skipped, with a message, where Chromium is not installed
 * (Debian/Ubuntu: `apt-get install -y chromium`).
 */
const CHROMIUM = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '..', '..');
const built = existsSync(join(root, 'dist', 'index.js'));
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[browser-entries] skipped: ${CHROMIUM} not found (install it with: apt-get install -y chromium)`);

const text = (path: string): string => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(text('package.json')) as { exports: Record<string, unknown> };
/** The built-in catalogue subpaths, from package.json, so a new catalogue is covered by itself. */
const catalogueEntries = Object.keys(pkg.exports)
  .filter((key) => key.startsWith('./catalogues/'))
  .map((key) => `./dist${key.slice(1)}.js`);

/** Shared by the page and Node: the first exported compiled catalogue of a module, scored at level 3 throughout. */
const SCORE_CATALOGUE = `
  const catalogue = Object.values(module).find((value) => value && Array.isArray(value.indicators) && typeof value.checksum === 'string');
  const levels = {};
  for (const indicator of catalogue.indicators) levels[indicator.id] = 3;
  return { id: catalogue.id, checksum: catalogue.checksum, index: lib.score(catalogue, { levels }).index };
`;

const catalogueJson = text('examples/catalogues/opd-contoh.catalogue.json');
const assessmentJson = text('examples/catalogues/opd-contoh.assessment.json');
const csvText = text('examples/kota-contoh-2024.csv');
const responsibilitiesText = text('examples/city/responsibilities-59-2020.csv');

/** Each case: the imports, and a function body over them whose JSON result must be the same in the page and in Node. */
const cases: { name: string; imports: string; body: string }[] = [
  ...catalogueEntries.map((entry) => ({
    name: `score + ${entry}`,
    imports: `import { score } from './dist/index.js'; import * as module from '${entry}'; const lib = { score };`,
    body: SCORE_CATALOGUE,
  })),
  {
    name: 'defineCatalogue (a catalogue file defined and scored in the page, and a malformed one refused)',
    imports: `import { defineCatalogue, safeDefineCatalogue, score } from './dist/index.js';`,
    body: `
      const catalogue = defineCatalogue(${catalogueJson});
      const refused = safeDefineCatalogue({ ...${catalogueJson}, predicates: [{ id: 7 }] });
      return {
        checksum: catalogue.checksum,
        index: score(catalogue, ${assessmentJson}).index,
        refused: refused.success ? [] : refused.issues.map((issue) => [issue.code, issue.path.join('.'), issue.message.en]),
      };
    `,
  },
  {
    name: 'the full barrel (every export of spbe-index)',
    imports: `import * as lib from './dist/index.js';`,
    body: `
      const catalogue = lib.defineCatalogue(${catalogueJson});
      const result = lib.score(catalogue, ${assessmentJson});
      return {
        exports: Object.keys(lib).sort(),
        index: result.index,
        fingerprint: lib.verifyFingerprint(result),
        derived: lib.deriveCatalogue(catalogue, { id: 'opd-contoh-turunan' }).id,
        snapshot: lib.catalogueSnapshot(catalogue).length,
      };
    `,
  },
  {
    name: 'spbe-index/analysis (explain, margin, compare and plan in the page)',
    imports: `import { defineCatalogue, score } from './dist/index.js'; import * as analysis from 'spbe-index/analysis';`,
    body: `
      const catalogue = defineCatalogue(${catalogueJson});
      const result = score(catalogue, ${assessmentJson});
      const levels = Object.fromEntries(catalogue.indicators.map((indicator) => [indicator.id, 1]));
      const lower = score(catalogue, { levels });
      return {
        verified: analysis.verifyResult(catalogue, result).index,
        explained: analysis.explain(catalogue, result).index,
        margin: analysis.margin(catalogue, result),
        delta: analysis.compare(lower, result).index,
        plan: analysis.plan(catalogue, lower, { index: '2' }),
      };
    `,
  },
  {
    name: 'spbe-index/report (every renderer of a result in the page)',
    imports: `import { defineCatalogue, score } from './dist/index.js'; import { explain } from 'spbe-index/analysis'; import * as report from 'spbe-index/report';`,
    body: `
      const catalogue = defineCatalogue(${catalogueJson});
      const result = score(catalogue, ${assessmentJson});
      return {
        exports: Object.keys(report).sort(),
        table: report.renderTable(catalogue, result, { lang: 'en' }),
        markdown: report.renderMarkdown(catalogue, result),
        csv: report.renderCsv(catalogue, result, { lang: 'en' }),
        html: report.renderHtml(catalogue, result, { lang: 'en' }),
        explanation: report.renderExplanation(explain(catalogue, result), { lang: 'en' }),
      };
    `,
  },
  {
    // By the package name, as an app imports it: the "browser" condition picks dist/browser/csv.js.
    name: 'spbe-index/csv (a spreadsheet export read in the page)',
    imports: `import { safeParseAssessmentCsv } from 'spbe-index/csv';`,
    body: `
      const read = safeParseAssessmentCsv(${JSON.stringify(csvText)});
      return read.success ? { levels: read.output.levels } : { issues: read.issues.map((issue) => issue.code) };
    `,
  },
  {
    name: 'spbe-index/csv, every export (a city responsibilities sheet read in the page)',
    imports: `import * as csv from 'spbe-index/csv'; import { permenpanrb592020 } from './dist/catalogues/permenpanrb-59-2020.js';`,
    body: `
      const read = csv.safeParseResponsibilitiesCsv(${JSON.stringify(responsibilitiesText)}, { catalogue: permenpanrb592020 });
      return { exports: Object.keys(csv).sort(), responsibilities: read.success ? read.output : { issues: read.issues.map((issue) => issue.code) } };
    `,
  },
  {
    name: 'spbe-index/schema (Zod Mini schemas and JSON Schemas in the page)',
    imports: `import * as schema from 'spbe-index/schema';`,
    body: `
      const refused = schema.catalogueSchema().safeParse({ id: 7 });
      return {
        exports: Object.keys(schema).sort(),
        catalogue: schema.catalogueSchema().safeParse(${catalogueJson}).success,
        assessment: schema.assessmentSchema().safeParse(${assessmentJson}).success,
        refused: refused.success ? [] : refused.error.issues.map((issue) => [issue.code, issue.path.join('.')]),
        jsonSchemas: [schema.catalogueJsonSchema, schema.assessmentJsonSchema, schema.responsibilitiesJsonSchema, schema.mappingJsonSchema].map((make) => JSON.stringify(make()).length),
      };
    `,
  },
  {
    name: 'spbe-index/catalogues (every built-in catalogue and the year helper in the page)',
    imports: `import { score } from './dist/index.js'; import * as catalogues from 'spbe-index/catalogues';`,
    body: `
      const refused = catalogues.safeCatalogueForYear(1990);
      return {
        builtins: catalogues.builtinCatalogues.map(({ catalogue, from, to }) => [catalogue.id, catalogue.checksum, from, to]),
        year2024: catalogues.catalogueForYear(2024).id,
        refused: refused.success ? [] : refused.issues.map((issue) => issue.code),
        index: score(catalogues.catalogueForYear(2026), { levels: Object.fromEntries(catalogues.catalogueForYear(2026).indicators.map((indicator) => [indicator.id, 3])) }).index,
      };
    `,
  },
];

async function bundle(imports: string, body: string): Promise<string> {
  const result = await build({
    stdin: { contents: `${imports}\nglobalThis.__result = JSON.stringify((() => {${body}})());`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The same call in Node, on the same built files (a module written next to them, in .tmp/). */
async function inNode(name: string, imports: string, body: string): Promise<unknown> {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const file = join(root, '.tmp', `browser-entry-${name.replace(/[^a-z0-9]+/giu, '-')}.mjs`);
  writeFileSync(file, `${imports.replaceAll("'./dist/", "'../dist/")}\nexport const result = JSON.stringify((() => {${body}})());`);
  try {
    const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { result: string };
    return JSON.parse(module.result);
  } finally {
    rmSync(file, { force: true });
  }
}

describe.skipIf(!built || !hasChromium)('every browser entry runs in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('covers every built-in catalogue', () => {
    expect(catalogueEntries.length).toBeGreaterThanOrEqual(2);
  });

  for (const { name, imports, body } of cases) {
    it(name, async () => {
      const code = await bundle(imports, body);
      const page = await browser.newPage();
      const { errors, requests } = watchPage(page);
      try {
        await page.setContent('<!doctype html><html><head><title>spbe-index</title></head><body></body></html>');
        await page.addScriptTag({ content: code });
        const inPage = await page.evaluate(() => (globalThis as { __result?: string }).__result);
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
        expect(inPage, 'the bundle did not run to its end').toBeTypeOf('string');
        const result = JSON.parse(inPage!) as Record<string, unknown>;
        expect(result).toEqual(await inNode(name, imports, body));
        expect(JSON.stringify(result)).not.toContain('"issues"');
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});
