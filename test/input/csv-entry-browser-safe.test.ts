import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `spbe-index/csv` must run in a browser: the file browsers get (dist/browser/csv.js, the
 * package's "browser" condition) uses no Node-only global (`Buffer`, `process`, `require`,
 * `__dirname`) and imports nothing: csv-parse is bundled in with a minimal Buffer of its own.
 * Node gets dist/csv.js, which imports csv-parse with Node's Buffer. Needs `npm run build`.
 */

function withChunks(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const local = [...text.matchAll(/from\s+['"](\.\/[^'"]+)['"]/gu)].map((m) => join('dist', m[1] as string));
  return [file, ...local.flatMap((chunk) => withChunks(chunk, seen))];
}

describe('spbe-index/csv in a browser', () => {
  const files = existsSync('dist/browser/csv.js') ? withChunks('dist/browser/csv.js') : [];

  it('is built', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('uses no Node-only global and imports no Node module', () => {
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gmu, '');
      expect(code, file).not.toMatch(/\bBuffer\b|\bprocess\.|\brequire\(|__dirname|__filename/u);
      expect(code, file).not.toMatch(/from\s+['"]node:|from\s+['"](fs|path|os|stream|buffer|string_decoder)['"]/u);
    }
  });

  it('imports nothing: csv-parse is bundled in, while Node takes it from csv-parse/sync', () => {
    expect(files).toEqual(['dist/browser/csv.js']);
    expect(readFileSync('dist/browser/csv.js', 'utf8')).not.toMatch(/\bimport\s*[\s{*'"(]/u);
    const node = withChunks('dist/csv.js').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/from\s+['"](csv-[^'"]+)['"]/gu)].map((m) => m[1]));
    expect(node).toEqual(['csv-parse/sync']);
  });
});
