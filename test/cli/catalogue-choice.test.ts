import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'spbe-cli-choice-'));
function file(name: string, content: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const pemdi = JSON.parse(readFileSync('examples/kota-contoh-2026.json', 'utf8')) as { levels: Record<string, unknown>; catalogue?: string; year?: number };
const { catalogue: _named, year: _year, ...pemdiBare } = pemdi;
const PEMDI = 'examples/kota-contoh-2026.json';
const SPBE = 'examples/kota-contoh-2024.json';

describe('which catalogue the command scores with, and why', () => {
  it.each([
    ['the --catalogue flag', [SPBE, '--catalogue', 'permenpanrb-59-2020'], 'permenpanrb-59-2020', { source: 'flag' }, 'from --catalogue'],
    ['the assessment\'s "catalogue"', [PEMDI], 'permenpanrb-8-2026', { source: 'assessment' }, 'named in the assessment\'s "catalogue" field'],
    ['the assessment\'s "year"', [SPBE], 'permenpanrb-59-2020', { source: 'year', year: 2024 }, 'for the assessment year 2024'],
    ['the 2018 year', ['examples/kota-contoh-2018.json'], 'permenpanrb-5-2018', { source: 'year', year: 2018 }, 'for the assessment year 2018'],
    ['none of them: the current instrument', [file('bare.json', pemdiBare)], 'permenpanrb-8-2026', { source: 'default' }, 'the default: the current instrument'],
  ])('%s', async (_name, args, id, json, why) => {
    const table = await cli(['score', ...args, '--lang', 'en']);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toBe(`Catalogue: ${id} (${why}${why.startsWith('the default') ? ' (no --catalogue, "catalogue" or "year")' : ''})`);
    const parsed = JSON.parse((await cli(['score', ...args, '--format', 'json'])).stdout) as { catalogueChoice: unknown; meta: { catalogue: { id: string } } };
    expect(parsed.catalogueChoice).toEqual({ id, ...json });
    expect(parsed.meta.catalogue.id).toBe(id);
  });

  it('says it in every format: table and md header, html note, json field, csv on stderr', async () => {
    const line = 'Katalog: permenpanrb-8-2026 (sesuai isian "catalogue" pada penilaian)';
    const md = await cli(['score', PEMDI, '--format', 'md']);
    expect(md.stdout.split('\n').slice(0, 3)).toEqual([expect.stringMatching(/^# /u), '', line]);
    const html = await cli(['score', PEMDI, '--format', 'html']);
    expect(html.stdout).toContain(`<p class="note">${line.replace(/"/gu, '&quot;')}</p>`);
    const csv = await cli(['score', PEMDI, '--format', 'csv']);
    expect(csv.stderr).toBe(`spbe: ${line}\n`);
    expect(csv.stdout.split('\r\n')[0]).toBe('jenis;id;nama;induk;bobot;tingkat;nilai;kontribusi;predikat;tingkat eksak');
  });

  it.each([
    ['explain', [SPBE]],
    ['margin', [SPBE]],
    ['leverage', [SPBE]],
    ['plan', [SPBE, '--target', 'memuaskan']],
    ['frontier', [SPBE]],
    ['report', [SPBE, '--format', 'md']],
    ['compare', ['examples/kota-contoh-2023.json', SPBE]],
    ['rollup', ['examples/opd/2024']],
  ])('spbe %s heads its output with the choice', async (command, args) => {
    const { code, stdout } = await cli([command, ...args, '--lang', 'en']);
    expect(code).toBe(0);
    const years = command === 'compare' ? '2023, 2024' : '2024';
    expect(stdout).toContain(`Catalogue: permenpanrb-59-2020 (for the assessment year ${years})`);
  });

  it('compare scores each file with its own choice: an SPBE year against a Pemdi file is refused, not rescored', async () => {
    const { stdout, code } = await cli(['compare', SPBE, PEMDI, '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).issues.map((issue: { code: string }) => issue.code)).toEqual(['compare.catalogue_mismatch']);
  });

  it('--catalogue against a different "catalogue" in the file: one issue, exit 1, no silent switch', async () => {
    const { code, stderr } = await cli(['score', PEMDI, '--catalogue', 'permenpanrb-59-2020', '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'catalogue: This assessment is for catalogue "permenpanrb-8-2026", not "permenpanrb-59-2020" given with --catalogue; drop --catalogue or correct "catalogue" in the file.\n',
    );
    const json = await cli(['score', PEMDI, '--catalogue', 'permenpanrb-59-2020', '--format', 'json']);
    expect(JSON.parse(json.stdout).issues.map((issue: { code: string }) => issue.code)).toEqual(['assessment.catalogue_mismatch']);
  });

  it('a catalogue the command does not know, or a year before 2018: issues, exit 1', async () => {
    const unknown = await cli(['score', file('custom.json', { ...pemdiBare, catalogue: 'opd-contoh' }), '--format', 'json']);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout).issues).toMatchObject([{ code: 'input.catalogue_unknown', path: ['catalogue'], received: 'opd-contoh' }]);
    const early = await cli(['score', file('early.json', { ...pemdiBare, year: 2017 }), '--format', 'json']);
    expect(early.code).toBe(1);
    expect(JSON.parse(early.stdout).issues).toMatchObject([{ code: 'year.before_2018', path: ['year'] }]);
  });

  it('a CSV names nothing: the default, with a hint when its indicators are those of older data', async () => {
    const { code, stderr } = await cli(['score', 'examples/kota-contoh-2024.csv', '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe(
      'spbe: This file names neither "catalogue" nor "year", so it was scored with the default catalogue permenpanrb-8-2026 (Indeks Pemdi, 2026–). For 2018–2025 data give --catalogue permenpanrb-59-2020 (or permenpanrb-5-2018), or add "year".',
    );
    expect((await cli(['score', 'examples/kota-contoh-2024.csv', '--catalogue', 'permenpanrb-59-2020'])).code).toBe(0);
  });

  it('rollup: units choosing different catalogues are an issue; CSV units follow the JSON ones', async () => {
    const mixed = await cli(['rollup', 'examples/opd/2024/bappeda.json', PEMDI, '--format', 'json']);
    expect(mixed.code).toBe(1);
    expect(JSON.parse(mixed.stdout).issues).toMatchObject([{ code: 'input.catalogues_differ', path: [PEMDI], expected: 'permenpanrb-59-2020', received: 'permenpanrb-8-2026' }]);
    const csv = file('unit.csv', 'indikator;tingkat\n1;3\n');
    const followed = await cli(['rollup', 'examples/opd/2024/bappeda.json', csv, '--format', 'json']);
    expect(followed.code).toBe(0);
    expect(JSON.parse(followed.stdout).catalogueChoice).toEqual({ id: 'permenpanrb-59-2020', source: 'year', year: 2024 });
  });
});
