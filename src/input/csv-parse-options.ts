/**
 * What both CSV readers ask of csv-parse besides the separator (detected per file) and, when a
 * parse error is looked up in the whole file, the record callback. One home for it: the browser
 * build of `spbe-index/csv` replaces csv-parse's option checks by their result for exactly these
 * options (scripts/csv-parse-fixed-options.ts). No `bom` option: the mark is removed before
 * parsing, with the encoding decided.
 */
export const CSV_PARSE_OPTIONS = {
  // Every line end, not only the first one seen: a CRLF header with LF rows otherwise merges rows.
  record_delimiter: ['\r\n', '\n', '\r'],
  skip_empty_lines: true,
  relax_column_count: true,
};

/** The separators `detectSeparator` picks from. */
export const CSV_SEPARATORS = [',', ';'] as const;
