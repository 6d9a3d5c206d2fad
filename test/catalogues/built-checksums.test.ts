import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../src/catalogue/checksum.js';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { permenpanrb52018, permenpanrb52018Definition } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import { permenpanrb592020, permenpanrb592020Definition } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026, permenpanrb82026Definition } from '../../src/catalogues/permenpanrb-8-2026/index.js';

/*
 * The package's built-in catalogues carry the checksum the build computed for them
 * (scripts/build-defines.ts) instead of hashing their definitions when imported. It must be the
 * one checksumOf gives their definitions, which is what the catalogues compute when run from
 * source (these tests) and what defineCatalogue gives the same definition.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(`${root}dist/catalogues/index.js`);
const cases = [
  { entry: 'permenpanrb-5-2018', name: 'permenpanrb52018', source: permenpanrb52018, definition: permenpanrb52018Definition },
  { entry: 'permenpanrb-59-2020', name: 'permenpanrb592020', source: permenpanrb592020, definition: permenpanrb592020Definition },
  { entry: 'permenpanrb-8-2026', name: 'permenpanrb82026', source: permenpanrb82026, definition: permenpanrb82026Definition },
] as const;

describe('built-in catalogue checksums', () => {
  it.each(cases)('$entry from source: checksumOf its definition, as defineCatalogue gives it', ({ source, definition }) => {
    expect(source.checksum).toBe(checksumOf(definition));
    expect(defineCatalogue(definition).checksum).toBe(source.checksum);
  });

  it.skipIf(!built).each(cases)('$entry as built (ESM and CommonJS): the same checksum, written in by the build', async ({ entry, name, definition }) => {
    const esm = (await import(/* @vite-ignore */ pathToFileURL(`${root}dist/catalogues/${entry}.js`).href)) as Record<string, { checksum: string }>;
    const cjs = createRequire(import.meta.url)(`${root}dist/catalogues/${entry}.cjs`) as Record<string, { checksum: string }>;
    expect(esm[name]!.checksum).toBe(checksumOf(definition));
    expect(cjs[name]!.checksum).toBe(checksumOf(definition));
  });
});
