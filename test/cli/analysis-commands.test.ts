import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frontier } from '../../src/analysis/plan/frontier.js';
import { leverage } from '../../src/analysis/leverage.js';
import { margin } from '../../src/analysis/margin.js';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Assessment } from '../../src/model/assessment.js';
import { score } from '../../src/scoring/score.js';
import { cli } from './run-cli.js';

const EXAMPLE = 'examples/kota-contoh-2024.json';
const result = score(catalogue, JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Assessment);
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
/** What --format json adds to an object output: the catalogue, chosen by the file's year. */
const withChoice = (value: unknown): unknown => ({ ...(roundTrip(value) as object), catalogueChoice: { id: catalogue.id, source: 'year', year: 2024 } });

describe('spbe margin, leverage and frontier: the library functions on the command line', () => {
  it('margin: json is exactly margin(result); the table shows each value\'s distances and fewest drops', async () => {
    const json = await cli(['margin', EXAMPLE, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(withChoice(margin(result, catalogue)));
    const table = await cli(['margin', EXAMPLE, '--lang', 'en']);
    expect(table.stdout).toMatch(/^SPBE Index +Very good +3\.75 +\+0\.45 +-0\.25 +9 *$/mu);
    // A2 sits exactly on its band's lower bound: no room, and no sign on a zero.
    expect(table.stdout).toMatch(/^A2 +Very good +3\.50 +\+0\.70 +0\.00 +1 *$/mu);
    const id = await cli(['margin', EXAMPLE, '--format', 'md']);
    expect(id.stdout).toContain('| Indeks SPBE | Sangat Baik | 3,75 | +0,45 | -0,25 | 9 |  |');
  });

  it('leverage: json is exactly leverage(result); the table lists the largest gains first', async () => {
    const json = await cli(['leverage', EXAMPLE, '--format', 'json']);
    // A list has no place for a field: the catalogue line goes to stderr.
    expect(JSON.parse(json.stdout)).toEqual(roundTrip(leverage(result, catalogue)));
    expect(json.stderr).toBe('spbe: Katalog: permenpanrb-59-2020 (menurut tahun penilaian 2024)\n');
    const table = await cli(['leverage', EXAMPLE, '--lang', 'en']);
    expect(table.code).toBe(0);
    // Two lines of header: which catalogue and why, then a blank line.
    expect(table.stdout.split('\n')[0]).toBe("Catalogue: permenpanrb-59-2020 (for the assessment year 2024)");
    expect(table.stdout.split('\n')[7]).toMatch(/^42 +Public complaints service +4\/5 +\+0\.0300 +\+0\.0300$/u);
    expect(Math.max(...table.stdout.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(80);
  });

  it('frontier: json is exactly frontier(result, options) with --costs and --target minimums', async () => {
    const costs = JSON.parse(readFileSync('examples/kota-contoh-costs.json', 'utf8')) as object;
    const json = await cli(['frontier', EXAMPLE, '--costs', 'examples/kota-contoh-costs.json', '--target', 'D3=3.2', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(withChoice(frontier(catalogue, result, { ...costs, groups: { D3: '3.2' } })));
    const table = await cli(['frontier', EXAMPLE, '--lang', 'en']);
    expect(table.stdout.split('\n')[7]).toMatch(/^ +0 +Very good +3\.75 +–$/u);
  });

  it('frontier takes only group minimums as --target', async () => {
    const { code, stderr } = await cli(['frontier', EXAMPLE, '--target', '3.5', '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toContain('only takes --target group=value');
  });
});

describe('--fail-under', () => {
  it('exit code 4 when the exact index is below the bar, after writing the output', async () => {
    const below = await cli(['score', EXAMPLE, '--fail-under', '3.8', '--format', 'json', '--lang', 'en']);
    expect(below.code).toBe(4);
    expect(JSON.parse(below.stdout).index.value).toBe('3.75');
    expect(below.stderr).toBe('spbe: The index 3.75 (exactly 7507/2000) is below --fail-under 3.8.\n');
    expect((await cli(['score', EXAMPLE, '--fail-under', '3,75'])).code).toBe(0);
  });

  it('compares the exact value, not its display', async () => {
    // 7507/2000 = 3.7535 exactly: a bar of 3.7535 passes, 3.7536 fails although both display as 3.75.
    expect((await cli(['score', EXAMPLE, '--fail-under', '3.7535'])).code).toBe(0);
    expect((await cli(['score', EXAMPLE, '--fail-under', '3.7536'])).code).toBe(4);
  });

  it('a predikat id fails a result in a lower band', async () => {
    expect((await cli(['score', EXAMPLE, '--fail-under', 'sangat-baik'])).code).toBe(0);
    const below = await cli(['score', EXAMPLE, '--fail-under', 'memuaskan']);
    expect(below.code).toBe(4);
    expect(below.stderr).toBe('spbe: Predikat Sangat Baik di bawah --fail-under Memuaskan.\n');
  });

  it('rollup and report take it too; an unknown bar is a usage error listing the ids', async () => {
    expect((await cli(['rollup', 'examples/opd/2024', '--fail-under', '4.5'])).code).toBe(4);
    expect((await cli(['report', EXAMPLE, '--fail-under', 'memuaskan', '-o', '-'])).code).toBe(4);
    const { code, stderr } = await cli(['score', EXAMPLE, '--fail-under', 'excellent', '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('spbe: --fail-under "excellent" is neither a number nor a predikat id of this catalogue (memuaskan, sangat-baik, baik, cukup, kurang).');
  });
});
