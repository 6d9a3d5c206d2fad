import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { safeParseAssessmentCsv } from '../../src/input/assessment-csv.js';
import { safeScore } from '../../src/scoring/score.js';
import { validLevels } from './arbitraries.js';
import { expectWellFormedIssues, globalState, RUNS } from './invariants.js';

/*
 * The CSV reader never throws on any text; every rejection is well-formed; every valid
 * spreadsheet export (either separator, BOM or not, CRLF, LF or mixed line ends, quoted or bare
 * cells, Indonesian or English headers in any case, extra columns, blank rows) is read back to
 * exactly the levels it holds and scores like the JSON assessment.
 */

const before = globalState();

/** Text made of the characters that matter to CSV, plus some of anything. */
const csvishText = fc.oneof(
  fc.string({ unit: fc.constantFrom(';', ',', '"', '\r', '\n', '\uFEFF', ' ', '1', '3', '5', 'n', 'a', 'indikator', 'tingkat', 'level', '\u0000'), maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 300 }).map((tail) => `indikator;tingkat\r\n${tail}`),
);

function check(text: string): ReturnType<typeof safeParseAssessmentCsv> {
  const read = safeParseAssessmentCsv(text);
  if (!read.success) expectWellFormedIssues(read.issues);
  else {
    const scored = safeScore(catalogue, read.output, { missing: 'partial', allowNotApplicable: true });
    if (!scored.success) expectWellFormedIssues(scored.issues);
  }
  expect(globalState()).toBe(before);
  return read;
}

const dialect = fc.record({
  separator: fc.constantFrom(';', ','),
  bom: fc.boolean(),
  lineEnds: fc.array(fc.constantFrom('\n', '\r\n'), { minLength: 1, maxLength: 5 }),
  quote: fc.boolean(),
  headers: fc.constantFrom(['indikator', 'tingkat'], ['Indicator', 'Level'], ['INDIKATOR', 'Level'], ['indicator', 'tingkat']),
  extraColumn: fc.boolean(),
  blankRowEvery: fc.integer({ min: 0, max: 10 }),
});

type Dialect = typeof dialect extends fc.Arbitrary<infer T> ? T : never;

function toCsv(levels: Record<string, number>, d: Dialect): string {
  const cell = (text: string) => (d.quote ? `"${text.replaceAll('"', '""')}"` : text);
  const rows = [[...(d.extraColumn ? ['No'] : []), ...d.headers]];
  Object.entries(levels).forEach(([id, level], i) => {
    rows.push([...(d.extraColumn ? [String(i + 1)] : []), id, String(level)]);
    if (d.blankRowEvery > 0 && i % d.blankRowEvery === 0) rows.push([]);
  });
  const text = rows.map((row, i) => row.map(cell).join(d.separator) + d.lineEnds[i % d.lineEnds.length]).join('');
  return (d.bom ? '\uFEFF' : '') + text;
}

describe('safeParseAssessmentCsv under fuzzing', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(csvishText, (text) => void check(text)), { numRuns: RUNS });
  });

  it('reads every valid export back to exactly its levels, scoring like JSON', () => {
    fc.assert(
      fc.property(validLevels(catalogue), dialect, (levels, d) => {
        const read = check(toCsv(levels, d));
        expect(read.success).toBe(true);
        if (!read.success) return;
        expect({ ...read.output.levels }).toEqual(levels);
        const fromCsv = safeScore(catalogue, read.output);
        const fromJson = safeScore(catalogue, { levels });
        expect(fromCsv.success && fromCsv.output.index).toEqual(fromJson.success && fromJson.output.index);
      }),
      { numRuns: 200 },
    );
  });

  it('reports prototype keys in the indicator column as unknown indicators, without pollution', () => {
    const read = check('indikator;tingkat\r\n__proto__;3\r\nconstructor;4\r\nprototype;5\r\n');
    expect(read.success).toBe(true);
    if (!read.success) return;
    const scored = safeScore(catalogue, read.output, { missing: 'partial' });
    expect(scored.success).toBe(false);
    if (!scored.success) expect(scored.issues.map((issue) => issue.path.join('/'))).toEqual(['levels/__proto__', 'levels/constructor', 'levels/prototype']);
  });

  it('never merges rows when line ends are mixed (a CRLF header with LF rows lost indicators into notes)', () => {
    const read = check('indikator;tingkat;catatan\r\n1;3;ok\n2;4;x\r\n3;5;"a\r\nb"\r\n');
    expect(read.success && read.output).toEqual({ levels: { '1': 3, '2': 4, '3': 5 }, notes: { '1': 'ok', '2': 'x', '3': 'a\r\nb' } });
  });

  it('copes with a very long cell and many rows', () => {
    expect(check(`indikator,tingkat,catatan\n1,3,"${'x'.repeat(2_000_000)}"\n`).success).toBe(true);
    const rows = Array.from({ length: 5_000 }, (_, i) => `${i + 1},3`).join('\n');
    expect(check(`indikator,tingkat\n${rows}\n`).success).toBe(true);
  });
});
