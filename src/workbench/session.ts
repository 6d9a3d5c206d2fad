import type { Catalogue, Issue, SafeResult } from '../index.js';
import type { CityPlan, Frontier, PlanResult } from '../analysis.js';
import { safeCatalogueOf } from './catalogue-source.js';
import type { PreviousResult } from './compare-plan-section.js';
import type { FileIssue } from './files.js';
import type { LabelKey } from './labels.js';
import { initialState, type CatalogueSource, type WorkbenchState } from './state.js';

/** What one loaded file did, shown in the file list. */
export interface FileReport {
  readonly name: string;
  /** What happened, as a label: drawn in the page's language at the time, so a switch relabels it. */
  readonly outcome: LabelKey;
  readonly issues: readonly FileIssue[];
  /** The unit whose kept CSV sheet this line reports: its line follows the sheet's latest reading. */
  readonly sheet?: string;
}

/**
 * The page's working memory: the state (what the user entered, what Export writes) and what the
 * page derived from it or was asked to compute. Views read it; loaders and handlers change it.
 */
export interface Session {
  state: WorkbenchState;
  fileReports: readonly FileReport[];
  cityReports: readonly FileReport[];
  cityPlan: SafeResult<CityPlan> | undefined;
  /** Last year's result, read from the state's previous file. */
  previous: PreviousResult | undefined;
  planned: SafeResult<PlanResult> | undefined;
  frontiered: SafeResult<Frontier> | undefined;
  /** The catalogue the city's CSV sheets were last read with (undefined: to be read again). */
  citySheetsReadWith: Catalogue | undefined;
  /** The issues of the sheets that catalogue could not read. */
  citySheetIssues: readonly Issue[];
  /** The last compiled catalogue, kept while its source stays the same object. */
  compiled: { readonly source: CatalogueSource; readonly found: SafeResult<Catalogue> } | undefined;
}

/** A session with nothing entered: the catalogue of `year`, in `lang`. */
export function freshSession(year: number, lang: WorkbenchState['lang']): Session {
  return {
    state: initialState(year, lang),
    fileReports: [],
    cityReports: [],
    cityPlan: undefined,
    previous: undefined,
    planned: undefined,
    frontiered: undefined,
    citySheetsReadWith: undefined,
    citySheetIssues: [],
    compiled: undefined,
  };
}

/** The catalogue the state's source names, compiled once per source. */
export function safeSessionCatalogue(session: Session): SafeResult<Catalogue> {
  if (session.compiled?.source !== session.state.source) session.compiled = { source: session.state.source, found: safeCatalogueOf(session.state.source) };
  return session.compiled.found;
}

/** Forgets the plan and the frontier: they described levels that have changed. */
export function dropAnalyses(session: Session): void {
  session.planned = undefined;
  session.frontiered = undefined;
}
