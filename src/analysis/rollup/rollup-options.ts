import { compare, ONE, rational, ZERO, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import { ownValue, unknownOptionIssues, type Issue } from '../../model/issue.js';
import type { ResolvedScoreOptions, ScoreOptions } from '../../model/options.js';
import { resolveScoreOptions } from '../../scoring/resolve-options.js';
import { analysisIssue } from '../analysis-issues.js';
import { readDecimal, type Display } from '../exact-value.js';
import { ROLLUP_STRATEGIES, type RollupStrategy } from './consolidate.js';
import type { Responsibilities } from './responsibilities.js';

/**
 * Options of `rollup`.
 *
 * @example
 * ```ts
 * rollup(permenpanrb592020, assessments, { strategy: 'weighted', unitWeights: { Bappeda: 2, Diskominfo: '1.5' }, unitResults: false });
 * ```
 * @category Analysis
 */
export interface RollupOptions {
  /** How each indicator's levels are consolidated; default `mean`. */
  readonly strategy?: RollupStrategy;
  /** Weight per unit id, required by the `weighted` strategy (numbers or decimal strings, > 0). */
  readonly unitWeights?: Readonly<Record<string, number | string>>;
  /** Options for scoring every unit and the consolidation; `missing` is always `partial`. */
  readonly score?: ScoreOptions;
  /** Targets for the "below target" lists; default the catalogue's targets, else index 2.6 and level 3. */
  readonly targets?: { readonly index?: string | number; readonly level?: number };
  /** Agency name recorded in the consolidated result (e.g. "Pemerintah Kota Contoh"). */
  readonly name?: string;
  /** How many indicators to list in `widestSpread`; default 10. */
  readonly spreadLimit?: number;
  /**
   * Keep every unit's full result (default true). False leaves `units[].result` null and makes
   * large roll-ups (thousands of units) several times faster and lighter.
   */
  readonly unitResults?: boolean;
  /** Which unit owns which indicators: required by the `owner` strategy. */
  readonly responsibilities?: Responsibilities;
  /** Under `owner`: the mean of the owners' levels (default), or the lead's level where one is named. */
  readonly ownerMode?: 'mean' | 'lead';
  /**
   * The share of the catalogue's weight a unit must have assessed to be ranked (a decimal from 0
   * to 1). Units below it are listed apart in `unranked`, with their coverage. Default: just
   * above the catalogue's largest single indicator's share (59/2020: more than 3%; Pemdi 8/2026:
   * more than 15%), so that a unit that assessed one indicator well is never ranked first, while
   * any unit that assessed two is. `0` ranks every unit.
   */
  readonly minimumCoverage?: string | number;
}

/** The roll-up options read, with their defaults filled in. */
export interface RollupSettings {
  readonly strategy: RollupStrategy;
  /** What every unit is scored with (`missing` forced to `partial`). */
  readonly scoreOptions: ScoreOptions;
  readonly resolved: ResolvedScoreOptions;
  readonly display: Display;
  /** Undefined only together with an issue. */
  readonly targetIndex: Rational | undefined;
  readonly targetLevel: number;
  readonly spreadLimit: number;
  readonly ownerMode: 'mean' | 'lead';
  readonly minimumCoverage: Rational;
}

const ROLLUP_OPTION_KEYS = ['strategy', 'unitWeights', 'score', 'targets', 'name', 'spreadLimit', 'unitResults', 'responsibilities', 'ownerMode', 'minimumCoverage'];

function optionIssue(path: (string | number)[], expected: string, received: unknown): Issue {
  return analysisIssue('analysis.option_invalid', path, `Opsi "${path.join('.')}" tidak sah (diharapkan ${expected}).`, `Option "${path.join('.')}" is not valid (expected ${expected}).`, {
    expected,
    received,
  });
}

/**
 * Reads the roll-up options, pushing one issue per bad value. Undefined only when the options are
 * not an object; otherwise the settings come back with the defaults for the values that were bad,
 * so the units can still be checked and every issue reported at once.
 */
export function readRollupOptions(catalogue: Catalogue, options: RollupOptions, issues: Issue[]): RollupSettings | undefined {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    issues.push(optionIssue([], 'object', options));
    return undefined;
  }
  issues.push(...unknownOptionIssues(options, ROLLUP_OPTION_KEYS));
  // Options are own properties only: an inherited key is not an option.
  const option = <K extends keyof RollupOptions>(key: K) => ownValue(options, key) as RollupOptions[K];
  for (const key of ['score', 'targets', 'unitWeights'] as const) {
    const value = option(key);
    if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) issues.push(optionIssue([key], 'object', value));
  }
  const name = option('name');
  if (name !== undefined && typeof name !== 'string') issues.push(optionIssue(['name'], 'string', name));
  const unitResults = option('unitResults');
  if (unitResults !== undefined && typeof unitResults !== 'boolean') issues.push(optionIssue(['unitResults'], 'boolean', unitResults));
  const strategy = option('strategy') ?? 'mean';
  if (!ROLLUP_STRATEGIES.includes(strategy)) issues.push(optionIssue(['strategy'], ROLLUP_STRATEGIES.join(' | '), strategy));
  const score = option('score');
  const scoreOptions: ScoreOptions = { ...(typeof score === 'object' && score !== null ? score : {}), missing: 'partial' };
  const resolved = resolveScoreOptions(scoreOptions, issues);
  const display = { decimals: resolved.decimals, rounding: resolved.rounding };
  const targets = option('targets');
  const plainTargets = typeof targets === 'object' && targets !== null && !Array.isArray(targets);
  if (plainTargets) issues.push(...unknownOptionIssues(targets, ['index', 'level'], ['targets']));
  const target = (key: 'index' | 'level'): unknown => (plainTargets ? ownValue(targets, key) : undefined);
  const { range } = catalogue;
  // A target is a decimal within the catalogue's value range: anything else (1e21, 1e-7, NaN) is an issue.
  const readTarget = (key: 'index' | 'level', fallback: string | number): Rational | undefined => {
    const given = target(key);
    const value = readDecimal(given ?? fallback);
    const inside = value !== undefined && compare(value, rational(range.min)) >= 0 && compare(value, rational(range.max)) <= 0;
    if (!inside) issues.push(optionIssue(['targets', key], `decimal ${range.min}..${range.max}`, given));
    return inside ? value : undefined;
  };
  const targetIndex = readTarget('index', catalogue.targets?.index ?? '2.6');
  const givenLevel = target('level');
  const level = readTarget('level', catalogue.targets?.level ?? 3);
  if (givenLevel !== undefined && typeof givenLevel !== 'number' && level !== undefined) issues.push(optionIssue(['targets', 'level'], 'number', givenLevel));
  // A bad level target is an issue above, so the fallback 3 below is never used for a result.
  const targetLevel = level === undefined ? 3 : ((givenLevel ?? catalogue.targets?.level ?? 3) as number);
  const spreadLimit = option('spreadLimit') ?? 10;
  if (!Number.isInteger(spreadLimit) || spreadLimit < 0) issues.push(optionIssue(['spreadLimit'], 'integer ≥ 0', spreadLimit));
  const ownerMode = option('ownerMode') ?? 'mean';
  if (ownerMode !== 'mean' && ownerMode !== 'lead') issues.push(optionIssue(['ownerMode'], 'mean | lead', ownerMode));
  if (strategy === 'owner' && option('responsibilities') === undefined) {
    issues.push(
      analysisIssue('city.responsibilities_missing', ['responsibilities'], 'Strategi owner memerlukan data tanggung jawab (unit mana memiliki indikator mana).', 'The owner strategy needs responsibilities (which unit owns which indicators).'),
    );
  }
  const givenCoverage = option('minimumCoverage');
  const minimumCoverage = givenCoverage === undefined ? defaultMinimumCoverage(catalogue) : readDecimal(givenCoverage);
  if (minimumCoverage === undefined || compare(minimumCoverage, ZERO) < 0 || compare(minimumCoverage, ONE) > 0) issues.push(optionIssue(['minimumCoverage'], 'decimal 0..1', givenCoverage));
  return { strategy, scoreOptions, resolved, display, targetIndex, targetLevel, spreadLimit, ownerMode, minimumCoverage: minimumCoverage ?? ZERO };
}

/**
 * The default minimum coverage: one weight unit above the largest indicator's. Coverage is a
 * whole number of the catalogue's weight units over its total, so "at least this" is exactly
 * "more than any single indicator": one indicator alone is never enough to be ranked.
 */
export function defaultMinimumCoverage(catalogue: Catalogue): Rational {
  let largest = 0;
  for (const indicator of catalogue.indicators) if (indicator.units > largest) largest = indicator.units;
  // A catalogue of one indicator: covering it all is enough.
  return rational(Math.min(largest + 1, catalogue.totalUnits), catalogue.totalUnits);
}
