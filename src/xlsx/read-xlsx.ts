import type { Responsibilities } from '../analysis/rollup/responsibilities.js';
import { safeParseAssessmentCsv, type CsvReadOptions, type CsvReadResult } from '../input/assessment-csv.js';
import { safeParseResponsibilitiesCsv, type ResponsibilitiesCsvOptions, type ResponsibilitiesCsvResult } from '../input/responsibilities-csv.js';
import type { Assessment } from '../model/assessment.js';
import { SpbeError, type SafeResult } from '../model/issue.js';
import { inSheet, sheetText } from './sheet-text.js';

/** What a sheet reader returns: its result with every issue's path starting at the sheet. */
function located<T>(sheet: string, read: SafeResult<T> & { readonly warnings: readonly unknown[] }): SafeResult<T> & { readonly warnings: readonly never[] } {
  return read.success ? { success: true, output: read.output, warnings: [] } : { success: false, issues: read.issues.map((issue) => inSheet(sheet, issue)), warnings: [] };
}

/**
 * Reads an assessment from an .xlsx workbook: its first worksheet, with the columns, rules and
 * issues of `safeParseAssessmentCsv` (an `indikator`/`indicator` column, a `tingkat`/`level`
 * column, an optional `catatan`/`note`), each issue's path naming the sheet, the row (the
 * spreadsheet's row number) and the column: `["sheet", "Penilaian", "row", 5, "tingkat"]`. Numbers
 * in cells are read by their shortest decimal and formulas by their cached result. A file that is
 * not a readable .xlsx is `xlsx.unreadable`. Node only (`spbe-index/xlsx`).
 *
 * @example
 * ```ts
 * import { safeReadAssessmentXlsx } from 'spbe-index/xlsx';
 *
 * const read = await safeReadAssessmentXlsx(readFileSync('bappeda.xlsx'), { catalogue: permenpanrb592020 });
 * if (read.success) score(permenpanrb592020, read.output, { missing: 'partial' });
 * ```
 * @category Input
 */
export async function safeReadAssessmentXlsx(bytes: Uint8Array | ArrayBuffer, options: CsvReadOptions = {}): Promise<CsvReadResult> {
  const sheet = await sheetText(bytes);
  if ('code' in sheet) return { success: false, issues: [sheet], warnings: [] };
  return located<Assessment>(sheet.sheet, safeParseAssessmentCsv(sheet.text, options));
}

/**
 * Reads responsibilities from an .xlsx workbook's first worksheet, with the columns, checks and
 * issues of `safeParseResponsibilitiesCsv`, each issue's path naming the sheet, row and column.
 *
 * @example
 * ```ts
 * import { safeReadResponsibilitiesXlsx } from 'spbe-index/xlsx';
 *
 * const read = await safeReadResponsibilitiesXlsx(readFileSync('tanggung-jawab.xlsx'), { catalogue, units });
 * ```
 * @category Input
 */
export async function safeReadResponsibilitiesXlsx(bytes: Uint8Array | ArrayBuffer, options: ResponsibilitiesCsvOptions = {}): Promise<ResponsibilitiesCsvResult> {
  const sheet = await sheetText(bytes);
  if ('code' in sheet) return { success: false, issues: [sheet], warnings: [] };
  return located<Responsibilities>(sheet.sheet, safeParseResponsibilitiesCsv(sheet.text, options));
}

/**
 * Reads an assessment from an .xlsx workbook, throwing an `SpbeError` with every issue. See
 * {@link safeReadAssessmentXlsx}.
 *
 * @example
 * ```ts
 * const assessment = await readAssessmentXlsx(readFileSync('bappeda.xlsx'), { catalogue });
 * ```
 * @category Input
 */
export async function readAssessmentXlsx(bytes: Uint8Array | ArrayBuffer, options: CsvReadOptions = {}): Promise<Assessment> {
  const read = await safeReadAssessmentXlsx(bytes, options);
  if (!read.success) throw new SpbeError(read.issues);
  return read.output;
}

/**
 * Reads responsibilities from an .xlsx workbook, throwing an `SpbeError` with every issue. See
 * {@link safeReadResponsibilitiesXlsx}.
 *
 * @example
 * ```ts
 * const responsibilities = await readResponsibilitiesXlsx(readFileSync('tanggung-jawab.xlsx'), { catalogue });
 * ```
 * @category Input
 */
export async function readResponsibilitiesXlsx(bytes: Uint8Array | ArrayBuffer, options: ResponsibilitiesCsvOptions = {}): Promise<Responsibilities> {
  const read = await safeReadResponsibilitiesXlsx(bytes, options);
  if (!read.success) throw new SpbeError(read.issues);
  return read.output;
}
