import { resolveResponsibilities, type Responsibilities, type ResponsibilityEntry } from '../analysis/rollup/responsibilities.js';
import { findIndicator } from '../catalogue/find-indicator.js';
import type { Catalogue } from '../model/catalogue.js';
import { collectIssues, describeValue, makeIssue, SpbeError, type Issue, type IssueCollector, type PathSegment, type SafeResult } from '../model/issue.js';
import { nameKey, namesOf } from './assessment-csv.js';
import { csvOptionIssues, ownOption } from './csv-options.js';
import { headerColumns, readCsvRecords } from './csv-records.js';
import { toUtf8Bytes } from './decode-csv-bytes.js';

/**
 * Reading responsibilities (which unit owns which indicators) from a spreadsheet: one row per
 * owner of an indicator, a unit column and an optional lead column. The rows become the plain
 * `Responsibilities` data, and with a catalogue they are checked exactly as `rollup` checks the
 * JSON form, every issue pointing at its row and column.
 */

/**
 * The issue codes of the responsibilities sheet itself, beside the shared `csv.*` codes of the
 * assessment reader and the `city.*` codes of the responsibilities check.
 *
 * @example
 * ```ts
 * import { RESPONSIBILITIES_CSV_ISSUE_CODES } from 'spbe-index/csv';
 *
 * RESPONSIBILITIES_CSV_ISSUE_CODES.includes('csv.lead_invalid'); // "mungkin" in the lead column
 * ```
 * @category Errors
 */
export const RESPONSIBILITIES_CSV_ISSUE_CODES = /* @__PURE__ */ Object.freeze(['csv.unit_empty', 'csv.lead_invalid', 'csv.lead_duplicate'] as const);

const COLUMNS = {
  indicator: ['indicator', 'indikator'],
  unit: ['unit', 'opd', 'unit kerja', 'perangkat daerah', 'owner', 'pemilik'],
  lead: ['lead', 'utama', 'pengampu'],
} as const;
const LEAD_YES = new Set(['ya', 'y', 'yes', 'x', '1', 'lead', 'utama', '✓', 'v']);
const LEAD_NO = new Set(['', 'tidak', 'no', 'n', '0', '-']);

/**
 * Options of {@link safeParseResponsibilitiesCsv}.
 *
 * @example
 * ```ts
 * safeParseResponsibilitiesCsv(bytes, { catalogue: permenpanrb592020, units: ['Bappeda', 'Diskominfo'] });
 * ```
 * @category Input
 */
export interface ResponsibilitiesCsvOptions {
  /**
   * The catalogue to check against: indicators may then be named by id, code or name, and every
   * problem (unknown indicator, an indicator nobody owns, a unit named twice) is reported.
   */
  readonly catalogue?: Catalogue;
  /** The units that have assessments (their `agency`); with it, an owner not among them is an issue. */
  readonly units?: readonly string[];
}

/**
 * What {@link safeParseResponsibilitiesCsv} returns: the responsibilities or every issue, and the
 * warnings about how the file was read.
 * @category Input
 */
export type ResponsibilitiesCsvResult = SafeResult<Responsibilities> & { readonly warnings: readonly Issue[] };

interface Columns {
  readonly indicator: number;
  readonly unit: number;
  readonly lead: number;
  readonly names: { readonly indicator: string; readonly unit: string; readonly lead: string };
}

/** Where each part of one indicator's entry came from, for issue paths. */
interface Entry {
  readonly row: number;
  readonly owners: string[];
  readonly ownerRows: number[];
  lead?: string;
  leadRow?: number;
}

function readHeader(headers: readonly string[], issues: IssueCollector): Columns | undefined {
  const found = headerColumns(headers, COLUMNS, ['indicator', 'unit'], { id: ' tanggung jawab', en: 'responsibilities ' }, issues);
  if (issues.length > 0) return undefined;
  const at = (list: number[]): number => list[0] ?? -1;
  const name = (list: number[]): string => (list[0] === undefined ? '' : (headers[list[0]] as string).trim());
  return {
    indicator: at(found.indicator),
    unit: at(found.unit),
    lead: at(found.lead),
    names: { indicator: name(found.indicator), unit: name(found.unit), lead: name(found.lead) },
  };
}

/** The indicator id a cell names: an id or code, or with a catalogue also a name or alias. */
function indicatorId(cell: string, catalogue: Catalogue | undefined, names: Map<string, string>): string {
  if (catalogue === undefined) return cell;
  const position = findIndicator(catalogue, cell);
  if (position !== undefined) return (catalogue.indicators[position] as Catalogue['indicators'][number]).id;
  return names.get(nameKey(cell)) ?? cell;
}

/** A check issue's path (`indicators.<id>[.owners].<k>`, `….lead`) as the row and column it came from. */
function rowPath(path: readonly PathSegment[], entries: ReadonlyMap<string, Entry>, columns: Columns): readonly PathSegment[] {
  const [, id, ...rest] = path;
  const entry = entries.get(String(id));
  if (entry === undefined) return path;
  const last = rest.at(-1);
  if (last === 'lead' && entry.leadRow !== undefined) return ['row', entry.leadRow, columns.names.lead];
  if (typeof last === 'number') return ['row', entry.ownerRows[last] as number, columns.names.unit];
  return ['row', entry.row, columns.names.indicator];
}

/**
 * Reads responsibilities from a CSV sheet as a spreadsheet exports it: one row per owner of an
 * indicator, with an indicator column (`indicator`/`indikator`), a unit column
 * (`unit`/`opd`/`unit kerja`/`perangkat daerah`/`owner`/`pemilik`) and optionally a lead column
 * (`lead`/`utama`/`pengampu`: `ya`, `x` or `1` marks the row's unit as the indicator's lead; empty,
 * `tidak` or `0` does not). Other columns are ignored. The file conventions are those of
 * `safeParseAssessmentCsv`: `;` or `,`, a byte-order mark, CRLF, quoted fields, Windows-1252 read
 * with a warning. With a `catalogue`, indicators may be named by id, code or name, and the result
 * is checked as `rollup` checks responsibilities, every problem at once (an unknown indicator,
 * an indicator nobody owns, a unit named twice; with `units`, an owner that has no assessment),
 * each issue's path naming the row and column: `["row", 7, "opd"]`. An indicator nobody owns has
 * no row: its path is `["indicators", id]`.
 *
 * @example
 * ```ts
 * import { safeParseResponsibilitiesCsv } from 'spbe-index/csv';
 *
 * const read = safeParseResponsibilitiesCsv('indikator;opd;utama\r\n1;Bappeda;\r\n11;Bappeda;ya\r\n11;Diskominfo;\r\n');
 * if (read.success) read.output.indicators['11']; // { owners: ['Bappeda', 'Diskominfo'], lead: 'Bappeda' }
 * ```
 * @category Input
 */
export function safeParseResponsibilitiesCsv(input: string | Uint8Array | ArrayBuffer, options?: ResponsibilitiesCsvOptions): ResponsibilitiesCsvResult {
  const optionIssues = csvOptionIssues(options, ['catalogue', 'units']);
  if (optionIssues.length > 0) return { success: false, issues: optionIssues, warnings: [] };
  const catalogue = ownOption<Catalogue>(options, 'catalogue');
  const units = ownOption<readonly string[]>(options, 'units');
  const { bytes, warning } = toUtf8Bytes(input);
  const warnings = warning === undefined ? [] : [warning];
  const issues = collectIssues();
  const names = namesOf(catalogue);
  const entries = new Map<string, Entry>();

  const readRow = (record: string[], row: number, columns: Columns): void => {
    const { indicator, unit, lead, names: headers } = columns;
    if (record.every((text) => text.trim() === '')) return;
    const cell = (record[indicator] ?? '').trim();
    const owner = (record[unit] ?? '').trim();
    if (cell === '') {
      issues.push(makeIssue('csv.indicator_empty', ['row', row, headers.indicator], { id: `Baris ${row}: kolom "${headers.indicator}" kosong.`, en: `Row ${row}: column "${headers.indicator}" is empty.` }));
      return;
    }
    if (owner === '') {
      issues.push(makeIssue('csv.unit_empty', ['row', row, headers.unit], { id: `Baris ${row}: kolom "${headers.unit}" kosong.`, en: `Row ${row}: column "${headers.unit}" is empty.` }));
      return;
    }
    const id = indicatorId(cell, catalogue, names);
    const entry = entries.get(id) ?? { row, owners: [], ownerRows: [] };
    entries.set(id, entry);
    entry.owners.push(owner);
    entry.ownerRows.push(row);
    const mark = lead < 0 ? '' : (record[lead] ?? '').trim().toLowerCase();
    if (LEAD_NO.has(mark)) return;
    if (!LEAD_YES.has(mark)) {
      const shown = describeValue((record[lead] ?? '').trim());
      issues.push(
        makeIssue(
          'csv.lead_invalid',
          ['row', row, headers.lead],
          {
            id: `Baris ${row}: kolom "${headers.lead}" harus "ya" (unit utama) atau kosong, bukan ${shown}.`,
            en: `Row ${row}: column "${headers.lead}" must be "ya" (the lead) or empty, not ${shown}.`,
          },
          { expected: 'ya | x | 1 | (empty)', received: shown },
        ),
      );
    } else if (entry.lead !== undefined) {
      issues.push(
        makeIssue('csv.lead_duplicate', ['row', row, headers.lead], {
          id: `Baris ${row}: indikator ${id} sudah memiliki unit utama ${entry.lead} (baris ${entry.leadRow}).`,
          en: `Row ${row}: indicator ${id} already has the lead ${entry.lead} (row ${entry.leadRow}).`,
        }),
      );
    } else {
      entry.lead = owner;
      entry.leadRow = row;
    }
  };

  const read = readCsvRecords(bytes, (record) => readHeader(record, issues), readRow);
  if (read.stopped !== undefined) return { success: false, issues: [read.stopped], warnings };
  const indicators: Record<string, readonly string[] | ResponsibilityEntry> = {};
  for (const [id, entry] of entries) indicators[id] = entry.lead === undefined ? [...entry.owners] : { owners: [...entry.owners], lead: entry.lead };
  const output: Responsibilities = { indicators };
  const { columns } = read;
  if (catalogue !== undefined && columns !== undefined) {
    const checked: Issue[] = [];
    const owners = units ?? [...new Set([...entries.values()].flatMap((entry) => entry.owners))];
    resolveResponsibilities(catalogue, output, owners, checked, []);
    for (const issue of checked) issues.push({ ...issue, path: rowPath(issue.path, entries, columns) });
  }
  if (issues.length > 0) return { success: false, issues: issues.issues(), warnings };
  return { success: true, output, warnings };
}

/**
 * Reads responsibilities from a CSV sheet, throwing an `SpbeError` carrying every issue. See
 * {@link safeParseResponsibilitiesCsv}.
 *
 * @example
 * ```ts
 * import { parseResponsibilitiesCsv } from 'spbe-index/csv';
 *
 * const responsibilities = parseResponsibilitiesCsv(readFileSync('tanggung-jawab.csv'), { catalogue });
 * rollup(catalogue, assessments, { strategy: 'owner', responsibilities });
 * ```
 * @category Input
 */
export function parseResponsibilitiesCsv(input: string | Uint8Array | ArrayBuffer, options: ResponsibilitiesCsvOptions = {}): Responsibilities {
  const read = safeParseResponsibilitiesCsv(input, options);
  if (!read.success) throw new SpbeError(read.issues);
  return read.output;
}
