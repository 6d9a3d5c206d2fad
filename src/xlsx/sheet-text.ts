import type ExcelJS from 'exceljs';
import { makeIssue, type Issue } from '../model/issue.js';

/**
 * A workbook's first worksheet as CSV text, so that the CSV readers read a workbook with their
 * own columns, checks and issues. Every sheet row becomes one record (a blank row an empty
 * record, which the readers skip), so row numbers stay the spreadsheet's.
 */

/** Every issue code of reading a workbook itself (the sheet's contents have the CSV codes). @category Errors */
export const XLSX_ISSUE_CODES = /* @__PURE__ */ Object.freeze(['xlsx.unreadable', 'xlsx.no_sheet'] as const);

/** The first worksheet's name and its rows as CSV text. */
export interface SheetText {
  readonly sheet: string;
  readonly text: string;
}

/** A cell's value as the text a user sees: numbers by their shortest decimal, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return String(value.text);
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

function quoted(text: string): string {
  return `"${text.replace(/"/gu, '""')}"`;
}

/** Reads the workbook's first worksheet as CSV text (`;`-separated, every field quoted), or an issue. */
export async function sheetText(bytes: Uint8Array | ArrayBuffer): Promise<SheetText | Issue> {
  // Loaded when first used, so that the command line starts without it.
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return makeIssue('xlsx.unreadable', [], {
      id: `Buku kerja tidak dapat dibaca sebagai .xlsx (${detail}); simpan sebagai .xlsx atau "CSV UTF-8".`,
      en: `The workbook cannot be read as .xlsx (${detail}); save it as .xlsx or "CSV UTF-8".`,
    });
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return makeIssue('xlsx.no_sheet', [], { id: 'Buku kerja tidak memiliki lembar kerja.', en: 'The workbook has no worksheet.' });
  const width = sheet.columnCount;
  const lines: string[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(quoted(cellText(row.getCell(c).value)));
    lines.push(cells.join(';'));
  }
  return { sheet: sheet.name, text: `${lines.join('\r\n')}\r\n` };
}

/** A sheet reader's issue with the sheet in front of its row and column: `["sheet", "Penilaian", "row", 5, "tingkat"]`. */
export function inSheet(sheet: string, issue: Issue): Issue {
  return { ...issue, path: ['sheet', sheet, ...issue.path] };
}
