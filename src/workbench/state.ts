import type { Assessment, AssessmentMetadata, Language, LevelInput } from '../index.js';

/**
 * Where the catalogue comes from: a built-in one by evaluation year (`named` when a loaded file
 * named it by id, as `spbe` then says), or a definition the user loaded.
 */
export type CatalogueSource = { readonly kind: 'year'; readonly year: number; readonly named?: true } | { readonly kind: 'custom'; readonly definition: unknown; readonly name: string };

/**
 * Everything the user entered, and nothing derived: results are recomputed from this. It is
 * what Export writes and Import reads, so it holds plain JSON only.
 */
export interface WorkbenchState {
  readonly lang: Language;
  readonly source: CatalogueSource;
  /** Agency, year, note and per-indicator notes, carried into the result as a loaded file had them. */
  readonly meta: AssessmentMetadata;
  /** Level inputs by indicator id, as an assessment file holds them. */
  readonly levels: Readonly<Record<string, LevelInput>>;
  /** The city evaluation: the OPD assessments loaded, and the responsibilities file if one was. */
  readonly city: CityState;
}

/** The OPD assessments of a city evaluation and who owns which indicator. */
export interface CityState {
  readonly units: readonly Assessment[];
  readonly responsibilities: unknown;
}

/** A fresh workbench: the catalogue of the current year, nothing entered. */
export function initialState(year: number, lang: Language): WorkbenchState {
  return { lang, source: { kind: 'year', year }, meta: { year }, levels: {}, city: { units: [], responsibilities: null } };
}

/** The assessment the entries make, as `spbe score` would read it from a file. */
export function assessmentOf(state: WorkbenchState, catalogueId: string): Assessment {
  const { agency, year, note, notes } = state.meta;
  return {
    catalogue: catalogueId,
    ...(agency === undefined || agency.trim() === '' ? {} : { agency: agency.trim() }),
    ...(year === undefined ? {} : { year }),
    ...(note === undefined ? {} : { note }),
    ...(notes === undefined ? {} : { notes }),
    levels: { ...state.levels },
  };
}

/** The metadata of a loaded assessment or result, only the fields an assessment file may have. */
export function metaOf(assessment: AssessmentMetadata): AssessmentMetadata {
  const { agency, year, note, notes } = assessment;
  return { ...(agency === undefined ? {} : { agency }), ...(year === undefined ? {} : { year }), ...(note === undefined ? {} : { note }), ...(notes === undefined ? {} : { notes }) };
}

/** The state with one indicator's entry set, or removed when `input` is undefined. */
export function withLevel(state: WorkbenchState, id: string, input: LevelInput | undefined): WorkbenchState {
  const levels: Record<string, LevelInput> = { ...state.levels };
  if (input === undefined) delete levels[id];
  else levels[id] = input;
  return { ...state, levels };
}
