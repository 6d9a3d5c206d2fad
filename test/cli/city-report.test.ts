import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planCity } from '../../src/analysis/city/plan-city.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Assessment } from '../../src/model/assessment.js';
import { renderCityMarkdown } from '../../src/report/city-text.js';
import { cli } from './run-cli.js';

/** `spbe rollup` as the city report: --history for the trend, --target (and --costs) for the action lists. */

const root = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'spbe-city-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const rel = (file: string): string => relative(root, file);

const files = readdirSync('examples/opd/2024').filter((f) => f.endsWith('.json')).sort();
const units = files.map((f) => JSON.parse(readFileSync(`examples/opd/2024/${f}`, 'utf8')) as Assessment);

/** The same units a year earlier, one level lower where they can go lower, as a folder. */
function earlierYear(year: number): string {
  const dir = join(work, String(year));
  mkdirSync(dir, { recursive: true });
  units.forEach((unit, k) => {
    const levels = Object.fromEntries(Object.entries(unit.levels).map(([id, level]) => [id, typeof level === 'number' && level > 1 ? level - 1 : level]));
    writeFileSync(join(dir, files[k] as string), JSON.stringify({ ...unit, year, levels }));
  });
  return dir;
}

describe('spbe rollup --history', () => {
  it('adds the earlier years to the trend, read from spbe rollup --format json', async () => {
    const earlier = await cli(['rollup', rel(earlierYear(2023)), '--format', 'json']);
    expect(earlier.code).toBe(0);
    const file = join(work, 'kota-2023.json');
    writeFileSync(file, earlier.stdout);
    const { code, stdout } = await cli(['rollup', 'examples/opd/2024', '--format', 'md', '--lang', 'en', '--history', rel(file)]);
    expect(code).toBe(0);
    const history = [{ year: 2023, result: JSON.parse(earlier.stdout).consolidated }];
    expect(stdout.replace('\n\nCatalogue: permenpanrb-59-2020 (for the assessment year 2024)\n', '')).toBe(renderCityMarkdown(catalogue, rollup(catalogue, units, { strategy: 'mean', score: {} }), { lang: 'en', history }));
    expect(stdout).toMatch(/\| 2023 \| permenpanrb-59-2020 \| [0-9.]+ \|/u);
  });

  it('refuses a file that is not a city result, an edited one, and a year not before this one, naming each file', async () => {
    const notResult = join(work, 'not-a-result.json');
    writeFileSync(notResult, JSON.stringify({ levels: { '1': 3 } }));
    const sameYear = join(work, 'kota-2024.json');
    writeFileSync(sameYear, (await cli(['rollup', 'examples/opd/2024', '--format', 'json'])).stdout);
    const edited = join(work, 'kota-2022.json');
    const earlier = JSON.parse((await cli(['rollup', rel(earlierYear(2022)), '--format', 'json'])).stdout);
    writeFileSync(edited, JSON.stringify({ ...earlier, consolidated: { ...earlier.consolidated, index: { ...earlier.consolidated.index, value: '4.99' } } }));
    const { code, stdout, stderr } = await cli(['rollup', 'examples/opd/2024', '--lang', 'en', '--history', rel(notResult), '--history', rel(sameYear), '--history', rel(edited)]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${rel(notResult)}.meta.catalogue.id: `);
    expect(stderr).toContain(`${rel(sameYear)}.consolidated.assessment.year: `);
    expect(stderr).toContain('The year 2024 is not before 2024');
    expect(stderr).toMatch(new RegExp(`${rel(edited).replaceAll('.', '\\.')}\\.consolidated\\.index\\.value: .*should be`, 'u'));
  });

  it('is a usage error with a format that shows no city report', async () => {
    const { code, stderr } = await cli(['rollup', 'examples/opd/2024', '--format', 'json', '--history', 'examples/kota-contoh-2023.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('--history');
  });
});

describe('spbe rollup --target', () => {
  it("adds each unit's action list from the city plan, with the costs file", async () => {
    const { code, stdout } = await cli(['rollup', 'examples/opd/2024', '--format', 'md', '--lang', 'en', '--target', '3.8']);
    expect(code).toBe(0);
    const cityPlan = planCity(catalogue, units, { index: '3.8' }, { rollup: { strategy: 'mean', score: {} } });
    expect(cityPlan.units.length).toBeGreaterThan(0);
    expect(stdout).toContain('## Action list per unit (cheapest city plan)');
    for (const unit of cityPlan.units) expect(stdout).toContain(`### ${unit.unit} · Cost ${unit.cost}`);
  });

  it('names the costs file in its issues, and --costs alone is a usage error', async () => {
    const costs = join(work, 'costs.json');
    writeFileSync(costs, JSON.stringify({ defaultCost: -1 }));
    const bad = await cli(['rollup', 'examples/opd/2024', '--target', '3.8', '--costs', rel(costs), '--lang', 'en']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${rel(costs)}.defaultCost`);
    expect((await cli(['rollup', 'examples/opd/2024', '--costs', rel(costs)])).code).toBe(2);
  });
});

describe('the example city (examples/opd, examples/city)', () => {
  it("gives the README's city report: 30 OPDs by owner, the units not ranked, the action lists and the trend", async () => {
    const args = ['rollup', 'examples/opd/2025', '--responsibilities', 'examples/city/responsibilities-59-2020.json', '--minimum-coverage', '0,05', '--lang', 'en'];
    const { code, stdout } = await cli([...args, '--history', 'examples/city/kota-contoh-2024.json', '--target', 'sangat-baik', '--costs', 'examples/city/costs-59-2020.json', '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout).toContain('- Units: 30');
    expect(stdout).toContain('### Units not ranked');
    expect(stdout).toMatch(/### Diskominfo · Cost \d+/u);
    expect(stdout).toMatch(/\| 2024 \| permenpanrb-59-2020 \| [0-9.]+ \| \w+ \|\n\| 2025 \| permenpanrb-59-2020 \|/u);
    // The responsibilities sheet (CSV) says the same as the JSON file.
    const fromCsv = await cli([...args.map((arg) => arg.replace('responsibilities-59-2020.json', 'responsibilities-59-2020.csv')), '--format', 'json']);
    const fromJson = await cli([...args, '--format', 'json']);
    expect(JSON.parse(fromCsv.stdout).consolidated).toEqual(JSON.parse(fromJson.stdout).consolidated);
  });

  it('in 2026 (Indeks Pemerintah Digital) marks the change of instrument after 2024 and 2025', async () => {
    const { code, stdout } = await cli([
      'rollup', 'examples/opd/2026', '--responsibilities', 'examples/city/responsibilities-8-2026.json', '--lang', 'en', '--format', 'md',
      '--history', 'examples/city/kota-contoh-2024.json', '--history', 'examples/city/kota-contoh-2025.json',
      '--target', 'sangat-baik', '--costs', 'examples/city/costs-8-2026.json',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Catalogue: `permenpanrb-8-2026`');
    expect(stdout).toMatch(/\| 2026 \| permenpanrb-8-2026 \| [0-9.]+ \| [\w ]+ \| ← Instrument changed \|/u);
    expect(stdout).toContain('## Action list per unit (cheapest city plan)');
  });
});

describe('the figures docs/city-evaluation.md and docs/evaluasi-kota.md give for the example city', () => {
  const responsibilities = ['--responsibilities', 'examples/city/responsibilities-59-2020.json'];

  it('3.24 in 2025 with twelve OPDs ranked and eighteen apart; 2.84 in 2024', async () => {
    const city = JSON.parse((await cli(['rollup', 'examples/opd/2025', ...responsibilities, '--minimum-coverage', '0,05', '--format', 'json'])).stdout);
    expect([city.consolidated.index.value, city.units.length, city.unranked.length]).toEqual(['3.24', 12, 18]);
    expect(JSON.parse(readFileSync('examples/city/kota-contoh-2024.json', 'utf8')).consolidated.index.value).toBe('2.84');
  });

  it('the cheapest plan to Sangat Baik costs 16 and reaches 3.51, BPKAD raising 33 and 38 from 2 to 4', async () => {
    const plan = JSON.parse((await cli(['city-plan', 'examples/opd/2025', ...responsibilities, '--target', 'sangat-baik', '--costs', 'examples/city/costs-59-2020.json', '--format', 'json'])).stdout);
    expect([plan.totalCost, plan.rollup.consolidated.index.value]).toEqual(['16', '3.51']);
    const bpkad = plan.units.find((unit: { unit: string }) => unit.unit === 'BPKAD');
    expect(bpkad.raises.map((r: { indicator: string; from: number; to: number }) => [r.indicator, r.from, r.to])).toEqual([
      ['33', 2, 4],
      ['38', 2, 4],
    ]);
  });
});

describe('spbe report given units', () => {
  const owners = ['--responsibilities', 'examples/city/responsibilities-59-2020.json'];

  it('a directory with --responsibilities gives the city page, byte for byte as spbe rollup --format html', async () => {
    const report = await cli(['report', 'examples/opd/2025', ...owners, '--lang', 'en']);
    const rolled = await cli(['rollup', 'examples/opd/2025', ...owners, '--format', 'html', '--lang', 'en']);
    expect(report.stderr).toBe(rolled.stderr);
    expect(report.code).toBe(0);
    expect(report.stdout).toBe(rolled.stdout);
    expect(report.stdout).toContain('<table class="ranking">');
    expect(report.stdout).toContain('<table class="heat"');
  });

  it('several files give the city page; --target and --history work as for spbe rollup', async () => {
    const some = files.slice(0, 4).map((f) => `examples/opd/2024/${f}`);
    const history = ['--history', 'examples/city/kota-contoh-2024.json'];
    const report = await cli(['report', ...some.map((f) => f.replace('2024', '2025')), '--target', '3.5', ...history, '--lang', 'id']);
    const rolled = await cli(['rollup', ...some.map((f) => f.replace('2024', '2025')), '--target', '3.5', ...history, '--format', 'html', '--lang', 'id']);
    expect(report.code).toBe(0);
    expect(report.stdout).toBe(rolled.stdout);
    expect(report.stdout).toContain('<table class="ranking">');
    // --format md gives the city report in Markdown, as spbe rollup --format md does.
    const md = await cli(['report', ...some.map((f) => f.replace('2024', '2025')), '--format', 'md', '--lang', 'en']);
    expect(md.stdout).toBe((await cli(['rollup', ...some.map((f) => f.replace('2024', '2025')), '--format', 'md', '--lang', 'en'])).stdout);
  });

  it('one file stays the report of one assessment; --previous with units is a usage error', async () => {
    const one = await cli(['report', 'examples/kota-contoh-2024.json', '--lang', 'en']);
    expect(one.code).toBe(0);
    expect(one.stdout).not.toContain('<table class="ranking">');
    const mixed = await cli(['report', 'examples/opd/2025', '--previous', 'examples/kota-contoh-2023.json', '--lang', 'en']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('--previous applies to one assessment, not to the city report of several units.');
  });
});

describe('spbe rollup --help says what each format gives', () => {
  it('table, md and html: the city report; json: the roll-up; csv: the consolidated result', async () => {
    const help = await cli(['rollup', '--help', '--lang', 'en']);
    expect(help.stdout.replace(/\s+/gu, ' ')).toContain('--format table (default), md and html give the city report');
    expect(help.stdout.replace(/\s+/gu, ' ')).toContain('csv renders the consolidated result as one result');
    const id = await cli(['rollup', '--help', '--lang', 'id']);
    expect(id.stdout.replace(/\s+/gu, ' ')).toContain('--format table (bawaan), md, dan html memberi laporan kota');
    // And the code does it: md has the ranking and the map, csv is one result's rows.
    const md = await cli(['rollup', 'examples/opd/2024', '--format', 'md', '--lang', 'en']);
    expect(md.stdout).toContain('Ranking of the units (OPD)');
    const csv = await cli(['rollup', 'examples/opd/2024', '--format', 'csv', '--lang', 'en']);
    expect(csv.stdout.split('\r\n').slice(0, 2)).toEqual(['kind,id,name,parent,weight,level,value,contribution,predicate,exact level', 'index,,SPBE Index,,100,,2.84,,Good,']);
    expect(csv.stdout).not.toContain('Diskominfo');
  });
});
