import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planCity } from '../../src/analysis/city/plan-city.js';
import { CITY_MENU_WORK_LIMIT, PLAN_CELL_LIMIT, PLAN_OPTION_LIMIT, PLAN_WORK_LIMIT } from '../../src/analysis/plan/limits.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Assessment } from '../../src/model/assessment.js';
import { renderCityMarkdown } from '../../src/report/city-text.js';
import { levelShown } from '../../src/report/exact-display.js';
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

describe('the figures the guides give for the fractional Pemdi city of 2026', () => {
  const args = ['examples/opd/2026', '--responsibilities', 'examples/city/responsibilities-8-2026.json'];

  it('2.77 (16621/6000): 1.26 is the city value on indicator 3, 7/6 and three whole levels make 61/24 on 19', async () => {
    const city = JSON.parse((await cli(['rollup', ...args, '--format', 'json'])).stdout);
    expect([city.consolidated.index.value, city.consolidated.index.exact, city.consolidated.index.predicate.id]).toEqual(['2.77', '16621/6000', 'baik']);
    const level = (id: string) => city.consolidated.indicators.find((i: { id: string }) => i.id === id);
    expect([level('3').level, level('3').levelDisplay, level('19').level, level('19').levelDisplay]).toEqual(['63/50', '1.26', '61/24', '2.54']);
  });

  it('the cheapest plan to Sangat Baik costs 32 and reaches 3.51, each fractional value paying the whole step it is in', async () => {
    const plan = JSON.parse((await cli(['city-plan', ...args, '--target', 'sangat-baik', '--costs', 'examples/city/costs-8-2026.json', '--format', 'json'])).stdout);
    expect([plan.totalCost, plan.optimal, plan.rollup.consolidated.index.value]).toEqual(['32', true, '3.51']);
    const raise = (unit: string) => plan.units.find((u: { unit: string }) => u.unit === unit).raises.map((r: { indicator: string; from: unknown; to: number; cost: string }) => [r.indicator, r.from, r.to, r.cost]);
    expect(raise('Satpol PP')).toEqual([['19', '7/6', 3, '2']]);
    expect(raise('BKPSDM')).toEqual([['3', '63/50', 5, '7']]);
    expect(raise('Dinas Kesehatan')).toEqual([['20', '5/4', 3, '2']]);
  });

  it('both guides say so', () => {
    const en = readFileSync('docs/city-evaluation.md', 'utf8').replace(/\s+/gu, ' ');
    const id = readFileSync('docs/evaluasi-kota.md', 'utf8').replace(/\s+/gu, ' ');
    expect(en).toContain('The 2026 city stands at **2.77** (exactly 16621/6000, Baik)');
    expect(en).toContain('The cheapest plan to Sangat Baik costs **32** and reaches 3.51');
    expect(en).toContain('Satpol PP raises indicator 19 from 7/6 to 3 for 2 (the steps 1→2 and 2→3), BKPSDM indicator 3 from 1.26 to 5 for 7, Dinas Kesehatan indicator 20 from 1.25 to 3 for 2');
    expect(id).toContain('Kota pada 2026 berada di **2,77** (tepatnya 16621/6000, Baik)');
    expect(id).toContain('Rencana termurah ke Sangat Baik berbiaya **32** dan mencapai 3,51');
    expect(id).toContain('Satpol PP menaikkan indikator 19 dari 7/6 ke 3 dengan biaya 2 (langkah 1→2 dan 2→3), BKPSDM indikator 3 dari 1,26 ke 5 dengan biaya 7, Dinas Kesehatan indikator 20 dari 1,25 ke 3 dengan biaya 2');
  });

  it('both guides give the planner budgets the code enforces, and the rule a shown value follows', () => {
    const en = readFileSync('docs/city-evaluation.md', 'utf8').replace(/\s+/gu, ' ');
    const id = readFileSync('docs/evaluasi-kota.md', 'utf8').replace(/\s+/gu, ' ');
    expect([PLAN_CELL_LIMIT, PLAN_WORK_LIMIT]).toEqual([50_000_000, 1_000_000_000]);
    expect(en).toContain('50,000,000 table cells and 1,000,000,000 solver steps');
    expect(id).toContain('50.000.000 sel tabel dan 1.000.000.000 langkah pemecah');
    // The city plan's own sizes: where its menus stop being built, and where it refuses.
    expect([PLAN_OPTION_LIMIT, CITY_MENU_WORK_LIMIT]).toEqual([1_000_000, 5_000_000]);
    for (const claim of ['would take more than 5,000,000 steps', 'more than 1,000,000 unit level options', 'more than 5,000,000 city menu steps']) expect(en).toContain(claim);
    for (const claim of ['memerlukan lebih dari 5.000.000 langkah', 'lebih dari 1.000.000 pilihan tingkat unit', 'lebih dari 5.000.000 langkah menu kota']) expect(id).toContain(claim);
    // The display rule, as test/report/city-report.test.ts holds the renderers to it.
    expect(en).toContain('in full when it has at most two decimals (3, 2.5, 1.26), otherwise rounded half up to two decimals after "≈" (≈1.17 for 7/6, ≈2.54 for 61/24, ≈3.13 for 3.125)');
    expect(id).toContain('utuh bila desimalnya paling banyak dua (3, 2,5, 1,26), selain itu dibulatkan setengah ke atas menjadi dua desimal di belakang "≈" (≈1,17 untuk 7/6, ≈2,54 untuk 61/24, ≈3,13 untuk 3,125)');
    expect([levelShown(3, 'en'), levelShown('5/2', 'en'), levelShown('63/50', 'en'), levelShown('7/6', 'en'), levelShown('61/24', 'en'), levelShown('25/8', 'en')]).toEqual(['3', '2.5', '1.26', '≈1.17', '≈2.54', '≈3.13']);
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
