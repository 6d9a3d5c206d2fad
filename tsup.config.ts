import { defineConfig } from 'tsup';
import { buildDefines } from './scripts/build-defines.js';
import { csvParseFixedOptions } from './scripts/csv-parse-fixed-options.js';

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
  // Analysis and renderers: their own entries, so that `import *` from the main entry stays small.
  analysis: 'src/analysis.ts',
  report: 'src/report.ts',
};

export default defineConfig([
  {
    entry: libraryEntries,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Keep the CLI's output: both configs build into dist/ at the same time.
    clean: ['!cli.js', '!browser/**'],
    splitting: true,
    treeshake: true,
    target: 'es2022',
    // csv-stringify (the CSV writer of spbe-index/report) is bundled, with the two `Buffer`
    // calls it makes supplied by src/browser/stringify-buffer.ts: it reads the global `Buffer`
    // when it loads, which browsers do not have. No code of ours uses `Buffer`.
    noExternal: ['csv-stringify'],
    esbuildOptions(options) {
      options.inject = ['src/browser/stringify-buffer.ts'];
    },
    define: buildDefines,
  },
  // `spbe-index/csv` for browsers (the "browser" condition of its export): csv-parse bundled in,
  // with the few Buffer methods it uses supplied by src/browser/buffer-shim.ts instead of the
  // 13 kB `buffer` polyfill of csv-parse's own browser build, and its option normaliser replaced
  // by its result for the readers' options (scripts/csv-parse-fixed-options.ts). Node keeps
  // dist/csv.js, which imports csv-parse whole with Node's Buffer.
  {
    entry: { 'browser/csv': 'src/csv.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    splitting: false,
    treeshake: true,
    target: 'es2022',
    platform: 'browser',
    // Minified: it is only ever bundled, and csv-parse's comments would otherwise ship in it.
    minify: true,
    noExternal: ['csv-parse'],
    esbuildPlugins: [csvParseFixedOptions],
    esbuildOptions(options) {
      options.inject = ['src/browser/buffer-shim.ts'];
    },
    banner: { js: '/*! Includes csv-parse, MIT License, (c) 2010 Adaltas */' },
    define: buildDefines,
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
    define: buildDefines,
  },
]);
