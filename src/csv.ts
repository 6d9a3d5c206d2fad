/**
 * `spbe-index/csv`: reading assessments from spreadsheet exports. A separate entry so that an app
 * that only scores never bundles the CSV parser (csv-parse touches Node's `Buffer` when loaded).
 * @packageDocumentation
 */

export { CSV_ISSUE_CODES, parseAssessmentCsv, safeParseAssessmentCsv, type CsvReadOptions } from './input/assessment-csv.js';
