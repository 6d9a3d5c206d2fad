import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Assessment } from '../../src/model/assessment.js';
import { score } from '../../src/scoring/score.js';
import { cli } from './run-cli.js';

const example = JSON.parse(readFileSync('examples/kota-contoh-2024.json', 'utf8')) as Assessment;
const expected = score(catalogue, example);
const tmp = mkdtempSync(join(tmpdir(), 'spbe-cli-'));

function file(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const csvLevels = (separator: string, eol: string): string =>
  catalogue.indicators.map((indicator) => `${indicator.id}${separator}${example.levels[indicator.id]}`).join(eol);

describe('spbe score', () => {
  it('--format json prints exactly the library result', async () => {
    const { code, stdout, stderr } = await cli(['score', 'examples/kota-contoh-2024.json', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ ...JSON.parse(JSON.stringify(expected)), catalogueChoice: { id: 'permenpanrb-59-2020', source: 'year', year: 2024 } });
  });

  it('prints a table by default, Indonesian with decimal commas', async () => {
    const { code, stdout } = await cli(['score', 'examples/kota-contoh-2024.json']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Indeks SPBE  ${expected.index.value.replace('.', ',')}  ${expected.index.predicate.label.id}`);
  });

  it('--lang en prints English labels and decimal points', async () => {
    const { stdout } = await cli(['score', 'examples/kota-contoh-2024.json', '--lang', 'en']);
    expect(stdout).toContain(`SPBE Index  ${expected.index.value}  ${expected.index.predicate.label.en}`);
  });

  it.each(['csv', 'md', 'html'])('--format %s writes to --out', async (format) => {
    const out = join(tmp, `out.${format}`);
    const { code, stdout } = await cli(['score', 'examples/kota-contoh-2024.json', '--format', format, '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8').length).toBeGreaterThan(200);
  });

  it('reads stdin with "-" (JSON or CSV sniffed)', async () => {
    const json = await cli(['score', '-', '--format', 'json'], JSON.stringify(example));
    expect(JSON.parse(json.stdout).index).toEqual(expected.index);
    const csv = await cli(['score', '-', '--format', 'json', '--catalogue', catalogue.id], `indikator;tingkat\n${csvLevels(';', '\n')}\n`);
    expect(csv.code).toBe(0);
    expect(JSON.parse(csv.stdout).index).toEqual(expected.index);
  });

  describe('CSV variants score like the JSON', () => {
    const variants: Record<string, string> = {
      'comma, LF': `indicator,level\n${csvLevels(',', '\n')}\n`,
      'semicolon, CRLF, BOM': `\uFEFFindikator;tingkat\r\n${csvLevels(';', '\r\n')}\r\n`,
      'quoted fields and notes': `"Indikator";"Tingkat";"Catatan"\r\n${catalogue.indicators
        .map((i) => `"${i.id}";"${example.levels[i.id]}";"catatan; ""kutip"""`)
        .join('\r\n')}\r\n`,
      'upper-case English headers': `INDICATOR,LEVEL,NOTE\n${csvLevels(',', '\n')}\n`,
      'the example file': readFileSync('examples/kota-contoh-2024.csv', 'utf8'),
    };
    it.each(Object.keys(variants))('%s', async (name) => {
      const path = file(`variant-${name.replace(/\W+/gu, '-')}.csv`, variants[name] as string);
      const { code, stdout, stderr } = await cli(['score', path, '--format', 'json', '--catalogue', catalogue.id]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const parsed = JSON.parse(stdout) as typeof expected;
      expect(parsed.index).toEqual(expected.index);
      expect(parsed.groups).toEqual(expected.groups);
    });
  });

  it('"na" in a CSV: refused by default (exit 1), scored with --allow-na', async () => {
    const text = `indikator;tingkat\r\n${csvLevels(';', '\r\n').replace(/^47;5$/mu, '47;na')}\r\n`;
    const path = file('na.csv', text);
    const refused = await cli(['score', path, '--catalogue', catalogue.id]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('levels.47: Indikator 47 tidak boleh dinyatakan "na" (tidak berlaku) menurut katalog dan opsi.\n');
    const allowed = await cli(['score', path, '--allow-na', '--format', 'json', '--catalogue', catalogue.id]);
    expect(allowed.code).toBe(0);
    const parsed = JSON.parse(allowed.stdout) as typeof expected;
    expect(parsed.complete).toBe(false);
    expect(parsed.indicators.find((i) => i.id === '47')?.status).toBe('not-applicable');
  });

  it('a bad CSV level: exit 1, one line per issue with row and column, in the chosen language', async () => {
    const path = file('bad.csv', 'indikator;tingkat\r\n1;"3,5"\r\n2;tiga\r\n');
    const id = await cli(['score', path, '--catalogue', catalogue.id]);
    expect(id.code).toBe(1);
    expect(id.stdout).toBe('');
    expect(id.stderr.trimEnd().split('\n')).toEqual([
      'row.2.tingkat: Baris 2: tingkat pada kolom "tingkat" harus bilangan bulat (mis. 3) atau "na", bukan "3,5".',
      'row.3.tingkat: Baris 3: tingkat pada kolom "tingkat" harus bilangan bulat (mis. 3) atau "na", bukan "tiga".',
    ]);
    const en = await cli(['score', path, '--lang', 'en', '--catalogue', catalogue.id]);
    expect(en.stderr).toContain('row.2.tingkat: Row 2: the level in column "tingkat" must be a whole number');
  });

  it('assessment issues: exit 1, lines "path: message", never a stack trace', async () => {
    const path = file('bad.json', JSON.stringify({ levels: { ...example.levels, '12': 7, '99': 3 } }));
    const { code, stderr } = await cli(['score', path, '--lang', 'en', '--catalogue', catalogue.id]);
    expect(code).toBe(1);
    expect(stderr).toContain('levels.99: Indicator "99" is not in catalogue permenpanrb-59-2020.\n');
    expect(stderr).toContain('levels.12: Indicator 12 level must be 1–5, not 7.\n');
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/u);
  });

  it('with --format json the issues are printed as JSON', async () => {
    const path = file('bad2.json', JSON.stringify({ levels: { '1': 3 } }));
    const { code, stdout } = await cli(['score', path, '--format', 'json', '--catalogue', catalogue.id]);
    expect(code).toBe(1);
    const parsed = JSON.parse(stdout) as { success: boolean; issues: { code: string }[] };
    expect(parsed.success).toBe(false);
    expect(parsed.issues).toHaveLength(46);
    expect(parsed.issues[0]?.code).toBe('indicator.missing');
  });

  it('--missing partial scores an incomplete assessment', async () => {
    const path = file('partial.json', JSON.stringify({ levels: { '1': 3, '2': 4 } }));
    const { code, stdout } = await cli(['score', path, '--missing', 'partial', '--format', 'json', '--catalogue', catalogue.id]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      ...JSON.parse(JSON.stringify(score(catalogue, { levels: { '1': 3, '2': 4 } }, { missing: 'partial' }))),
      catalogueChoice: { id: catalogue.id, source: 'flag' },
    });
  });

  it('a zip that is no readable .xlsx (a broken file, an .ods): exit 1 with advice', async () => {
    const path = file('penilaian.xlsx', 'PK\u0003\u0004\u0014\u0000binary');
    const { code, stderr } = await cli(['score', path, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toContain('is a workbook but not .xlsx: save it as .xlsx or "CSV UTF-8"');
  });

  it('invalid JSON is an input issue (exit 1)', async () => {
    const path = file('broken.json', '{ "levels": ');
    const { code, stderr } = await cli(['score', path]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^.*broken\.json: Berkas .* bukan JSON yang valid/u);
  });

  it('files over 10 MB are refused before reading them', async () => {
    const path = file('huge.json', ' '.repeat(10 * 1024 * 1024 + 1));
    const { code, stderr } = await cli(['score', path, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toContain('is larger than the 10 MB limit');
  });

  describe('usage errors exit with 2', () => {
    it.each([
      [['score']],
      [['score', 'a.json', 'b.json']],
      [['score', 'examples/kota-contoh-2024.json', '--format', 'xml']],
      [['score', 'examples/kota-contoh-2024.json', '--lang', 'fr']],
      [['score', 'examples/kota-contoh-2024.json', '--bogus']],
      [['score', 'examples/kota-contoh-2024.json', '--catalogue', 'nope']],
      [['score', 'does-not-exist.json']],
      [['frobnicate']],
      [[]],
    ])('%j', async (args) => {
      const { code, stderr, stdout } = await cli(args);
      expect(code).toBe(2);
      expect(stderr + stdout).not.toMatch(/\bat .*:\d+:\d+/u);
    });
  });
});
