import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { cli } from './run-cli.js';

const STACK = /\bat .*:\d+:\d+/u;
const duplicates = (rows: number): string => `indikator;tingkat\n${'1;3\n'.repeat(rows)}`;

describe('the number of issues is capped', () => {
  it('a CSV of 5,001 rows of one indicator gives the first 1,000 issues and one saying how many more', async () => {
    const { code, stdout } = await cli(['score', '-', '--format', 'json'], duplicates(5001));
    expect(code).toBe(1);
    const { issues } = JSON.parse(stdout) as { issues: { code: string; received?: string }[] };
    expect(issues).toHaveLength(1001);
    expect(issues[0]?.code).toBe('csv.indicator_duplicate');
    expect(issues.at(-1)).toMatchObject({ code: 'issues.truncated', received: '4000' });
  });

  it('on stderr too: 1,001 lines, the last one counting the rest', async () => {
    const { stderr } = await cli(['score', '-', '--lang', 'en'], duplicates(1500));
    const lines = stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1001);
    expect(lines.at(-1)).toBe('(input): 499 more issues are not shown (only the first 1000).');
  });

  it('a roll-up whose units each have many issues is capped as a whole', async () => {
    const units = (await import('node:fs')).mkdtempSync(resolve((await import('node:os')).tmpdir(), 'spbe-cap-'));
    const { writeFileSync } = await import('node:fs');
    for (const name of ['a.csv', 'b.csv']) writeFileSync(resolve(units, name), duplicates(800));
    const { stdout } = await cli(['rollup', units, '--format', 'json']);
    const { issues } = JSON.parse(stdout) as { issues: { code: string; received?: string }[] };
    expect(issues).toHaveLength(1001);
    expect(issues.at(-1)).toMatchObject({ code: 'issues.truncated', received: String(2 * 799 - 1000) });
  });
});

describe('the last-resort handler cannot itself throw', () => {
  const io = (overrides: Partial<CliIo>): CliIo => ({
    stdout: () => undefined,
    stderr: () => undefined,
    readStdin: async () => new Uint8Array(),
    cwd: resolve(import.meta.dirname, '..', '..'),
    ...overrides,
  });

  it('an error whose message getter throws is one line, exit code 3', async () => {
    const hostile = new Error('hidden');
    Object.defineProperty(hostile, 'message', {
      get() {
        throw new Error('getter');
      },
    });
    let stderr = '';
    const code = await run(['score', '-'], io({ readStdin: () => Promise.reject(hostile), stderr: (text) => (stderr += text) }));
    expect(code).toBe(3);
    expect(stderr).toBe('spbe: kesalahan internal: unknown error\n');
  });

  it('a thrown non-error whose conversion to text throws, and a stderr that throws: still an exit code', async () => {
    const weird = { toString: () => { throw new Error('no text'); } };
    expect(await run(['score', '-'], io({ readStdin: () => Promise.reject(weird as unknown as Error) }))).toBe(3);
    const broken = io({
      stderr: () => {
        throw new Error('stderr closed');
      },
    });
    expect(await run(['score', 'nope.json'], broken)).toBe(3);
    expect(await run(['score', '-'], { ...broken, readStdin: async () => new TextEncoder().encode('{"levels":{}}') })).toBe(3);
  });

  it('a stdout that throws while printing issues as JSON ends in exit code 3, not an exception', async () => {
    const code = await run(['score', '-', '--format', 'json'], io({
      readStdin: async () => new TextEncoder().encode('{"levels":{}}'),
      stdout: () => {
        throw new RangeError('Invalid string length');
      },
    }));
    expect(code).toBe(3);
  });
});

describe.skipIf(!existsSync('dist/cli.js') || !existsSync('/bin/bash'))('the real process never prints a stack trace', () => {
  it('a closed pipe ends quietly; a full disk is one line and exit code 3', () => {
    const piped = spawnSync('/bin/bash', ['-c', `"${process.execPath}" dist/cli.js score examples/kota-contoh-2024.json --format json --detail | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(piped.stdout.trim()).toBe('0');
    expect(piped.stderr).toBe('');
    if (existsSync('/dev/full')) {
      const full = spawnSync('/bin/bash', ['-c', `"${process.execPath}" dist/cli.js score examples/kota-contoh-2024.json --format json > /dev/full`], { encoding: 'utf8' });
      expect(full.status).toBe(3);
      expect(full.stderr).toMatch(/^spbe: .*\n$/u);
      expect(full.stderr).not.toMatch(STACK);
    }
  });

  it('a CSV of 100,000 duplicate rows with --format json ends in capped issues, exit code 1 (it crashed at 8 MB)', () => {
    const big = spawnSync(process.execPath, ['dist/cli.js', 'score', '-', '--format', 'json'], { input: duplicates(100_000), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(big.stderr).not.toMatch(STACK);
    expect(big.status).toBe(1);
    const { issues } = JSON.parse(big.stdout) as { issues: { code: string; received?: string }[] };
    expect(issues).toHaveLength(1001);
    expect(issues.at(-1)).toMatchObject({ code: 'issues.truncated', received: String(100_000 - 1 - 1000) });
  }, 120_000);
});
