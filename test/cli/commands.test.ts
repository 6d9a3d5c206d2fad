import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb52018 } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import { catalogueSnapshot } from '../../src/catalogue/snapshot.js';
import { VERSION } from '../../src/version.js';
import { cli } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'spbe-cli-'));

describe('help and version', () => {
  it.each([['score'], ['report'], ['catalogue'], ['explain'], ['compare'], ['plan'], ['rollup']])('spbe %s --help (both languages)', async (command) => {
    for (const lang of ['id', 'en']) {
      const { code, stdout } = await cli([command, '--help', '--lang', lang]);
      expect(code).toBe(0);
      expect(stdout).toMatch(lang === 'id' ? /Penggunaan: spbe/u : /Usage: spbe/u);
      expect(stdout).toContain('--catalogue');
    }
  });

  it('spbe --help lists the commands; spbe --version prints the version', async () => {
    const help = await cli(['--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('score <file|->');
    expect(help.stdout.split('\n')[0]).toBe('spbe: exact Indeks Pemerintah Digital (PermenPANRB 8/2026, from 2026) and Indeks SPBE');
    expect((await cli(['--help'])).stdout).toMatch(/^spbe: perhitungan eksak Indeks Pemerintah Digital \(PermenPANRB 8\/2026, mulai 2026\) dan\nIndeks SPBE/u);
    const version = await cli(['--version']);
    expect(version).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});

describe('global options before the command', () => {
  it('spbe --lang en --format json score <file> works like options after it', async () => {
    const before = await cli(['--lang', 'en', '--format', 'json', 'score', 'examples/kota-contoh-2024.json']);
    const after = await cli(['score', 'examples/kota-contoh-2024.json', '--lang', 'en', '--format', 'json']);
    expect(before.code).toBe(0);
    expect(before.stdout).toBe(after.stdout);
  });
});

describe('spbe report', () => {
  it('writes a self-contained HTML file with the previous year', async () => {
    const out = join(tmp, 'report.html');
    const { code, stderr } = await cli([
      'report',
      'examples/kota-contoh-2024.json',
      '--previous',
      'examples/kota-contoh-2023.json',
      '--out',
      out,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<svg class="chart radar"');
    expect(html).toContain('<th class="num">Sebelumnya</th>');
    expect(html).toContain('delta-up');
  });

  it('with --target and --costs the plan is a section; --format md carries both extras', async () => {
    const { code, stdout } = await cli([
      'report',
      'examples/kota-contoh-2024.json',
      '--previous',
      'examples/kota-contoh-2023.json',
      '--target',
      'memuaskan',
      '--costs',
      'examples/kota-contoh-costs.json',
      '--format',
      'md',
      '--out',
      '-',
      '--lang',
      'en',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('# Comparison');
    expect(stdout).toContain('# Cheapest improvement plan');
    expect(stdout).toContain('Reachable at a total cost of 57.5');
  });

  it('--costs without --target is a usage error', async () => {
    expect((await cli(['report', 'examples/kota-contoh-2024.json', '--costs', 'examples/kota-contoh-costs.json', '--out', '-'])).code).toBe(2);
  });
});

describe('spbe catalogue', () => {
  it('list shows the built-in catalogues, newest first, with the years each applies to', async () => {
    const { code, stdout } = await cli(['catalogue', 'list']);
    expect(code).toBe(0);
    const rows = stdout.split('\n').slice(2, 5).map((line) => line.split(/ {2,}/u).slice(0, 2));
    expect(rows).toEqual([
      ['permenpanrb-8-2026', '2026–'],
      ['permenpanrb-59-2020', '2021–2025'],
      ['permenpanrb-5-2018', '2018–2020'],
    ]);
    const json = await cli(['catalogue', 'list', '--format', 'json']);
    expect(JSON.parse(json.stdout).map((entry: { id: string; from: number; to: number | null }) => [entry.id, entry.from, entry.to])).toEqual([
      ['permenpanrb-8-2026', 2026, null],
      ['permenpanrb-59-2020', 2021, 2025],
      ['permenpanrb-5-2018', 2018, 2020],
    ]);
    expect(JSON.parse(json.stdout)[1]).toMatchObject({ id: 'permenpanrb-59-2020', checksum: catalogue.checksum });
  });

  it('show prints the tree (table), the snapshot (md) or the definition (json)', async () => {
    const table = await cli(['catalogue', 'show', 'permenpanrb-59-2020', '--lang', 'en']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('D3');
    expect(table.stdout).toContain('16.5');
    expect(Math.max(...table.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect((await cli(['catalogue', 'show', 'permenpanrb-59-2020', '--format', 'md'])).stdout).toBe(catalogueSnapshot(catalogue));
    const json = await cli(['catalogue', 'show', 'permenpanrb-59-2020', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(catalogue.definition)));
  });

  it('unknown catalogue or action: usage error', async () => {
    expect((await cli(['catalogue', 'show', 'nope'])).code).toBe(2);
    expect((await cli(['catalogue', 'fly'])).code).toBe(2);
  });
});

const built = existsSync('dist/cli.js');
describe.skipIf(!built)('the built executable dist/cli.js', () => {
  it('has a shebang and scores the example with exit code 0', () => {
    expect(readFileSync('dist/cli.js', 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const out = execFileSync(process.execPath, ['dist/cli.js', 'score', 'examples/kota-contoh-2024.json', '--format', 'json'], { encoding: 'utf8' });
    expect(JSON.parse(out).index.value).toBe('3.75');
  });

  it('exit codes 1 and 2 from a real process, no stack trace', () => {
    const issues = spawnSync(process.execPath, ['dist/cli.js', 'score', '-'], { input: '{"levels":{}}', encoding: 'utf8' });
    expect(issues.status).toBe(1);
    expect(issues.stderr.split('\n')[0]).toBe('levels.1: Tingkat indikator 1 tidak diisi.');
    const usage = spawnSync(process.execPath, ['dist/cli.js', 'score'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).not.toMatch(/\bat .*:\d+:\d+/u);
  });
});

describe('spbe catalogue validate and schema', () => {
  it('validate: a valid file (exit 0), an invalid one (exit 1, one line per issue, or JSON)', async () => {
    const good = join(tmp, 'catalogue.json');
    writeFileSync(good, JSON.stringify(catalogue.definition));
    const ok = await cli(['catalogue', 'validate', good, '--lang', 'en']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`Valid catalogue: permenpanrb-59-2020 rev. 1, 12 groups, 47 indicators, ${catalogue.checksum}`);
    const bad = join(tmp, 'bad-catalogue.json');
    writeFileSync(bad, JSON.stringify({ ...catalogue.definition, totalWeight: '99' }));
    const refused = await cli(['catalogue', 'validate', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.split('\n').filter(Boolean).every((line) => /^[^:]+: \S/u.test(line))).toBe(true);
    const json = await cli(['catalogue', 'validate', bad, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ success: false });
  });

  it('a catalogue file can score: --catalogue file.json gives the same result as the built-in', async () => {
    const file = join(tmp, 'same.json');
    writeFileSync(file, JSON.stringify(catalogue.definition));
    const viaFile = await cli(['score', 'examples/kota-contoh-2024.json', '--catalogue', file, '--format', 'json']);
    const builtin = await cli(['score', 'examples/kota-contoh-2024.json', '--format', 'json']);
    expect(JSON.parse(viaFile.stdout).index).toEqual(JSON.parse(builtin.stdout).index);
  });

  it('schema prints the JSON Schemas shipped in docs/schema', async () => {
    for (const kind of ['catalogue', 'assessment', 'mapping', 'responsibilities']) {
      const { code, stdout } = await cli(['catalogue', 'schema', kind]);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(`docs/schema/${kind}.schema.json`, 'utf8')));
    }
    expect((await cli(['catalogue', 'schema', 'result'])).code).toBe(2);
  });

  it('the 2018 catalogue is built in', async () => {
    const { stdout } = await cli(['catalogue', 'list']);
    expect(stdout).toContain('permenpanrb-5-2018');
    const levels = Object.fromEntries(permenpanrb52018.indicators.map((i) => [i.id, 3]));
    const scored = await cli(['score', '-', '--catalogue', 'permenpanrb-5-2018', '--format', 'json'], JSON.stringify({ levels }));
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout).index.value).toBe('3.00');
  });
});

describe('how catalogue list counts indicators', () => {
  it('the 2018 catalogue: 35 numbered indicators, 37 scored items (35.1–35.3), as the READMEs say', async () => {
    const en = await cli(['catalogue', 'list', '--lang', 'en']);
    expect(en.stdout).toMatch(/^permenpanrb-5-2018 +2018–2020 +35 \(37 items\) /mu);
    expect(en.stdout).toMatch(/^permenpanrb-59-2020 +\S+ +47 /mu);
    expect((await cli(['catalogue', 'list'])).stdout).toMatch(/^permenpanrb-5-2018 +\S+ +35 \(37 butir\) /mu);
    const json = JSON.parse((await cli(['catalogue', 'list', '--format', 'json'])).stdout) as { id: string; indicators: number; items: number }[];
    expect(json.find((c) => c.id === 'permenpanrb-5-2018')).toMatchObject({ indicators: 35, items: 37 });
    for (const readme of ['README.md', 'README.id.md']) {
      expect(readFileSync(readme, 'utf8')).toMatch(/permenpanrb-5-2018` \| [^|]*\((?:35 indicators, scored as 37 items|35 indikator, dinilai sebagai 37 butir)/u);
    }
  });
});
