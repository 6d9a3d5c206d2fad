import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Library entries: the public barrel and one entry per built-in catalogue. */
export const libraryEntries = {
  index: 'src/index.ts',
  'catalogues/permenpanrb-59-2020': 'src/catalogues/permenpanrb-59-2020/index.ts',
  'catalogues/permenpanrb-5-2018': 'src/catalogues/permenpanrb-5-2018/index.ts',
  'catalogues/permenpanrb-8-2026': 'src/catalogues/permenpanrb-8-2026/index.ts',
  // Every built-in catalogue and the year helper: its own entry, so score-only bundles stay small.
  'catalogues/index': 'src/catalogues/index.ts',
  // zod schemas and JSON Schemas: their own entry, so zod never reaches score-only bundles.
  schema: 'src/schema.ts',
  // The CSV reader is its own entry: csv-parse must not reach score-only browser bundles.
  csv: 'src/csv.ts',
  // Excel workbooks (exceljs): Node only, never imported by the main or a browser entry.
  xlsx: 'src/xlsx.ts',
};

export default defineConfig([
  {
    entry: libraryEntries,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Keep the CLI's output: both configs build into dist/ at the same time.
    clean: ['!cli.js'],
    splitting: true,
    treeshake: true,
    target: 'es2022',
    define: { __SPBE_VERSION__: JSON.stringify(version) },
  },
  // The `spbe` command: its own ESM entry with a shebang; the library entry never imports it.
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    // No map for the command: it would be the largest file in the tarball (0.76 MB) for a bundle
    // users run but do not debug; the library entries keep theirs for browser and IDE debugging.
    sourcemap: false,
    clean: false,
    splitting: false,
    treeshake: true,
    target: 'es2022',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    define: { __SPBE_VERSION__: JSON.stringify(version) },
  },
]);
