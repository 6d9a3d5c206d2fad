import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Library entries: the public barrel and one entry per built-in catalogue. */
export const libraryEntries = {
  index: 'src/index.ts',
  'catalogues/permenpanrb-59-2020': 'src/catalogues/permenpanrb-59-2020/index.ts',
};

export default defineConfig({
  entry: libraryEntries,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  // @noble/hashes is ESM-only: bundle it so the CommonJS build works on every supported Node.
  noExternal: ['@noble/hashes'],
  define: { __SPBE_VERSION__: JSON.stringify(version) },
});
