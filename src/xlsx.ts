/**
 * `spbe-index/xlsx`: Excel workbooks, for Node. Fill-in sheets per unit with a drop-down of valid
 * levels (`templateWorkbook`), and reading assessments and responsibilities from .xlsx files with
 * the CSV readers' columns and issues. A separate entry built on exceljs, which neither the main
 * entry nor any browser entry imports.
 * @packageDocumentation
 */

export { readAssessmentXlsx, readResponsibilitiesXlsx, safeReadAssessmentXlsx, safeReadResponsibilitiesXlsx } from './xlsx/read-xlsx.js';
export { XLSX_ISSUE_CODES } from './xlsx/sheet-text.js';
export { templateWorkbook, type TemplateOptions } from './xlsx/template-workbook.js';
