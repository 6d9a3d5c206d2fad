import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'spbe-csv-'));

describe('spbe score on a CSV file', () => {
  it('reads an Excel "CSV" (Windows-1252) file, warning on stderr in the chosen language', async () => {
    const path = join(tmp, 'cp1252.csv');
    // "Café" with é as the single byte 0xE9: not UTF-8.
    writeFileSync(path, Buffer.concat([Buffer.from('indikator;tingkat;catatan\r\n1;3;Caf'), Buffer.from([0xe9]), Buffer.from('\r\n')]));
    const { code, stdout, stderr } = await cli(['score', path, '--missing', 'partial', '--format', 'json', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stderr).toContain('cp1252.csv: The CSV file is not UTF-8 and was read as Windows-1252');
    expect(JSON.parse(stdout).assessment.notes).toEqual({ '1': 'Café' });
  });

  it('says nothing on stderr for a UTF-8 file', async () => {
    const { code, stderr } = await cli(['score', 'examples/kota-contoh-2024.csv', '--catalogue', 'permenpanrb-59-2020']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
