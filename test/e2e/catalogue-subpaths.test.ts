import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The subpaths added for pluggable catalogues, through the package's own "exports" (self-reference
 * on the build in dist/): the 2018 catalogue, the schema entry and the shipped JSON Schema files.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const exportsMap = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).exports as Record<string, unknown>;
const jsonTarget = (name: string) => new URL(`../../${String(exportsMap[`./schema/${name}.json`]).slice(2)}`, import.meta.url);
const built = [
  new URL('../../dist/schema.js', import.meta.url),
  new URL('../../dist/catalogues/permenpanrb-5-2018.cjs', import.meta.url),
  jsonTarget('catalogue'),
  jsonTarget('assessment'),
].every((file) => existsSync(file));
const node = (args: string[]) => JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }));

describe.skipIf(!built)('catalogue and schema subpaths of the built package', () => {
  it('spbe-index/catalogues/permenpanrb-5-2018 loads with import and require alike', () => {
    const program = `const levels = {}; for (const i of c.indicators) levels[i.id] = 3;
      console.log(JSON.stringify({ n: c.indicators.length, index: lib.score(c, { levels }).index.exact, checksum: c.checksum }));`;
    const esm = node(['--input-type=module', '-e', `const lib = await import('spbe-index'); const { permenpanrb52018: c } = await import('spbe-index/catalogues/permenpanrb-5-2018'); ${program}`]);
    const cjs = node(['-e', `const lib = require('spbe-index'); const { permenpanrb52018: c } = require('spbe-index/catalogues/permenpanrb-5-2018'); ${program}`]);
    expect(esm).toMatchObject({ n: 37, index: '3' });
    expect(cjs).toEqual(esm);
  });

  it('spbe-index/catalogues/permenpanrb-8-2026 and spbe-index/catalogues load with import and require alike', () => {
    const program = `const levels = {}; for (const i of c.indicators) levels[i.codes[0]] = '7/3';
      const r = lib.score(c, { catalogue: 'permenpanrb-8-2026', levels });
      console.log(JSON.stringify({ n: c.indicators.length, index: r.index.exact, band: r.index.predicate, year: y.catalogueForYear(2027).id, same: y.catalogueForYear(2026) === c }));`;
    const esm = node(['--input-type=module', '-e', `const lib = await import('spbe-index'); const { permenpanrb82026: c } = await import('spbe-index/catalogues/permenpanrb-8-2026'); const y = await import('spbe-index/catalogues'); ${program}`]);
    const cjs = node(['-e', `const lib = require('spbe-index'); const { permenpanrb82026: c } = require('spbe-index/catalogues/permenpanrb-8-2026'); const y = require('spbe-index/catalogues'); ${program}`]);
    expect(esm).toEqual({ n: 20, index: '7/3', band: { id: 'cukup', label: { id: 'Cukup', en: 'Fair' }, maturity: { id: 'Membangun', en: 'Emerging' } }, year: 'permenpanrb-8-2026', same: true });
    expect(cjs).toEqual(esm);
  });

  it('spbe-index/schema gives the zod schemas and the same JSON Schemas as the shipped files', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/schema/catalogue.schema.json', import.meta.url), 'utf8'));
    const out = node([
      '--input-type=module',
      '-e',
      `const s = await import('spbe-index/schema');
       const file = (await import('spbe-index/schema/catalogue.json', { with: { type: 'json' } })).default;
       console.log(JSON.stringify({ generated: s.catalogueJsonSchema(), file, ok: s.assessmentSchema().safeParse({ levels: { '1': 3 } }).success }));`,
    ]);
    expect(out.generated).toEqual(committed);
    expect(out.file).toEqual(committed);
    expect(out.ok).toBe(true);
    const cjs = node(['-e', `console.log(JSON.stringify(require('spbe-index/schema/assessment.json').title))`]);
    expect(cjs).toBe('spbe-index assessment');
  });
});
