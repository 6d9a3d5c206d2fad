import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STACK = /\bat .*:\d+:\d+/u;
const tmp = mkdtempSync(join(tmpdir(), 'spbe-verify-'));

/** The built executable, as a user runs it. */
function spbe(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
}

interface Mismatch {
  code: string;
  path: (string | number)[];
  expected?: string;
  found?: string;
  message: { id: string; en: string };
}

describe.skipIf(!existsSync('dist/cli.js'))('spbe verify <result.json>', () => {
  const scored = spbe('score', 'examples/kota-contoh-2024.json', '--format', 'json');
  const genuine = join(tmp, 'genuine.json');
  writeFileSync(genuine, scored.stdout);
  /** A copy of the genuine result with one edit, saved as a file. */
  const edited = (name: string, edit: (result: Record<string, any>) => void): string => {
    const result = JSON.parse(scored.stdout) as Record<string, any>;
    edit(result);
    const file = join(tmp, `${name}.json`);
    writeFileSync(file, JSON.stringify(result));
    return file;
  };

  it('a result as spbe score wrote it passes: exit 0, with the index, the fingerprint and what this proves', () => {
    const { status, stdout, stderr } = spbe('verify', genuine, '--lang', 'en');
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Catalogue: permenpanrb-59-2020 (named by the result in meta.catalogue)');
    expect(stdout).toContain(`Verified: every derived value in ${genuine} follows from its levels, statuses and options.`);
    expect(stdout).toContain(`SPBE Index 3.75 (Very good), 47 indicators, fingerprint ${JSON.parse(scored.stdout).meta.fingerprint}`);
    expect(stdout).toContain('It does not prove who computed it');
    const json = JSON.parse(spbe('verify', genuine, '--format', 'json').stdout);
    expect(json).toMatchObject({ verified: true, catalogue: { id: 'permenpanrb-59-2020' }, catalogueSource: 'result', index: { value: '3.75' }, mismatches: [] });
    expect(spbe('verify', genuine).stdout).toContain('Indeks SPBE 3,75 (Sangat Baik)');
  });

  it('an edited index value and predikat: exit 1, each edited field with its path, the expected and the found value', () => {
    const file = edited('index', (result) => {
      result.index.value = '4.99';
      result.index.predicate = { id: 'memuaskan', label: { id: 'Memuaskan', en: 'Satisfactory' } };
    });
    const table = spbe('verify', file, '--lang', 'en');
    expect(table.status).toBe(1);
    expect(table.stdout).toContain(`Not verified: ${file} does not follow from its levels, statuses and options (4 findings).`);
    expect(table.stdout).toContain('index.value: expected "3.75", found "4.99"');
    expect(table.stdout).toContain('index.predicate.id: expected "sangat-baik", found "memuaskan"');
    const id = spbe('verify', file);
    expect(id.stdout).toContain('index.value: seharusnya "3.75", ditemukan "4.99"');
    const json = spbe('verify', file, '--format', 'json');
    expect(json.status).toBe(1);
    const { verified, mismatches } = JSON.parse(json.stdout) as { verified: boolean; mismatches: Mismatch[] };
    expect(verified).toBe(false);
    expect(mismatches.map((m) => m.path.join('.'))).toEqual(['index.value', 'index.predicate.id', 'index.predicate.label.id', 'index.predicate.label.en']);
    expect(mismatches[0]).toMatchObject({ code: 'result.inconsistent', expected: '"3.75"', found: '"4.99"' });
    expect(mismatches[0]?.message.en).toContain('"index.value" in the result does not follow');
    expect(mismatches[0]?.message.id).toContain('"index.value" dalam hasil tidak mengikuti');
  });

  it('an edited aspect value and an edited fingerprint are found at their paths; the whole expected fingerprint is shown', () => {
    const original = JSON.parse(scored.stdout) as { meta: { fingerprint: string }; aspects: { value: string }[] };
    const fingerprint = original.meta.fingerprint;
    const file = edited('aspect', (result) => {
      result.aspects[2].value = '4.00'; // not its value: A3 is 3.75
      result.meta.fingerprint = 'sha256:0000';
    });
    const { status, stdout } = spbe('verify', file, '--format', 'json');
    expect(status).toBe(1);
    const { mismatches } = JSON.parse(stdout) as { mismatches: Mismatch[] };
    expect(mismatches.map((m) => [m.path.join('.'), m.expected, m.found])).toEqual([
      ['aspects.2.value', JSON.stringify(original.aspects[2]?.value), '"4.00"'],
      ['meta.fingerprint', JSON.stringify(fingerprint), '"sha256:0000"'],
    ]);
  });

  it('an edited level with the index left alone: every value that depends on it, and the fingerprint', () => {
    const file = edited('level', (result) => {
      const indicator = result.indicators.find((entry: { id: string }) => entry.id === '1');
      indicator.level = indicator.level === 5 ? 4 : indicator.level + 1;
    });
    const { status, stdout } = spbe('verify', file, '--format', 'json');
    expect(status).toBe(1);
    const paths = (JSON.parse(stdout) as { mismatches: Mismatch[] }).mismatches.map((m) => m.path.join('.'));
    expect(paths).toContain('index.exact');
    expect(paths).toContain('meta.fingerprint');
    expect(paths.some((path) => path.startsWith('indicators.0.contribution'))).toBe(true);
  });

  it('against another catalogue given with --catalogue: exit 1, the catalogue mismatch', () => {
    const { status, stdout } = spbe('verify', genuine, '--catalogue', 'permenpanrb-8-2026', '--format', 'json');
    expect(status).toBe(1);
    expect(JSON.parse(stdout).mismatches).toMatchObject([{ code: 'analysis.catalogue_mismatch', path: ['meta', 'catalogue'] }]);
  });

  it('a file that is not a result, not JSON or not there: exit 2, one clear line, no stack trace', () => {
    const assessment = spbe('verify', 'examples/kota-contoh-2024.json', '--lang', 'en');
    expect(assessment.status).toBe(2);
    expect(assessment.stdout).toBe('');
    expect(assessment.stderr).toBe('examples/kota-contoh-2024.json: The file examples/kota-contoh-2024.json is an assessment, not a result: score it with spbe score --format json, then verify that.\n');
    const costs = spbe('verify', 'examples/kota-contoh-costs.json', '--format', 'json');
    expect(costs.status).toBe(2);
    expect(JSON.parse(costs.stdout)).toMatchObject({ success: false, issues: [{ code: 'input.not_result' }] });
    const text = spbe('verify', 'README.md');
    expect(text.status).toBe(2);
    expect(text.stderr).toMatch(/^README\.md: Berkas README\.md bukan JSON yang valid/u);
    const absent = spbe('verify', join(tmp, 'absent.json'));
    expect(absent.status).toBe(2);
    const unknown = spbe('verify', edited('unknown-catalogue', (result) => (result.meta.catalogue.id = 'kota-sendiri')), '--lang', 'en');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('which is not built in: give its file with --catalogue <file.json>');
    for (const run of [assessment, costs, text, absent, unknown]) expect(run.stderr).not.toMatch(STACK);
  });

  it('a result whose catalogue field is gone is checked, not refused: exit 1 with the field', () => {
    const file = edited('no-catalogue-id', (result) => delete result.meta.catalogue.id);
    const { status, stdout } = spbe('verify', file, '--lang', 'en');
    expect(status).toBe(1);
    expect(stdout).toContain('Catalogue: – (the result names none)');
    expect(stdout).toContain('meta.catalogue.id: ');
  });

  it('spbe verify --help lists its own flags in both languages', () => {
    for (const [lang, usage] of [['en', 'Usage: spbe verify'], ['id', 'Penggunaan: spbe verify']] as const) {
      const { status, stdout } = spbe('verify', '--help', '--lang', lang);
      expect(status).toBe(0);
      expect(stdout).toContain(usage);
      expect(stdout).toContain('--format table|json');
      expect(stdout).not.toContain('--missing');
    }
    expect(spbe('--help', '--lang', 'en').stdout).toContain('verify <result.json>');
  });
});
