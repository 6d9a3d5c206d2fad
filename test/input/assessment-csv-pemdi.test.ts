import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 as pemdi } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { safeParseAssessmentCsv } from '../../src/input/assessment-csv.js';
import { safeScore } from '../../src/scoring/score.js';

const read = (text: string) => safeParseAssessmentCsv(`indikator;tingkat\n${text}\n`, { catalogue: pemdi });

describe('CSV for the Pemdi catalogue: indicator codes', () => {
  it('reads "I5" and "3.1" as indicator 5, and names under the id', () => {
    const outcome = read('I5;3\n3.2;2\nI20;4');
    expect(outcome).toMatchObject({ success: true, output: { levels: { '5': 3, '6': 2, '20': 4 } } });
  });

  it('two rows naming one indicator by id and by code are a duplicate', () => {
    const outcome = read('5;3\nI5;2');
    expect(outcome.success ? [] : outcome.issues.map((issue) => [issue.code, issue.path])).toEqual([['csv.indicator_duplicate', ['row', 3, 'indikator']]]);
  });
});

describe('CSV for the Pemdi catalogue: fractional values', () => {
  it('reads "7/6", "1,26" (decimal comma) and "1.26" exactly', () => {
    const outcome = read('1;7/6\n2;1,26\n3;1.26\n4;"2,5"');
    expect(outcome).toMatchObject({ success: true, output: { levels: { '1': '7/6', '2': '1.26', '3': '1.26', '4': '2.5' } } });
    if (!outcome.success) return;
    const scored = safeScore(pemdi, outcome.output, { missing: 'partial' });
    expect(scored.success && scored.output.indicators.slice(0, 4).map((indicator) => indicator.level)).toEqual(['7/6', '63/50', '63/50', '5/2']);
  });

  it.each([
    ['1e0', 'level.exponent'],
    ['1/2/3', 'level.too_many_slashes'],
    ['3/0', 'level.zero_denominator'],
    ['NaN', 'level.nan'],
    ['Infinity', 'level.not_finite'],
    ['tiga', 'level.malformed'],
    ['1,2,5', 'level.malformed'],
  ])('%j is the issue %s, at its row and column, as in a JSON assessment', (cell, code) => {
    const outcome = read(`1;3\n2;${cell}`);
    expect(outcome.success ? [] : outcome.issues.map((issue) => [issue.code, issue.path])).toEqual([[code, ['row', 3, 'tingkat']]]);
    const json = safeScore(pemdi, { levels: { '2': cell } }, { missing: 'partial' });
    expect(json.success ? [] : json.issues.map((issue) => issue.code)).toEqual([code]);
  });

  it('an empty cell stays csv.level_empty; a value out of the scale is scoring\'s level.out_of_range', () => {
    const empty = read('1;');
    expect(empty.success ? [] : empty.issues.map((issue) => issue.code)).toEqual(['csv.level_empty']);
    const high = read('1;5,5');
    expect(high.success).toBe(true);
    if (!high.success) return;
    const scored = safeScore(pemdi, high.output, { missing: 'partial' });
    expect(scored.success ? [] : scored.issues.map((issue) => [issue.code, issue.path])).toEqual([['level.out_of_range', ['levels', '1']]]);
  });

  it('a catalogue of whole levels (59/2020) still refuses "3,5" and "7/6" in the CSV', () => {
    const outcome = safeParseAssessmentCsv('indikator;tingkat\n1;3,5\n2;7/6\n', { catalogue: permenpanrb592020 });
    expect(outcome.success ? [] : outcome.issues.map((issue) => issue.code)).toEqual(['csv.level_invalid', 'csv.level_invalid']);
  });
});
