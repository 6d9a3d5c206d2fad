import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/*
 * Browsers get `spbe-index/csv` from dist/browser/csv.js: csv-parse bundled with a minimal Buffer
 * (src/browser/buffer-shim.ts) instead of the `buffer` polyfill. Node gets dist/csv.js, csv-parse
 * on Node's own Buffer. The two must read every file alike: same assessment, same issues, same
 * warnings, down to the parser's error text.
 */
const root = resolve(import.meta.dirname, '..', '..');
const built = existsSync(join(root, 'dist', 'browser', 'csv.js'));
type Reader = typeof import('../../src/csv.js');
type Read = ReturnType<Reader['safeParseAssessmentCsv']>;

/** Reads with Node's global Buffer out of reach, as in a browser: the bundle must not need it. */
function withoutBuffer(read: () => Read): Read {
  const saved = globalThis.Buffer;
  Reflect.deleteProperty(globalThis, 'Buffer');
  try {
    return read();
  } finally {
    globalThis.Buffer = saved;
  }
}
const load = async (path: string): Promise<Reader> => (await import(/* @vite-ignore */ pathToFileURL(join(root, path)).href)) as Reader;

const cells = ['1', '2', '3', '43', 'na', '', ' 3 ', '3,5', 'é', 'SK; 2024', '"', '""', 'x"y', '\u00a0', 'indikator', 'tingkat'];
const separators = [';', ','];
const lineEnds = ['\r\n', '\n', '\r'];

describe.skipIf(!built)('spbe-index/csv: the browser build reads like the Node build', () => {
  it('carries no Buffer polyfill and touches no global Buffer', () => {
    const code = readFileSync(join(root, 'dist', 'browser', 'csv.js'), 'utf8');
    expect(code).not.toContain('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'); // the polyfill's base64 table
    expect(code).not.toMatch(/from ["']csv-parse/); // bundled, not imported
  });

  it("carries csv-parse's options as normalised for the readers, not its option checks (scripts/csv-parse-fixed-options.ts)", () => {
    const code = readFileSync(join(root, 'dist', 'browser', 'csv.js'), 'utf8');
    expect(code).not.toContain('CSV_INVALID_OPTION_');
    expect(code).toContain("csv-parse options other than the CSV readers' own");
  });

  it('every example CSV of the repository', async () => {
    const [browser, node] = await Promise.all([load('dist/browser/csv.js'), load('dist/csv.js')]);
    const files = readdirSync(join(root, 'examples'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.csv'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = readFileSync(join(root, 'examples', file));
      expect(withoutBuffer(() => browser.safeParseAssessmentCsv(bytes)), file).toEqual(node.safeParseAssessmentCsv(bytes));
    }
  });

  it('random spreadsheet-like text and bytes, well-formed or not', async () => {
    const [browser, node] = await Promise.all([load('dist/browser/csv.js'), load('dist/csv.js')]);
    const csv = fc
      .tuple(fc.constantFrom(...separators), fc.constantFrom(...lineEnds), fc.boolean(), fc.array(fc.array(fc.constantFrom(...cells), { minLength: 1, maxLength: 4 }), { maxLength: 8 }))
      .map(([sep, end, bom, rows]) => `${bom ? '\uFEFF' : ''}indikator${sep}tingkat${sep}catatan${end}${rows.map((row) => row.join(sep)).join(end)}`);
    fc.assert(
      fc.property(csv, fc.boolean(), (text, asBytes) => {
        const input = asBytes ? new TextEncoder().encode(text) : text;
        expect(withoutBuffer(() => browser.safeParseAssessmentCsv(input))).toEqual(node.safeParseAssessmentCsv(input));
      }),
      { numRuns: 300 },
    );
  });

  it('Windows-1252 bytes are read with the same warning', async () => {
    const [browser, node] = await Promise.all([load('dist/browser/csv.js'), load('dist/csv.js')]);
    const bytes = Uint8Array.from([...new TextEncoder().encode('indikator;tingkat;catatan\r\n1;3;Caf'), 0xe9, 0x0d, 0x0a]);
    const read = withoutBuffer(() => browser.safeParseAssessmentCsv(bytes));
    expect(read.warnings.map((warning) => warning.code)).toEqual(['csv.encoding_windows_1252']);
    expect(read).toEqual(node.safeParseAssessmentCsv(bytes));
  });
});
