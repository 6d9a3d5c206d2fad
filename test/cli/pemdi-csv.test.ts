import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permenpanrb82026 as pemdi } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import type { Assessment } from '../../src/model/assessment.js';
import { score } from '../../src/scoring/score.js';
import { cli } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'spbe-cli-pemdi-csv-'));

describe('spbe score on a Pemdi CSV: codes and exact fractional values', () => {
  it('"I1".."I20" with "7/6", "1,26" and whole levels score exactly like the JSON assessment', async () => {
    const values = ['3', '2,5', '7/3', '3', '4', '3', '3', '1,26', '2', '3', '1.5', '7/6', '3', '4', '2,5', '3', '4', '1', '3', '2,75'];
    const path = join(tmp, 'pemdi.csv');
    writeFileSync(path, `indikator;tingkat\n${values.map((value, k) => `I${k + 1};${value.includes(',') ? `"${value}"` : value}`).join('\n')}\n`);
    const { code, stdout, stderr } = await cli(['score', path, '--catalogue', 'permenpanrb-8-2026', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const levels = Object.fromEntries(values.map((value, k) => [String(k + 1), value.includes(',') || value.includes('.') || value.includes('/') ? value.replace(',', '.') : Number(value)]));
    const expected = score(pemdi, { levels } as Assessment);
    const parsed = JSON.parse(stdout) as typeof expected;
    expect(parsed.index).toEqual(JSON.parse(JSON.stringify(expected.index)));
    expect(parsed.indicators.map((indicator) => indicator.id)).toEqual(pemdi.indicators.map((indicator) => indicator.id));
    expect(parsed.indicators[11]?.level).toBe('7/6');
  });

  it('a bad value names its row and column with the JSON code', async () => {
    const path = join(tmp, 'bad.csv');
    writeFileSync(path, 'indikator;tingkat\nI1;3/0\n');
    const { code, stdout } = await cli(['score', path, '--catalogue', 'permenpanrb-8-2026', '--format', 'json', '--missing', 'partial']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).issues).toMatchObject([{ code: 'level.zero_denominator', path: ['row', 2, 'tingkat'] }]);
  });
});
