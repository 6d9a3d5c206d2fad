import { parse } from 'csv-parse/sync';
import { makeIssue, type Issue } from '../model/issue.js';
import { headerLine } from './decode-csv-bytes.js';

/** `;` when the header line has more semicolons than commas (Excel in an Indonesian locale), else `,`. */
export function detectSeparator(text: string): ',' | ';' {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.indexOf('\n', start);
  const header = text.slice(start, end < 0 ? undefined : end);
  const count = (char: string): number => header.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** How a CSV reading ended: the issue that stopped it, or the columns its header gave (undefined when unusable). */
export type CsvRecords<C> = { readonly stopped: Issue } | { readonly stopped?: undefined; readonly columns: C | undefined };

/**
 * Reads the records of a UTF-8 CSV file (its byte-order mark already removed) one by one, as
 * both CSV readers do: the first record goes to `header`, which returns the file's columns or
 * undefined when they cannot be used; every later record goes to `row` with its record number
 * (header = 1) and the columns, only if there are columns. Each record is handed over and
 * dropped, so the rows are never collected. A parse error (`csv.parse_error`) or a file without
 * a header (`csv.empty`) stops the reading.
 */
export function readCsvRecords<C>(bytes: Uint8Array, header: (record: string[]) => C | undefined, row: (record: string[], number: number, columns: C) => void): CsvRecords<C> {
  let seenHeader = false;
  let columns: C | undefined;
  try {
    parse(bytes, {
      delimiter: detectSeparator(headerLine(bytes)),
      bom: false, // removed before parsing, with the encoding decided
      // Every line end, not only the first one seen: a CRLF header with LF rows otherwise merges rows.
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (record: string[], context) => {
        if (!seenHeader) {
          seenHeader = true;
          columns = header(record);
        } else if (columns !== undefined) row(record, context.records, columns);
        return null;
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { stopped: makeIssue('csv.parse_error', [], { id: `CSV tidak dapat dibaca: ${detail}`, en: `The CSV cannot be read: ${detail}` }) };
  }
  if (!seenHeader) return { stopped: makeIssue('csv.empty', [], { id: 'Berkas CSV kosong.', en: 'The CSV file is empty.' }) };
  return { columns };
}
