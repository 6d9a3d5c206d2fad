import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The fast core suites for mutating src/arithmetic and src/scoring (`npm run mutation:core`).
 * Catalogue compilation runs arithmetic at import time, which makes most arithmetic mutants
 * "static": each of them runs every test of the config, so this config must stay quick.
 */
export default defineConfig({
  // The repository root, not this folder: the include globs and setup file are relative to it.
  root: fileURLToPath(new URL('..', import.meta.url)),
  define: { __SPBE_VERSION__: JSON.stringify(version) },
  // Property tests run at most 40 cases under Stryker (see mutation/fast-check.ts).
  resolve: { alias: { 'fast-check': fileURLToPath(new URL('./fast-check.ts', import.meta.url)) } },
  test: {
    include: [
      'test/arithmetic/**/*.test.ts',
      'test/scoring/**/*.test.ts',
      'test/golden/**/*.test.ts',
      'test/property/**/*.test.ts',
      // Fractional values, codes as names and the named catalogue, specified with PermenPANRB 8/2026.
      'test/catalogues/permenpanrb-8-2026.test.ts',
      // The roll-up scores fractional consolidated levels (score-exact-levels.ts).
      'test/analysis/rollup/rollup.test.ts',
    ],
    setupFiles: ['mutation/setup.ts'],
    testTimeout: 60_000,
  },
});
