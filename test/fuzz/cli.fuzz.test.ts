import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../src/scoring/score.js';
import { cli } from '../cli/run-cli.js';
import { validLevels } from './arbitraries.js';
import { expectWellFormedIssues, globalState } from './invariants.js';

/*
 * The command on hostile stdin and arguments: exit code 0 (scored), 1 (input issues) or 2
 * (usage), never 3 (internal error) and never a throw; with --format json the output is JSON and
 * issues are well-formed; a valid assessment, however its text is laid out, scores like the
 * library. Runs in-process; no argument can write files (no --out, no report).
 */

const before = globalState();
const CLI_RUNS = 120;

async function scoreStdin(stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const run = await cli(['score', '-', '--format', 'json', '--catalogue', catalogue.id], stdin);
  expect([0, 1, 2]).toContain(run.code);
  if (run.code === 1) {
    const printed = JSON.parse(run.stdout) as { success: boolean; issues: never[] };
    expect(printed.success).toBe(false);
    expectWellFormedIssues(printed.issues);
  }
  expect(globalState()).toBe(before);
  return run;
}

const hostileText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.jsonValue({ maxDepth: 3 }).map((value) => `\uFEFF${JSON.stringify({ levels: value })}`),
  fc.string({ unit: fc.constantFrom(';', ',', '"', '\r', '\n', '\uFEFF', '1', '3', 'na', 'indikator', 'tingkat', '__proto__'), maxLength: 200 }),
);

describe('spbe score on hostile stdin', () => {
  it('answers every input with exit 0, 1 or 2 and JSON output, never an internal error', async () => {
    await fc.assert(fc.asyncProperty(hostileText, async (text) => void (await scoreStdin(text))), { numRuns: CLI_RUNS });
  });

  it('scores a valid assessment whatever its layout: BOM, CRLF, indentation, duplicate keys', async () => {
    await fc.assert(
      fc.asyncProperty(validLevels(catalogue), fc.boolean(), fc.constantFrom('\n', '\r\n'), fc.constantFrom(0, 2, '\t'), async (levels, bom, eol, indent) => {
        // A duplicate key first: JSON.parse keeps the last one, as every JSON reader must.
        const inner = JSON.stringify(levels, null, indent).replace('{', '{"1": 99,');
        const text = `${bom ? '\uFEFF' : ''}{"levels": ${inner}}`.replaceAll('\n', eol);
        const run = await scoreStdin(text);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect((JSON.parse(run.stdout) as { index: unknown }).index).toEqual(score(catalogue, { levels }).index);
      }),
      { numRuns: 60 },
    );
  });

  it('treats Object member names as unknown commands (exit 2), also with --help', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect((await cli([name])).code).toBe(2);
      expect((await cli([name, '--help'])).code).toBe(2);
    }
  });

  it('never fails internally on arbitrary arguments', async () => {
    const safeArg = fc.oneof(
      fc.constantFrom('score', 'explain', 'plan', 'rollup', 'compare', 'catalogue', 'list', 'show', 'validate', 'schema', '-', '--format', 'json', 'table', 'csv', 'md', 'html', '--lang', 'en', 'id', '--catalogue', 'permenpanrb-59-2020', '--target', '3.5', 'sangat-baik', '--missing', 'partial', '--strategy', 'median', '--help', '--version', '--detail', 'examples/kota-contoh-2024.json', 'examples/opd/2024', '__proto__'),
      fc.string({ maxLength: 20 }),
    );
    const noWrites = (args: string[]) => !args.some((arg) => arg === 'report' || arg.startsWith('-o') || arg.startsWith('--out'));
    await fc.assert(
      fc.asyncProperty(fc.array(safeArg, { maxLength: 6 }).filter(noWrites), async (args) => {
        const run = await cli(args, '{"levels":{}}');
        expect([0, 1, 2]).toContain(run.code);
        expect(run.stderr).not.toMatch(/internal|    at /);
      }),
      { numRuns: CLI_RUNS },
    );
  });
});
