import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { cli } from '../cli/run-cli.js';

/* What the two READMEs promise a new user, checked against what the code does. */

const root = resolve(import.meta.dirname, '..', '..');
const READMES = ['README.md', 'README.id.md'] as const;
const read = (name: string): string => readFileSync(resolve(root, name), 'utf8');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; exports: Record<string, unknown> };

/** The fenced blocks of a Markdown file, in order. */
function fences(markdown: string): string[] {
  return [...markdown.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gmu)].map((match) => match[1]!);
}

describe('the quick start', () => {
  it('runs the Pemdi example, and prints what both READMEs show, line for line up to the "…"', async () => {
    expect(pkg.scripts['example']).toBe('npm run build && node dist/cli.js score examples/kota-contoh-2026.json');
    const { code, stdout } = await cli(['score', 'examples/kota-contoh-2026.json']);
    expect(code).toBe(0);
    for (const readme of READMES) {
      const shown = fences(read(readme)).find((block) => block.includes('Indeks Pemerintah Digital  2,74  Baik'));
      expect(shown, readme).toBeDefined();
      const lines = shown!.split('\n').filter((line) => line !== '' && line !== '…');
      const printed = stdout.split('\n').filter((line) => line !== '');
      expect(printed.slice(0, lines.length), readme).toEqual(lines.map((line) => line.trimEnd()));
    }
  });

  it('points at the city report command that works on the shipped examples', async () => {
    for (const readme of READMES) expect(read(readme)).toContain('rollup node_modules/spbe-index/dist/examples/opd/2026 --format html');
    const { code, stdout } = await cli(['rollup', 'examples/opd/2026', '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout).toContain('<div class="index-label">Indeks Pemerintah Digital</div>');
  });
});

describe('the usage example', () => {
  const levels = { '1': 3, '2': 2, '3': '5/2', '4': 3, '5': 2, '6': 1, '7': 3, '8': 2, '9': 2, '10': 3, '11': 2, '12': '7/3', '13': 3, '14': 4, '15': 2, '16': 3, '17': 4, '18': 2, '19': 3, '20': '2.5' } as const;

  it('gives the values its comments show (the constructed example of the Pemdi domain notes)', () => {
    const result = score(permenpanrb82026, { agency: 'Pemerintah Kota Contoh', year: 2026, levels });
    expect(result.index).toEqual({ value: '2.62', exact: '787/300', predicate: { id: 'baik', label: { id: 'Baik', en: 'Good' }, maturity: { id: 'Berkembang', en: 'Developing' } } });
    expect(result.aspects[3]).toMatchObject({ id: 'A4', weight: '15', value: '2.36', exact: '106/45', predicate: { id: 'cukup' } });
    expect(result.indicators[11]).toMatchObject({ id: '12', level: '7/3', levelDisplay: '2.33', weight: '4', contribution: { exact: '7/75', value: '0.0933' } });
    for (const readme of READMES) {
      const text = read(readme);
      expect(text).toContain('result.index;          // { value: "2.62", exact: "787/300", predicate: { id: "baik", label: { id: "Baik", en: "Good" }, maturity: { id: "Berkembang", en: "Developing" } } }');
      expect(text).toContain('{ id: "12", level: "7/3", levelDisplay: "2.33", weight: "4", contribution: { exact: "7/75", value: "0.0933" }, … }');
    }
  });

  it('shows the issue safeScore really returns for a zero denominator', () => {
    const outcome = safeScore(permenpanrb82026, { levels: { ...levels, '12': '7/0' } });
    expect(outcome.success).toBe(false);
    const issue = outcome.success ? undefined : outcome.issues[0]!;
    expect(issue).toMatchObject({ code: 'level.zero_denominator', path: ['levels', '12'] });
    for (const readme of READMES) {
      const text = read(readme);
      expect(text).toContain(`message: { id: ${JSON.stringify(issue!.message.id)}, en: ${JSON.stringify(issue!.message.en)} }`);
    }
  });
});

describe('the import table', () => {
  it('lists every code entry of the package', () => {
    const entries = Object.keys(pkg.exports).filter((entry) => entry !== './package.json' && !entry.endsWith('.json'));
    expect(entries.length).toBeGreaterThan(5);
    for (const readme of READMES) {
      for (const entry of entries) expect(read(readme), `${readme}: ${entry}`).toContain(`| \`${entry.replace(/^\./u, 'spbe-index')}\` |`);
    }
  });
});

describe('the predikat bands', () => {
  it('are the ones each catalogue holds', () => {
    const lower = (catalogue: typeof permenpanrb82026 | typeof permenpanrb592020): string[] => catalogue.predicates.map((band) => band.min);
    expect(lower(permenpanrb82026)).toEqual(['4', '3.5', '2.5', '1.5', '1']);
    expect(lower(permenpanrb592020).slice(0, 4)).toEqual(['4.2', '3.5', '2.6', '1.8']);
    expect(read('README.md')).toContain('| Memuaskan | ≥ 4.00 (Unggul) | ≥ 4.20 |');
    expect(read('README.md')).toContain('| Baik | ≥ 2.50 (Berkembang) | ≥ 2.60 |');
    expect(read('README.id.md')).toContain('| Cukup | ≥ 1,50 (Membangun) | ≥ 1,80 |');
  });
});
