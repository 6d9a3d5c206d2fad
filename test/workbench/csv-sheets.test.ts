import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { safeParseAssessmentCsv } from '../../src/csv.js';
import { fromBase64, rereadSheets, toBase64, withSheet } from '../../src/workbench/csv-sheets.js';
import { EMPTY_CITY } from '../../src/workbench/state.js';

/*
 * The city's CSV sheets kept as loaded and read again with a catalogue, by the reader spbe uses.
 */
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('the city CSV sheets, kept and read again', () => {
  it('keeps the bytes exactly, a sheet that is not UTF-8 too', () => {
    const latin = new Uint8Array([0x49, 0x6e, 0x64, 0x3b, 0xe9, 0x0a, ...new Array(70000).fill(0x41)]);
    expect(fromBase64(toBase64(latin))).toEqual(latin);
  });

  it('reads every kept sheet with the catalogue given, its unit taking the new reading under its agency', () => {
    const name = permenpanrb592020.indicators[4]?.name.id ?? '';
    const sheets = withSheet([], 'bapenda', 'bapenda.csv', bytes(`Indikator;Tingkat\n"${name}";4\n`));
    const city = { ...EMPTY_CITY, units: [{ agency: 'bapenda', levels: { [name]: 4 } }, { agency: 'Dinkes', levels: { '1': 2 } }], csvUnits: ['bapenda'], csvSheets: sheets };
    const read = safeParseAssessmentCsv(bytes(`Indikator;Tingkat\n"${name}";4\n`), { catalogue: permenpanrb592020 });
    expect(read.success).toBe(true);
    expect(rereadSheets(city, permenpanrb592020)).toEqual({
      city: { ...city, units: [{ ...(read.success ? read.output : {}), agency: 'bapenda' }, city.units[1]] },
      issues: [],
      readings: [{ agency: 'bapenda', file: 'bapenda.csv', success: true, issues: [], warnings: [] }],
    });
    // A unit given again by a JSON file forgets its sheet.
    expect(withSheet(sheets, 'bapenda', 'bapenda.json', undefined)).toEqual([]);
  });

  it('keeps the unit of a sheet the reader refuses, with its issues under the file’s name', () => {
    const city = { ...EMPTY_CITY, units: [{ agency: 'bapenda', levels: { '1': 2 } }], csvUnits: ['bapenda'], csvSheets: withSheet([], 'bapenda', 'bapenda.csv', bytes('Indikator;Tingkat\n1;banyak\n')) };
    const { city: after, issues } = rereadSheets(city, permenpanrb592020);
    expect(after.units).toEqual(city.units);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.path[0] === 'bapenda.csv')).toBe(true);
    // The reading itself, for the file list: the reader's issues as it words them, paths within the file.
    const read = safeParseAssessmentCsv(bytes('Indikator;Tingkat\n1;banyak\n'), { catalogue: permenpanrb592020 });
    expect(rereadSheets(city, permenpanrb592020).readings).toEqual([{ agency: 'bapenda', file: 'bapenda.csv', success: false, issues: read.success ? [] : read.issues, warnings: read.warnings }]);
  });
});
