import type { Catalogue, Issue } from '../index.js';
import { safeParseAssessmentCsv } from '../csv.js';
import type { CityState, CsvSheet } from './state.js';

/*
 * The city's CSV units kept as loaded, and read again when the catalogue changes: a sheet that
 * names indicators by name ("Tingkat Kematangan Kebijakan Internal …") means other indicators in
 * another catalogue, and `spbe rollup --catalogue <id>` reads it with that one.
 */

/** A CSV file's bytes in base64: plain JSON for the export, exact for a sheet that is not UTF-8. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k += 1) bytes[k] = binary.charCodeAt(k);
  return bytes;
}

/** The city with one unit's sheet kept (`bytes`) or forgotten (undefined: the unit came from JSON). */
export function withSheet(sheets: readonly CsvSheet[], agency: string, file: string, bytes: Uint8Array | undefined): readonly CsvSheet[] {
  return [...sheets.filter((sheet) => sheet.agency !== agency), ...(bytes === undefined ? [] : [{ agency, file, base64: toBase64(bytes) }])];
}

/** One kept sheet's latest reading: what the file list shows for it, as on first load. */
export interface SheetReading {
  readonly agency: string;
  readonly file: string;
  readonly success: boolean;
  /** The reader's issues (when it refused the sheet) and warnings, paths within the file. */
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];
}

/**
 * Every kept sheet read again with `catalogue`, by the function `spbe rollup` reads it with; its
 * unit takes the new reading. A sheet the catalogue cannot read keeps its unit as it was and is
 * said by its issues (the file's name first in their path): the city is not rolled up
 * while one is, as the command stops. `readings` has each sheet's own issues and warnings.
 */
export function rereadSheets(city: CityState, catalogue: Catalogue): { readonly city: CityState; readonly issues: readonly Issue[]; readonly readings: readonly SheetReading[] } {
  const issues: Issue[] = [];
  const readings: SheetReading[] = [];
  let units = city.units;
  for (const sheet of city.csvSheets) {
    if (!units.some((unit) => unit.agency === sheet.agency)) continue;
    const read = safeParseAssessmentCsv(fromBase64(sheet.base64), { catalogue });
    readings.push({ agency: sheet.agency, file: sheet.file, success: read.success, issues: read.success ? [] : read.issues, warnings: read.warnings });
    if (!read.success) {
      issues.push(...read.issues.map((issue) => ({ ...issue, path: [sheet.file, ...issue.path] })));
      continue;
    }
    units = units.map((unit) => (unit.agency === sheet.agency ? { ...read.output, agency: sheet.agency } : unit));
  }
  return { city: { ...city, units }, issues, readings };
}
