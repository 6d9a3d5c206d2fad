/**
 * `spbe-index/csv`: reading assessments from spreadsheet exports. A separate entry so that an app
 * that only scores never bundles the CSV parser. It runs in browsers: it uses csv-parse's browser
 * build, which carries its own `Buffer`, and no Node API.
 * @packageDocumentation
 */

export { CSV_ISSUE_CODES, parseAssessmentCsv, safeParseAssessmentCsv, type CsvReadOptions, type CsvReadResult } from './input/assessment-csv.js';
export {
  parseResponsibilitiesCsv,
  RESPONSIBILITIES_CSV_ISSUE_CODES,
  safeParseResponsibilitiesCsv,
  type ResponsibilitiesCsvOptions,
  type ResponsibilitiesCsvResult,
} from './input/responsibilities-csv.js';
