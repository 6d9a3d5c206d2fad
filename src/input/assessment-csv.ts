import { parse } from 'csv-parse/sync';
import type { Assessment, LevelInput } from '../model/assessment.js';
import type { Catalogue } from '../model/catalogue.js';
import { describeValue, makeIssue, type Issue, type SafeResult } from '../model/issue.js';

/**
 * Reading an assessment from a spreadsheet export. Parsing is csv-parse's job; this module only
 * finds the columns, and turns each level cell into a level without guessing: "3" is 3, "na" is
 * not applicable, anything else ("3,5", "tiga", "3.0") is an issue naming the row and column.
 */

/**
 * Every issue code `safeParseAssessmentCsv` can report.
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
  'csv.indicator_empty',
  'csv.indicator_duplicate',
  'csv.level_empty',
  'csv.level_invalid',
] as const);

const INDICATOR_HEADERS = ['indicator', 'indikator'];
const LEVEL_HEADERS = ['level', 'tingkat'];
const NOTE_HEADERS = ['note', 'catatan'];
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

/** Lower case, single spaces, without the "Tingkat Kematangan" every 2020 name starts with. */
function nameKey(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim().replace(/^tingkat kematangan /u, '');
}

/** Indicator id by name key, from the names in both languages and the aliases. */
function namesOf(catalogue: Catalogue | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const indicator of catalogue?.indicators ?? []) {
    for (const name of [indicator.name.id, indicator.name.en, ...indicator.aliases]) names.set(nameKey(name), indicator.id);
  }
  return names;
}

/** `;` when the header line has more semicolons than commas (Excel in an Indonesian locale), else `,`. */
export function detectSeparator(text: string): ',' | ';' {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.indexOf('\n', start);
  const header = text.slice(start, end < 0 ? undefined : end);
  const count = (char: string): number => header.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function findColumn(headers: readonly string[], names: readonly string[]): number {
  return headers.findIndex((header) => names.includes(header.trim().toLowerCase()));
}

function cellIssue(code: (typeof CSV_ISSUE_CODES)[number], row: number, column: string, id: string, en: string, received?: string): Issue {
  return makeIssue(code, ['row', row, column], { id, en }, received === undefined ? {} : { received: describeValue(received) });
}

/** One level cell as a level, or an issue; never a coercion beyond a canonical integer or "na". */
function readLevelCell(text: string, row: number, column: string, issues: Issue[]): LevelInput | undefined {
  const cell = text.trim();
  if (cell === '') {
    issues.push(cellIssue('csv.level_empty', row, column, `Baris ${row}: kolom "${column}" kosong.`, `Row ${row}: column "${column}" is empty.`));
    return undefined;
  }
  if (cell.toLowerCase() === 'na') return 'na';
  if (CANONICAL_INTEGER.test(cell)) return Number(cell);
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

/**
 * Reads an assessment from CSV text as exported by a spreadsheet. The header row needs an
 * indicator column (`indicator` or `indikator`) and a level column (`level` or `tingkat`),
 * matched case-insensitively; a `note` or `catatan` column is optional and other columns are
 * ignored. The separator (`,` or `;`) is detected from the header; a UTF-8 byte-order mark,
 * CRLF line ends and quoted fields are handled by csv-parse. Levels must be canonical integers
 * ("3") or `na`; anything else is an issue whose path is `["row", <record number, header = 1>,
 * <column header>]`. With a `catalogue`, the indicator column may also hold indicator names or
 * their aliases instead of ids. The result is not scored yet: pass it to `safeScore`.
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
export function safeParseAssessmentCsv(text: string, options: CsvReadOptions = {}): SafeResult<Assessment> {
  let records: { record: string[]; info: { records: number } }[];
  try {
    records = parse(text, {
      delimiter: detectSeparator(text),
      bom: true,
      // Every line end, not only the first one seen: a CRLF header with LF rows otherwise merges rows.
      record_delimiter: ['\r\n', '\n', '\r'],
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as { record: string[]; info: { records: number } }[];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      success: false,
      issues: [makeIssue('csv.parse_error', [], { id: `CSV tidak dapat dibaca: ${detail}`, en: `The CSV cannot be read: ${detail}` })],
    };
  }
  const head = records[0];
  if (head === undefined) {
    return { success: false, issues: [makeIssue('csv.empty', [], { id: 'Berkas CSV kosong.', en: 'The CSV file is empty.' })] };
  }
  const headers = head.record;
  const indicatorColumn = findColumn(headers, INDICATOR_HEADERS);
  const levelColumn = findColumn(headers, LEVEL_HEADERS);
  const noteColumn = findColumn(headers, NOTE_HEADERS);
  const issues: Issue[] = [];
  if (indicatorColumn < 0 || levelColumn < 0) {
    const missing = [indicatorColumn < 0 ? 'indicator/indikator' : null, levelColumn < 0 ? 'level/tingkat' : null].filter(Boolean).join(', ');
    issues.push(
      makeIssue(
        'csv.header_missing',
        ['row', 1],
        {
          id: `Baris judul CSV harus memuat kolom ${missing} (ditemukan: ${headers.join(', ')}).`,
          en: `The CSV header row must have the column(s) ${missing} (found: ${headers.join(', ')}).`,
        },
        { expected: missing },
      ),
    );
    return { success: false, issues };
  }
  const indicatorName = (headers[indicatorColumn] as string).trim();
  const levelName = (headers[levelColumn] as string).trim();
  const levels: Record<string, LevelInput> = Object.create(null) as Record<string, LevelInput>;
  const notes: Record<string, string> = Object.create(null) as Record<string, string>;
  const rowOf = new Map<string, number>();
  const names = namesOf(options.catalogue);
  const ids = options.catalogue?.lookup.indicators;
  for (const { record, info } of records.slice(1)) {
    const row = info.records;
    const cell = (record[indicatorColumn] ?? '').trim();
    const byName = ids !== undefined && !Object.hasOwn(ids, cell) ? names.get(nameKey(cell)) : undefined;
    const id = byName ?? cell;
    const levelText = record[levelColumn] ?? '';
    if (id === '' && record.every((cell) => cell.trim() === '')) continue; // a blank spreadsheet row
    if (id === '') {
      issues.push(cellIssue('csv.indicator_empty', row, indicatorName, `Baris ${row}: kolom "${indicatorName}" kosong.`, `Row ${row}: column "${indicatorName}" is empty.`));
      continue;
    }
    const first = rowOf.get(id);
    if (first !== undefined) {
      issues.push(
        cellIssue(
          'csv.indicator_duplicate',
          row,
          indicatorName,
          `Baris ${row}: indikator ${id} sudah diisi pada baris ${first}.`,
          `Row ${row}: indicator ${id} was already given on row ${first}.`,
          id,
        ),
      );
      continue;
    }
    rowOf.set(id, row);
    const level = readLevelCell(levelText, row, levelName, issues);
    if (level !== undefined) levels[id] = level;
    const note = noteColumn >= 0 ? (record[noteColumn] ?? '').trim() : '';
    if (note !== '') notes[id] = note;
  }
  if (issues.length > 0) return { success: false, issues };
  const assessment: Assessment = Object.keys(notes).length > 0 ? { levels: { ...levels }, notes: { ...notes } } : { levels: { ...levels } };
  return { success: true, output: assessment };
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
export function parseAssessmentCsv(text: string, options: CsvReadOptions = {}): SafeResult<Assessment> {
  return safeParseAssessmentCsv(text, options);
}
