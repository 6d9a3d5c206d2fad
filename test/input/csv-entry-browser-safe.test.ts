import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `spbe-index/csv` must run in a browser: the built entry and every chunk it imports use no
 * Node-only global (`Buffer`, `process`, `require`, `__dirname`) and import no `node:` module;
 * its CSV parser is csv-parse's browser build. Needs `npm run build`.
 */

function withChunks(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const local = [...text.matchAll(/from\s+['"](\.\/[^'"]+)['"]/gu)].map((m) => join('dist', m[1] as string));
  return [file, ...local.flatMap((chunk) => withChunks(chunk, seen))];
}

describe('dist/csv.js in a browser', () => {
  const files = existsSync('dist/csv.js') ? withChunks('dist/csv.js') : [];

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

  it("takes csv-parse from its browser build, which brings its own Buffer", () => {
    const packages = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/from\s+['"](csv-[^'"]+)['"]/gu)].map((m) => m[1]));
    expect(packages).toEqual(['csv-parse/browser/esm/sync']);
  });
});
