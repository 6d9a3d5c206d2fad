import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import type { CatalogueMapping } from '../../src/model/mapping.js';
import { restate } from '../../src/restate/restate.js';
import { score } from '../../src/scoring/score.js';
import { cli } from './run-cli.js';

const MAPPING = 'examples/mappings/59-2020-to-8-2026.json';
const SPBE = 'examples/kota-contoh-2024.json';
const mapping = JSON.parse(readFileSync(MAPPING, 'utf8')) as CatalogueMapping;
const assessment = JSON.parse(readFileSync(SPBE, 'utf8'));
const expected = restate(assessment, mapping, { from: permenpanrb592020, to: permenpanrb82026 });
const codes = (stdout: string): string[] => JSON.parse(stdout).issues.map((issue: { code: string }) => issue.code);

describe('spbe restate', () => {
  it('writes the restated assessment of the example mapping and reports provenance and every unmapped target on stderr', async () => {
    const { code, stdout, stderr } = await cli(['restate', SPBE, '--mapping', MAPPING, '--lang', 'en']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected.assessment)));
    // Target 1 is the exact mean of 59/2020 indicators 10, 11, 12, 13 and 19 (4, 4, 4, 3, 4).
    expect(JSON.parse(stdout).levels['1']).toBe('19/5');
    expect(JSON.parse(stdout).note).toContain('not an official crosswalk');
    expect(stderr.split('\n')[0]).toBe(
      'Source catalogue (kota-contoh-2024.json): permenpanrb-59-2020 (for the assessment year 2024); target: permenpanrb-8-2026 (the mapping\'s "to")',
    );
    expect(stderr).toContain('ESTIMATE, NOT AN OFFICIAL CROSSWALK.');
    expect(stderr).toContain('13 of 20 target indicators have a value');
    expect(stderr).toMatch(/^1 Digital government governance maturity +mean +3\.8$/mu);
    expect(stderr).toContain('    from 10 (4), 11 (4), 12 (4), 13 (3), 19 (4)');
    expect(stderr).toContain('Without a value, never invented: 6, 7, 8, 11, 12, 18, 20');
    for (const id of ['6', '7', '8', '11', '12', '18', '20']) expect(stderr).toContain(`- ${id}: the mapping gives it no counterpart`);
    expect(stderr).toContain('spbe score <file> --missing partial.');
    expect(Math.max(...stderr.split('\n').slice(1).map((line) => [...line].length))).toBeLessThanOrEqual(80);
  });

  it('the restated assessment scores with spbe score --missing partial, as the library scores it', async () => {
    const restated = await cli(['restate', SPBE, '--mapping', MAPPING]);
    const scored = await cli(['score', '-', '--missing', 'partial', '--format', 'json'], restated.stdout);
    expect(scored.code).toBe(0);
    const library = score(permenpanrb82026, expected.assessment, { missing: 'partial' });
    expect(JSON.parse(scored.stdout).index.exact).toBe(library.index.exact);
    expect(JSON.parse(scored.stdout).complete).toBe(false);
  });

  it('reads a score result and a CSV export of the same assessment to the same levels', async () => {
    const result = await cli(['score', SPBE, '--format', 'json']);
    const fromResult = await cli(['restate', '-', '--mapping', MAPPING, '--lang', 'en'], result.stdout);
    expect(fromResult.code).toBe(0);
    expect(JSON.parse(fromResult.stdout).levels).toEqual(expected.assessment.levels);
    expect(fromResult.stderr.split('\n')[0]).toContain('permenpanrb-59-2020 (named by the result (meta.catalogue))');
    // A CSV names no catalogue: it is read as the mapping's "from" says, not as the current instrument.
    const fromCsv = await cli(['restate', 'examples/kota-contoh-2024.csv', '--mapping', MAPPING, '--lang', 'en']);
    expect(fromCsv.code).toBe(0);
    expect(JSON.parse(fromCsv.stdout).levels).toEqual(expected.assessment.levels);
    expect(fromCsv.stderr.split('\n')[0]).toContain('permenpanrb-59-2020 (the mapping\'s "from")');
  });

  it('refuses an edited result (result.inconsistent) rather than restating its levels', async () => {
    const result = JSON.parse((await cli(['score', SPBE, '--format', 'json'])).stdout);
    result.indicators[9].level = 1;
    const { code, stdout } = await cli(['restate', '-', '--mapping', MAPPING, '--format', 'json'], JSON.stringify(result));
    expect(code).toBe(1);
    expect(codes(stdout)).toContain('result.inconsistent');
  });

  it('table and md write the provenance report, marked as an estimate in both languages', async () => {
    const table = await cli(['restate', SPBE, '--mapping', MAPPING, '--format', 'table']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('PERKIRAAN, BUKAN CROSSWALK RESMI.');
    expect(table.stdout).toMatch(/^1 Tata Kelola Pemerintah Digital +rata-rata +3,8$/mu);
    expect(table.stdout).toContain('Tanpa nilai, tidak dikarang: 6, 7, 8, 11, 12, 18, 20');
    const md = await cli(['restate', SPBE, '--mapping', MAPPING, '--format', 'md', '--lang', 'en']);
    expect(md.stdout.split('\n')[2]).toContain('Source catalogue (kota-contoh-2024.json): permenpanrb-59-2020');
    expect(md.stdout).toContain('> **ESTIMATE, NOT AN OFFICIAL CROSSWALK.');
    expect(md.stdout).toContain('| 2 Digital service management maturity | mean | 28 (3) | 3 | Digital service management corresponds to SPBE service management (28). |');
  });

  it('a bad mapping file: every issue at once, naming the file (exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-restate-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ from: 'permenpanrb-59-2020', to: 'permenpanrb-8-2026', indicative: 'ya', targets: { '1': { rule: 'median', sources: ['1'] } } }));
    const { code, stdout } = await cli(['restate', SPBE, '--mapping', bad, '--format', 'json']);
    expect(code).toBe(1);
    const issues = JSON.parse(stdout).issues as { code: string; path: string[] }[];
    expect(issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['restate.mapping_invalid', `${bad}.indicative`],
      ['restate.mapping_invalid', `${bad}.targets.1.rule`],
    ]);
    const unknown = join(dir, 'unknown.json');
    writeFileSync(unknown, JSON.stringify({ ...mapping, targets: { '99': { rule: 'mean', sources: ['48'] } } }));
    expect(codes((await cli(['restate', SPBE, '--mapping', unknown, '--format', 'json'])).stdout)).toEqual(['restate.unknown_target']);
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ from: 1');
    const broken = await cli(['restate', SPBE, '--mapping', notJson, '--format', 'json']);
    expect(broken.code).toBe(1);
    expect(codes(broken.stdout)).toEqual(['input.json_invalid']);
  });

  it('a mapping whose "from" does not match the input: one issue naming the input file (exit 1)', async () => {
    const { code, stderr, stdout } = await cli(['restate', 'examples/kota-contoh-2026.json', '--mapping', MAPPING, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('examples/kota-contoh-2026.json.from: Catalogue "permenpanrb-8-2026" does not match the mapping (permenpanrb-59-2020).\n');
    const to = await cli(['restate', SPBE, '--mapping', MAPPING, '--to', 'permenpanrb-5-2018', '--format', 'json']);
    expect(codes(to.stdout)).toEqual(['restate.catalogue_mismatch']);
  });

  it('--mapping is required, and --out is written atomically but never over an input', async () => {
    const missing = await cli(['restate', SPBE, '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--mapping <file> is required');
    const dir = mkdtempSync(join(tmpdir(), 'spbe-restate-'));
    const out = join(dir, 'pemdi.json');
    const written = await cli(['restate', SPBE, '--mapping', MAPPING, '-o', out, '--lang', 'en']);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).levels).toEqual(expected.assessment.levels);
    expect(written.stderr.replace(/\n +/gu, " ")).toContain(`spbe score ${out} --missing partial`);
    const copy = join(dir, 'mapping.json');
    writeFileSync(copy, readFileSync(MAPPING));
    const over = await cli(['restate', SPBE, '--mapping', copy, '-o', copy]);
    expect(over.code).toBe(2);
    expect(JSON.parse(readFileSync(copy, 'utf8'))).toEqual(mapping);
  });
});
