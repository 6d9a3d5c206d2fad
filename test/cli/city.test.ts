import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { safePlanCity } from '../../src/analysis/city/plan-city.js';
import type { Responsibilities } from '../../src/analysis/rollup/responsibilities.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Assessment } from '../../src/model/assessment.js';
import { cli } from './run-cli.js';

/** What --format json prints: the library's object and the catalogue the units' year chose. */
const roundTrip = (value: unknown): unknown => ({ ...(JSON.parse(JSON.stringify(value)) as object), catalogueChoice: { id: catalogue.id, source: 'year', year: 2024 } });

/**
 * A small city over the 47 indicators of 59/2020: Bappeda owns 1–24, Diskominfo 20–47; 20–22 are
 * shared with Bappeda as lead, 23–24 shared without a lead. Inspektorat assessed one indicator
 * and owns nothing of its own but 9 (shared), so it covers little of the weight.
 */
const bappeda: Assessment = { agency: 'Bappeda', year: 2024, levels: Object.fromEntries(Array.from({ length: 24 }, (_, k) => [String(k + 1), 1 + ((k + 1) % 4)])) };
const diskominfo: Assessment = { agency: 'Diskominfo', year: 2024, levels: Object.fromEntries(Array.from({ length: 28 }, (_, k) => [String(k + 20), 1 + (((k + 20) * 3) % 5)])) };
const inspektorat: Assessment = { agency: 'Inspektorat', year: 2024, levels: { '9': 5 } };
const units = [bappeda, diskominfo, inspektorat];
const owners = (i: number): Responsibilities['indicators'][string] =>
  i === 9
    ? ['Bappeda', 'Inspektorat']
    : i < 20
      ? ['Bappeda']
      : i <= 22
        ? { owners: ['Bappeda', 'Diskominfo'], lead: 'Bappeda' }
        : i <= 24
          ? ['Bappeda', 'Diskominfo']
          : ['Diskominfo'];
const responsibilities: Responsibilities = { indicators: Object.fromEntries(Array.from({ length: 47 }, (_, k) => [String(k + 1), owners(k + 1)])) };

const root = mkdtempSync(join(tmpdir(), 'spbe-city-'));
const dir = join(root, 'opd');
mkdirSync(dir);
writeFileSync(join(dir, 'bappeda.json'), JSON.stringify(bappeda));
writeFileSync(join(dir, 'diskominfo.json'), JSON.stringify(diskominfo));
writeFileSync(join(dir, 'inspektorat.json'), JSON.stringify(inspektorat));
const responsibilitiesFile = join(root, 'tanggung-jawab.json');
writeFileSync(responsibilitiesFile, JSON.stringify(responsibilities));
const costs = { defaultCost: 2, costs: { '45': 1 }, units: { Diskominfo: { costs: { '47': 9 }, locked: ['42'] } } };
const costsFile = join(root, 'biaya.json');
writeFileSync(costsFile, JSON.stringify(costs));
const file = (name: string, content: unknown): string => {
  const path = join(root, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('spbe rollup: responsibilities, the owner strategy and coverage', () => {
  it('--responsibilities makes owner the strategy; json is exactly the library roll-up', async () => {
    const { code, stdout, stderr } = await cli(['rollup', dir, '--responsibilities', responsibilitiesFile, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const expected = rollup(catalogue, units, { strategy: 'owner', responsibilities, score: {} });
    expect(JSON.parse(stdout)).toEqual(roundTrip(expected));
    expect(expected.strategy).toBe('owner');
  });

  it('--owner-mode lead takes the lead owner’s level where one is named', async () => {
    const { stdout } = await cli(['rollup', dir, '--strategy', 'owner', '--responsibilities', responsibilitiesFile, '--owner-mode', 'lead', '--format', 'json']);
    const parsed = JSON.parse(stdout) as { consolidated: { indicators: { id: string; level: unknown }[] } };
    const level = (id: string): unknown => parsed.consolidated.indicators.find((entry) => entry.id === id)?.level;
    expect(level('20')).toBe(bappeda.levels['20']);
    // Shared without a lead: the mean of both owners, exactly.
    const mean = rollup(catalogue, units, { strategy: 'owner', responsibilities, ownerMode: 'lead', score: {} });
    expect(JSON.parse(stdout)).toEqual(roundTrip(mean));
  });

  it('--minimum-coverage (decimal comma or point) lists the units below it apart, unranked', async () => {
    for (const share of ['0,2', '0.2']) {
      const { code, stdout } = await cli(['rollup', dir, '--minimum-coverage', share, '--format', 'json']);
      expect(code).toBe(0);
      const parsed = JSON.parse(stdout) as { units: { unit: string }[]; unranked: { unit: string; coverage: string }[] };
      expect(parsed.units.map((unit) => unit.unit)).not.toContain('Inspektorat');
      expect(parsed.unranked.map((unit) => unit.unit)).toEqual(['Inspektorat']);
    }
    const bad = await cli(['rollup', dir, '--minimum-coverage', '1.5', '--lang', 'en']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('minimumCoverage');
  });

  it('--strategy weighted reads --unit-weights; issues in it name the file', async () => {
    const weights = file('bobot.json', { Bappeda: 2, Diskominfo: '1.5', Inspektorat: 1 });
    const { code, stdout } = await cli(['rollup', dir, '--strategy', 'weighted', '--unit-weights', weights, '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(roundTrip(rollup(catalogue, units, { strategy: 'weighted', unitWeights: { Bappeda: 2, Diskominfo: '1.5', Inspektorat: 1 }, score: {} })));
    const wrong = file('bobot-salah.json', { Bappeda: 2, Diskominfo: 1, Inspektorat: 1, Bapenda: 3 });
    const bad = await cli(['rollup', dir, '--strategy', 'weighted', '--unit-weights', wrong, '--lang', 'en']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${wrong}.Bapenda:`);
  });

  it('every problem of the responsibilities at once, each naming the file, the indicator and the unit', async () => {
    const broken = file('salah.json', {
      indicators: { ...responsibilities.indicators, '1': ['Bapeda'], '99': ['Bappeda'], '2': undefined, '3': { owners: ['Bappeda'], lead: 'Diskominfo' } },
    });
    const { code, stderr } = await cli(['rollup', dir, '--responsibilities', broken, '--lang', 'en']);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        `${broken}.indicators.1.0: Unit "Bapeda" has no assessment.`,
        `${broken}.indicators.99: Indicator "99" is not in catalogue permenpanrb-59-2020.`,
        `${broken}.indicators.2: Indicator 2 is owned by no unit.`,
        `${broken}.indicators.3.lead: The lead of indicator 3 must be one of its owners.`,
      ]),
    );
    expect(lines).toHaveLength(4);
  });

  it('a responsibilities file beside the units is skipped when named, and explained when not', async () => {
    const beside = join(root, 'beside');
    mkdirSync(beside);
    for (const unit of units) writeFileSync(join(beside, `${unit.agency}.json`), JSON.stringify(unit));
    writeFileSync(join(beside, 'tanggung-jawab.json'), JSON.stringify(responsibilities));
    const named = await cli(['rollup', beside, '--responsibilities', join(beside, 'tanggung-jawab.json'), '--format', 'json']);
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout)).toEqual(roundTrip(rollup(catalogue, units, { strategy: 'owner', responsibilities, score: {} })));
    const forgotten = await cli(['rollup', beside, '--lang', 'en']);
    expect(forgotten.code).toBe(1);
    expect(forgotten.stderr).toBe(`${join(beside, 'tanggung-jawab.json')}: The file ${join(beside, 'tanggung-jawab.json')} holds responsibilities (which unit owns which indicators), not an assessment: give it with --responsibilities.\n`);
  });

  it('reads responsibilities from a CSV sheet (Indonesian Excel), with issues at the file, row and column', async () => {
    const rows = Object.entries(responsibilities.indicators).flatMap(([id, entry]) =>
      Array.isArray(entry) ? entry.map((unit) => `${id};${unit};`) : (entry as { owners: string[]; lead?: string }).owners.map((unit) => `${id};${unit};${unit === (entry as { lead?: string }).lead ? 'ya' : ''}`),
    );
    const csv = file('tanggung-jawab.csv', `\uFEFFindikator;opd;utama\r\n${rows.join('\r\n')}\r\n`);
    const { code, stdout } = await cli(['rollup', dir, '--responsibilities', csv, '--owner-mode', 'lead', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(roundTrip(rollup(catalogue, units, { strategy: 'owner', ownerMode: 'lead', responsibilities, score: {} })));
    const broken = file('tanggung-jawab-salah.csv', `indikator;opd;utama\r\n${rows.slice(1).join('\r\n')}\r\n5;Bapeda;\r\n`);
    const bad = await cli(['rollup', dir, '--responsibilities', broken, '--lang', 'en']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(`${broken}.row.${rows.length + 1}.opd: Unit "Bapeda" has no assessment.\n${broken}.indicators.1: Indicator 1 is owned by no unit.\n`);
  });

  it.each([
    [['--strategy', 'owner'], '--strategy owner needs --responsibilities <file>'],
    [['--strategy', 'median', '--responsibilities', responsibilitiesFile], '--responsibilities is only used by --strategy owner, not median'],
    [['--owner-mode', 'lead'], '--owner-mode only applies to --strategy owner.'],
    [['--strategy', 'weighted'], '--strategy weighted and --unit-weights <file> go together.'],
    [['--unit-weights', responsibilitiesFile], '--strategy weighted and --unit-weights <file> go together.'],
  ])('flags that do not go together are a usage error: %j', async (flags, message) => {
    const { code, stderr } = await cli(['rollup', dir, ...flags, '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe('spbe city-plan', () => {
  const rollupOptions = { strategy: 'owner' as const, responsibilities, score: {} };
  const cityCosts = { costs: { defaultCost: 2, costs: { '45': 1 } }, units: { Diskominfo: { costs: { '47': 9 }, locked: ['42'] } } };
  const args = ['city-plan', dir, '--responsibilities', responsibilitiesFile, '--costs', costsFile, '--target', '3.2'];

  it('json is exactly safePlanCity with the costs file split into city-wide and per-unit options', async () => {
    const { code, stdout, stderr } = await cli([...args, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const expected = safePlanCity(catalogue, units, { index: '3.2' }, { rollup: rollupOptions, ...cityCosts });
    expect(expected.success).toBe(true);
    const planned = JSON.parse(stdout) as { reachable: boolean; units: { raises: { unit: string; indicator: string }[] }[] };
    expect(planned).toEqual(roundTrip(expected.success ? expected.output : null));
    expect(planned.reachable).toBe(true);
    // The lock on Diskominfo's 42 holds.
    expect(planned.units.flatMap((unit) => unit.raises).some((raise) => raise.unit === 'Diskominfo' && raise.indicator === '42')).toBe(false);
  });

  it('the table and Markdown show each OPD’s action list, the per-indicator view and the city after', async () => {
    const expected = safePlanCity(catalogue, units, { index: '3.2' }, { rollup: rollupOptions, ...cityCosts });
    if (!expected.success) throw new Error('plan failed');
    const plan = expected.output;
    const table = await cli([...args, '--lang', 'en']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Target: SPBE Index ≥ 3.20');
    expect(table.stdout).toContain(`Reachable at a total cost of ${plan.totalCost}`);
    expect(table.stdout).toContain(`Result after the plan: SPBE Index ${plan.rollup?.consolidated.index.value}`);
    for (const unit of plan.units) expect(table.stdout).toContain(`${unit.unit} — Cost ${unit.cost}`);
    expect(table.stdout).toContain('Per indicator (the city value)');
    expect(Math.max(...table.stdout.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(80);
    const md = await cli([...args, '--format', 'md', '--lang', 'id']);
    expect(md.stdout).toContain('# Rencana kota termurah per OPD');
    for (const unit of plan.units) expect(md.stdout).toContain(`### ${unit.unit} — Biaya ${unit.cost.replace('.', ',')}`);
    for (const change of plan.indicators) expect(md.stdout).toMatch(new RegExp(`\\| ${change.indicator} \\| .* \\| ${change.raises.map((raise) => raise.unit).join(', ')} \\|`, 'u'));
  });

  it('an unreachable target is an answer: exit 0, the best value and why', async () => {
    const { code, stdout } = await cli([...args.slice(0, -1), '5', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('The target cannot be reached.');
    expect(stdout).toContain('Best reachable value: SPBE Index');
  });

  it('a target already met needs nothing', async () => {
    const { stdout } = await cli([...args.slice(0, -1), '1', '--lang', 'en']);
    expect(stdout).toContain('The target is already met: nothing to raise.');
  });

  it('without responsibilities it consolidates with the chosen strategy', async () => {
    const { code, stdout } = await cli(['city-plan', dir, '--strategy', 'max', '--target', 'baik', '--format', 'json']);
    expect(code).toBe(0);
    const expected = safePlanCity(catalogue, units, { predicate: 'baik' }, { rollup: { strategy: 'max', score: {} } });
    expect(JSON.parse(stdout)).toEqual(roundTrip(expected.success ? expected.output : null));
  });

  it('issues in the costs file name it; --target is required', async () => {
    const bad = file('biaya-salah.json', { defaultCost: -1, units: { Bapeda: {}, Diskominfo: { caps: { '999': 2 } } } });
    const { code, stderr } = await cli(['city-plan', dir, '--target', '3', '--costs', bad, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${bad}.defaultCost:`);
    expect(stderr).toContain(`${bad}.units.Bapeda: Unit "Bapeda" has no assessment.`);
    expect(stderr).toContain(`${bad}.units.Diskominfo.caps.999:`);
    const missing = await cli(['city-plan', dir, '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('spbe city-plan needs --target');
  });

  it('--help lists its flags in both languages', async () => {
    for (const lang of ['id', 'en']) {
      const { code, stdout } = await cli(['city-plan', '--help', '--lang', lang]);
      expect(code).toBe(0);
      for (const flag of ['--target', '--costs', '--strategy', '--responsibilities', '--owner-mode', '--unit-weights']) expect(stdout).toContain(flag);
    }
  });
});

describe('a city of Pemdi OPDs with fractional values', () => {
  const pemdiDir = join(root, 'pemdi');
  mkdirSync(pemdiDir);
  const pemdiUnits: Assessment[] = [
    { agency: 'Diskominfo', year: 2026, levels: { '1': '7/6', '2': '1.26', '13': 3, '14': '2.5' } },
    { agency: 'Bappeda', year: 2026, levels: { '1': 2.5, '5': '1.3', '13': '7/3' } },
  ];
  for (const unit of pemdiUnits) writeFileSync(join(pemdiDir, `${unit.agency!.toLowerCase()}.json`), JSON.stringify(unit));

  it('spbe rollup consolidates them exactly; spbe city-plan plans from them', async () => {
    const rolled = await cli(['rollup', pemdiDir, '--format', 'json', '--lang', 'en']);
    expect(rolled.stderr).toBe('');
    expect(rolled.code).toBe(0);
    const city = JSON.parse(rolled.stdout) as { indicators: { id: string; level: { exact: string }; min: number | string; max: number | string }[] };
    expect(city.indicators[0]).toMatchObject({ level: { exact: '11/6' }, min: '7/6', max: '5/2' });
    const planned = await cli(['city-plan', pemdiDir, '--target', '2.5', '--format', 'json', '--lang', 'en']);
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(0);
    expect((JSON.parse(planned.stdout) as { reachable: boolean }).reachable).toBe(true);
  });

  it('spbe plan given the city roll-up says to plan it OPD by OPD with spbe city-plan, not that the result is invalid', async () => {
    const cityFile = join(root, 'pemdi-city.json');
    writeFileSync(cityFile, (await cli(['rollup', pemdiDir, '--format', 'json'])).stdout);
    for (const lang of ['en', 'id']) {
      const { code, stdout, stderr } = await cli(['plan', cityFile, '--target', '2.5', '--lang', lang]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain('spbe city-plan <');
      expect(stderr).not.toMatch(/result_invalid|invalid result|tidak sah/u);
    }
    const json = await cli(['plan', cityFile, '--target', '2.5', '--format', 'json']);
    expect((JSON.parse(json.stdout) as { issues: { code: string }[] }).issues.map((issue) => issue.code)).toEqual(['input.not_assessment']);
  });
});
