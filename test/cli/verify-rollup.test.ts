import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STACK = /\bat .*:\d+:\d+/u;
const tmp = mkdtempSync(join(tmpdir(), 'spbe-verify-rollup-'));

/** The built executable, as a user runs it. */
function spbe(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe.skipIf(!existsSync('dist/cli.js'))('spbe verify <rollup.json>', () => {
  const rolled = spbe('rollup', 'examples/opd/2024', '--format', 'json');
  const genuine = join(tmp, 'city.json');
  writeFileSync(genuine, rolled.stdout);
  /** A copy of the genuine roll-up with one edit, saved as a file. */
  const edited = (name: string, edit: (rollup: Record<string, any>) => void, from = rolled.stdout): string => {
    const rollup = JSON.parse(from) as Record<string, any>;
    edit(rollup);
    const file = join(tmp, `${name}.json`);
    writeFileSync(file, JSON.stringify(rollup));
    return file;
  };

  it('a roll-up as spbe rollup wrote it passes in full: exit 0, in both languages, as table and JSON', () => {
    expect(rolled.status).toBe(0);
    const en = spbe('verify', genuine, '--lang', 'en');
    expect([en.status, en.stderr]).toEqual([0, '']);
    expect(en.stdout).toContain('Catalogue: permenpanrb-59-2020 (named by the result in meta.catalogue)');
    expect(en.stdout).toContain(`Verified: every derived part of ${genuine} follows from its units' results, its consolidated result and its options.`);
    expect(en.stdout).toMatch(/SPBE Index \d\.\d\d \(.+\), 30 units, strategy mean/u);
    expect(en.stdout).toContain('It does not prove who computed it');
    expect(spbe('verify', genuine).stdout).toContain(`Terverifikasi: setiap bagian turunan dalam ${genuine} mengikuti hasil unit, hasil gabungan, dan opsinya.`);
    const json = spbe('verify', genuine, '--format', 'json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ verified: 'full', kind: 'rollup', strategy: 'mean', unchecked: [], mismatches: [], catalogue: { id: 'permenpanrb-59-2020' } });
  });

  it('an edited rank, median and attribution share: exit 1, each with its path, expected and found value', () => {
    const file = edited('edited', (rollup) => {
      rollup.units[0].rank = 2;
      rollup.distribution.median.value = '4.00';
    });
    const table = spbe('verify', file, '--lang', 'en');
    expect(table.status).toBe(1);
    expect(table.stdout).toContain(`Not verified: ${file} does not follow from its units' results, its consolidated result and its options (2 findings).`);
    expect(table.stdout).toContain('units.0.rank: expected 1, found 2');
    expect(table.stdout).toMatch(/distribution\.median\.value: expected "\d\.\d\d", found "4\.00"/u);
    expect(spbe('verify', file).stdout).toContain('units.0.rank: seharusnya 1, ditemukan 2');
    const json = spbe('verify', file, '--format', 'json');
    expect(json.status).toBe(1);
    const parsed = JSON.parse(json.stdout) as { verified: unknown; mismatches: { code: string; path: (string | number)[] }[] };
    expect(parsed.verified).toBe(false);
    expect(parsed.mismatches.map((m) => `${m.code} ${m.path.join('.')}`)).toEqual(['result.inconsistent units.0.rank', 'result.inconsistent distribution.median.value']);
    const share = edited('share', (rollup) => {
      rollup.attribution.index.units[0].share.exact = '1';
    });
    expect(spbe('verify', share, '--lang', 'en').stdout).toContain('attribution.index.units.0.share.exact: expected');
  });

  it('a roll-up checked only partly says so and lists what it could not check: exit 0', () => {
    const coverage = spbe('rollup', 'examples/opd/2024', '--format', 'json', '--minimum-coverage', '0.3');
    const file = join(tmp, 'coverage.json');
    writeFileSync(file, coverage.stdout);
    const partly = spbe('verify', file, '--lang', 'en');
    expect(partly.status).toBe(0);
    expect(partly.stdout).toContain(`Partly verified: every part of ${file} that was checked follows from its units' results, its consolidated result and its options; 1 part could not be checked:`);
    expect(partly.stdout).toContain('  unranked: Made with a minimumCoverage other than the default (not recorded)');
    expect(spbe('verify', file).stdout).toContain('Terverifikasi sebagian:');
    expect(JSON.parse(spbe('verify', file, '--format', 'json').stdout)).toMatchObject({ verified: 'partial', unchecked: [{ path: ['unranked'] }] });
    // Given the value it was made with, it is checked in full; given another, the split does not follow.
    expect(JSON.parse(spbe('verify', file, '--minimum-coverage', '0,3', '--format', 'json').stdout)).toMatchObject({ verified: 'full' });
    expect(spbe('verify', file, '--minimum-coverage', '0').status).toBe(1);
    const bad = spbe('verify', file, '--minimum-coverage', 'lots', '--lang', 'en');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--minimum-coverage');
    expect(bad.stderr).not.toMatch(STACK);
  });

  it('a roll-up whose consolidated result names no catalogue is checked, not refused: exit 1', () => {
    const file = edited('no-catalogue', (rollup) => delete rollup.consolidated.meta.catalogue.id);
    const { status, stdout } = spbe('verify', file, '--lang', 'en');
    expect(status).toBe(1);
    expect(stdout).toContain('consolidated.meta.catalogue.id: ');
  });
});
