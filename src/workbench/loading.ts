import { safeScore, type Assessment, type Issue, type ScoreResult } from '../index.js';
import { builtinCatalogues } from '../catalogues/index.js';
import type { CatalogueChoice, CatalogueSource } from '../cli/result-output.js';
import { safeCatalogueOf, sourceFor } from './catalogue-source.js';
import { choiceOf, safeFilesChoice } from './choice.js';
import { rereadSheets, withSheet, type SheetReading } from './csv-sheets.js';
import type { PreviousResult } from './compare-plan-section.js';
import { assessmentOfResult, readFile, type LoadedFile, type ResultFile } from './files.js';
import { dropAnalyses, safeSessionCatalogue, type FileReport, type Session } from './session.js';
import { stateOf } from './state-file.js';
import { metaOf } from './state.js';

/*
 * What each file the user gives the page does to the session. The loaders change the session
 * and return; the page redraws after them.
 */

/** Reads one file, with the catalogue on screen for CSV indicator names. */
async function read(session: Session, file: File): Promise<LoadedFile> {
  const current = safeSessionCatalogue(session);
  return readFile(file, current.success ? current.output : undefined);
}

/** Takes the files in: the last assessment or result becomes the entries, a catalogue the catalogue. */
export async function loadFiles(session: Session, files: readonly File[]): Promise<void> {
  const reports: FileReport[] = [];
  dropAnalyses(session);
  for (const file of files) reports.push(take(session, await read(session, file)));
  session.fileReports = reports;
}

function take(session: Session, loaded: LoadedFile): FileReport {
  switch (loaded.kind) {
    case 'failed':
      return { name: loaded.name, outcome: 'fileIssues', issues: [...loaded.issues, ...loaded.warnings] };
    case 'catalogue':
      session.state = { ...session.state, source: { kind: 'custom', name: loaded.name, definition: loaded.definition }, levels: {} };
      return { name: loaded.name, outcome: 'loadedCatalogue', issues: [] };
    case 'state': {
      const next = stateOf(loaded.state);
      if (!next.success) return { name: loaded.name, outcome: 'stateInvalid', issues: next.issues };
      session.state = next.output;
      session.cityPlan = undefined;
      session.citySheetsReadWith = undefined;
      restorePrevious(session);
      return { name: loaded.name, outcome: 'stateImported', issues: [] };
    }
    case 'responsibilities':
      return { name: loaded.name, outcome: 'responsibilitiesElsewhere', issues: [] };
    case 'assessment':
    case 'result': {
      const { assessment } = loaded;
      const state = session.state;
      const source = state.source.kind === 'custom' ? state.source : sourceFor(assessment.catalogue, assessment.year, state.source);
      // A CSV has no year: it is the evaluation year chosen.
      const year = assessment.year ?? (source.kind === 'year' ? source.year : undefined);
      // The levels keep the file's keys ("I5"), so warnings name them as spbe does.
      session.state = { ...state, source, meta: { ...metaOf(assessment), ...(year === undefined ? {} : { year }) }, levels: { ...assessment.levels } };
      return { name: loaded.name, outcome: loaded.kind === 'result' ? 'loadedResult' : 'loadedAssessment', issues: loaded.kind === 'assessment' ? loaded.warnings : [] };
    }
  }
}

/** Last year's result: a result file as it is, an assessment scored with the catalogue it names. */
export async function loadPrevious(session: Session, files: readonly File[]): Promise<void> {
  const [file] = files;
  if (file === undefined) return;
  const loaded = await read(session, file);
  const kept = loaded.kind === 'result' ? { kind: 'result' as const, result: loaded.result } : loaded.kind === 'assessment' ? { kind: 'assessment' as const, assessment: loaded.assessment } : undefined;
  session.state = { ...session.state, previous: kept === undefined ? null : { name: loaded.name, file: kept } };
  session.previous = previousOf(session, loaded);
}

/** Last year's result again from the state's file (after an import). */
export function restorePrevious(session: Session): void {
  const kept = session.state.previous;
  if (kept === null) {
    session.previous = undefined;
    return;
  }
  const { name, file } = kept;
  const result = file.kind === 'result' ? (file.result as ResultFile) : undefined;
  session.previous = previousOf(
    session,
    result !== undefined ? { kind: 'result', name, result, assessment: assessmentOfResult(result) } : { kind: 'assessment', name, assessment: (file as { assessment: Assessment }).assessment, warnings: [] },
  );
}

const SOURCES: readonly CatalogueSource[] = ['flag', 'assessment', 'year', 'default'];

function previousOf(session: Session, loaded: LoadedFile): PreviousResult {
  const current = safeSessionCatalogue(session);
  const own = session.state.source.kind === 'custom';
  if (loaded.kind === 'result') {
    const { result } = loaded;
    const id = result.meta.catalogue.id;
    // The result's own catalogue: a built-in one by its id, or the user's own on screen.
    const catalogue = builtinCatalogues.find((entry) => entry.catalogue.id === id)?.catalogue ?? (current.success && current.output.id === id ? current.output : undefined);
    if (catalogue === undefined) return { name: loaded.name, scored: null, issues: [unknownCatalogue(id)] };
    const recorded = result.catalogueChoice;
    // As the command recorded it when it wrote the file; else by its year.
    const source = SOURCES.find((known) => known === recorded?.source);
    const choice: CatalogueChoice =
      recorded?.id === id && source !== undefined ? { catalogue, source, ...(typeof recorded.year === 'number' ? { year: recorded.year } : {}) } : choiceOf(catalogue, own, undefined, result.assessment.year);
    return { name: loaded.name, scored: { result: result as unknown as ScoreResult, choice }, issues: [] };
  }
  if (loaded.kind === 'assessment') {
    const { assessment } = loaded;
    const named = safeCatalogueOf(sourceFor(assessment.catalogue, assessment.year, session.state.source));
    const found = own || !named.success ? current : named;
    if (!found.success) return { name: loaded.name, scored: null, issues: found.issues };
    const outcome = safeScore(found.output, assessment);
    if (!outcome.success) return { name: loaded.name, scored: null, issues: outcome.issues };
    return { name: loaded.name, scored: { result: outcome.output, choice: choiceOf(found.output, own, assessment.catalogue, assessment.year) }, issues: [] };
  }
  return { name: loaded.name, scored: null, issues: loaded.kind === 'failed' ? ([...loaded.issues, ...loaded.warnings] as Issue[]) : [] };
}

/** A result file of a catalogue neither built in nor on screen. */
function unknownCatalogue(id: string): Issue {
  return {
    code: 'analysis.catalogue_unknown',
    path: ['meta', 'catalogue', 'id'],
    message: {
      id: `Hasil ini dari katalog "${id}", yang bukan katalog bawaan maupun katalog di layar: muat katalognya dulu.`,
      en: `This result is of the catalogue "${id}", neither built in nor the one on screen: load that catalogue first.`,
    },
  };
}

/** A costs file, as `spbe plan --costs` reads it; the planner checks what it says. */
export async function loadCosts(session: Session, files: readonly File[]): Promise<void> {
  const [file] = files;
  if (file === undefined) return;
  // The file is read first: what is typed meanwhile (the cost per step, a target) is kept.
  let options: unknown;
  try {
    options = JSON.parse(await file.text()) as unknown;
  } catch {
    session.state = { ...session.state, plan: { ...session.state.plan, costs: null } };
    session.planned = { success: false, issues: [{ code: 'input.json_invalid', path: [file.name], message: { id: `${file.name} bukan JSON yang valid.`, en: `${file.name} is not valid JSON.` } }] };
    return;
  }
  session.state = { ...session.state, plan: { ...session.state.plan, costs: { name: file.name, options } } };
}

/** Takes OPD files (assessments or results) and a responsibilities file into the city evaluation. */
export async function loadCityFiles(session: Session, files: readonly File[]): Promise<void> {
  const reports: FileReport[] = [];
  let loaded: LoadedFile[] = [];
  for (const file of files) loaded.push(await read(session, file));
  // The first OPD files choose the catalogue, as spbe rollup chooses it for them; a CSV sheet is
  // then read again with that catalogue, as the command reads it.
  if (session.state.city.units.length === 0 && chooseCityCatalogue(session, loaded)) {
    loaded = await Promise.all(loaded.map(async (entry, k) => (entry.kind === 'assessment' && entry.csv === true ? read(session, files[k] as File) : entry)));
  }
  let { units, responsibilities, csvUnits, csvSheets } = session.state.city;
  for (const [k, entry] of loaded.entries()) {
    if (entry.kind === 'assessment' || entry.kind === 'result') {
      const file = files[k] as File;
      // A CSV has no agency: the file name names the unit.
      const agency = entry.assessment.agency ?? file.name.replace(/\.[^.]+$/u, '');
      const csv = entry.kind === 'assessment' && entry.csv === true;
      units = [...units.filter((unit) => unit.agency !== agency), { ...entry.assessment, agency }];
      csvUnits = [...csvUnits.filter((name) => name !== agency), ...(csv ? [agency] : [])];
      // The sheet is kept to be read again when the catalogue changes.
      csvSheets = withSheet(csvSheets, agency, file.name, csv ? new Uint8Array(await file.arrayBuffer()) : undefined);
      reports.push({ name: entry.name, outcome: 'loadedUnit', issues: entry.kind === 'assessment' ? entry.warnings : [], ...(csv ? { sheet: agency } : {}) });
    } else if (entry.kind === 'responsibilities') {
      responsibilities = entry.responsibilities;
      reports.push({ name: entry.name, outcome: 'responsibilitiesLoaded', issues: [] });
    } else {
      reports.push({ name: entry.name, outcome: 'fileIssues', issues: entry.kind === 'failed' ? [...entry.issues, ...entry.warnings] : [] });
    }
  }
  session.state = { ...session.state, city: { ...session.state.city, units, responsibilities, csvUnits, csvSheets } };
  session.cityReports = reports;
  session.cityPlan = undefined;
  session.citySheetsReadWith = undefined;
}

/**
 * Reads the city's CSV sheets again when the catalogue on screen is not the one they were read
 * with (a year chosen, a catalogue loaded, a state imported, files added), as
 * `spbe rollup --catalogue <id>` reads them; a city plan of another catalogue is dropped.
 */
export function readCitySheets(session: Session): void {
  const found = safeSessionCatalogue(session);
  if (!found.success || session.citySheetsReadWith === found.output) return;
  if (session.citySheetsReadWith !== undefined && session.citySheetsReadWith.id !== found.output.id) session.cityPlan = undefined;
  session.citySheetsReadWith = found.output;
  const { city, issues, readings } = rereadSheets(session.state.city, found.output);
  session.state = { ...session.state, city };
  session.citySheetIssues = issues;
  session.cityReports = withReadings(session.cityReports, readings);
}

/**
 * The city's file list with each re-read sheet's line saying its latest reading, as a first load
 * says it (issues, then warnings, by row and column): the warnings of an earlier catalogue no
 * longer hold. A sheet loaded in an earlier batch, or kept in an imported state, gets its line.
 */
function withReadings(reports: readonly FileReport[], readings: readonly SheetReading[]): readonly FileReport[] {
  const lineOf = (reading: SheetReading): FileReport => ({
    name: reading.file,
    outcome: reading.success ? 'loadedUnit' : 'fileIssues',
    issues: [...reading.issues, ...reading.warnings],
    sheet: reading.agency,
  });
  const updated = reports.map((report) => {
    const reading = readings.find((entry) => report.sheet !== undefined && entry.agency === report.sheet);
    return reading === undefined ? report : lineOf(reading);
  });
  return [...updated, ...readings.filter((reading) => !reports.some((report) => report.sheet === reading.agency)).map(lineOf)];
}

/**
 * Switches a built-in catalogue on screen to the one `spbe rollup` without `--catalogue` chooses
 * for these OPD files (the one a JSON file names, else the one of its year, else the current
 * instrument: CSV sheets alone name nothing); whether it switched. A catalogue of the user's own
 * stays, as `--catalogue <file>`; files that disagree are reported by the city section.
 */
function chooseCityCatalogue(session: Session, loaded: readonly LoadedFile[]): boolean {
  const state = session.state;
  const before = safeSessionCatalogue(session);
  if (state.source.kind !== 'year' || !before.success) return false;
  const units = loaded.flatMap((entry) => (entry.kind === 'assessment' || entry.kind === 'result' ? [{ ...entry.assessment, agency: entry.name }] : []));
  if (units.length === 0) return false;
  const csvUnits = loaded.flatMap((entry) => (entry.kind === 'assessment' && entry.csv === true ? [entry.name] : []));
  const chosen = safeFilesChoice(undefined, { units, csvUnits });
  if (!chosen.success || chosen.output.catalogue.id === before.output.id) return false;
  // The page holds a built-in catalogue by a year: the files' year when it leads to it; the
  // current instrument by its first year.
  const year = chosen.output.year ?? units.find((unit) => !csvUnits.includes(unit.agency) && unit.year !== undefined)?.year;
  const source = chosen.output.source === 'default' ? { kind: 'year' as const, year: firstYear(chosen.output.catalogue.id) ?? state.source.year } : sourceFor(chosen.output.source === 'assessment' ? chosen.output.catalogue.id : undefined, year, state.source);
  session.state = { ...state, source, meta: { ...state.meta, ...(source.kind === 'year' ? { year: source.year } : {}) }, levels: {} };
  return true;
}

/** The first evaluation year of a built-in catalogue (the year the page offers it by). */
function firstYear(id: string): number | undefined {
  return builtinCatalogues.find((entry) => entry.catalogue.id === id)?.from;
}
