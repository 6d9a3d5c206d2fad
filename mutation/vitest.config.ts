import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The tests Stryker runs against each mutant (`npm run mutation`): the unit, golden and property
 * suites of the mutated directories. No type tests, no tests of the build (dist/), the CLI, the
 * reports or a browser, and no fuzzing: they test other layers and would only slow every mutant.
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
      'test/analysis/**/*.test.ts',
      'test/catalogue/**/*.test.ts',
      'test/catalogues/**/*.test.ts',
      'test/golden/**/*.test.ts',
      'test/property/**/*.test.ts',
    ],
    setupFiles: ['mutation/setup.ts'],
    testTimeout: 60_000,
  },
});
