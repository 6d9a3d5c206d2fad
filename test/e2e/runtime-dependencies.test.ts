import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The runtime dependencies are exactly what the published code imports: read every JavaScript
 * file in dist/ (what `npm pack` ships), collect the packages it imports or requires, and compare
 * them with `dependencies`. A package listed but never imported is dead weight for every user;
 * one imported but not listed breaks on install.
 */
const root = resolve(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const built = existsSync(join(dist, 'index.js'));

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    return /\.(c|m)?js$/.test(entry.name) ? [path] : [];
  });
}

/** The package a bare specifier names ("csv-parse/sync" → "csv-parse", "@scope/x/y" → "@scope/x"). */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return builtinModules.includes(name) ? undefined : name;
}

// Static imports and re-exports, dynamic imports, and require() calls with a literal specifier
// (a "from" that is itself a string, as in ["from", "to"], is not an import).
const SPECIFIER = /(?:(?<!["'])\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)(["'])([^"'\n]+)\1/g;

function importedPackages(): Set<string> {
  const found = new Set<string>();
  for (const file of jsFiles(dist)) {
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const name = packageOf(match[2]!);
      if (name !== undefined) found.add(name);
    }
  }
  return found;
}

describe.skipIf(!built)('runtime dependencies (package.json) against what dist/ imports', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  const listed = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);

  it('every package dist/ imports is listed in dependencies', () => {
    const unlisted = [...importedPackages()].filter((name) => !listed.has(name) && name !== pkg.name).sort();
    expect(unlisted).toEqual([]);
  });

  it('every package listed in dependencies is imported by dist/', () => {
    const imported = importedPackages();
    expect([...listed].filter((name) => !imported.has(name)).sort()).toEqual([]);
  });

  it('finds the imports it is looking for (the CSV parser and zod are known runtime imports)', () => {
    const imported = importedPackages();
    expect(imported.has('csv-parse')).toBe(true);
    expect(imported.has('zod')).toBe(true);
    expect(packageOf('@scope/pkg/sub')).toBe('@scope/pkg');
    expect(packageOf('node:fs')).toBeUndefined();
    expect(packageOf('fs')).toBeUndefined();
    expect(packageOf('./chunk.js')).toBeUndefined();
  });
});
