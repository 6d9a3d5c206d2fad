import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { cli } from './run-cli.js';

// Control characters a hostile file could carry: an ANSI colour and screen clear, carriage return,
// backspace, an OSC title sequence ended by BEL, and the right-to-left override.
const HOSTILE = 'X\u001b[31mRED\u001b[2J\r\b\u001b]0;t\u0007\u202eZ';
// Everything a terminal could act on, except the line feed that ends each line.
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const SHOWN = 'X\\x1b[31mRED\\x1b[2J\\x0d\\x08\\x1b]0;t\\x07\\u202eZ';

const tmp = mkdtempSync(join(tmpdir(), 'spbe-escape-'));
const example = JSON.parse(readFileSync('examples/kota-contoh-2024.json', 'utf8')) as { levels: Record<string, unknown>; notes?: Record<string, string>; agency: string };

function write(name: string, value: unknown): string {
  const file = join(tmp, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

const hostileAssessment = write('hostile.json', { ...example, agency: `Kota ${HOSTILE}`, notes: { '1': `note ${HOSTILE}` } });
const badAssessment = write('bad.json', { ...example, agency: HOSTILE, levels: { ...example.levels, [`id${HOSTILE}`]: 3, '1': 9 } });
const definition = structuredClone(permenpanrb592020.definition) as unknown as { id: string; title: { id: string; en: string }; groups: { name: { id: string; en: string } }[] };
// Ids may not hold control characters at all (catalogue.id_invalid): the hostile text is in names.
definition.id = 'katalog-hostile';
definition.title.id = `Judul ${HOSTILE}`;
definition.title.en = `Title ${HOSTILE}`;
(definition.groups[0] as { name: { id: string; en: string } }).name.id = `Domain ${HOSTILE}`;
const firstAspect = (definition.groups[0] as unknown as { groups: { name: { id: string; en: string }; indicators: { name: { id: string; en: string } }[] }[] }).groups[0]!;
firstAspect.name.id = `Aspek ${HOSTILE}`;
firstAspect.indicators[0]!.name.id = `Indikator ${HOSTILE}`;
const hostileCatalogue = write('katalog.json', definition);

function expectEscaped(text: string): void {
  expect(text).not.toMatch(RAW);
  expect(text).toContain(SHOWN);
}

describe('control characters reach the terminal escaped', () => {
  it('in score tables: agency names and notes', async () => {
    const { code, stdout, stderr } = await cli(['score', hostileAssessment, '--detail']);
    expect(code).toBe(0);
    expectEscaped(stdout);
    expect(stderr).not.toMatch(RAW);
  });

  it('in issue messages on stderr: an unknown id and a level out of range', async () => {
    const { code, stderr } = await cli(['score', badAssessment]);
    expect(code).toBe(1);
    expectEscaped(stderr);
    // Each issue stays one line: the input cannot end a line or forge another.
    expect(stderr.trimEnd().split('\n')).toHaveLength(2);
  });

  it('in the explanation and the analysis tables', async () => {
    for (const command of ['explain', 'margin', 'leverage']) {
      const { code, stdout } = await cli([command, hostileAssessment, '--catalogue', hostileCatalogue]);
      expect(code).toBe(0);
      expect(stdout).not.toMatch(RAW);
      // explain shows group names whole; leverage an indicator name cut to its column; margin
      // only ids, which cannot hold control characters.
      if (command === 'explain') expect(stdout).toContain(SHOWN);
      if (command === 'leverage') expect(stdout).toContain('Indikator X\\x1b[31mRED');
    }
  });

  it('in a table, in Markdown and (for CSV, the catalogue choice line) on stderr', async () => {
    const table = await cli(['score', hostileAssessment, '--catalogue', hostileCatalogue]);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toContain('katalog-hostile');
    expectEscaped(table.stdout);
    const md = await cli(['score', hostileAssessment, '--catalogue', hostileCatalogue, '--format', 'md']);
    expect(md.stdout).not.toMatch(RAW);
    const csv = await cli(['score', hostileAssessment, '--catalogue', hostileCatalogue, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toContain('katalog-hostile');
    expect(csv.stderr).not.toMatch(RAW);
  });

  it('in catalogue show (table and md) and catalogue validate', async () => {
    for (const args of [['show', hostileCatalogue], ['show', hostileCatalogue, '--format', 'md'], ['validate', hostileCatalogue]]) {
      const { code, stdout } = await cli(['catalogue', ...args]);
      expect(code).toBe(0);
      expect(stdout).not.toMatch(RAW);
      // Markdown also escapes the brackets of the shown sequences.
      expect(stdout).toContain(args.includes('md') ? 'X\\x1b\\[31mRED' : args[0] === 'validate' ? 'katalog-hostile' : SHOWN);
    }
  });

  it('in the issue refusing a catalogue whose id holds control characters, on one line', async () => {
    const hostileId = write('katalog-id.json', { ...definition, id: `katalog${HOSTILE}` });
    const { code, stdout, stderr } = await cli(['catalogue', 'validate', hostileId]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(RAW);
    expect(stderr).toMatch(/^id: .*U\+001B/u);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('in usage errors that quote a file name', async () => {
    const { code, stderr } = await cli(['score', join(tmp, `missing${HOSTILE}.json`)]);
    expect(code).toBe(2);
    expectEscaped(stderr);
  });

  it('in the list of sheets spbe template writes (unit names from a responsibilities file)', async () => {
    const responsibilities = write('tanggung-jawab.csv', `indikator;opd;utama\n${Object.keys(example.levels).map((id) => `${id};"Dinas ${HOSTILE}";ya`).join('\n')}\n`);
    const { code, stderr } = await cli(['template', '--responsibilities', responsibilities, '--catalogue', 'permenpanrb-59-2020', '--format', 'csv', '-o', join(tmp, 'sheets')]);
    expect(code).toBe(0);
    expectEscaped(stderr);
  });
});
