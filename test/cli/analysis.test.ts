import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/analysis/compare.js';
import { explain } from '../../src/analysis/explain.js';
import { plan } from '../../src/analysis/plan/plan.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Assessment } from '../../src/model/assessment.js';
import { score } from '../../src/scoring/score.js';
import { renderCityHtml } from '../../src/report/city-html.js';
import { cli } from './run-cli.js';

const read = (path: string): Assessment => JSON.parse(readFileSync(path, 'utf8')) as Assessment;
const r2023 = score(catalogue, read('examples/kota-contoh-2023.json'));
const r2024 = score(catalogue, read('examples/kota-contoh-2024.json'));
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
/** What --format json adds to the library's output: the catalogue chosen, here by the files' years. */
const byYear = (year: number) => ({ id: catalogue.id, source: 'year', year });
const withChoice = (value: unknown, year = 2024): unknown => ({ ...(roundTrip(value) as object), catalogueChoice: byYear(year) });

describe('help for the analysis commands', () => {
  it.each([['explain'], ['compare'], ['plan'], ['rollup']])('spbe %s --help', async (command) => {
    for (const lang of ['id', 'en']) {
      const { code, stdout } = await cli([command, '--help', '--lang', lang]);
      expect(code).toBe(0);
      expect(stdout).toContain(`spbe ${command}`);
    }
  });
});

describe('spbe explain', () => {
  it('json is the library explanation; text is the library rendering', async () => {
    const json = await cli(['explain', 'examples/kota-contoh-2024.json', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(withChoice(explain(r2024, catalogue)));
    const text = await cli(['explain', 'examples/kota-contoh-2024.json', '--lang', 'en']);
    expect(text.stdout).toContain('SPBE index: 3.75 (Very good)');
  });
});

describe('spbe compare', () => {
  it('json is exactly compare(before, after)', async () => {
    const { code, stdout } = await cli(['compare', 'examples/kota-contoh-2023.json', 'examples/kota-contoh-2024.json', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ ...(roundTrip(compare(r2023, r2024)) as object), catalogueChoice: { before: byYear(2023), after: byYear(2024) } });
  });

  it('table: index change and predikat change in Indonesian', async () => {
    const { stdout } = await cli(['compare', 'examples/kota-contoh-2023.json', 'examples/kota-contoh-2024.json']);
    const delta = compare(r2023, r2024).index.delta?.value.replace('.', ',');
    expect(stdout).toContain(`Indeks SPBE  2,95 → 3,75  (${delta})  Baik → Sangat Baik`);
    expect(Math.max(...stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });

  it('--self-assessment adds the over/under-rating summary', async () => {
    const { stdout } = await cli(['compare', 'examples/kota-contoh-2024.json', 'examples/kota-contoh-2023.json', '--self-assessment', '--lang', 'en']);
    expect(stdout).toMatch(/Self-assessment: \d+ over-rated, 0 under-rated/u);
  });

  it('a bad second file: exit 1', async () => {
    const { code } = await cli(['compare', 'examples/kota-contoh-2023.json', '-', '--lang', 'en'], '{"levels":{"1":9}}');
    expect(code).toBe(1);
  });

  it('one file only: usage error', async () => {
    expect((await cli(['compare', 'examples/kota-contoh-2023.json'])).code).toBe(2);
  });
});

describe('spbe plan', () => {
  const costs = JSON.parse(readFileSync('examples/kota-contoh-costs.json', 'utf8'));

  it('json is exactly plan(result, catalogue, target, costs)', async () => {
    const { code, stdout } = await cli(['plan', 'examples/kota-contoh-2024.json', '--target', 'memuaskan', '--costs', 'examples/kota-contoh-costs.json', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(withChoice(plan(r2024, catalogue, { predicate: 'memuaskan' }, costs)));
  });

  it('without --target is a usage error naming the three kinds of target', async () => {
    const { code, stdout, stderr } = await cli(['plan', 'examples/kota-contoh-2024.json', '--lang', 'en']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('spbe plan needs --target (e.g. --target 3.5, --target sangat-baik, --target D3=2.6).');
  });

  it('issues of the --costs file name that file, as compare and city-plan name theirs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-costs-'));
    try {
      const file = join(dir, 'biaya.json');
      writeFileSync(file, JSON.stringify({ defaultCosts: 2, locked: ['99'] }));
      for (const command of [['plan', '--target', '4'], ['frontier', '--target', 'D9=3']]) {
        const { code, stderr } = await cli([command[0]!, 'examples/kota-contoh-2024.json', ...command.slice(1), '--costs', file, '--lang', 'en']);
        expect(code).toBe(1);
        const lines = stderr.trimEnd().split('\n');
        expect(lines).toContain(`${file}.defaultCosts: Unknown option "defaultCosts"; did you mean "defaultCost"?`);
        expect(lines.some((line) => line.startsWith(`${file}.locked.0: `))).toBe(true);
        // A --target group is not the costs file's.
        if (command[0] === 'frontier') expect(lines.some((line) => line.startsWith('groups.D9: '))).toBe(true);
      }
      writeFileSync(file, '[1]');
      const { stderr } = await cli(['plan', 'examples/kota-contoh-2024.json', '--target', '4', '--costs', file, '--lang', 'en']);
      expect(stderr).toBe(`${file}: The options must be an object.\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('targets combine: an index, a predikat and a group', async () => {
    const { code, stdout } = await cli(['plan', 'examples/kota-contoh-2024.json', '--target', '3.9', '--target', 'D3=3.5', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(withChoice(plan(r2024, catalogue, { index: '3.9', groups: { D3: '3.5' } })));
  });

  it('table output and an unreachable target (exit 0, says why)', async () => {
    const ok = await cli(['plan', 'examples/kota-contoh-2024.json', '--target', 'memuaskan', '--lang', 'en']);
    expect(ok.stdout).toContain('Reachable at a total cost of');
    const locked = await cli(['plan', '-', '--target', '4.9', '--lang', 'en'], JSON.stringify(read('examples/kota-contoh-2024.json')));
    expect(locked.code).toBe(0);
    expect(plan(r2024, catalogue, { index: '4.9' }).reachable).toBe(true);
  });

  it('no target or a malformed target: usage error; an unknown predikat: input issue', async () => {
    expect((await cli(['plan', 'examples/kota-contoh-2024.json'])).code).toBe(2);
    expect((await cli(['plan', 'examples/kota-contoh-2024.json', '--target', '3.5.1'])).code).toBe(2);
    expect((await cli(['plan', 'examples/kota-contoh-2024.json', '--target', 'luar-biasa'])).code).toBe(1);
  });
});

describe('spbe rollup', () => {
  const files = readdirSync('examples/opd/2024').filter((f) => f.endsWith('.json')).sort();
  const units = files.map((f) => read(`examples/opd/2024/${f}`));

  it('json is exactly rollup(catalogue, the folder’s assessments, { strategy })', async () => {
    for (const strategy of ['mean', 'median', 'min', 'max'] as const) {
      const { code, stdout } = await cli(['rollup', 'examples/opd/2024', '--strategy', strategy, '--format', 'json']);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual(withChoice(rollup(catalogue, units, { strategy, score: {} })));
    }
  });

  it('table: ranks every unit; files may be given one by one', async () => {
    const { code, stdout } = await cli(['rollup', ...files.map((f) => `examples/opd/2024/${f}`), '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('City evaluation report');
    expect(stdout).toContain('Ranking of the units (OPD)');
    expect(stdout).toContain('Inspektorat');
    expect(Math.max(...stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });

  it('--format html and md render the city report', async () => {
    const { stdout } = await cli(['rollup', 'examples/opd/2024', '--format', 'html', '--name', 'Pemerintah Kota Contoh']);
    expect(stdout).toBe(renderCityHtml(catalogue, rollup(catalogue, units, { strategy: 'mean', score: {}, name: 'Pemerintah Kota Contoh' }), { notes: ['Katalog: permenpanrb-59-2020 (menurut tahun penilaian 2024)'] }));
    const markdown = await cli(['rollup', 'examples/opd/2024', '--format', 'md', '--lang', 'en']);
    expect(markdown.stdout).toContain('## Level map: unit × indicator');
  });

  it('a bad unit file is named in the issue path; a bad strategy is a usage error', async () => {
    const { code, stderr } = await cli(['rollup', 'examples/opd/2024/bappeda.json', '-'], 'indikator;tingkat\n1;tiga\n');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^-\.row\.2\.tingkat: /u);
    expect((await cli(['rollup', 'examples/opd/2024', '--strategy', 'mode'])).code).toBe(2);
  });
});
