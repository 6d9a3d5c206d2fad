import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { permenpanrb82026 as pemdi } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { safeParseAssessmentCsv } from '../../src/input/assessment-csv.js';
import type { LevelInput } from '../../src/model/assessment.js';
import type { Language } from '../../src/model/localized.js';
import { csvSeparator, renderCsv } from '../../src/report/csv-output.js';
import { score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';

/*
 * renderCsv's exact level column (`tingkat eksak` / `exact level`): fractional Pemdi values
 * survive the result CSV, where the level column rounds a value that does not end to 4 places.
 * docs/cli.md, "Outputs": the CSV reader reads assessments, not this file; an assessment sheet made
 * of its `id` and exact columns scores the same.
 */
const ids = pemdi.indicators.map((indicator) => indicator.id);
const levels: Record<string, LevelInput> = {
  ...uniformLevels(pemdi, 3),
  [ids[0]!]: '7/6', // does not end: "1,1667" in the level column
  [ids[1]!]: '3.125',
  [ids[2]!]: '2.123456', // ends, six places: kept in full in both columns
  [ids[3]!]: 4,
  [ids[4]!]: '14/3',
};
const result = score(pemdi, { levels });

function indicatorRows(lang: Language): string[][] {
  const rows = parse(renderCsv(pemdi, result, { lang }), { delimiter: csvSeparator(lang) }) as string[][];
  return rows.filter((row) => row[0] === 'indicator');
}

describe('renderCsv: the exact level column', () => {
  it('is the last column, named in each language', () => {
    for (const [lang, name] of [['id', 'tingkat eksak'], ['en', 'exact level']] as const) {
      const header = (parse(renderCsv(pemdi, result, { lang }), { delimiter: csvSeparator(lang) }) as string[][])[0];
      expect(header?.at(-1)).toBe(name);
      expect(header).toHaveLength(10);
    }
  });

  it('holds every level exactly: whole levels as they are, decimals in full, other fractions as n/d', () => {
    const byId = new Map(indicatorRows('en').map((row) => [row[1], row]));
    expect(byId.get(ids[0])?.slice(5)).toEqual(['1.1667', '', expect.any(String) as string, '', '7/6']);
    expect(byId.get(ids[1])?.[9]).toBe('3.125');
    expect(byId.get(ids[2])?.[9]).toBe('2.123456');
    expect(byId.get(ids[3])?.[9]).toBe('4');
    expect(byId.get(ids[4])?.[5]).toBe('4.6667');
    expect(byId.get(ids[4])?.[9]).toBe('14/3');
  });

  it('Indonesian: decimal comma in the exact column too', () => {
    const byId = new Map(indicatorRows('id').map((row) => [row[1], row]));
    expect(byId.get(ids[1])?.[9]).toBe('3,125');
    expect(byId.get(ids[0])?.[9]).toBe('7/6');
  });

  it('is "na" for a not-applicable indicator and empty for one not assessed, as the level column', () => {
    const partial = score(pemdi, { levels: { [ids[0]!]: '7/6' } }, { missing: 'partial' });
    const rows = (parse(renderCsv(pemdi, partial, { lang: 'en' })) as string[][]).filter((row) => row[0] === 'indicator');
    expect(rows.find((row) => row[1] === ids[0])?.[9]).toBe('7/6');
    expect(rows.find((row) => row[1] === ids[1])?.[9]).toBe('');
  });

  it('an assessment sheet of the id and exact columns, read by the CSV reader, scores the same', () => {
    for (const lang of ['id', 'en'] as const) {
      const sep = csvSeparator(lang);
      const sheet = [`indikator${sep}tingkat`, ...indicatorRows(lang).map((row) => `${row[1]}${sep}${row[9]}`)].join('\r\n');
      const read = safeParseAssessmentCsv(sheet, { catalogue: pemdi });
      expect(read.success).toBe(true);
      if (!read.success) continue;
      const again = score(pemdi, read.output);
      expect(again.index.exact).toBe(result.index.exact);
      expect(again.indicators.map((indicator) => indicator.level)).toEqual(result.indicators.map((indicator) => indicator.level));
    }
  });

  it('the rounded level column alone would not: 7/6 comes back as 1.1667', () => {
    const sheet = ['indicator,level', ...indicatorRows('en').map((row) => `${row[1]},${row[5]}`)].join('\r\n');
    const read = safeParseAssessmentCsv(sheet, { catalogue: pemdi });
    expect(read.success && score(pemdi, read.output).index.exact).not.toBe(result.index.exact);
  });

  it('the result CSV itself is not an assessment: the reader asks for its indicator column', () => {
    const read = safeParseAssessmentCsv(renderCsv(pemdi, result, { lang: 'id' }), { catalogue: pemdi });
    expect(read.success ? [] : read.issues.map((issue) => issue.code)).toEqual(['csv.header_missing']);
  });
});
