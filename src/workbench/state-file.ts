import { LANGUAGES, type Assessment, type AssessmentMetadata, type LevelInput } from '../index.js';
import type { TargetEntry } from './compare-plan-section.js';
import { isResult, STATE_FORMAT, type FileIssue as Issue } from './files.js';
import { CITY_STRATEGIES, EMPTY_CITY, EMPTY_PLAN, metaOf, type CatalogueSource, type CityState, type CsvSheet, type IndicatorPlanEntry, type PlanState, type WorkbenchState } from './state.js';

/**
 * The version Export writes (3 adds the costs, caps and locks typed per indicator, and the city's
 * CSV units; 4 each CSV unit's file); Import reads it and the earlier ones.
 */
const VERSION = 4;

/** The state as a JSON file the user keeps: only what they entered. */
export function stateText(state: WorkbenchState): string {
  return `${JSON.stringify({ format: STATE_FORMAT, version: VERSION, ...state }, null, 2)}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';

/** A field of the export that is not what Export writes. */
function invalid(path: readonly (string | number)[], id: string, en: string): Issue {
  const where = path.join('.');
  return { code: 'workbench.state_invalid', path: [...path], message: { id: `Ekspor meja kerja tidak valid: "${where}" ${id}.`, en: `Invalid workbench export: "${where}" ${en}.` } };
}

function sourceOf(value: unknown): CatalogueSource | undefined {
  if (!isObject(value)) return undefined;
  if (value['kind'] === 'year' && typeof value['year'] === 'number' && Number.isInteger(value['year'])) return { kind: 'year', year: value['year'], ...(value['named'] === true ? { named: true } : {}) };
  if (value['kind'] === 'custom' && isText(value['name']) && 'definition' in value) return { kind: 'custom', name: value['name'], definition: value['definition'] };
  return undefined;
}

function previousOf(value: unknown, issues: Issue[]): WorkbenchState['previous'] {
  if (value === undefined || value === null) return null;
  const file = isObject(value) ? value['file'] : undefined;
  if (isObject(value) && isText(value['name']) && isObject(file)) {
    if (file['kind'] === 'result' && isObject(file['result']) && isResult(file['result'])) return { name: value['name'], file: { kind: 'result', result: file['result'] } };
    // The assessment is checked when it is scored, like a loaded one.
    if (file['kind'] === 'assessment' && isObject(file['assessment']) && isObject(file['assessment']['levels'])) return { name: value['name'], file: { kind: 'assessment', assessment: file['assessment'] as unknown as Assessment } };
  }
  issues.push(invalid(['previous'], 'bukan berkas tahun lalu (nama dan hasil atau penilaian)', 'is not last year’s file (a name and a result or an assessment)'));
  return null;
}

function targetOf(value: unknown, issues: Issue[]): TargetEntry {
  if (value === undefined) return EMPTY_PLAN.target;
  const groups = isObject(value) ? value['groups'] : undefined;
  if (isObject(value) && isText(value['predicate']) && isText(value['index']) && isObject(groups) && Object.values(groups).every(isText)) {
    return { predicate: value['predicate'], index: value['index'], groups: { ...(groups as Record<string, string>) } };
  }
  issues.push(invalid(['plan', 'target'], 'bukan target (predikat, indeks dan minimum kelompok sebagai teks)', 'is not a target (predikat, index and group minimums as text)'));
  return EMPTY_PLAN.target;
}

const isEntry = (value: unknown): value is IndicatorPlanEntry => isObject(value) && isText(value['cost']) && isText(value['cap']) && typeof value['locked'] === 'boolean';

/** The costs, caps and locks typed per indicator; the values are checked by the planner, like the fields. */
function indicatorsOf(value: unknown, issues: Issue[]): PlanState['indicators'] {
  if (value === undefined) return {};
  if (isObject(value) && Object.values(value).every(isEntry)) return { ...(value as Record<string, IndicatorPlanEntry>) };
  issues.push(invalid(['plan', 'indicators'], 'bukan isian per indikator (biaya dan batas sebagai teks, kunci ya/tidak)', 'is not entries per indicator (cost and cap as text, locked true or false)'));
  return {};
}

function planOf(value: unknown, issues: Issue[]): PlanState {
  if (value === undefined) return EMPTY_PLAN;
  if (!isObject(value)) {
    issues.push(invalid(['plan'], 'bukan objek', 'is not an object'));
    return EMPTY_PLAN;
  }
  const costs = value['costs'];
  // The options are checked by the planner, like a loaded costs file.
  const okCosts = costs === null || costs === undefined || (isObject(costs) && isText(costs['name']) && 'options' in costs);
  if (!okCosts) issues.push(invalid(['plan', 'costs'], 'bukan berkas biaya (nama dan opsi)', 'is not a costs file (a name and options)'));
  const defaultCost = value['defaultCost'] ?? '';
  // The costs typed are checked by the planner, like the field.
  if (!isText(defaultCost)) issues.push(invalid(['plan', 'defaultCost'], 'bukan biaya per langkah sebagai teks ("1; 1; 2; 4")', 'is not a cost per step as text ("1; 1; 2; 4")'));
  return {
    target: targetOf(value['target'], issues),
    costs: okCosts && isObject(costs) ? { name: costs['name'] as string, options: costs['options'] } : null,
    defaultCost: isText(defaultCost) ? defaultCost : '',
    indicators: indicatorsOf(value['indicators'], issues),
  };
}

const isSheet = (value: unknown): value is CsvSheet => isObject(value) && isText(value['agency']) && isText(value['file']) && isText(value['base64']) && value['base64'].length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/u.test(value['base64']);

function cityOf(value: unknown, issues: Issue[]): CityState {
  if (value === undefined) return EMPTY_CITY;
  if (!isObject(value) || !Array.isArray(value['units'])) {
    issues.push(invalid(['city'], 'bukan evaluasi kota (daftar unit)', 'is not a city evaluation (a list of units)'));
    return EMPTY_CITY;
  }
  const strategy = value['strategy'] ?? null;
  const known = CITY_STRATEGIES.find((entry) => entry === strategy);
  if (strategy !== null && known === undefined) issues.push(invalid(['city', 'strategy'], `bukan salah satu dari ${CITY_STRATEGIES.join(', ')}`, `is not one of ${CITY_STRATEGIES.join(', ')}`));
  const target = value['target'] ?? '';
  if (!isText(target)) issues.push(invalid(['city', 'target'], 'bukan id predikat', 'is not a predikat id'));
  const minimumCoverage = value['minimumCoverage'] ?? '';
  if (!isText(minimumCoverage)) issues.push(invalid(['city', 'minimumCoverage'], 'bukan cakupan minimum sebagai teks ("0,2")', 'is not a minimum coverage as text ("0.2")'));
  const csvUnits = value['csvUnits'] ?? [];
  const csvOk = Array.isArray(csvUnits) && csvUnits.every(isText);
  if (!csvOk) issues.push(invalid(['city', 'csvUnits'], 'bukan daftar nama unit dari CSV', 'is not a list of the names of units read from CSV'));
  const csvSheets = value['csvSheets'] ?? [];
  const sheetsOk = Array.isArray(csvSheets) && csvSheets.every(isSheet);
  if (!sheetsOk) issues.push(invalid(['city', 'csvSheets'], 'bukan daftar berkas CSV unit (agency, file, base64)', 'is not a list of the units\' CSV files (agency, file, base64)'));
  // Each unit is checked when it is rolled up, like a loaded file; the coverage too.
  return {
    units: value['units'] as Assessment[],
    responsibilities: value['responsibilities'] ?? null,
    strategy: known ?? null,
    target: isText(target) ? target : '',
    minimumCoverage: isText(minimumCoverage) ? minimumCoverage : '',
    csvUnits: csvOk ? [...(csvUnits as string[])] : [],
    csvSheets: sheetsOk ? (csvSheets as CsvSheet[]).map(({ agency, file, base64 }) => ({ agency, file, base64 })) : [],
  };
}

/**
 * The state in an exported file, or the issues that say which field is not what Export writes.
 * What the library checks anyway (levels, units, costs) is left to it, as for a loaded file.
 */
export function stateOf(value: unknown): { readonly success: true; readonly output: WorkbenchState } | { readonly success: false; readonly issues: readonly Issue[] } {
  if (!isObject(value) || value['format'] !== STATE_FORMAT) return { success: false, issues: [invalid(['format'], `bukan "${STATE_FORMAT}"`, `is not "${STATE_FORMAT}"`)] };
  const issues: Issue[] = [];
  if (!(typeof value['version'] === 'number' && Number.isInteger(value['version']) && value['version'] >= 1 && value['version'] <= VERSION)) {
    issues.push(invalid(['version'], `bukan 1 sampai ${VERSION}`, `is not 1 to ${VERSION}`));
  }
  const lang = LANGUAGES.find((entry) => entry === value['lang']);
  if (lang === undefined) issues.push(invalid(['lang'], `bukan ${LANGUAGES.join(' atau ')}`, `is not ${LANGUAGES.join(' or ')}`));
  const source = sourceOf(value['source']);
  if (source === undefined) issues.push(invalid(['source'], 'bukan sumber katalog (tahun atau katalog sendiri)', 'is not a catalogue source (a year or an own catalogue)'));
  const { levels, meta } = value;
  if (!isObject(levels)) issues.push(invalid(['levels'], 'bukan objek tingkat per indikator', 'is not an object of levels by indicator'));
  if (!isObject(meta)) issues.push(invalid(['meta'], 'bukan objek', 'is not an object'));
  const previous = previousOf(value['previous'], issues);
  const plan = planOf(value['plan'], issues);
  const city = cityOf(value['city'], issues);
  if (issues.length > 0 || lang === undefined || source === undefined || !isObject(levels) || !isObject(meta)) return { success: false, issues };
  return {
    success: true,
    // The metadata and levels are checked when they are scored, like a loaded assessment's.
    output: { lang, source, meta: metaOf(meta as AssessmentMetadata), levels: { ...(levels as Record<string, LevelInput>) }, previous, plan, city },
  };
}
