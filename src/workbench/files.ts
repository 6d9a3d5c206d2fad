import { type Assessment, type Catalogue, type Issue, type LevelInput } from '../index.js';
import { safeParseAssessmentCsv, safeParseResponsibilitiesCsv } from '../csv.js';

/** An issue about a loaded file (the library's own, or the workbench's about the file's kind). */
export type FileIssue = Issue<string>;

/** What a loaded file turned out to be. */
export type LoadedFile =
  | { readonly kind: 'assessment'; readonly name: string; readonly assessment: Assessment; readonly warnings: readonly FileIssue[]; readonly csv?: true }
  | { readonly kind: 'result'; readonly name: string; readonly result: ResultFile; readonly assessment: Assessment }
  | { readonly kind: 'catalogue'; readonly name: string; readonly definition: unknown }
  | { readonly kind: 'responsibilities'; readonly name: string; readonly responsibilities: unknown }
  | { readonly kind: 'state'; readonly name: string; readonly state: unknown }
  | { readonly kind: 'failed'; readonly name: string; readonly issues: readonly FileIssue[]; readonly warnings: readonly FileIssue[] };

/** The parts of a result file (`spbe score --format json`) the workbench reads back. */
export interface ResultFile {
  readonly index: unknown;
  readonly meta: { readonly catalogue: { readonly id: string } };
  readonly assessment: { readonly agency?: string; readonly year?: number };
  readonly indicators: readonly { readonly id: string; readonly status: string; readonly level: number | string | null }[];
  /** How `spbe score` chose the catalogue, when the command wrote the file. */
  readonly catalogueChoice?: { readonly id: string; readonly source: string; readonly year?: number };
}

/** The marker of a workbench state export (Export/Import). */
export const STATE_FORMAT = 'spbe-workbench-state';

function fileIssue(code: string, id: string, en: string): FileIssue {
  return { code, path: [], message: { id, en } };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isResult(value: Record<string, unknown>): value is Record<string, unknown> & ResultFile {
  const meta = value['meta'];
  return isObject(meta) && isObject(meta['catalogue']) && typeof meta['catalogue']['id'] === 'string' && Array.isArray(value['indicators']) && 'index' in value && !('levels' in value);
}

/** The assessment a result was scored from: assessed levels as they were, "na" where not applicable. */
export function assessmentOfResult(result: ResultFile): Assessment {
  const levels: Record<string, LevelInput> = {};
  for (const indicator of result.indicators) {
    if (indicator.status === 'assessed' && indicator.level !== null) levels[indicator.id] = indicator.level as LevelInput;
    else if (indicator.status === 'not-applicable') levels[indicator.id] = 'na';
  }
  const { agency, year } = result.assessment;
  return { catalogue: result.meta.catalogue.id, ...(agency === undefined ? {} : { agency }), ...(year === undefined ? {} : { year }), levels };
}

/** Reads a JSON file by what it holds: an assessment, a result, a catalogue, responsibilities or a state export. */
function classifyJson(name: string, value: unknown): LoadedFile {
  if (!isObject(value)) return { kind: 'failed', name, issues: [fileIssue('input.not_assessment', 'Berkas JSON ini bukan objek.', 'This JSON file is not an object.')], warnings: [] };
  if (value['format'] === STATE_FORMAT) return { kind: 'state', name, state: value };
  if (isObject(value['levels'])) return { kind: 'assessment', name, assessment: value as unknown as Assessment, warnings: [] };
  if (isResult(value)) return { kind: 'result', name, result: value, assessment: assessmentOfResult(value) };
  if (Array.isArray(value['groups']) && Array.isArray(value['scales'])) return { kind: 'catalogue', name, definition: value };
  if (isObject(value['indicators'])) return { kind: 'responsibilities', name, responsibilities: value };
  return {
    kind: 'failed',
    name,
    issues: [
      fileIssue(
        'input.not_assessment',
        'Isi berkas tidak dikenali: bukan penilaian (dengan "levels"), hasil spbe score, katalog, maupun daftar penanggung jawab.',
        'The file is not recognised: not an assessment (with "levels"), a result of spbe score, a catalogue, or a responsibilities file.',
      ),
    ],
    warnings: [],
  };
}

/** Whether a CSV's header names owners (`opd`, `unit`, …) and no level: a responsibilities sheet. */
function isResponsibilitiesHeader(text: string): boolean {
  const header = (text.replace(/^\uFEFF/u, '').split(/\r?\n|\r/u)[0] ?? '').toLowerCase();
  const cells = header.split(/[;,]/u).map((cell) => cell.trim().replace(/^"|"$/gu, ''));
  const owner = ['unit', 'opd', 'unit kerja', 'perangkat daerah', 'owner', 'pemilik'];
  return cells.some((cell) => owner.includes(cell)) && !cells.some((cell) => cell === 'level' || cell === 'tingkat');
}

/**
 * Reads one dropped or picked file. CSV goes through the library's reader (its issues carry the
 * row and column); JSON is recognised by its shape. Nothing is scored here.
 */
export async function readFile(file: File, catalogue: Catalogue | undefined): Promise<LoadedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file.name;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) {
    return {
      kind: 'failed',
      name,
      issues: [fileIssue('input.spreadsheet_binary', 'Berkas ini buku kerja (xlsx/ods), bukan CSV: simpan sebagai "CSV UTF-8" lalu muat lagi.', 'This file is a workbook (xlsx/ods), not CSV: save it as "CSV UTF-8" and load it again.')],
      warnings: [],
    };
  }
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, 64));
  if (/\.json$/iu.test(name) || (!/\.(csv|txt)$/iu.test(name) && /^\uFEFF?\s*[{[]/u.test(start))) {
    const text = new TextDecoder('utf-8').decode(bytes);
    try {
      return classifyJson(name, JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { kind: 'failed', name, issues: [fileIssue('input.json_invalid', `Bukan JSON yang valid: ${detail}`, `Not valid JSON: ${detail}`)], warnings: [] };
    }
  }
  if (isResponsibilitiesHeader(start.concat(new TextDecoder('utf-8').decode(bytes.subarray(64, 1024))))) {
    const owners = safeParseResponsibilitiesCsv(bytes, catalogue === undefined ? {} : { catalogue });
    if (!owners.success) return { kind: 'failed', name, issues: owners.issues, warnings: owners.warnings };
    return { kind: 'responsibilities', name, responsibilities: owners.output };
  }
  const read = safeParseAssessmentCsv(bytes, catalogue === undefined ? {} : { catalogue });
  if (!read.success) return { kind: 'failed', name, issues: read.issues, warnings: read.warnings };
  return { kind: 'assessment', name, assessment: read.output, warnings: read.warnings, csv: true };
}
