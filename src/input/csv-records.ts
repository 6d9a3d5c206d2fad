import { parse } from 'csv-parse/sync';
import { makeIssue, type Issue, type IssueCollector } from '../model/issue.js';
import type { Localized } from '../model/localized.js';
import { CSV_PARSE_OPTIONS, type CSV_SEPARATORS } from './csv-parse-options.js';

/** `;` when the header line has more semicolons than commas (Excel in an Indonesian locale), else `,`. */
export function detectSeparator(bytes: Uint8Array): (typeof CSV_SEPARATORS)[number] {
  let balance = 0;
  for (const byte of bytes) {
    if (byte === 10) break; // LF
    balance += byte === 59 ? 1 : byte === 44 ? -1 : 0; // ; and ,
  }
  return balance > 0 ? ';' : ',';
}

/** How a CSV reading ended: the issue that stopped it, or the columns its header gave (undefined when unusable). */
export type CsvRecords<C> = { readonly stopped: Issue } | { readonly stopped?: undefined; readonly columns: C | undefined };

/**
 * Reads the records of a UTF-8 CSV file (its byte-order mark already removed) one by one, as
 * both CSV readers do: the first record goes to `header`, which returns the file's columns or
 * undefined when they cannot be used; every later record goes to `row` with its record number
 * (header = 1) and the columns, only if there are columns. A parse error (`csv.parse_error`) or a
 * file without a header (`csv.empty`) stops the reading.
 *
 * The file is parsed a slice of about 8 kB at a time, each cut at a line end outside quoted
 * fields, so that every slice starts where the parser starts a record: the records are the ones
 * the whole file gives, and only one slice's records are ever held. (Handing each record over
 * through csv-parse's `on_record` instead built a context object of a dozen fields per record,
 * and a file of short rows cost more than 12× its size.) Slices are about `slice` bytes (8 kB);
 * the tests cut files of a few bytes as finely as the reader cuts large ones.
 */
export function readCsvRecords<C>(
  bytes: Uint8Array,
  header: (record: string[]) => C | undefined,
  row: (record: string[], number: number, columns: C) => void,
  slice = 8192,
): CsvRecords<C> {
  const options = { delimiter: detectSeparator(bytes), ...CSV_PARSE_OPTIONS };
  let number = 0;
  let columns: C | undefined;
  for (let start = 0, end = 0; start < bytes.length; start = end) {
    // The slice ends after the first line end at least `slice` bytes on that is outside quoted
    // fields (after an even number of `"` since `start`, itself outside them: inside a field that
    // parses, quotes come in pairs), or at the end. A cut between the CR and the LF of a CRLF
    // leaves the next slice an empty line, which is skipped.
    let quoted = false;
    while (end < bytes.length) {
      const byte = bytes[end++];
      if (byte === 34) quoted = !quoted; // "
      else if (!quoted && end - start > slice && (byte === 10 || byte === 13)) break; // LF, CR
    }
    let records: string[][];
    try {
      records = parse(bytes.subarray(start, end), options) as string[][];
    } catch (error) {
      // The whole file's error, records dropped as they come: its line numbers, not the slice's.
      try {
        parse(bytes, { ...options, on_record: () => null });
      } catch (whole) {
        error = whole;
      }
      const detail = (error as Error).message;
      return { stopped: makeIssue('csv.parse_error', [], { id: `CSV tidak dapat dibaca: ${detail}`, en: `The CSV cannot be read: ${detail}` }) };
    }
    for (const record of records) {
      number++;
      if (number === 1) columns = header(record);
      else if (columns !== undefined) row(record, number, columns);
    }
  }
  if (number === 0) return { stopped: makeIssue('csv.empty', [], { id: 'Berkas CSV kosong.', en: 'The CSV file is empty.' }) };
  return { columns };
}

/**
 * The columns of each kind that the header row names, in order (a header trimmed, in lower case
 * and with single spaces, is one of the kind's names), for both CSV readers. The header's issues
 * go to `issues`: `csv.header_missing` for the `required` kinds it lacks (each named by its first
 * two names), then `csv.column_duplicate` for every column after the first of a kind (two level
 * columns: which one counts would be a guess). `sheet` names the file in the first message.
 */
export function headerColumns<K extends string>(
  headers: readonly string[],
  kinds: Readonly<Record<K, readonly string[]>>,
  required: readonly NoInfer<K>[],
  sheet: Localized,
  issues: IssueCollector,
): Record<K, number[]> {
  const found = {} as Record<K, number[]>;
  for (const kind in kinds) found[kind] = headers.flatMap((header, i) => (kinds[kind].includes(header.trim().toLowerCase().replace(/\s+/gu, ' ')) ? [i] : []));
  const missing = required
    .filter((kind) => found[kind].length === 0)
    .map((kind) => kinds[kind].slice(0, 2).join('/'))
    .join(', ');
  if (missing !== '')
    issues.push(
      makeIssue(
        'csv.header_missing',
        ['row', 1],
        {
          id: `Baris judul CSV${sheet.id} harus memuat kolom ${missing} (ditemukan: ${headers.join(', ')}).`,
          en: `The ${sheet.en}CSV header row must have the column(s) ${missing} (found: ${headers.join(', ')}).`,
        },
        { expected: missing },
      ),
    );
  for (const kind in kinds) {
    const columns = found[kind];
    for (const column of columns.slice(1)) {
      const first = (headers[columns[0] as number] as string).trim();
      const name = (headers[column] as string).trim();
      const names = kinds[kind].join('/');
      issues.push(
        makeIssue('csv.column_duplicate', ['row', 1, name], {
          id: `Baris judul CSV memuat lebih dari satu kolom ${names}: "${first}" dan "${name}"; sisakan satu.`,
          en: `The CSV header row has more than one ${names} column: "${first}" and "${name}"; keep one.`,
        }),
      );
    }
  }
  return found;
}
