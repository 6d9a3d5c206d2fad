/**
 * `spbe-index/csv`: reading assessments and responsibilities from spreadsheet exports. A separate
 * entry so that an app that only scores never bundles the CSV parser. It runs in browsers too:
 * browsers get a build with csv-parse bundled in and a minimal `Buffer` of its own (the
 * package's "browser" condition); Node gets csv-parse on Node's `Buffer`. No Node API is used.
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
