import { extname } from 'node:path';
import type { Catalogue } from '../model/catalogue.js';
import { makeIssue } from '../model/issue.js';
import type { Language } from '../model/localized.js';
import { safeParseAssessmentCsv } from '../input/assessment-csv.js';
import { fromFile, InputIssues } from './errors.js';
import type { CliIo } from './io.js';
import { issueLines } from './output.js';
import { readInput, readInputBytes } from './read-input.js';

/** JSON by extension, CSV by extension, otherwise (stdin) by the first character. */
export function looksLikeJson(name: string, text: string): boolean {
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
 * What a JSON file that is not an assessment looks like, when it is one of the command's own
 * outputs: a score result, a roll-up, or a list of issues.
 */
function outputKind(value: unknown): 'result' | 'rollup' | 'issues' | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const has = (key: string): boolean => Object.hasOwn(value, key);
  if (has('index') && has('meta') && !has('levels')) return 'result';
  if (has('consolidated') && has('units')) return 'rollup';
  if (has('success') && has('issues') && !has('levels')) return 'issues';
  return undefined;
}

const OUTPUT_NAMES = {
  result: { id: 'hasil penilaian (keluaran spbe score --format json)', en: 'a score result (the output of spbe score --format json)' },
  rollup: { id: 'hasil konsolidasi (keluaran spbe rollup --format json)', en: 'a roll-up (the output of spbe rollup --format json)' },
  issues: { id: 'daftar masalah (keluaran --format json yang gagal)', en: 'a list of issues (the output of a failed --format json run)' },
} as const;

/** A responsibilities file (`{ indicators: … }`), kept beside the units it names. */
function isResponsibilities(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Object.hasOwn(value, 'levels')) return false;
  // A score result has `indicators` too, as a list.
  const indicators = (value as { indicators?: unknown }).indicators;
  return Object.hasOwn(value, 'indicators') && typeof indicators === 'object' && indicators !== null && !Array.isArray(indicators);
}

/** Refuses a file that is one of the command's outputs, or a responsibilities file, where an assessment is expected. */
function checkNotOutput(name: string, value: unknown): void {
  if (isResponsibilities(value)) {
    throw new InputIssues([
      makeIssue('input.not_assessment', [name], {
        id: `Berkas ${name} berisi tanggung jawab (unit mana memiliki indikator mana), bukan penilaian: berikan dengan --responsibilities.`,
        en: `The file ${name} holds responsibilities (which unit owns which indicators), not an assessment: give it with --responsibilities.`,
      }),
    ]);
  }
  const kind = outputKind(value);
  if (kind === undefined) return;
  if (kind === 'rollup') {
    // A city's consolidated levels are its OPDs' levels combined: only the OPDs can raise them.
    throw new InputIssues([
      makeIssue('input.not_assessment', [name], {
        id: `Berkas ${name} adalah ${OUTPUT_NAMES.rollup.id}, bukan penilaian: berikan berkas penilaian OPD yang menjadi dasarnya. Untuk merencanakan kenaikan kota, gunakan spbe city-plan <direktori|berkas OPD...> --target … (planCity di pustaka): kenaikan per OPD.`,
        en: `The file ${name} is ${OUTPUT_NAMES.rollup.en}, not an assessment: give the OPD assessments it came from. To plan the city's raises, use spbe city-plan <dir|OPD files...> --target … (planCity in the library): the raises OPD by OPD.`,
      }),
    ]);
  }
  throw new InputIssues([
    makeIssue('input.not_assessment', [name], {
      id: `Berkas ${name} adalah ${OUTPUT_NAMES[kind].id}, bukan penilaian: berikan berkas penilaian (dengan "levels") yang menjadi dasarnya.`,
      en: `The file ${name} is ${OUTPUT_NAMES[kind].en}, not an assessment: give the assessment (with "levels") it came from.`,
    }),
  ]);
}

/**
 * An assessment file as read: JSON already parsed, CSV still bytes (its reading needs the
 * catalogue); a workbook is its first sheet as CSV, with the sheet's name for issue paths.
 */
export type AssessmentSource = { readonly json: unknown } | { readonly csv: Uint8Array; readonly sheet?: string };

/**
 * A workbook's first sheet as CSV bytes. exceljs is loaded only here, when a workbook is read;
 * an .ods file or a zip that is no .xlsx is refused with the advice to save it as .xlsx or CSV.
 */
export async function workbookSource(name: string, bytes: Uint8Array): Promise<{ readonly csv: Uint8Array; readonly sheet: string }> {
  const { sheetText } = await import('../xlsx/sheet-text.js');
  const sheet = extname(name).toLowerCase() === '.ods' ? undefined : await sheetText(bytes);
  if (sheet === undefined || 'code' in sheet) {
    throw new InputIssues([
      makeIssue('input.spreadsheet_binary', [name], {
        id: `Berkas ${name} adalah buku kerja yang bukan .xlsx: simpan sebagai .xlsx atau "CSV UTF-8" lalu coba lagi.`,
        en: `The file ${name} is a workbook but not .xlsx: save it as .xlsx or "CSV UTF-8" and try again.`,
      }),
    ]);
  }
  return { csv: new TextEncoder().encode(sheet.text), sheet: sheet.sheet };
}

/** A file that may be an assessment (JSON, CSV, .xlsx) or a score result (`spbe restate` reads either). */
export type AssessmentOrResultSource = AssessmentSource | { readonly result: object };

async function sourceOf(io: CliIo, name: string, results: boolean): Promise<AssessmentOrResultSource> {
  const bytes = await readInputBytes(io, name);
  // Only the start decides the kind; the CSV reader gets the bytes (and decides their encoding).
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 64));
  // An .xlsx file is a zip archive: its first sheet is read as CSV would be.
  if (text.startsWith('PK\u0003\u0004')) return workbookSource(name, bytes);
  if (!looksLikeJson(name, text)) return { csv: bytes };
  const value = parseJson(name, new TextDecoder('utf-8').decode(bytes));
  if (results && outputKind(value) === 'result') return { result: value as object };
  checkNotOutput(name, value);
  return { json: value };
}

/** Reads an assessment file (JSON or CSV) without interpreting a CSV yet. */
export async function readAssessmentSource(io: CliIo, name: string): Promise<AssessmentSource> {
  return sourceOf(io, name, false) as Promise<AssessmentSource>;
}

/** Reads an assessment file, or a score result (`spbe score --format json`), without interpreting a CSV yet. */
export async function readAssessmentOrResult(io: CliIo, name: string): Promise<AssessmentOrResultSource> {
  return sourceOf(io, name, true);
}

/**
 * The assessment of a source, as the unknown value `safeScore` validates. CSV goes through
 * `safeParseAssessmentCsv` with the catalogue (indicator names and codes, fractional values);
 * its issues stop here with their row and column, its warnings go to stderr.
 */
export function assessmentOf(io: CliIo, name: string, source: AssessmentSource, catalogue: Catalogue, lang: Language): unknown {
  if ('json' in source) return source.json;
  const read = safeParseAssessmentCsv(source.csv, { catalogue });
  io.stderr(issueLines(read.warnings.map((warning) => ({ ...warning, path: [name, ...warning.path] })), lang));
  // A workbook's issues name its sheet before the row and column.
  const sheet = source.sheet === undefined ? [] : ['sheet', source.sheet];
  if (!read.success) throw new InputIssues(read.issues.map((issue) => ({ ...issue, path: [...sheet, ...issue.path] })));
  return read.output;
}

/** Reads any JSON file (catalogues, costs, results). */
export async function loadJson(io: CliIo, name: string): Promise<unknown> {
  return parseJson(name, await readInput(io, name));
}

// Pure, so the workbench's catalogue choice names files by it too; kept importable from here.
export { fromFile } from './errors.js';

/** Runs a step on one of several input files; its issues name that file. */
export async function inFile<T>(file: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof InputIssues) throw new InputIssues(fromFile(file, error.issues));
    throw error;
  }
}
