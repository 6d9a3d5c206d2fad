import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * exceljs lives only behind spbe-index/xlsx and the CLI (README: "Node only (exceljs)"): no other
 * entry of the package reaches it through any import, static or dynamic, so a browser bundle of
 * scoring, analysis, reports, CSV or schemas never pulls it in. Checked on the built files.
 */
const root = resolve(import.meta.dirname, '..', '..');
const built = existsSync(join(root, 'dist', 'xlsx.js'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };

/** Every file an entry reaches through relative imports (static, re-exports, dynamic), and the packages it names. */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/gu)) {
      const target = match[1]!;
      if (target.startsWith('.')) visit(resolve(dirname(file), target));
      else packages.add(target.split('/')[0]!.startsWith('@') ? target.split('/').slice(0, 2).join('/') : target.split('/')[0]!);
    }
  };
  visit(entry);
  return { files, packages };
}

/** The JavaScript files an export maps to, for every condition (browser, import, require). */
function targets(value: unknown): string[] {
  if (typeof value === 'string') return value.endsWith('.js') || value.endsWith('.cjs') ? [value] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([condition, nested]) => (condition === 'types' ? [] : targets(nested)));
}

describe.skipIf(!built)('exceljs is Node-only: spbe-index/xlsx and the CLI', () => {
  it('no entry but spbe-index/xlsx reaches exceljs, whichever condition a bundler picks', () => {
    const reached = Object.entries(pkg.exports)
      .filter(([name]) => name !== './xlsx')
      .flatMap(([name, value]) => targets(value).map((file) => [name, file, reach(join(root, file)).packages.has('exceljs')] as const));
    expect(reached.length).toBeGreaterThan(15);
    expect(reached.filter(([, , exceljs]) => exceljs)).toEqual([]);
  });

  it('spbe-index/xlsx and the CLI do reach it (so the walk above finds it where it is)', () => {
    for (const file of ['dist/xlsx.js', 'dist/xlsx.cjs', 'dist/cli.js']) expect([file, reach(join(root, file)).packages.has('exceljs')]).toEqual([file, true]);
  });
});
