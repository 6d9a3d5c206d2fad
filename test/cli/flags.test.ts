import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const EXAMPLE = 'examples/kota-contoh-2024.json';

/** The usage message of a run (its first stderr line), after checking it is a usage error. */
async function usage(args: readonly string[]): Promise<string> {
  const { code, stdout, stderr } = await cli(args);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  return stderr.split('\n')[0] as string;
}

describe('mistyped and malformed flags', () => {
  it('an unknown flag is named, with the closest flag of the command, in the chosen language', async () => {
    expect(await usage(['score', EXAMPLE, '--alow-zero', '--lang', 'en'])).toBe('spbe: Unknown option --alow-zero for this command. Did you mean --allow-zero?');
    expect(await usage(['score', EXAMPLE, '--alow-zero'])).toBe('spbe: Opsi --alow-zero tidak dikenal untuk perintah ini. Maksud Anda --allow-zero?');
    expect(await usage(['score', EXAMPLE, '--frmat=json', '--lang', 'en'])).toBe('spbe: Unknown option --frmat for this command. Did you mean --format?');
  });

  it('a flag far from every known one gets no guess; a flag of another command is unknown here', async () => {
    expect(await usage(['score', EXAMPLE, '--zzzzzzzz', '--lang', 'en'])).toBe('spbe: Unknown option --zzzzzzzz for this command.');
    expect(await usage(['explain', EXAMPLE, '--strategy', 'min', '--lang', 'en'])).toBe('spbe: Unknown option --strategy for this command.');
  });

  it('an unknown short flag, a missing value, a value given to a switch: the tool\'s own words', async () => {
    const messages = [
      await usage(['score', EXAMPLE, '-x', '--lang', 'en']),
      await usage(['score', EXAMPLE, '--lang', 'en', '--format']),
      await usage(['score', EXAMPLE, '--out', '--lang', 'en']),
      await usage(['score', EXAMPLE, '--allow-zero=yes', '--lang', 'en']),
    ];
    expect(messages).toEqual([
      'spbe: Unknown option -x for this command.',
      'spbe: The option --format needs a value.',
      'spbe: The option --out needs a value.',
      'spbe: The option --allow-zero takes no value ("yes").',
    ]);
    for (const message of messages) expect(message).not.toMatch(/ERR_PARSE_ARGS|parseArgs|argument is ambiguous/u);
  });

  it('a value outside a flag\'s choices lists them, with a guess', async () => {
    expect(await usage(['score', EXAMPLE, '--format', 'jsn', '--lang', 'en'])).toBe('spbe: Invalid --format "jsn"; choose one of: table, json, csv, md, html. Did you mean json?');
    expect(await usage(['score', EXAMPLE, '--missing', 'partal'])).toBe('spbe: Nilai --missing "partal" tidak valid; pilihan: reject, partial. Maksud Anda partial?');
  });

  it('a flag given twice is refused, never the last one silently', async () => {
    expect(await usage(['score', EXAMPLE, '--format', 'json', '--format', 'csv', '--lang', 'en'])).toBe('spbe: The option --format was given more than once: give it once.');
  });

  it('an unknown command gets a guess', async () => {
    expect(await usage(['scor', EXAMPLE, '--lang', 'en'])).toBe('spbe: Unknown command "scor". Did you mean score?');
  });

  it('-- ends the flags: a file named like a flag can be given after it', async () => {
    const { stderr } = await cli(['score', '--lang', 'en', '--', '--detail']);
    expect(stderr).toBe('spbe: Cannot open the file --detail (ENOENT).\nSee "spbe --help".\n');
  });
});

describe('messages name flags, not library options', () => {
  it('a level 0 says --allow-zero (both languages, table and JSON issues)', async () => {
    const levels = JSON.stringify({ levels: { ...JSON.parse('{"1":0}') } });
    const en = await cli(['score', '-', '--missing', 'partial', '--lang', 'en'], levels);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('allow it with the --allow-zero option');
    expect(en.stderr).not.toContain('allowZero');
    const json = await cli(['score', '-', '--missing', 'partial', '--format', 'json'], levels);
    expect(json.stdout).toContain('opsi --allow-zero');
  });

  it('the warning for an accepted level 0 says --allow-zero in the table', async () => {
    const { code, stdout } = await cli(['score', '-', '--missing', 'partial', '--allow-zero', '--lang', 'en'], '{"levels":{"1":0,"2":3}}');
    expect(code).toBe(0);
    expect(stdout).toContain('--allow-zero');
    expect(stdout).not.toContain('allowZero');
  });
});

/** The flags listed in a help text's options section. */
function listedFlags(help: string): string[] {
  const section = help.split(/\n(?:Options|Opsi):\n/u)[1]?.split('\n\n')[0] ?? '';
  return section.split('\n').map((line) => /--[a-z-]+/u.exec(line)?.[0] ?? '').filter(Boolean);
}

describe('each command\'s help lists exactly its own options and formats', () => {
  const globals = ['--format', '--catalogue', '--lang', '--out', '--help'];
  it.each([
    ['score', ['--detail', '--missing', '--na', '--allow-na', '--allow-zero', '--fail-under', '--mapping'], 'table|json|csv|md|html'],
    ['restate', ['--mapping', '--to'], 'json|table|md'],
    ['explain', ['--missing', '--na', '--allow-na', '--allow-zero'], 'table|md|json'],
    ['compare', ['--self-assessment', '--allow-different-catalogues', '--missing', '--na', '--allow-na', '--allow-zero'], 'table|md|json'],
    ['plan', ['--target', '--costs', '--missing', '--na', '--allow-na', '--allow-zero'], 'table|md|json'],
    ['frontier', ['--target', '--costs', '--missing', '--na', '--allow-na', '--allow-zero'], 'table|md|json'],
    ['margin', ['--missing', '--na', '--allow-na', '--allow-zero'], 'table|md|json'],
    ['leverage', ['--missing', '--na', '--allow-na', '--allow-zero'], 'table|md|json'],
    ['rollup', ['--strategy', '--responsibilities', '--owner-mode', '--unit-weights', '--minimum-coverage', '--name', '--detail', '--na', '--allow-na', '--allow-zero', '--fail-under', '--history', '--target', '--costs'], 'table|json|csv|md|html'],
    ['city-plan', ['--target', '--costs', '--strategy', '--responsibilities', '--owner-mode', '--unit-weights', '--name', '--na', '--allow-na', '--allow-zero'], 'table|md|json'],
    ['report', ['--previous', '--target', '--costs', '--missing', '--na', '--allow-na', '--allow-zero', '--fail-under', '--mapping', '--strategy', '--responsibilities', '--owner-mode', '--unit-weights', '--name', '--minimum-coverage', '--detail', '--history'], 'table|json|csv|md|html'],
  ])('spbe %s --help', async (command, own, formats) => {
    for (const lang of ['id', 'en']) {
      const { code, stdout } = await cli([command, '--help', '--lang', lang]);
      expect(code).toBe(0);
      expect(listedFlags(stdout).sort()).toEqual([...own, ...globals].sort());
      expect(stdout).toContain(`--format ${formats} `);
    }
  });

  it('every flag the help lists is accepted (the help and the parser are one list)', async () => {
    const { stdout } = await cli(['explain', '--help', '--lang', 'en']);
    for (const flag of listedFlags(stdout).filter((f) => !['--help', '--out', '--catalogue', '--lang', '--format', '--missing', '--na'].includes(f))) {
      expect((await cli(['explain', EXAMPLE, flag, '--format', 'json'])).code).toBe(0);
    }
  });

  it('a command refuses a format its help does not list', async () => {
    expect(await usage(['explain', EXAMPLE, '--format', 'csv', '--lang', 'en'])).toBe('spbe: Invalid --format "csv"; choose one of: table, md, json.');
    expect(await usage(['catalogue', 'list', '--format', 'md', '--lang', 'en'])).toBe('spbe: catalogue list does not write --format md; choose one of: table, json.');
  });
});
