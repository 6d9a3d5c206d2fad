import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../src/catalogue/checksum.js';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { builtinCatalogues } from '../../src/catalogues/index.js';
import type { Catalogue } from '../../src/model/catalogue.js';

/*
 * The package's built-in catalogues carry the checksum the build computed for them
 * (scripts/build-defines.ts) instead of hashing their definitions when imported. It must be the
 * one checksumOf gives their definitions, which is what the catalogues compute when run from
 * source (these tests) and what defineCatalogue gives the same definition. Every built-in is
 * covered through `builtinCatalogues`, so a new one is checked by itself.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(`${root}dist/catalogues/index.js`);
type Builtins = { builtinCatalogues: readonly { catalogue: Catalogue }[] };

describe('built-in catalogue checksums', () => {
  it('from source: checksumOf each definition, as defineCatalogue gives it', () => {
    expect(builtinCatalogues.length).toBeGreaterThanOrEqual(3);
    for (const { catalogue } of builtinCatalogues) {
      expect(catalogue.checksum, catalogue.id).toBe(checksumOf(catalogue.definition));
      expect(defineCatalogue(catalogue.definition).checksum, catalogue.id).toBe(catalogue.checksum);
    }
  });

  it.skipIf(!built)('as built (ESM and CommonJS): the same checksums, written in by the build', async () => {
    const esm = (await import(/* @vite-ignore */ pathToFileURL(`${root}dist/catalogues/index.js`).href)) as Builtins;
    const cjs = createRequire(import.meta.url)(`${root}dist/catalogues/index.cjs`) as Builtins;
    for (const { builtinCatalogues: catalogues } of [esm, cjs]) {
      expect(catalogues.map(({ catalogue }) => catalogue.id)).toEqual(builtinCatalogues.map(({ catalogue }) => catalogue.id));
      for (const { catalogue } of catalogues) expect(catalogue.checksum, catalogue.id).toBe(checksumOf(catalogue.definition));
    }
    // Written in, not computed on import: each checksum is a literal of the built code.
    const code = readdirSync(`${root}dist`, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.c?js$/.test(file))
      .map((file) => readFileSync(`${root}dist/${file}`, 'utf8'))
      .join('\n');
    for (const { catalogue } of esm.builtinCatalogues) expect(code, catalogue.id).toContain(`"${catalogue.checksum}"`);
  });
});
