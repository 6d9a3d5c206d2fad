import { existsSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../src/scoring/score.js';

/*
 * What a browser app pays for `score` plus the 59/2020 catalogue: bundle the built ESM entries
 * (dist/, as `npm run size` does) for the browser and check what got in, then run the bundle
 * where no Node globals exist. The size itself is budgeted by `npm run size` (.size-limit.json).
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(new URL('../../dist/index.js', import.meta.url));

const entry = `
import { score } from './dist/index.js';
import { permenpanrb592020 } from './dist/catalogues/permenpanrb-59-2020.js';
const levels = {};
for (const indicator of permenpanrb592020.indicators) levels[indicator.id] = (Number(indicator.id) % 5) + 1;
globalThis.__result = score(permenpanrb592020, { levels }).index;
`;

async function bundle(): Promise<{ code: string; inputs: string[]; read: string[] }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const metafile = result.metafile as Metafile;
  // Modules that put bytes into the output: esbuild reads (but drops) everything the barrel imports.
  const output = Object.values(metafile.outputs)[0]!;
  const inputs = Object.entries(output.inputs).flatMap(([path, info]) => (info.bytesInOutput > 0 ? [path] : []));
  return { code: result.outputFiles[0]!.text, inputs, read: Object.keys(metafile.inputs) };
}

describe.skipIf(!built)('the score-only browser bundle', () => {
  it('pulls in neither zod, nor the CLI, nor the CSV reader', async () => {
    const { inputs, read } = await bundle();
    // Through the public entry (which itself is only re-exports of shared chunks).
    expect(read).toContain('dist/index.js');
    expect(inputs.filter((path) => /node_modules\/zod\//.test(path))).toEqual([]);
    expect(inputs.filter((path) => /(^|\/)(cli\.js|src\/cli\/)/.test(path))).toEqual([]);
    expect(inputs.filter((path) => path.includes('csv-parse'))).toEqual([]);
  });

  it('carries none of the catalogue validator and its messages: the built-ins skip it', async () => {
    const { code } = await bundle();
    // One message each of validate.ts, check-weights.ts and check-predicates.ts (all in dist/index.js).
    for (const message of ['must be on a tier below', 'The total weight must be a positive decimal', 'The catalogue has no predicate bands']) {
      expect(code).not.toContain(message);
    }
  });

  it('carries one partial kernel (sumExact), not also the roll-up’s faster one', async () => {
    const { code } = await bundle();
    // Minified: names are gone, so look for its overflow sentinel's description.
    expect(code).not.toContain('overflow');
  });

  it('carries none of defineCatalogue’s well-formed check, whose tables sit in the main entry’s file', async () => {
    const { code } = await bundle();
    // Its rejection sentinel: kept only if the tables' top-level calls lose their pure marks.
    expect(code).not.toContain('Symbol("reject")');
  });

  it('runs where there is no Node (no Buffer, no process) and scores like Node does', async () => {
    const { code } = await bundle();
    // Only what every browser has that the library could touch.
    const context: Record<string, unknown> = { TextEncoder, TextDecoder, crypto: globalThis.crypto, console, structuredClone, URL, queueMicrotask };
    context['globalThis'] = context;
    runInNewContext(code, context);
    const levels = Object.fromEntries(permenpanrb592020.indicators.map((indicator) => [indicator.id, (Number(indicator.id) % 5) + 1]));
    expect(JSON.parse(JSON.stringify(context['__result']))).toEqual(JSON.parse(JSON.stringify(score(permenpanrb592020, { levels }).index)));
  });
});
