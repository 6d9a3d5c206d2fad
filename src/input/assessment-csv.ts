import type { Assessment, ExactValueText, LevelInput } from '../model/assessment.js';
import type { Catalogue, Indicator } from '../model/catalogue.js';
import { collectIssues, describeValue, makeIssue, type Issue, type IssueCollector, type SafeResult } from '../model/issue.js';
import { readExactValue } from '../arithmetic/exact-value.js';
import { findIndicator } from '../catalogue/find-indicator.js';
import { csvOptionIssues, ownOption } from './csv-options.js';
import { headerColumns, readCsvRecords } from './csv-records.js';
import { toUtf8Bytes } from './decode-csv-bytes.js';

/**
 * Reading an assessment from a spreadsheet export. Parsing is csv-parse's job (its browser
 * build: no Node APIs, so the reader runs in a web page); this module only finds the columns, and
 * turns each level cell into a level without guessing: "3" is 3, "na" is not applicable, anything
 * else ("3,5", "tiga", "3.0") is an issue naming the row and column. Rows are read as the parser
 * meets them and never kept, so memory follows the input, not the number of rows times a record.
 */

/**
 * Every issue code `safeParseAssessmentCsv` can report (`csv.encoding_windows_1252` is a
 * warning: the file was still read).
 *
 * @example
 * ```ts
 * import { CSV_ISSUE_CODES } from 'spbe-index/csv';
 *
 * CSV_ISSUE_CODES.includes('csv.level_invalid'); // true: "3,5" or "tiga" in the level column
 * ```
 * @category Errors
 */
export const CSV_ISSUE_CODES = /* @__PURE__ */ Object.freeze([
  'csv.parse_error',
  'csv.empty',
  'csv.header_missing',
  'csv.column_duplicate',
  'csv.indicator_empty',
  'csv.indicator_duplicate',
  'csv.level_empty',
  'csv.level_invalid',
  'csv.encoding_windows_1252',
  // A fractional value (a catalogue whose scale takes fractions) is read as an assessment's is,
  // with the same codes: "1e0", "1/2/3", "3/0", "NaN", "Infinity", anything else unreadable.
  'level.exponent',
  'level.too_many_slashes',
  'level.zero_denominator',
  'level.nan',
  'level.not_finite',
  'level.malformed',
] as const);

type CsvIssueCode = (typeof CSV_ISSUE_CODES)[number];

const COLUMNS = {
  indicator: ['indicator', 'indikator'],
  level: ['level', 'tingkat'],
  note: ['note', 'catatan'],
} as const;
/** A canonical non-negative integer: no sign, no leading zeros, no decimals, no spaces inside. */
const CANONICAL_INTEGER = /^(0|[1-9]\d{0,8})$/u;

/**
 * Options of {@link safeParseAssessmentCsv}.
 *
 * @example
 * ```ts
 * safeParseAssessmentCsv(text, { catalogue: permenpanrb592020 }); // "Layanan Data Terbuka" reads as 43
 * ```
 * @category Input
 */
export interface CsvReadOptions {
  /**
   * A catalogue whose indicator names and aliases are accepted in the indicator column besides
   * the ids (whole names, case and spacing ignored, "Tingkat Kematangan" optional), as spreadsheets
   * often name indicators instead of numbering them.
   */
  readonly catalogue?: Catalogue;
}

/**
 * What {@link safeParseAssessmentCsv} returns: the assessment or every issue, and in both cases
 * the warnings about how the file was read (a file that was not UTF-8).
 *
 * @example
 * ```ts
 * const read = safeParseAssessmentCsv(bytes);
 * for (const warning of read.warnings) console.warn(warning.message.en);
 * ```
 * @category Input
 */
export type CsvReadResult = SafeResult<Assessment> & { readonly warnings: readonly Issue[] };

/** Lower case, single spaces, without the "Tingkat Kematangan" every 2020 name starts with. */
export function nameKey(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim().replace(/^tingkat kematangan /u, '');
}

/** Indicator id by name key, from the names in both languages and the aliases. */
export function namesOf(catalogue: Catalogue | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const indicator of catalogue?.indicators ?? []) {
    for (const name of [indicator.name.id, indicator.name.en, ...indicator.aliases]) names.set(nameKey(name), indicator.id);
  }
  return names;
}

function cellIssue(code: CsvIssueCode, row: number, column: string, id: string, en: string, received?: string): Issue {
  return makeIssue(code, ['row', row, column], { id, en }, received === undefined ? {} : { received: describeValue(received) });
}

/** "1,26" as an Indonesian spreadsheet writes 1.26: digits, one comma, digits. */
const DECIMAL_COMMA = /^-?\d+,\d+$/u;

/**
 * A value cell of an indicator whose scale takes fractions: "7/6", "1.26" or "1,26", passed on as
 * exact text ("7/6", "1.26") for scoring to check against the scale. What cannot be read exactly
 * gets the code an assessment's value gets (`level.exponent`, `level.malformed`, ...).
 */
function readFractionalCell(cell: string, row: number, column: string, issues: IssueCollector): ExactValueText | undefined {
  const text = DECIMAL_COMMA.test(cell) ? cell.replace(',', '.') : cell;
  const reading = readExactValue(text);
  if ('value' in reading) return text as ExactValueText;
  const shown = describeValue(cell);
  issues.push(
    cellIssue(
      // Never level.empty: an empty cell is csv.level_empty before it gets here.
      `level.${reading.problem}` as CsvIssueCode,
      row,
      column,
      `Baris ${row}: nilai pada kolom "${column}" harus tingkat atau nilai tepat seperti 1,26, 1.26 atau 7/6, bukan ${shown}.`,
      `Row ${row}: the value in column "${column}" must be a level or an exact value such as 1.26, 1,26 or 7/6, not ${shown}.`,
      cell,
    ),
  );
  return undefined;
}

/**
 * One level cell as a level, or an issue; never a coercion beyond a canonical integer, "na", and
 * (where the indicator's scale takes fractions) an exact value.
 */
function readLevelCell(text: string, row: number, column: string, fractional: boolean, issues: IssueCollector): LevelInput | undefined {
  const cell = text.trim();
  if (cell === '') {
    issues.push(cellIssue('csv.level_empty', row, column, `Baris ${row}: kolom "${column}" kosong.`, `Row ${row}: column "${column}" is empty.`));
    return undefined;
  }
  if (cell.toLowerCase() === 'na') return 'na';
  if (CANONICAL_INTEGER.test(cell)) return Number(cell);
  if (fractional) return readFractionalCell(cell, row, column, issues);
  const shown = describeValue(cell);
  issues.push(
    cellIssue(
      'csv.level_invalid',
      row,
      column,
      `Baris ${row}: tingkat pada kolom "${column}" harus bilangan bulat (mis. 3) atau "na", bukan ${shown}.`,
      `Row ${row}: the level in column "${column}" must be a whole number (e.g. 3) or "na", not ${shown}.`,
      cell,
    ),
  );
  return undefined;
}

interface Columns {
  readonly indicator: number;
  readonly level: number;
  readonly note: number;
  readonly indicatorName: string;
  readonly levelName: string;
}

/** The columns of the header row, or the issues that make it unusable. */
function readHeader(headers: readonly string[], issues: IssueCollector): Columns | undefined {
  const found = headerColumns(headers, COLUMNS, ['indicator', 'level'], { id: '', en: '' }, issues);
  if (issues.length > 0) return undefined;
  const indicator = found.indicator[0] as number;
  const level = found.level[0] as number;
  return {
    indicator,
    level,
    note: found.note[0] ?? -1,
    indicatorName: (headers[indicator] as string).trim(),
    levelName: (headers[level] as string).trim(),
  };
}

/** The null-prototype record as an ordinary object, in place. */
function ordinary<T extends object>(record: T): T {
  return Object.setPrototypeOf(record, Object.prototype) as T;
}

/**
 * Reads an assessment from a CSV file as exported by a spreadsheet. Give the file's bytes
 * (`Uint8Array` or `ArrayBuffer`, e.g. from `readFileSync` or `File.arrayBuffer()`) or its text.
 * Bytes are read as UTF-8; bytes that are not valid UTF-8 are read as Windows-1252 (Excel's plain
 * "CSV" save) with a `csv.encoding_windows_1252` warning, never turned into U+FFFD. The header row
 * needs an indicator column (`indicator` or `indikator`) and a level column (`level` or
 * `tingkat`), matched case-insensitively, each once; a `note` or `catatan` column is optional and
 * other columns are ignored. The separator (`,` or `;`) is detected from the header; a byte-order
 * mark, CRLF line ends and quoted fields are handled. Levels must be canonical integers ("3") or
 * `na`; anything else is an issue whose path is `["row", <record number, header = 1>, <column
 * header>]`; at most 1,000 issues are listed, then one saying how many more there were. With a
 * `catalogue`, the indicator column may also hold indicator names or their aliases instead of ids.
 * The result is not scored yet: pass it to `safeScore`. Runs in browsers as well as Node.
 *
 * @example
 * ```ts
 * import { safeScore } from 'spbe-index';
 * import { safeParseAssessmentCsv } from 'spbe-index/csv';
 *
 * const read = safeParseAssessmentCsv('\uFEFFindikator;tingkat;catatan\r\n1;3;"SK Wali Kota; 2024"\r\n');
 * if (read.success) safeScore(catalogue, read.output, { missing: 'partial' });
 * ```
 * @category Input
 */
export function safeParseAssessmentCsv(input: string | Uint8Array | ArrayBuffer, options?: CsvReadOptions): CsvReadResult {
  const optionIssues = csvOptionIssues(options, ['catalogue']);
  if (optionIssues.length > 0) return { success: false, issues: optionIssues, warnings: [] };
  const catalogue = ownOption<Catalogue>(options, 'catalogue');
  const { bytes, warning } = toUtf8Bytes(input);
  const warnings = warning === undefined ? [] : [warning];
  // Capped while collected: a file of a million bad rows keeps a thousand issues, not a million.
  const issues = collectIssues();
  const levels: Record<string, LevelInput> = Object.create(null) as Record<string, LevelInput>;
  const notes: Record<string, string> = Object.create(null) as Record<string, string>;
  const rowOf = new Map<string, number>();
  const names = namesOf(catalogue);
  let hasNotes = false;

  const readRow = (record: string[], row: number, columns: Columns): void => {
    const { indicator, level, note, indicatorName, levelName } = columns;
    const cell = (record[indicator] ?? '').trim();
    // With a catalogue: an id, a code ("I5", "3.1") or a name, always recorded under the id.
    const position = catalogue === undefined ? undefined : findIndicator(catalogue, cell);
    const known = position === undefined ? undefined : (catalogue?.indicators[position] as Indicator);
    const id = known?.id ?? (catalogue === undefined ? undefined : names.get(nameKey(cell))) ?? cell;
    if (id === '' && record.every((text) => text.trim() === '')) return; // a blank spreadsheet row
    if (id === '') {
      issues.push(cellIssue('csv.indicator_empty', row, indicatorName, `Baris ${row}: kolom "${indicatorName}" kosong.`, `Row ${row}: column "${indicatorName}" is empty.`));
      return;
    }
    const first = rowOf.get(id);
    if (first !== undefined) {
      issues.push(
        cellIssue('csv.indicator_duplicate', row, indicatorName, `Baris ${row}: indikator ${id} sudah diisi pada baris ${first}.`, `Row ${row}: indicator ${id} was already given on row ${first}.`, id),
      );
      return;
    }
    rowOf.set(id, row);
    const scale = (known ?? (catalogue === undefined ? undefined : catalogue.indicators[catalogue.lookup.indicators[id] ?? -1]))?.scale;
    const value = readLevelCell(record[level] ?? '', row, levelName, scale?.values === 'fractional', issues);
    if (value !== undefined) levels[id] = value;
    const text = note >= 0 ? (record[note] ?? '').trim() : '';
    if (text !== '') {
      notes[id] = text;
      hasNotes = true;
    }
  };

  const read = readCsvRecords(bytes, (record) => readHeader(record, issues), readRow);
  if (read.stopped !== undefined) return { success: false, issues: [read.stopped], warnings };
  if (issues.length > 0) return { success: false, issues: issues.issues(), warnings };
  // Given Object.prototype in place rather than copied: a copy of a large file's levels and notes
  // would double them at the end. Keys such as "__proto__" stay own keys, as JSON.parse makes them.
  const assessment: Assessment = hasNotes ? { levels: ordinary(levels), notes: ordinary(notes) } : { levels: ordinary(levels) };
  return { success: true, output: assessment, warnings };
}

/**
 * The former name of {@link safeParseAssessmentCsv}, which it calls: it returns a `SafeResult`
 * and so takes the `safe` prefix, like every such function of the library.
 *
 * @deprecated Use `safeParseAssessmentCsv`. This name stays for one minor version (0.2.x); in 0.3
 * it is removed.
 * @example
 * ```ts
 * const read = safeParseAssessmentCsv(text); // instead of parseAssessmentCsv(text)
 * ```
 * @category Input
 */
export function parseAssessmentCsv(input: string | Uint8Array | ArrayBuffer, options: CsvReadOptions = {}): CsvReadResult {
  return safeParseAssessmentCsv(input, options);
}
