import type { Assessment, AssessmentMetadata, Catalogue, Language, LevelInput } from '../index.js';
import type { TargetEntry } from './compare-plan-section.js';
import { entryKeys } from './level-keys.js';

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
  /** Level inputs by indicator, as an assessment file holds them: under the file's own keys ("I5", "1.5") or the id. */
  readonly levels: Readonly<Record<string, LevelInput>>;
  /** Last year's file, to compare with: a result (as `spbe score --format json` writes it) or an assessment. */
  readonly previous: { readonly name: string; readonly file: PreviousFile } | null;
  /** The target typed and the costs loaded, for the plan and the frontier. */
  readonly plan: PlanState;
  /** The city evaluation: the OPD assessments loaded, the responsibilities file if one was, and how to roll them up. */
  readonly city: CityState;
}

/** Last year's file as it was read. */
export type PreviousFile = { readonly kind: 'result'; readonly result: unknown } | { readonly kind: 'assessment'; readonly assessment: Assessment };

/** What the planner is asked: the target as typed, and the costs file (plan options) with its name. */
export interface PlanState {
  readonly target: TargetEntry;
  readonly costs: { readonly name: string; readonly options: unknown } | null;
  /**
   * The cost of each level step as typed ("2", or one cost per step "1; 1; 2; 4"); '' leaves the
   * costs file's `defaultCost` (else 1 a step) in force.
   */
  readonly defaultCost: string;
  /** Costs, caps and locks typed per indicator id, in place of the costs file's for that indicator; only entries with something typed. */
  readonly indicators: Readonly<Record<string, IndicatorPlanEntry>>;
}

/**
 * What the user typed for one indicator's plan: its cost per step ("2,5" or "1; 1; 2; 4"), its
 * cap (the highest level the plan may raise it to, "4"), both '' for none, and whether it is locked.
 */
export interface IndicatorPlanEntry {
  readonly cost: string;
  readonly cap: string;
  readonly locked: boolean;
}

/** Nothing typed for an indicator. */
export const EMPTY_INDICATOR_PLAN: IndicatorPlanEntry = { cost: '', cap: '', locked: false };

/** The plan with one indicator's typed entry set; an empty one is removed, so the export holds only what was typed. */
export function withIndicatorPlan(plan: PlanState, id: string, entry: IndicatorPlanEntry): PlanState {
  const indicators: Record<string, IndicatorPlanEntry> = { ...plan.indicators };
  if (entry.cost === '' && entry.cap === '' && !entry.locked) delete indicators[id];
  else indicators[id] = entry;
  return { ...plan, indicators };
}

/** How the city's levels combine per indicator (`rollup`'s strategy; weighted needs unit weights, which the page does not take). */
export const CITY_STRATEGIES = ['owner', 'mean', 'median', 'min', 'max'] as const;
export type CityStrategy = (typeof CITY_STRATEGIES)[number];

/** The OPD assessments of a city evaluation, who owns which indicator, and the roll-up and plan asked for. */
export interface CityState {
  readonly units: readonly Assessment[];
  readonly responsibilities: unknown;
  /** The strategy chosen; null: by owner when responsibilities are loaded, else the mean. */
  readonly strategy: CityStrategy | null;
  /** The predikat id of the city plan's target ('' until one is chosen). */
  readonly target: string;
  /**
   * The minimum share of the catalogue's weight a unit must cover to be ranked, as typed ("0,2");
   * '' for rollup's default (just above the heaviest indicator), as `--minimum-coverage` left out.
   */
  readonly minimumCoverage: string;
  /**
   * The units read from a CSV sheet, by agency: a sheet names no catalogue or year, so in the
   * catalogue choice it follows the JSON files, as in `spbe rollup`.
   */
  readonly csvUnits: readonly string[];
  /**
   * Each CSV unit's file as it was loaded (its bytes in base64, so a sheet that is not UTF-8 stays
   * exact): a change of catalogue reads every sheet again with the new one, as
   * `spbe rollup --catalogue <id>` reads it. Empty for exports before version 4.
   */
  readonly csvSheets: readonly CsvSheet[];
}

/** One CSV unit's file: the agency it names, the file's name and its bytes in base64. */
export interface CsvSheet {
  readonly agency: string;
  readonly file: string;
  readonly base64: string;
}

/** No city loaded. */
export const EMPTY_CITY: CityState = { units: [], responsibilities: null, strategy: null, target: '', minimumCoverage: '', csvUnits: [], csvSheets: [] };

/** No target, no costs. */
export const EMPTY_PLAN: PlanState = { target: { predicate: '', index: '', groups: {} }, costs: null, defaultCost: '', indicators: {} };

/** A fresh workbench: the catalogue of the current year, nothing entered. */
export function initialState(year: number, lang: Language): WorkbenchState {
  return { lang, source: { kind: 'year', year }, meta: { year }, levels: {}, previous: null, plan: EMPTY_PLAN, city: EMPTY_CITY };
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

/** The state with one indicator's entry set, or removed when `input` is undefined; under the key it already has ("I5"), else its id. */
export function withLevel(state: WorkbenchState, catalogue: Catalogue, id: string, input: LevelInput | undefined): WorkbenchState {
  const levels: Record<string, LevelInput> = { ...state.levels };
  const key = entryKeys(catalogue, levels).get(id) ?? id;
  if (input === undefined) delete levels[key];
  else levels[key] = input;
  return { ...state, levels };
}
