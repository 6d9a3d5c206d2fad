import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * What `npm pack` would publish: only what a user needs (the build in dist/, the READMEs, the
 * licence, package.json and a changelog when there is one); never sources, tests, docs, benches,
 * configuration or the mutation and size tooling.
 */
const root = resolve(import.meta.dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const built = existsSync(join(root, 'dist', 'index.js'));
const SHIPPED = /^(dist\/.+|README(\.[a-z]+)?\.md|LICENSE|package\.json|CHANGELOG\.md)$/u;

describe.skipIf(!built)('npm pack --dry-run', () => {
  const packed = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as {
    files: { path: string }[];
  }[];
  const files = packed[0]!.files.map((file) => file.path).sort();

  it('lists only dist/, README*, LICENSE, package.json and CHANGELOG', () => {
    expect(files.filter((path) => !SHIPPED.test(path))).toEqual([]);
  });

  it('lists what a user needs: every entry, the command, the browser CSV reader, the licence and both READMEs', () => {
    for (const needed of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/analysis.js', 'dist/report.js', 'dist/csv.js', 'dist/browser/csv.js', 'dist/cli.js', 'LICENSE', 'README.md', 'README.id.md', 'package.json']) {
      expect(files).toContain(needed);
    }
  });
});
