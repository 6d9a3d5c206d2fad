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

/**
 * Reads the records of a UTF-8 CSV file (its byte-order mark already removed) one by one, as
 * both CSV readers do: the first record goes to `header`, which says whether the file's columns
 * can be used; every later record goes to `row` with its record number (header = 1) only if
 * they can. Each record is handed over and dropped, so the rows are never collected. Returns the
 * issue that ends the reading (`csv.parse_error`, or `csv.empty` with no header), or undefined.
 */
export function readCsvRecords(bytes: Uint8Array, header: (record: string[]) => boolean, row: (record: string[], number: number) => void): Issue | undefined {
  let seenHeader = false;
  let usable = false;
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
          usable = header(record);
        } else if (usable) row(record, context.records);
        return null;
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return makeIssue('csv.parse_error', [], { id: `CSV tidak dapat dibaca: ${detail}`, en: `The CSV cannot be read: ${detail}` });
  }
  return seenHeader ? undefined : makeIssue('csv.empty', [], { id: 'Berkas CSV kosong.', en: 'The CSV file is empty.' });
}
