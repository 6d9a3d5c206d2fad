import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'spbe-cli-io-'));
const EXAMPLE = 'examples/kota-contoh-2024.json';
const example = readFileSync(EXAMPLE, 'utf8');

describe('repeated --target', () => {
  it('two index targets, two predikat targets or one group twice are refused, never the last one silently', async () => {
    for (const [targets, kind] of [
      [['3.5', '3.8'], 'the index twice ("3.5" and "3.8")'],
      [['baik', 'sangat-baik'], 'the predikat twice ("baik" and "sangat-baik")'],
      [['D3=2.6', 'D3=3'], 'the group D3 twice ("D3=2.6" and "D3=3")'],
    ] as const) {
      const { code, stderr } = await cli(['plan', EXAMPLE, ...targets.flatMap((t) => ['--target', t]), '--lang', 'en']);
      expect(code).toBe(2);
      expect(stderr.split('\n')[0]).toBe(`spbe: --target gives ${kind}: give one.`);
    }
  });

  it('one target of each kind combines, as docs/cli.md says', async () => {
    const { code, stdout } = await cli(['plan', EXAMPLE, '--target', '3.8', '--target', 'sangat-baik', '--target', 'D3=3.2', '--target', 'A6=3', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).target).toMatchObject({ index: { value: '3.80' }, groups: { D3: { value: '3.20' }, A6: { value: '3.00' } } });
  });

  it('--target __proto__=3 is an issue naming the group, not a silently empty target', async () => {
    const { code, stderr } = await cli(['plan', EXAMPLE, '--target', '__proto__=3', '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toContain('__proto__');
    expect(stderr).toMatch(/is not in catalogue/u);
  });
});

describe('issues say which file they come from', () => {
  const malformed = join(tmp, 'malformed.json');
  writeFileSync(malformed, '{ "levels": ');
  const partial = join(tmp, 'partial.json');
  writeFileSync(partial, JSON.stringify({ levels: { '1': 9 } }));

  it('rollup: a malformed file is named once, not twice', async () => {
    const dir = join(tmp, 'units');
    mkdirSync(dir);
    writeFileSync(join(dir, 'malformed.json'), '{ "levels": ');
    const { code, stderr } = await cli(['rollup', dir, '--lang', 'en']);
    expect(code).toBe(1);
    const file = join(dir, 'malformed.json');
    expect(stderr.startsWith(`${file}: The file ${file} is not valid JSON`)).toBe(true);
    expect(stderr).not.toContain(`${file}.${file}`);
  });

  it('compare: each file\'s issues start with that file', async () => {
    const { code, stderr } = await cli(['compare', EXAMPLE, partial, '--lang', 'en']);
    expect(code).toBe(1);
    const lines = stderr.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(new RegExp(`^${partial.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\.levels\\.1: `, 'u'));
    expect(lines.every((line) => line.startsWith(`${partial}.`))).toBe(true);
    const before = await cli(['compare', malformed, EXAMPLE, '--lang', 'en']);
    expect(before.stderr.startsWith(`${malformed}: The file ${malformed} is not valid JSON`)).toBe(true);
  });

  it('report --previous: the earlier file\'s issues name it; --format json carries the file in the path', async () => {
    const { code, stdout } = await cli(['report', EXAMPLE, '--previous', partial, '--format', 'json']);
    expect(code).toBe(1);
    const { issues } = JSON.parse(stdout) as { issues: { path: unknown[] }[] };
    expect(issues.every((issue) => issue.path[0] === partial)).toBe(true);
  });

  it('a single file keeps its plain paths', async () => {
    const { stderr } = await cli(['score', partial, '--lang', 'en']);
    expect(stderr.split('\n')[0]).toBe('levels.1: Indicator 1 level must be 1–5, not 9.');
  });
});

describe('a result where an assessment is expected', () => {
  it('is recognised and said so, for a score result, a roll-up and a list of issues', async () => {
    const result = (await cli(['score', EXAMPLE, '--format', 'json'])).stdout;
    const resultFile = join(tmp, 'result.json');
    writeFileSync(resultFile, result);
    const refused = await cli(['score', resultFile, '--lang', 'en']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`${resultFile}: The file ${resultFile} is a score result (the output of spbe score --format json), not an assessment: give the assessment (with "levels") it came from.\n`);
    const viaStdin = await cli(['explain', '-', '--format', 'json'], result);
    expect(JSON.parse(viaStdin.stdout).issues[0].code).toBe('input.not_assessment');
    const rollup = await cli(['score', '-', '--lang', 'en'], (await cli(['rollup', 'examples/opd/2024', '--format', 'json'])).stdout);
    expect(rollup.stderr).toContain('is a roll-up (the output of spbe rollup --format json)');
    const failed = await cli(['score', '-', '--lang', 'en'], (await cli(['score', '-', '--format', 'json'], '{"levels":{}}')).stdout);
    expect(failed.stderr).toContain('is a list of issues');
  });
});

describe('spbe report output', () => {
  it('writes to stdout when -o is not given', async () => {
    const { code, stdout, stderr } = await cli(['report', EXAMPLE]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/iu);
  });
});

describe('-o, --out', () => {
  it('refuses to overwrite an input file, which stays as it was', async () => {
    const input = join(tmp, 'input.json');
    writeFileSync(input, example);
    const { code, stderr } = await cli(['score', input, '--format', 'json', '-o', input, '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`spbe: --out ${input} is one of the input files; choose another file so that the input is not overwritten.`);
    expect(readFileSync(input, 'utf8')).toBe(example);
    const previous = join(tmp, 'previous.json');
    writeFileSync(previous, readFileSync('examples/kota-contoh-2023.json'));
    expect((await cli(['report', EXAMPLE, '--previous', previous, '-o', previous])).code).toBe(2);
    expect(readFileSync(previous, 'utf8')).toBe(readFileSync('examples/kota-contoh-2023.json', 'utf8'));
  });

  it('writes atomically: the new content replaces the old whole, keeps its permissions, leaves no temporary file', async () => {
    const dir = join(tmp, 'atomic');
    mkdirSync(dir);
    const out = join(dir, 'out.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o640);
    const { code } = await cli(['score', EXAMPLE, '--format', 'json', '--out', out]);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).index.value).toBe('3.75');
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('a file that cannot be written leaves the old one and no temporary file', async () => {
    const dir = join(tmp, 'readonly');
    mkdirSync(dir);
    writeFileSync(join(dir, 'out.json'), 'old');
    chmodSync(dir, 0o500);
    try {
      const { code, stderr } = await cli(['score', EXAMPLE, '--format', 'json', '--out', join(dir, 'out.json'), '--lang', 'en']);
      // Root may write anyway; otherwise the write fails cleanly.
      if (code !== 0) {
        expect(code).toBe(2);
        expect(stderr).toMatch(/^spbe: Cannot write .*out\.json \(E[A-Z]+\)\./u);
        expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('old');
      }
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it('a directory is not a file to write', async () => {
    expect((await cli(['score', EXAMPLE, '--out', tmp, '--lang', 'en'])).stderr.split('\n')[0]).toBe(`spbe: Cannot write ${tmp} (EISDIR).`);
  });
});

describe('stdin by other names', () => {
  it('/dev/stdin reads like -', async () => {
    const dash = await cli(['score', '-', '--format', 'json'], example);
    const dev = await cli(['score', '/dev/stdin', '--format', 'json'], example);
    expect(dev.code).toBe(0);
    expect(dev.stdout).toBe(dash.stdout);
  });

  it.skipIf(!existsSync('dist/cli.js') || !existsSync('/bin/bash'))('a process substitution <(…) and /dev/stdin read whole in the real command', () => {
    const substituted = spawnSync('/bin/bash', ['-c', `"${process.execPath}" dist/cli.js score <(cat ${EXAMPLE}) --format json`], { encoding: 'utf8' });
    expect(substituted.stderr).toBe('');
    expect(JSON.parse(substituted.stdout).index.value).toBe('3.75');
    const csv = spawnSync('/bin/bash', ['-c', `"${process.execPath}" dist/cli.js score <(cat examples/kota-contoh-2024.csv) --format json --catalogue permenpanrb-59-2020`], { encoding: 'utf8' });
    expect(JSON.parse(csv.stdout).index.value).toBe('3.75');
    const piped = spawnSync(process.execPath, ['dist/cli.js', 'score', '/dev/stdin', '--format', 'json'], { input: example, encoding: 'utf8' });
    expect(JSON.parse(piped.stdout).index.value).toBe('3.75');
  });
});
