import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The package imports itself by name inside the repository (self-reference through "exports"),
 * from ESM and CommonJS alike, and both builds give identical results. Runs plain Node on the
 * build in dist/ (npm test builds first).
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(new URL('../../dist/index.js', import.meta.url));

const program = (load: string) => `
${load}
const levels = {};
for (const indicator of catalogue.indicators) levels[indicator.id] = (Number(indicator.id) % 5) + 1;
const result = lib.score(catalogue, { levels });
console.log(JSON.stringify({ index: result.index, entries: Object.keys(lib).length, error: typeof lib.SpbeError }));
`;

function run(args: string[]): { index: { value: string; exact: string }; entries: number; error: string } {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' })) as never;
}

describe('package manifest', () => {
  it('publishes only dist/, with types first in every export condition', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      files: string[];
      type: string;
      sideEffects: boolean;
      engines: { node: string };
      exports: Record<string, string | Record<string, Record<string, string>>>;
    };
    expect(manifest).toMatchObject({ files: ['dist'], type: 'module', sideEffects: false, engines: { node: '>=20.19' } });
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (typeof target === 'string') {
        expect(target, subpath).toMatch(/^\.\/(dist\/|package\.json$)/);
        continue;
      }
      for (const condition of Object.values(target)) expect(Object.keys(condition)[0], subpath).toBe('types');
    }
  });
});

describe.skipIf(!built)('self-reference of the built package', () => {
  it('works with import and with require, with the same result', () => {
    const esm = run([
      '--input-type=module',
      '-e',
      program(
        "const lib = await import('spbe-index'); const { permenpanrb592020: catalogue } = await import('spbe-index/catalogues/permenpanrb-59-2020');",
      ),
    ]);
    const cjs = run([
      '-e',
      program(
        "const lib = require('spbe-index'); const { permenpanrb592020: catalogue } = require('spbe-index/catalogues/permenpanrb-59-2020');",
      ),
    ]);
    expect(esm.index.value).toMatch(/^\d\.\d\d$/);
    expect(cjs).toEqual(esm);
    expect(esm.error).toBe('function');
  });

  it('the library entry carries no catalogue data', () => {
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "const lib = await import('spbe-index'); console.log(Object.keys(lib).filter((k) => /permenpanrb/i.test(k)).join(','))"],
      { cwd: root, encoding: 'utf8' },
    );
    expect(out.trim()).toBe('');
  });
});
