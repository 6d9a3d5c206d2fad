import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { resolveResponsibilities, type Responsibilities } from '../analysis/rollup/responsibilities.js';
import type { RollupOptions } from '../analysis/rollup/rollup-options.js';
import type { Assessment } from '../model/assessment.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Issue, PathSegment } from '../model/issue.js';
import type { Language } from '../model/localized.js';
import { InputIssues, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { chooseOneCatalogue, type CatalogueChoice } from './catalogues.js';
import { assessmentOf, fromFile, loadJson, looksLikeJson, parseJson, readAssessmentSource, workbookSource, type AssessmentSource } from './load-assessment.js';
import { safeParseResponsibilitiesCsv } from '../input/responsibilities-csv.js';
import { issueLines } from './output.js';
import { readInputBytes } from './read-input.js';
import { stringOption, type Flags, type Parsed } from './options.js';
import { SCORING_FLAGS, scoreOptions } from './commands/score.js';

/**
 * What the commands over a city's units (`rollup`, `city-plan`) share: reading the units' files,
 * the consolidation flags, and naming each issue's file.
 */

const UNIT_EXTENSIONS = new Set(['.json', '.csv', '.xlsx']);

/**
 * The unit files: every .json/.csv/.xlsx file of each directory (sorted by name) except the files the
 * options name (a responsibilities or costs file kept beside the units), and files as given.
 */
async function unitFiles(io: CliIo, args: readonly string[], optionFiles: readonly string[]): Promise<string[]> {
  const skip = new Set(optionFiles.map((file) => resolve(io.cwd, file)));
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push(arg);
      continue;
    }
    let info;
    try {
      info = await stat(resolve(io.cwd, arg));
    } catch {
      throw new UsageError({ id: `${arg} tidak ditemukan.`, en: `${arg} not found.` });
    }
    if (info.isDirectory()) {
      const names = (await readdir(resolve(io.cwd, arg))).filter((name) => UNIT_EXTENSIONS.has(extname(name).toLowerCase())).sort();
      files.push(...names.map((name) => join(arg, name)).filter((file) => !skip.has(resolve(io.cwd, file))));
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) {
    throw new UsageError({ id: 'Tidak ada berkas .json, .csv, atau .xlsx untuk dikonsolidasi.', en: 'No .json, .csv or .xlsx files to roll up.' });
  }
  return files;
}

/** The units' assessments, in file order, the file each came from, and the one catalogue chosen for them. */
export interface Units {
  readonly files: readonly string[];
  readonly assessments: readonly Assessment[];
  readonly chosen: CatalogueChoice;
}

/**
 * Reads every unit file; the issues of all files are reported together, each naming its file.
 * One catalogue for all units: `--catalogue` (`flag`), else what the JSON units name or their
 * years give ({@link chooseOneCatalogue}; CSV units follow them). `optionFiles` are the files
 * other flags name, never read as units from a directory.
 */
export async function loadUnits(io: CliIo, args: readonly string[], flag: Catalogue | undefined, lang: Language, optionFiles: readonly string[] = []): Promise<Units> {
  const files = await unitFiles(io, args, optionFiles);
  const issues: Issue[] = [];
  const sources: [string, AssessmentSource][] = [];
  for (const file of files) {
    try {
      sources.push([file, await readAssessmentSource(io, file)]);
    } catch (error) {
      if (!(error instanceof InputIssues)) throw error;
      issues.push(...fromFile(file, error.issues));
    }
  }
  if (issues.length > 0) throw new InputIssues(issues);
  const chosen = chooseOneCatalogue(flag, sources);
  const assessments: Assessment[] = [];
  for (const [file, source] of sources) {
    try {
      const read = assessmentOf(io, file, source, chosen.catalogue, lang) as Assessment;
      // A unit without a name (a CSV, say) is named after its file, so issues and ranks say which.
      const named = typeof read === 'object' && read !== null && read.agency === undefined ? { ...read, agency: basename(file, extname(file)) } : read;
      assessments.push(named);
    } catch (error) {
      if (!(error instanceof InputIssues)) throw error;
      issues.push(...fromFile(file, error.issues));
    }
  }
  if (issues.length > 0) throw new InputIssues(issues);
  return { files, assessments, chosen };
}

/** The unit ids as the roll-up names them: each assessment's agency. */
function unitIds(units: readonly Assessment[]): string[] {
  return units.flatMap((unit) => (typeof unit.agency === 'string' ? [unit.agency] : []));
}

/** The consolidation flags, shared by `rollup` and `city-plan`. */
export const CONSOLIDATION_FLAGS = {
  strategy: {
    type: 'string',
    choices: ['mean', 'weighted', 'median', 'min', 'max', 'owner'],
    help: {
      id: 'cara menggabungkan tingkat per indikator (bawaan: mean; owner bila --responsibilities diberikan)',
      en: 'how levels combine per indicator (default: mean; owner when --responsibilities is given)',
    },
  },
  responsibilities: {
    type: 'string',
    value: { id: '<tanggung-jawab.json|csv>', en: '<responsibilities.json|csv>' },
    help: { id: 'unit mana memiliki indikator mana (untuk --strategy owner)', en: 'which unit owns which indicators (for --strategy owner)' },
  },
  'owner-mode': {
    type: 'string',
    choices: ['mean', 'lead'],
    help: {
      id: 'beberapa pemilik: rata-rata tingkat mereka (bawaan) atau tingkat unit utama',
      en: 'several owners: the mean of their levels (default) or the lead\'s level',
    },
  },
  'unit-weights': {
    type: 'string',
    value: { id: '<bobot-unit.json>', en: '<unit-weights.json>' },
    help: { id: 'bobot per unit untuk --strategy weighted ({ "Bappeda": 2, … })', en: 'weight per unit for --strategy weighted ({ "Bappeda": 2, … })' },
  },
  name: { type: 'string', value: { id: '<instansi>', en: '<agency>' }, help: { id: 'nama instansi hasil konsolidasi', en: "the consolidated agency's name" } },
  na: SCORING_FLAGS.na,
  'allow-na': SCORING_FLAGS['allow-na'],
  'allow-zero': SCORING_FLAGS['allow-zero'],
} as const satisfies Flags;

/** The files the consolidation flags name, so that issues in them can name the file. */
export interface ConsolidationFiles {
  readonly responsibilities?: string;
  readonly unitWeights?: string;
}

/** The files the consolidation flags (and `extra`, such as `costs`) name. */
export function optionFilesOf(values: Parsed['values'], extra: readonly string[] = []): string[] {
  return ['responsibilities', 'unit-weights', ...extra].flatMap((flag) => stringOption(values, flag) ?? []);
}

/**
 * Reads a responsibilities file: JSON, a CSV sheet or an .xlsx workbook. A sheet is read and
 * checked against the catalogue (and the units, when given) here, so that its issues name the
 * sheet, rows and columns; JSON is checked by the roll-up, or here when there are no units
 * (`spbe template`), each issue naming the file.
 */
export async function loadResponsibilities(io: CliIo, file: string, catalogue: Catalogue, units: readonly string[] | undefined, lang: Language): Promise<Responsibilities> {
  const bytes = await readInputBytes(io, file);
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, 64));
  if (looksLikeJson(file, start) && !start.startsWith('PK\u0003\u0004')) {
    const data = parseJson(file, new TextDecoder('utf-8').decode(bytes));
    if (units !== undefined) return data as Responsibilities;
    const issues: Issue[] = [];
    const named = isOwnerMap(data) ? Object.values(data.indicators).flatMap(ownersOf) : [];
    resolveResponsibilities(catalogue, data, [...new Set(named)], issues, []);
    if (issues.length > 0) throw new InputIssues(fromFile(file, issues));
    return data as Responsibilities;
  }
  const source = start.startsWith('PK\u0003\u0004') ? await workbookSource(file, bytes) : { csv: bytes };
  const read = safeParseResponsibilitiesCsv(source.csv, { catalogue, ...(units === undefined ? {} : { units }) });
  io.stderr(issueLines(fromFile(file, read.warnings), lang));
  const sheet = 'sheet' in source ? ['sheet', source.sheet] : [];
  if (!read.success) throw new InputIssues(fromFile(file, read.issues.map((issue) => ({ ...issue, path: [...sheet, ...issue.path] }))));
  return read.output;
}

function isOwnerMap(data: unknown): data is { indicators: Record<string, unknown> } {
  const indicators = (data as { indicators?: unknown } | null)?.indicators;
  return typeof indicators === 'object' && indicators !== null;
}

/** The unit names of one entry (a list, or `{ owners }`), ignoring malformed parts (reported by the check). */
function ownersOf(entry: unknown): string[] {
  const list = Array.isArray(entry) ? entry : (entry as { owners?: unknown } | null)?.owners;
  return Array.isArray(list) ? list.filter((unit): unit is string => typeof unit === 'string') : [];
}

function flagPairError(id: string, en: string): UsageError {
  return new UsageError({ id, en });
}

/**
 * The roll-up options the consolidation flags ask for. `--responsibilities` makes `owner` the
 * default strategy, and only `owner` reads it: given with another strategy it would be ignored,
 * so that is a usage error, as are `--owner-mode` without owners and `--unit-weights` without
 * `weighted`.
 */
export async function consolidationOptions(
  io: CliIo,
  values: Parsed['values'],
  catalogue: Catalogue,
  units: readonly Assessment[],
  lang: Language,
): Promise<{ options: RollupOptions; files: ConsolidationFiles }> {
  const responsibilitiesFile = stringOption(values, 'responsibilities');
  const weightsFile = stringOption(values, 'unit-weights');
  const ownerMode = stringOption(values, 'owner-mode') as RollupOptions['ownerMode'];
  const strategy = (stringOption(values, 'strategy') ?? (responsibilitiesFile === undefined ? 'mean' : 'owner')) as NonNullable<RollupOptions['strategy']>;
  if (strategy === 'owner' && responsibilitiesFile === undefined) {
    throw flagPairError(
      '--strategy owner membutuhkan --responsibilities <berkas> (unit mana memiliki indikator mana).',
      '--strategy owner needs --responsibilities <file> (which unit owns which indicators).',
    );
  }
  if (strategy !== 'owner' && responsibilitiesFile !== undefined) {
    throw flagPairError(
      `--responsibilities hanya dipakai oleh --strategy owner, bukan ${strategy}: hapus salah satunya.`,
      `--responsibilities is only used by --strategy owner, not ${strategy}: drop one of them.`,
    );
  }
  if (ownerMode !== undefined && strategy !== 'owner') {
    throw flagPairError('--owner-mode hanya berlaku untuk --strategy owner.', '--owner-mode only applies to --strategy owner.');
  }
  if ((strategy === 'weighted') !== (weightsFile !== undefined)) {
    throw flagPairError(
      '--strategy weighted dan --unit-weights <berkas> diberikan bersama.',
      '--strategy weighted and --unit-weights <file> go together.',
    );
  }
  const { missing: _missing, ...score } = scoreOptions(values);
  const name = stringOption(values, 'name');
  const options: RollupOptions = {
    strategy,
    score,
    ...(name === undefined ? {} : { name }),
    ...(ownerMode === undefined ? {} : { ownerMode }),
    ...(responsibilitiesFile === undefined ? {} : { responsibilities: await loadResponsibilities(io, responsibilitiesFile, catalogue, unitIds(units), lang) }),
    ...(weightsFile === undefined ? {} : { unitWeights: (await loadJson(io, weightsFile)) as Record<string, number | string> }),
  };
  return {
    options,
    files: { ...(responsibilitiesFile === undefined ? {} : { responsibilities: responsibilitiesFile }), ...(weightsFile === undefined ? {} : { unitWeights: weightsFile }) },
  };
}

/**
 * A roll-up issue's path with files in place of positions: a unit's position becomes its file,
 * `responsibilities` and `unitWeights` the files they came from.
 */
export function withFiles(path: readonly PathSegment[], units: readonly string[], files: ConsolidationFiles): PathSegment[] {
  const [first, ...rest] = path;
  if (typeof first === 'number' && units[first] !== undefined) return [units[first] as string, ...rest];
  if (first === 'responsibilities' && files.responsibilities !== undefined) return [files.responsibilities, ...rest];
  if (first === 'unitWeights' && files.unitWeights !== undefined) return [files.unitWeights, ...rest];
  return [...path];
}

/** The issues of a roll-up over the units, naming files instead of positions. */
export function unitIssues(issues: readonly Issue[], units: readonly string[], files: ConsolidationFiles): InputIssues {
  return new InputIssues(issues.map((issue) => ({ ...issue, path: withFiles(issue.path, units, files) })));
}
