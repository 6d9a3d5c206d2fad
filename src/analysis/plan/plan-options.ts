import { compare, ZERO, type Rational } from '../../arithmetic/rational.js';
import { findIndicator } from '../../catalogue/find-indicator.js';
import type { Catalogue } from '../../model/catalogue.js';
import { ownValue, unknownOptionIssues, type Issue } from '../../model/issue.js';
import { analysisIssue } from '../analysis-issues.js';
import { readDecimal } from '../exact-value.js';

/**
 * A cost: a non-negative number, as a JSON number or a decimal string ("2.5"). Costs are exact:
 * they are read as decimals, never summed in binary floating point.
 *
 * @example
 * ```ts
 * const costs: Record<string, Cost> = { '12': 2, '13': '2.5' };
 * ```
 * @category Analysis
 */
export type Cost = number | string;

/**
 * The cost of raising one indicator: one cost for every step, or one cost per step starting at
 * the scale minimum (`[1→2, 2→3, 3→4, 4→5]` on a 1–5 scale).
 *
 * @example
 * ```ts
 * const steps: StepCosts = [1, 1, 2, 4]; // 1→2, 2→3, 3→4, 4→5 on a 1–5 scale
 * ```
 * @category Analysis
 */
export type StepCosts = Cost | readonly Cost[];

/**
 * Options of `plan` and `frontier`. Plain JSON, so a costs file can hold them.
 *
 * @example
 * ```ts
 * const options: PlanOptions = {
 *   defaultCost: [1, 1, 2, 4],        // 1→2 and 2→3 cheap, 4→5 expensive
 *   costs: { '12': '2.5' },           // every step of indicator 12 costs 2.5
 *   caps: { '33': 3 },                // indicator 33 cannot pass level 3 this year
 *   locked: ['45'],                   // indicator 45 stays where it is
 *   minimumLevel: 3,                  // every indicator must reach 3 anyway
 * };
 * ```
 * @category Analysis
 */
export interface PlanOptions {
  /** Cost of each step when `costs` says nothing for an indicator; default 1 per step. */
  readonly defaultCost?: StepCosts;
  /** Costs per indicator id. */
  readonly costs?: Readonly<Record<string, StepCosts>>;
  /** Highest level any indicator may reach (default: its scale maximum). */
  readonly maxLevel?: number;
  /** Highest level per indicator id. */
  readonly caps?: Readonly<Record<string, number>>;
  /** Indicators that must keep their level. */
  readonly locked?: readonly string[];
  /** Level every indicator must reach anyway (raised at its cost even if the target needs less). */
  readonly minimumLevel?: number;
  /** Level per indicator id that must be reached anyway. */
  readonly minimums?: Readonly<Record<string, number>>;
}

/** What the options say about one indicator, by catalogue position. */
export interface IndicatorSettings {
  /** Highest level the options allow (the scale maximum when they say nothing). */
  readonly cap: number;
  /** Whether the options lock the indicator at its level. */
  readonly locked: boolean;
  /** Level the options require anyway (0 when none). */
  readonly minimum: number;
  /** Exact cost of every step of the scale, from the scale minimum up. */
  readonly stepCosts: readonly Rational[];
}

/** The keys of `PlanOptions`; `frontier` adds `groups`. */
export const PLAN_OPTION_KEYS: readonly string[] = ['defaultCost', 'costs', 'maxLevel', 'caps', 'locked', 'minimumLevel', 'minimums'];

export function readStepCosts(spec: unknown, steps: number, path: (string | number)[], issues: Issue[]): Rational[] | undefined {
  const bad = (at: (string | number)[], received: unknown): undefined => {
    issues.push(
      analysisIssue(
        'plan.cost_invalid',
        at,
        'Biaya harus bilangan tidak negatif (angka atau teks desimal), satu nilai atau satu per langkah tingkat.',
        'A cost must be a non-negative number (a number or a decimal string): one value, or one per level step.',
        { expected: `cost | cost[${steps}]`, received },
      ),
    );
    return undefined;
  };
  const one = (value: unknown, at: (string | number)[]): Rational | undefined => {
    const cost = readDecimal(value);
    return cost === undefined || compare(cost, ZERO) < 0 ? bad(at, value) : cost;
  };
  if (Array.isArray(spec)) {
    if (spec.length !== steps) return bad(path, spec);
    const costs = spec.map((value, k) => one(value, [...path, k]));
    // Stryker disable next-line MethodExpression: an undefined entry always comes with a plan.cost_invalid issue, and readPlanOptions returns undefined whenever there are issues, so the array returned then is never used
    return costs.every((cost) => cost !== undefined) ? (costs as Rational[]) : undefined;
  }
  const cost = one(spec, path);
  return cost === undefined ? undefined : Array.from({ length: steps }, () => cost);
}

export function readLevelOption(value: unknown, path: (string | number)[], range: { min: number; max: number }, issues: Issue[]): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max) return value;
  issues.push(
    analysisIssue(
      'plan.level_invalid',
      path,
      `Tingkat harus bilangan bulat ${range.min}–${range.max}.`,
      `A level must be a whole number ${range.min}–${range.max}.`,
      { expected: `${range.min}..${range.max}`, received: value },
    ),
  );
  return undefined;
}

/**
 * A per-indicator option (`costs`, `caps`, `minimums`: an object; `locked`: a list) by catalogue
 * position. Indicators may be named by id or by code ("I5", "3.1"); an unknown name and two names
 * for one indicator are issues.
 */
export function byPosition(record: unknown, key: string, catalogue: Catalogue, issues: Issue[]): Map<number, unknown> {
  const found = new Map<number, unknown>();
  if (record === undefined) return found;
  if (key !== 'locked' && (typeof record !== 'object' || record === null || Array.isArray(record))) {
    issues.push(analysisIssue('analysis.option_invalid', [key], `Opsi "${key}" harus berupa objek per id indikator.`, `The option "${key}" must be an object by indicator id.`, { received: record }));
    return found;
  }
  const entries: [unknown, unknown, string | number][] = Array.isArray(record)
    ? record.map((name, k) => [name, true, k])
    : Object.keys(record as object).map((name) => [name, (record as Record<string, unknown>)[name], name]);
  const names = new Map<number, string>();
  for (const [name, value, at] of entries) {
    const position = typeof name === 'string' ? findIndicator(catalogue, name) : undefined;
    if (position === undefined) {
      issues.push(
        analysisIssue(
          'plan.unknown_indicator',
          [key, at],
          `Indikator "${String(name)}" tidak ada dalam katalog ${catalogue.id}.`,
          `Indicator "${String(name)}" is not in catalogue ${catalogue.id}.`,
          { received: name },
        ),
      );
      continue;
    }
    const earlier = names.get(position);
    if (earlier !== undefined) {
      const id = (catalogue.indicators[position] as { id: string }).id;
      issues.push(
        analysisIssue('analysis.option_invalid', [key, at], `"${String(name)}" dan "${earlier}" sama-sama indikator ${id}.`, `"${String(name)}" and "${earlier}" both name indicator ${id}.`, {
          received: name,
        }),
      );
      continue;
    }
    names.set(position, name as string);
    found.set(position, value);
  }
  return found;
}

/**
 * The options with every per-indicator key written as the indicator's id, for merging two sets
 * of options (a city's and a unit's) that may name one indicator differently. Names that do not
 * resolve are kept as they are, for the reader to report.
 */
export function withIndicatorIds(catalogue: Catalogue, options: PlanOptions): PlanOptions {
  const idOf = (name: string): string => {
    const position = findIndicator(catalogue, name);
    return position === undefined ? name : (catalogue.indicators[position] as { id: string }).id;
  };
  const record = (value: unknown): unknown =>
    typeof value !== 'object' || value === null || Array.isArray(value) ? value : Object.fromEntries(Object.entries(value).map(([name, v]) => [idOf(name), v]));
  const renamed: Record<string, unknown> = { ...options };
  for (const key of ['costs', 'caps', 'minimums'] as const) if (options[key] !== undefined) renamed[key] = record(options[key]);
  if (Array.isArray(options.locked)) renamed['locked'] = options.locked.map((name: unknown) => (typeof name === 'string' ? idOf(name) : name));
  return renamed as PlanOptions;
}

/**
 * Reads the options of `plan` and `frontier` into settings per indicator, with one issue per bad
 * value (undefined when there is any).
 */
export function readPlanOptions(catalogue: Catalogue, options: PlanOptions | undefined, issues: Issue[], known: readonly string[] = PLAN_OPTION_KEYS): IndicatorSettings[] | undefined {
  const opts = (options === undefined ? {} : options) as PlanOptions;
  if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) {
    issues.push(analysisIssue('analysis.option_invalid', [], 'Opsi harus berupa objek.', 'The options must be an object.', { received: opts }));
    return undefined;
  }
  const before = issues.length;
  issues.push(...unknownOptionIssues(opts, known));
  // Options are own properties only: an inherited key is not an option.
  const option = (key: keyof PlanOptions) => ownValue(opts, key) as never;
  const costs: PlanOptions['costs'] = option('costs');
  const caps: PlanOptions['caps'] = option('caps');
  const minimums: PlanOptions['minimums'] = option('minimums');
  const lockedIds: unknown = option('locked');
  const costsAt = byPosition(costs, 'costs', catalogue, issues);
  const capsAt = byPosition(caps, 'caps', catalogue, issues);
  const minimumsAt = byPosition(minimums, 'minimums', catalogue, issues);
  if (lockedIds !== undefined && !Array.isArray(lockedIds)) {
    issues.push(analysisIssue('analysis.option_invalid', ['locked'], '"locked" harus daftar id indikator.', '"locked" must be a list of indicator ids.', { received: lockedIds }));
  }
  const locked = byPosition(Array.isArray(lockedIds) ? lockedIds : undefined, 'locked', catalogue, issues);
  const { range } = catalogue;
  const maxLevel = readLevelOption(option('maxLevel'), ['maxLevel'], range, issues);
  const minimumLevel = readLevelOption(option('minimumLevel'), ['minimumLevel'], range, issues);
  const defaultCost: unknown = option('defaultCost');

  const defaults = new Map<number, Rational[] | undefined>();
  const settings = catalogue.indicators.map((indicator): IndicatorSettings => {
    const scale = indicator.scale;
    const cap = Math.min(scale.max, maxLevel ?? scale.max, readLevelOption(capsAt.get(indicator.position), ['caps', indicator.id], scale, issues) ?? scale.max);
    const minimum = Math.max(minimumLevel ?? 0, readLevelOption(minimumsAt.get(indicator.position), ['minimums', indicator.id], scale, issues) ?? 0);
    const steps = scale.max - scale.min;
    const given = costsAt.get(indicator.position);
    let stepCosts: Rational[] | undefined;
    if (given !== undefined) stepCosts = readStepCosts(given, steps, ['costs', indicator.id], issues);
    else {
      // The default is read once per scale length, so a bad default is reported once.
      if (!defaults.has(steps)) defaults.set(steps, readStepCosts(defaultCost ?? 1, steps, ['defaultCost'], issues));
      stepCosts = defaults.get(steps);
    }
    // Stryker disable next-line ArrayDeclaration: stepCosts is undefined only after a plan.cost_invalid issue, and the settings are then discarded
    return { cap, locked: locked.has(indicator.position), minimum, stepCosts: stepCosts ?? [] };
  });
  return issues.length === before ? settings : undefined;
}
