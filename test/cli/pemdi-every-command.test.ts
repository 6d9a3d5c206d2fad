import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, type Format } from '../../src/cli/options.js';
import type { Language } from '../../src/model/localized.js';
import { cli } from './run-cli.js';

/*
 * Every command of `spbe` on the Indeks Pemdi, in every output format and both languages: the
 * 2026 example (assessor result with fractional values: 5/2, 7/3, 1.26, 7/6, 11/4, and source
 * index values for indicators 5–7), its self-assessment, and the constructed example of
 * pemdi.md section 6. Each run is held to what it must say: the index's name, the predikat of
 * pemdi.md section 4 with its maturity name, and the exact fractional values; never the name
 * of the index 8/2026 replaced. A format a command does not write is a usage error naming the
 * formats it does.
 */

const FINAL = 'examples/kota-contoh-2026.json';
const SELF = 'examples/kota-contoh-2026-mandiri.json';
const tmp = mkdtempSync(join(tmpdir(), 'spbe-pemdi-'));
/** pemdi.md section 6. */
const SECTION_6 = join(tmp, 'section-6.json');
writeFileSync(
  SECTION_6,
  JSON.stringify({
    catalogue: 'permenpanrb-8-2026',
    levels: { 1: 3, 2: 2, 3: '5/2', 4: 3, 5: 2, 6: 1, 7: 3, 8: 2, 9: 2, 10: 3, 11: 2, 12: '7/3', 13: 3, 14: 4, 15: 2, 16: 3, 17: 4, 18: 2, 19: 3, 20: '5/2' },
  }),
);

// The 2026 example by hand: Σ wI × NI / 100 over the values as given (5: SDI 68.4 → 4; 6: SJIG
// 2.75 → 3; 7: IPS 3.1 → 3), weights of pemdi.md section 2.
const WEIGHTS = [5, 5, 5, 5, 5, 3, 3, 4, 4, 4, 3, 4, 5, 5, 4, 4, 4, 3, 10, 15];
const FINAL_VALUES: [bigint, bigint][] = [
  [3n, 1n], [5n, 2n], [7n, 3n], [3n, 1n], [4n, 1n], [3n, 1n], [3n, 1n], [63n, 50n], [2n, 1n], [3n, 1n],
  [3n, 2n], [7n, 6n], [3n, 1n], [4n, 1n], [5n, 2n], [3n, 1n], [4n, 1n], [1n, 1n], [3n, 1n], [11n, 4n],
];
function weightedMean(values: readonly [bigint, bigint][]): string {
  let num = 0n;
  let den = 1n;
  values.forEach(([n, d], i) => {
    num = num * d + n * BigInt(WEIGHTS[i]!) * den;
    den *= d;
  });
  den *= 100n;
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  const g = gcd(num, den);
  return `${num / g}/${den / g}`;
}
const FINAL_EXACT = weightedMean(FINAL_VALUES);
const SELF_EXACT = weightedMean([4, 3, 3, 3, 4, 3, 3, 2, 3, 3, 2, 2, 4, 4, 3, 3, 4, 1, 4, 3].map((v) => [BigInt(v), 1n]));

const NAME = { id: 'Indeks Pemerintah Digital', en: 'Digital Government Index' } as const;
const BAIK = { id: 'Baik', en: 'Good' } as const;
const BERKEMBANG = { id: 'Berkembang', en: 'Developing' } as const;
/** The replaced index's name, in either language. */
const SPBE = /Indeks SPBE|SPBE Index/u;
/** A decimal as the language writes it. */
const n = (text: string, lang: Language) => (lang === 'id' ? text.replace('.', ',') : text);

type Run = { code: number; stdout: string; stderr: string };
interface Command {
  readonly name: string;
  readonly args: readonly string[];
  readonly formats: readonly Format[];
  /** The output names the SPBE index too: a restatement from 59/2020, the list of every catalogue. */
  readonly namesSpbe?: true;
  /** What the output must say in a human format (table, md, html, csv). */
  readonly text?: (out: string, lang: Language, format: Format) => void;
  /** What the JSON output must hold. */
  readonly json?: (value: any) => void;
}

/** The index's name and its predikat with the maturity name, as every headline shows it. */
function headline(out: string, lang: Language, format: Format, value: string, predicate = BAIK, maturity = BERKEMBANG) {
  expect(out).toContain(NAME[lang]);
  expect(out).toContain(n(value, lang));
  // CSV is one cell per fact: the predikat stands alone there.
  expect(out).toContain(format === 'csv' ? predicate[lang] : `${predicate[lang]} · ${maturity[lang]}`);
}

const COMMANDS: readonly Command[] = [
  {
    name: 'score',
    args: ['score', FINAL, '--detail'],
    formats: FORMATS,
    text(out, lang, format) {
      headline(out, lang, format, '2.74');
      // Fractional values as given, exactly; 7/3 and 7/6 rounded with "≈" (CSV to four places, no "≈").
      for (const level of ['2.5', '1.26', '1.5', '2.75']) expect(out).toContain(n(level, lang));
      if (format === 'csv') expect(out).toContain(n('2.3333', lang));
      else expect(out).toContain(`≈${n('2.33', lang)}`);
    },
    json(result) {
      expect(result.index).toMatchObject({ value: '2.74', exact: FINAL_EXACT, predicate: { id: 'baik', maturity: BERKEMBANG } });
      expect(result.indicators.map((indicator: { level: unknown }) => indicator.level)).toEqual([3, '5/2', '7/3', 3, 4, 3, 3, '63/50', 2, 3, '3/2', '7/6', 3, 4, '5/2', 3, 4, 1, 3, '11/4']);
      expect(result.warnings.map((warning: { code: string; path: string[] }) => [warning.code, warning.path[1]])).toEqual([
        ['level.converted', '5'], ['level.converted', '6'], ['level.converted', '7'],
      ]);
    },
  },
  {
    name: 'score (self-assessment)',
    args: ['score', SELF, '--detail'],
    formats: FORMATS,
    text: (out, lang, format) => headline(out, lang, format, '3.17'),
    json: (result) => expect(result.index).toMatchObject({ value: '3.17', exact: SELF_EXACT, predicate: { id: 'baik' } }),
  },
  {
    name: 'score (pemdi.md section 6)',
    args: ['score', SECTION_6, '--detail'],
    formats: FORMATS,
    text(out, lang, format) {
      headline(out, lang, format, '2.62');
      // A4 is 106/45 and shows 2.36; A6 is 14/5.
      expect(out).toContain(n('2.36', lang));
      expect(out).toContain(n('2.80', lang));
    },
    json: (result) => expect([result.index.exact, result.index.value, result.aspects[3].exact]).toEqual(['787/300', '2.62', '106/45']),
  },
  {
    name: 'report',
    args: ['report', FINAL, '--previous', SELF, '-o', '-'],
    formats: FORMATS,
    text(out, lang, format) {
      headline(out, lang, format, '2.74');
      if (format !== 'csv') expect(out).toContain(`≈${n('1.17', lang)}`);
    },
    json: (result) => expect(result.index.exact).toBe(FINAL_EXACT),
  },
  {
    name: 'explain',
    args: ['explain', FINAL],
    formats: ['table', 'md', 'json'],
    text(out, lang, format) {
      expect(out).toContain(NAME[lang]);
      expect(out).toContain(`${BAIK[lang]} · ${BERKEMBANG[lang]} (${n('2.5', lang)} ≤ v < ${n('3.5', lang)})`);
      // The exact fractions enter, the display is only beside them.
      const product = (value: string, weight: string, result: string) =>
        format === 'md' ? `| ${value} | ${weight} | ${result} |` : `${value} × ${weight} = ${result}`;
      expect(out).toContain(product('7/6', '4', '14/3'));
      expect(out).toContain(product(n('2.75', lang), '15', n('41.25', lang)));
      expect(out).toContain(FINAL_EXACT);
    },
    json(explanation) {
      expect(explanation.index.label).toEqual(NAME);
      expect(JSON.stringify(explanation.index)).toContain(FINAL_EXACT);
    },
  },
  {
    name: 'compare --self-assessment',
    args: ['compare', SELF, FINAL, '--self-assessment'],
    formats: ['table', 'md', 'json'],
    text(out, lang) {
      expect(out).toContain(NAME[lang]);
      expect(out).toMatch(new RegExp(`${n('3.17', lang)}\\s*\\|?\\s*→?\\s*\\|?\\s*${n('2.74', lang)}`, 'u'));
      // Indicator 8 went from 2 to 1.26 and 3 from 3 to 7/3: shown as decimals, never "63/50".
      expect(out).toContain(n('1.26', lang));
      expect(out).toContain(`≈${n('2.33', lang)}`);
      expect(out).not.toMatch(/63\/50|11\/4/u);
      expect(out).toContain(lang === 'id' ? 'Sangat Baik → Baik' : 'Very good → Good');
    },
    json(comparison) {
      expect([comparison.index.before.exact, comparison.index.after.exact]).toEqual([SELF_EXACT, FINAL_EXACT]);
      expect(comparison.selfAssessment).toMatchObject({ compared: 20, overRated: 11, underRated: 0, agreed: 9 });
      expect(comparison.indicators[7]).toMatchObject({ id: '8', before: 2, after: '63/50' });
    },
  },
  {
    name: 'margin',
    args: ['margin', FINAL],
    formats: ['table', 'md', 'json'],
    text(out, lang) {
      expect(out).toContain(NAME[lang]);
      expect(out).toContain(BAIK[lang]);
      // 3.5 − 82087/30000 = 22913/30000 to Sangat Baik; A5 sits exactly on 3.50.
      expect(out).toContain(`+${n('0.76', lang)}`);
      expect(out).toMatch(lang === 'id' ? /Sangat Baik\s*\|?\s*3,50/u : /Very good\s*\|?\s*3\.50/u);
    },
    json(margin) {
      expect(margin.index).toMatchObject({ exact: FINAL_EXACT, above: { predicate: { id: 'sangat-baik' }, bound: '3.5', distance: { exact: '22913/30000' } } });
      expect(margin.groups.find((group: { id: string }) => group.id === 'A5').below.distance.exact).toBe('0');
    },
  },
  {
    name: 'leverage',
    args: ['leverage', FINAL],
    formats: ['table', 'md', 'json'],
    text(out, lang) {
      expect(out).toContain(`${n('2.75', lang)}/5`);
      expect(out).toContain(`≈${n('2.33', lang)}/5`);
      expect(out).not.toMatch(/11\/4|7\/3/u);
      expect(out).toContain(`+${n('0.3375', lang)}`);
    },
    json(leverage) {
      expect(leverage[0]).toMatchObject({ indicator: '20', level: '11/4', index: { oneLevel: { exact: '3/20' }, toTop: { exact: '27/80' } } });
    },
  },
  {
    name: 'plan --target memuaskan',
    args: ['plan', FINAL, '--target', 'memuaskan'],
    formats: ['table', 'md', 'json'],
    text(out, lang) {
      expect(out).toContain(`${NAME[lang]} ≥ ${n('4.00', lang)}`);
      expect(out).toContain(lang === 'id' ? 'Memuaskan' : 'Excellent');
      // Indicator 20 is raised from 11/4 to the whole level 5: three steps from the current value.
      expect(out).toMatch(new RegExp(`${n('2.75', lang).replace('.', '\\.')}\\s*\\|?\\s*5\\s*\\|?\\s*3`, 'u'));
      expect(out).not.toMatch(/11\/4|7\/3|5\/2/u);
    },
    json(plan) {
      expect(plan.reachable).toBe(true);
      expect(plan.result.index.predicate).toMatchObject({ id: 'memuaskan', maturity: { id: 'Unggul', en: 'Leading' } });
      expect(plan.raises.find((raise: { indicator: string }) => raise.indicator === '20')).toMatchObject({ from: '11/4', to: 5, cost: '3' });
    },
  },
  {
    name: 'frontier',
    args: ['frontier', FINAL],
    formats: ['table', 'md', 'json'],
    text(out, lang) {
      expect(out).toContain(NAME[lang]);
      expect(out).toContain(`20:${n('2.75', lang)}→5`);
      expect(out).not.toMatch(/11\/4/u);
    },
    json(frontier) {
      expect(frontier.points[0].index).toMatchObject({ exact: FINAL_EXACT, predicate: { id: 'baik' } });
      expect(frontier.points.at(-1).index.predicate.id).toBe('memuaskan');
    },
  },
  {
    name: 'rollup',
    args: ['rollup', 'examples/opd/2026'],
    formats: FORMATS,
    text(out, lang, format) {
      expect(out).toContain(NAME[lang]);
      expect(out).toContain(n('2.77', lang));
      expect(out).toContain(BAIK[lang]);
      if (format === 'table' || format === 'md') expect(out).toContain('16621/6000');
    },
    json: (rollup) => expect(rollup.consolidated.index).toMatchObject({ exact: '16621/6000', predicate: { id: 'baik', maturity: BERKEMBANG } }),
  },
  {
    name: 'restate (59/2020 → 8/2026)',
    args: ['restate', 'examples/kota-contoh-2024.json', '--mapping', 'examples/mappings/59-2020-to-8-2026.json'],
    formats: ['json', 'table', 'md'],
    namesSpbe: true,
    text(out, lang) {
      expect(out).toMatch(lang === 'id' ? /BUKAN crosswalk resmi/iu : /not an official crosswalk/iu);
      // Target 1 is the mean of five levels: 19/5.
      expect(out).toContain(n('3.8', lang));
    },
    json(assessment) {
      expect(assessment.catalogue).toBe('permenpanrb-8-2026');
      expect(assessment.levels['1']).toBe('19/5');
    },
  },
  {
    name: 'catalogue list',
    args: ['catalogue', 'list'],
    formats: ['table', 'json'],
    namesSpbe: true,
    text: (out) => expect(out).toMatch(/permenpanrb-8-2026\s+2026–\s+20\s/u),
    json: (list) => expect(list[0]).toMatchObject({ id: 'permenpanrb-8-2026' }),
  },
  {
    name: 'catalogue show',
    args: ['catalogue', 'show', 'permenpanrb-8-2026'],
    formats: ['table', 'md', 'json'],
    text(out, lang, format) {
      const names = format === 'table' && lang === 'en' ? ['Initiate', 'Emerging', 'Developing', 'Embedded', 'Leading'] : ['Merintis', 'Membangun', 'Berkembang', 'Melembaga', 'Unggul'];
      for (const maturity of names) expect(out).toContain(maturity);
      if (format === 'table') {
        expect(out).toContain(`${BAIK[lang].padEnd(14)} ≥ ${n('2.5', lang)}  ${BERKEMBANG[lang]}`);
        expect(out).toContain(lang === 'id' ? 'menerima nilai eksak apa pun' : 'takes any exact value');
      }
    },
    json(catalogue) {
      expect(catalogue.predicates.map((band: { min: string }) => band.min)).toEqual(['4', '3.5', '2.5', '1.5', '1']);
      expect(catalogue.scales[0].values).toBe('fractional');
    },
  },
];

/** Runs one command in one format and language, and holds it to what it must say. */
async function check(command: Command, format: Format, lang: Language): Promise<void> {
  const run: Run = await cli([...command.args, '--format', format, '--lang', lang]);
  if (!command.formats.includes(format)) {
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    for (const allowed of command.formats) expect(run.stderr).toContain(allowed);
    return;
  }
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /u);
  expect(run.code).toBe(0);
  // Only a restatement from 59/2020 and the list of catalogues may name the SPBE index.
  if (command.namesSpbe !== true) expect(run.stdout).not.toMatch(SPBE);
  if (format === 'json') command.json?.(JSON.parse(run.stdout));
  else command.text?.(run.stdout, lang, format);
}

describe('every command on the Indeks Pemdi, in every format and both languages', () => {
  for (const command of COMMANDS) {
    it.each(FORMATS.flatMap((format) => (['id', 'en'] as const).map((lang) => [format, lang] as const)))(`spbe ${command.name} --format %s --lang %s`, async (format, lang) => {
      await check(command, format, lang);
    });
  }

  it('spbe verify confirms a saved Pemdi result and names its index and predikat', async () => {
    const saved = await cli(['score', FINAL, '--format', 'json']);
    const file = join(tmp, 'result.json');
    writeFileSync(file, saved.stdout);
    for (const lang of ['id', 'en'] as const) {
      const table = await cli(['verify', file, '--lang', lang]);
      expect(table.code).toBe(0);
      expect(table.stdout).toContain(`${NAME[lang]} ${n('2.74', lang)} (${BAIK[lang]} · ${BERKEMBANG[lang]}), 20`);
      const json = await cli(['verify', file, '--format', 'json', '--lang', lang]);
      expect(JSON.parse(json.stdout)).toMatchObject({ verified: true, index: { exact: FINAL_EXACT } });
      for (const format of ['csv', 'md', 'html']) expect((await cli(['verify', file, '--format', format, '--lang', lang])).code).toBe(2);
    }
  });

  it('spbe template writes a Pemdi sheet that says fractional values are accepted, and reads back', async () => {
    for (const lang of ['id', 'en'] as const) {
      const sheet = await cli(['template', '--catalogue', 'permenpanrb-8-2026', '--format', 'csv', '--lang', lang]);
      expect(sheet.code).toBe(0);
      expect(sheet.stdout).toContain(lang === 'id' ? 'Tingkat Kematangan Pelindungan Data Pribadi' : 'Personal data protection maturity');
      expect(sheet.stdout).toContain(lang === 'id' ? 'Nilai pecahan 1–5 boleh' : '1–5');
    }
    const filled = join(tmp, 'filled.csv');
    writeFileSync(filled, ['indikator;tingkat', ...WEIGHTS.map((_, i) => `${i + 1};${i === 19 ? '2,75' : i === 2 ? '7/3' : '3'}`)].join('\n'));
    const scored = await cli(['score', filled, '--catalogue', 'permenpanrb-8-2026', '--format', 'json']);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout).indicators.map((indicator: { level: unknown }) => indicator.level).filter((level: unknown) => level !== 3)).toEqual(['7/3', '11/4']);
  });

  it('a restated assessment scores as a partial Pemdi result, with the unmapped targets left out', async () => {
    const restated = await cli(['restate', 'examples/kota-contoh-2024.json', '--mapping', 'examples/mappings/59-2020-to-8-2026.json']);
    const file = join(tmp, 'restated.json');
    writeFileSync(file, restated.stdout);
    const scored = await cli(['score', file, '--missing', 'partial', '--format', 'json']);
    expect(scored.code).toBe(0);
    const result = JSON.parse(scored.stdout);
    expect(result.complete).toBe(false);
    expect(result.meta.catalogue.id).toBe('permenpanrb-8-2026');
    expect(result.indicators.filter((indicator: { status: string }) => indicator.status === 'missing').map((indicator: { id: string }) => indicator.id)).toEqual(['6', '7', '8', '11', '12', '18', '20']);
  });
});

/*
 * The 2026 example city end to end: eight of its 30 OPDs give fractional values (BKPSDM 1.26 on
 * indicator 3, Satpol PP 7/6 on 19, Dinas Kesehatan 1.25 on 20, Diskominfo 2.5 on 10 and 3.25 on
 * 14, …). Each value must reach the consolidated figures exactly, and the city plan must raise
 * it to a whole level paying from the step it is in (costs-8-2026.json: 1, 1, 2, 3 per step;
 * Diskominfo 1, 1, 1, 2).
 */
describe('the fractional Pemdi city of 2026 (examples/opd/2026), end to end', () => {
  const CITY = ['examples/opd/2026', '--responsibilities', 'examples/city/responsibilities-8-2026.json'];
  const PLAN = [...CITY, '--target', 'sangat-baik', '--costs', 'examples/city/costs-8-2026.json'];
  const ok = async (args: readonly string[]): Promise<string> => {
    const run = await cli(args);
    expect(run.code).toBe(0);
    return run.stdout;
  };

  it('spbe rollup (table): 2.77 exactly 16621/6000; 1.26 is the city value on indicator 3, 7/6 with three whole levels ≈2.54 on 19, each value rounded only after "≈"', async () => {
    const id = await ok(['rollup', ...CITY, '--lang', 'id']);
    expect(id).toContain('Indeks Pemerintah Digital  2,77  Baik');
    expect(id).toContain('Nilai eksak: 2,7701(6) (16621/6000)');
    // The map: each OPD's value as given, the city row consolidated.
    expect(id).toMatch(/^BKPSDM\s+–\s+–\s+1,26\s+–/mu);
    expect(id).toMatch(/^Satpol PP(\s+–)*\s+≈1,17\s+–$/mu);
    expect(id).toMatch(/^Kota \(konsolidasi\)(\s+\S+)*\s+≈2,33\s+≈2,54\s+2,5$/mu);
    expect(id.replace(/\s+/gu, ' ')).toContain('≈ dibulatkan ke dua desimal (nilai eksak di keluaran JSON).');
    // Below the level target 4, by cost to the index: 5 × (4 − 1.26) / 100 = 0.137.
    expect(id).toMatch(/^ 3\s+Sumber Daya Manusia Pemerintah Digital\s+1,26\s+0,14\n\s+Unit di bawah target: BKPSDM$/mu);
    const en = await ok(['rollup', ...CITY, '--lang', 'en']);
    expect(en).toContain('Digital Government Index  2.77  Good');
    expect(en).toMatch(/^Satpol PP(\s+–)*\s+≈1\.17\s+–$/mu);
  });

  it('spbe rollup --format csv: the consolidated result, 1.26 as given and 61/24 exact in the last column', async () => {
    const en = await ok(['rollup', ...CITY, '--format', 'csv', '--lang', 'en']);
    const rows = en.split('\r\n');
    expect(rows).toContain('index,,Digital Government Index,,100,,2.77,,Good,');
    expect(rows).toContain('indicator,3,Digital government workforce maturity,A2,5,1.26,,0.0630,,1.26');
    expect(rows).toContain('indicator,10,Digital government security maturity,A4,4,1.75,,0.0700,,1.75');
    expect(rows).toContain('indicator,19,User support facilities for digital services,A7,10,2.5417,,0.2542,,61/24');
    const id = (await ok(['rollup', ...CITY, '--format', 'csv', '--lang', 'id'])).split('\r\n');
    expect(id).toContain('indicator;19;Fasilitas Dukungan Pengguna Layanan Digital Pemerintah;A7;10;2,5417;;0,2542;;61/24');
  });

  it('spbe rollup --format json: the exact city values, and each OPD result keeps its value as given', async () => {
    const city = JSON.parse(await ok(['rollup', ...CITY, '--format', 'json']));
    expect(city.consolidated.index).toMatchObject({ value: '2.77', exact: '16621/6000', predicate: { id: 'baik' } });
    const levels = Object.fromEntries(city.consolidated.indicators.map((i: { id: string; level: unknown }) => [i.id, i.level]));
    // 10: Diskominfo 2.5 and BPBD 1; 14: Diskominfo 3.25 alone; 20: eight owners with 1.25 and 3.75 among them.
    expect([levels['3'], levels['10'], levels['14'], levels['19'], levels['20']]).toEqual(['63/50', '7/4', '13/4', '61/24', '5/2']);
    const unit = (name: string) => [...city.units, ...city.unranked].find((u: { unit: string }) => u.unit === name);
    const given = (name: string) => unit(name).result.indicators.filter((i: { level: unknown }) => i.level !== null).map((i: { id: string; level: unknown }) => [i.id, i.level]);
    expect(given('Satpol PP')).toEqual([['19', '7/6']]);
    expect(given('BKPSDM')).toEqual([['3', '63/50'], ['16', 3]]);
    expect(given('Dinas Kesehatan')).toEqual([['17', 2], ['20', '5/4']]);
    expect(unit('Satpol PP').index.exact).toBe('7/6');
  });

  it('spbe city-plan: each fractional value raised to a whole level, paying from the step it is in; 32 in all, to 3.51', async () => {
    const table = await ok(['city-plan', ...PLAN, '--lang', 'id']);
    expect(table).toContain('Tercapai dengan total biaya 32');
    expect(table).toContain('Hasil setelah rencana: Indeks Pemerintah Digital 3,51 (Sangat Baik)');
    // 7/6 → 3: the steps 1→2 and 2→3 (1 + 1); 1.26 → 5: 1 + 1 + 2 + 3; 1.25 → 3: 1 + 1.
    expect(table).toMatch(/^Satpol PP — Biaya 2\n.*\n.*\n19\s+Fasilitas Dukungan Pengguna Layanan Digital Pemerintah\s+≈1,17\s+3\s+2$/mu);
    expect(table).toMatch(/^BKPSDM — Biaya 7\n.*\n.*\n3\s+Sumber Daya Manusia Pemerintah Digital\s+1,26\s+5\s+7$/mu);
    expect(table).toMatch(/^20\s+Tingkat Pengelolaan Kepuasan Pengguna Layanan Digital Peme…\s+1,25\s+3\s+2$/mu);
    // Diskominfo's own costs (1, 1, 1, 2): 2.5 → 4 is 1 + 1, 3.25 → 5 is 1 + 2.
    expect(table).toMatch(/^10\s+Keamanan Pemerintah Digital\s+2,5\s+4\s+2$/mu);
    expect(table).toMatch(/^14\s+Infrastruktur Pemerintah Digital\s+3,25\s+5\s+3$/mu);
    // Per indicator, the city value before and after, by the units' rule: 1.26 → 5 on indicator 3, ≈2.54 → 3.25 on 19.
    expect(table).toMatch(/^ 3\s+Sumber Daya Manusia Pemerintah Digital\s+1,26\s+5\s+7\s+1$/mu);
    expect(table).toMatch(/^19\s+Fasilitas Dukungan Pengguna Layanan Digital Pem\S*\s+≈2,54\s+3,25\s+3\s+2$/mu);
    const plan = JSON.parse(await ok(['city-plan', ...PLAN, '--format', 'json']));
    expect([plan.totalCost, plan.optimal, plan.rollup.consolidated.index.exact]).toEqual(['32', true, '168319/48000']);
    const raises = plan.units.flatMap((u: { unit: string; raises: { indicator: string; from: unknown; to: number; cost: string }[] }) => u.raises.map((r) => [u.unit, r.indicator, r.from, r.to, r.cost]));
    expect(raises.filter((r: unknown[]) => typeof r[2] === 'string')).toEqual([
      ['BKPSDM', '3', '63/50', 5, '7'],
      ['Dinas Kesehatan', '20', '5/4', 3, '2'],
      ['Diskominfo', '10', '5/2', 4, '2'],
      ['Diskominfo', '14', '13/4', 5, '3'],
      ['Satpol PP', '19', '7/6', 3, '2'],
    ]);
  });

  it('spbe report given the units (HTML): the city page shows each value as given and the action list from it', async () => {
    for (const lang of ['id', 'en'] as const) {
      const html = await ok(['report', ...PLAN, '--lang', lang]);
      expect(html).toContain(`<div class="index-value">${n('2.77', lang)}</div>`);
      const city = lang === 'id' ? 'Kota (konsolidasi)' : 'City (consolidated)';
      expect(html).toContain(`title="BKPSDM · 3 ${lang === 'id' ? 'Sumber Daya Manusia Pemerintah Digital' : 'Digital government workforce'}`);
      expect(html).toMatch(new RegExp(`title="BKPSDM · 3 [^"]+: ${n('1.26', lang)}">${n('1.26', lang)}</td>`, 'u'));
      expect(html).toMatch(new RegExp(`title="Satpol PP · 19 [^"]+: ≈${n('1.17', lang)}">≈${n('1.17', lang)}</td>`, 'u'));
      expect(html).toMatch(new RegExp(`title="${city.replace(/[()]/gu, '\\$&')} · 19 [^"]+: ≈${n('2.54', lang)}">≈${n('2.54', lang)}</td>`, 'u'));
      const satpol = html.slice(html.indexOf('<section class="unit-actions"><h3>Satpol PP'));
      expect(satpol).toMatch(new RegExp(`^<section class="unit-actions"><h3>Satpol PP · [A-Za-z]+ 2</h3>.*?<td class="num">19</td><td>[^<]+</td><td class="num">≈${n('1.17', lang)}</td><td class="num">3</td><td class="num">2</td></tr></tbody>`, 'u'));
    }
  });
});
