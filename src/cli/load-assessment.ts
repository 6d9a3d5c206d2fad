import { extname } from 'node:path';
import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import { makeIssue } from '../model/issue.js';
import { safeParseAssessmentCsv } from '../input/assessment-csv.js';
import { InputIssues } from './errors.js';
import type { CliIo } from './io.js';
import { issueLines } from './output.js';
import { readInput, readInputBytes } from './read-input.js';

/** JSON by extension, CSV by extension, otherwise (stdin) by the first character. */
function looksLikeJson(name: string, text: string): boolean {
  const ext = extname(name).toLowerCase();
  if (ext === '.json') return true;
  if (ext === '.csv' || ext === '.txt') return false;
  return /^\uFEFF?\s*[{[]/u.test(text);
}

/** Parses JSON text; a syntax error becomes an issue naming the file. */
export function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputIssues([
      makeIssue('input.json_invalid', [name], {
        id: `Berkas ${name} bukan JSON yang valid: ${detail}`,
        en: `The file ${name} is not valid JSON: ${detail}`,
      }),
    ]);
  }
}

/**
 * Reads an assessment file (JSON or CSV) into the unknown value `safeScore` validates. CSV goes
 * through `safeParseAssessmentCsv`, whose issues stop here with their row and column.
 */
export async function loadAssessment(io: CliIo, name: string, catalogue?: Catalogue, lang: Language = 'id'): Promise<unknown> {
  const bytes = await readInputBytes(io, name);
  // Only the start decides the kind; the CSV reader gets the bytes (and decides their encoding).
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 64));
  // An .xlsx/.ods file is a zip archive: say what to do instead of reporting a CSV header.
  if (text.startsWith('PK\u0003\u0004')) {
    throw new InputIssues([
      makeIssue('input.spreadsheet_binary', [name], {
        id: `Berkas ${name} adalah buku kerja (xlsx/ods), bukan CSV: simpan sebagai "CSV UTF-8" lalu coba lagi.`,
        en: `The file ${name} is a workbook (xlsx/ods), not CSV: save it as "CSV UTF-8" and try again.`,
      }),
    ]);
  }
  if (looksLikeJson(name, text)) return parseJson(name, new TextDecoder('utf-8').decode(bytes));
  const read = safeParseAssessmentCsv(bytes, catalogue ? { catalogue } : {});
  io.stderr(issueLines(read.warnings.map((warning) => ({ ...warning, path: [name, ...warning.path] })), lang));
  if (!read.success) throw new InputIssues(read.issues);
  return read.output;
}

/** Reads any JSON file (catalogues, costs, results). */
export async function loadJson(io: CliIo, name: string): Promise<unknown> {
  return parseJson(name, await readInput(io, name));
}
