import { bigLcm, compare, rational, ZERO, type Rational } from '../arithmetic/rational.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Issue } from '../model/issue.js';
import type { ScoreResult } from '../model/result.js';
import { analysisIssue } from './analysis-issues.js';
import { readDecimal, type Display } from './exact-value.js';
import { readResultLevels } from './result-levels.js';

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

/** One indicator's choices: levels `floor..cap`, with gain (in weight units) and scaled cost. */
export interface PlanChoice {
  readonly position: number;
  readonly current: number;
  readonly floor: number;
  readonly cap: number;
  /** Exact cost of each step from `current` to `cap`: `stepCosts[k]` is `current + k → current + k + 1`. */
  readonly stepCosts: readonly Rational[];
  /** Per option `level = floor + j`: gain in weight units over `current`. */
  readonly gains: Int32Array;
  /** Per option: cost from `current`, as an integer (exact cost × `costScale`), held in a double. */
  readonly costs: Float64Array;
  /** Set when a minimum exceeds what the cap or a lock allows. */
  readonly conflict: boolean;
}

export interface PlanModel {
  readonly display: Display;
  readonly current: readonly number[];
  /** Σ current level × units over the catalogue. */
  readonly base: number;
  readonly choices: readonly PlanChoice[];
  /** Integer cost = exact cost × costScale (the common denominator of every cost). */
  readonly costScale: bigint;
}

const PLAN_OPTION_KEYS = ['defaultCost', 'costs', 'maxLevel', 'caps', 'locked', 'minimumLevel', 'minimums'];

function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function readStepCosts(spec: unknown, steps: number, path: (string | number)[], issues: Issue[]): Rational[] | undefined {
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
    // Stryker disable next-line MethodExpression: an undefined entry always comes with a plan.cost_invalid issue, and buildPlanModel returns undefined whenever there are issues, so the array returned then is never used
    return costs.every((cost) => cost !== undefined) ? (costs as Rational[]) : undefined;
  }
  const cost = one(spec, path);
  return cost === undefined ? undefined : Array.from({ length: steps }, () => cost);
}

function readLevelOption(value: unknown, path: (string | number)[], range: { min: number; max: number }, issues: Issue[]): number | undefined {
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

function checkIds(record: object | undefined, key: string, catalogue: Catalogue, issues: Issue[]): void {
  if (record === undefined) return;
  if (key !== 'locked' && (typeof record !== 'object' || record === null || Array.isArray(record))) {
    issues.push(analysisIssue('analysis.option_invalid', [key], `Opsi "${key}" harus berupa objek per id indikator.`, `The option "${key}" must be an object by indicator id.`, { received: record }));
    return;
  }
  const ids = Array.isArray(record) ? (record as unknown[]) : Object.keys(record);
  ids.forEach((id, k) => {
    if (typeof id !== 'string' || catalogue.lookup.indicators[id] === undefined) {
      issues.push(
        analysisIssue(
          'plan.unknown_indicator',
          Array.isArray(record) ? [key, k] : [key, String(id)],
          `Indikator "${String(id)}" tidak ada dalam katalog ${catalogue.id}.`,
          `Indicator "${String(id)}" is not in catalogue ${catalogue.id}.`,
          { received: id },
        ),
      );
    }
  });
}

/** Exact Σ of the first `n` step costs. */
function cumulative(costs: readonly Rational[], n: number): Rational {
  let num = 0n;
  let den = 1n;
  for (let k = 0; k < n; k++) {
    const cost = costs[k] as Rational;
    num = num * cost.den + cost.num * den;
    den *= cost.den;
  }
  return rational(num, den);
}

/**
 * Turns a complete result and the plan options into integer choices per indicator. Indicators
 * counted at the minimum because they are not applicable are locked: raising them means nothing.
 */
export function buildPlanModel(catalogue: Catalogue, result: ScoreResult, options: PlanOptions | undefined, issues: Issue[]): PlanModel | undefined {
  const read = readResultLevels(result, catalogue, issues);
  if (read === undefined) return undefined;
  if (read.statuses.some((status) => status === 'missing' || status === 'not-applicable')) {
    issues.push(
      analysisIssue(
        'analysis.result_incomplete',
        ['indicators'],
        'Perencanaan memerlukan hasil yang lengkap: setiap indikator harus memiliki tingkat.',
        'Planning needs a complete result: every indicator must have a level.',
      ),
    );
    return undefined;
  }
  if (read.levels.some((level) => level === null || level.den !== 1n)) {
    issues.push(analysisIssue('analysis.result_invalid', ['indicators'], 'Perencanaan memerlukan tingkat bulat.', 'Planning needs whole-number levels.'));
    return undefined;
  }
  const outside = catalogue.indicators.filter((indicator, i) => {
    const level = Number((read.levels[i] as Rational).num);
    return level > indicator.scale.max || (level < indicator.scale.min && !(level === 0 && result.meta.options.allowZero));
  });
  for (const indicator of outside) {
    issues.push(
      analysisIssue(
        'analysis.result_invalid',
        ['indicators', indicator.position, 'level'],
        `Tingkat indikator ${indicator.id} dalam hasil berada di luar skalanya: hasil telah diubah.`,
        `The level of indicator ${indicator.id} in the result is outside its scale: the result was edited.`,
      ),
    );
  }
  if (outside.length > 0) return undefined;
  const opts = (options === undefined ? {} : options) as PlanOptions;
  if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) {
    issues.push(analysisIssue('analysis.option_invalid', [], 'Opsi harus berupa objek.', 'The options must be an object.', { received: opts }));
    return undefined;
  }
  for (const key of Object.keys(opts)) {
    if (!PLAN_OPTION_KEYS.includes(key)) {
      issues.push(analysisIssue('analysis.option_invalid', [key], `Opsi "${key}" tidak dikenal (${PLAN_OPTION_KEYS.join(', ')}).`, `Unknown option "${key}" (${PLAN_OPTION_KEYS.join(', ')}).`, { received: key }));
    }
  }
  checkIds(opts.costs, 'costs', catalogue, issues);
  checkIds(opts.caps, 'caps', catalogue, issues);
  checkIds(opts.minimums, 'minimums', catalogue, issues);
  if (opts.locked !== undefined && !Array.isArray(opts.locked)) {
    issues.push(analysisIssue('analysis.option_invalid', ['locked'], '"locked" harus daftar id indikator.', '"locked" must be a list of indicator ids.', { received: opts.locked }));
  } else checkIds(opts.locked, 'locked', catalogue, issues);
  const locked = new Set(Array.isArray(opts.locked) ? opts.locked : []);
  const { range } = catalogue;
  const maxLevel = readLevelOption(opts.maxLevel, ['maxLevel'], range, issues);
  const minimumLevel = readLevelOption(opts.minimumLevel, ['minimumLevel'], range, issues);

  const defaults = new Map<number, Rational[] | undefined>();
  const current = read.levels.map((level) => Number((level as Rational).num));
  const choicesRaw = catalogue.indicators.map((indicator, i) => {
    const scale = indicator.scale;
    const level = current[i] as number;
    const cap0 = Math.min(scale.max, maxLevel ?? scale.max, readLevelOption(own(opts.caps, indicator.id), ['caps', indicator.id], scale, issues) ?? scale.max);
    const isLocked = locked.has(indicator.id) || read.statuses[i] === 'not-applicable-minimum';
    const cap = isLocked ? level : Math.max(level, cap0);
    const minimum = Math.max(minimumLevel ?? 0, readLevelOption(own(opts.minimums, indicator.id), ['minimums', indicator.id], scale, issues) ?? 0);
    const wanted = Math.max(level, Math.min(minimum, scale.max));
    const steps = scale.max - scale.min;
    const own_ = own(opts.costs, indicator.id);
    let all: Rational[] | undefined;
    if (own_ !== undefined) all = readStepCosts(own_, steps, ['costs', indicator.id], issues);
    else {
      // The default is read once per scale length, so a bad default is reported once.
      if (!defaults.has(steps)) defaults.set(steps, readStepCosts(opts.defaultCost ?? 1, steps, ['defaultCost'], issues));
      all = defaults.get(steps);
    }
    // Levels below the scale minimum (0 under allowZero) step up at the first step's cost.
    // Stryker disable next-line ArrayDeclaration: `all` is undefined only after a plan.cost_invalid issue, and the model is then discarded (issues.length > 0 below)
    const stepCosts = all === undefined ? [] : Array.from({ length: scale.max - level }, (_, k) => all[Math.max(0, level + k - scale.min)] as Rational);
    return { position: i, current: level, floor: Math.min(wanted, cap), cap, stepCosts, conflict: wanted > cap, units: indicator.units };
  });
  if (issues.length > 0) return undefined;

  let costScale = 1n;
  for (const choice of choicesRaw) for (const cost of choice.stepCosts) costScale = bigLcm(costScale, cost.den);
  let maxTotal = 0n;
  const choices: PlanChoice[] = choicesRaw.map((choice) => {
    const count = choice.cap - choice.floor + 1;
    const gains = new Int32Array(count);
    const costs = new Float64Array(count);
    for (let j = 0; j < count; j++) {
      const steps = choice.floor + j - choice.current;
      gains[j] = steps * choice.units;
      const exact = cumulative(choice.stepCosts, steps);
      const scaled = (exact.num * costScale) / exact.den;
      costs[j] = Number(scaled);
      if (j === count - 1) maxTotal += scaled;
    }
    return { position: choice.position, current: choice.current, floor: choice.floor, cap: choice.cap, stepCosts: choice.stepCosts, gains, costs, conflict: choice.conflict };
  });
  if (maxTotal > BigInt(Number.MAX_SAFE_INTEGER)) {
    issues.push(
      analysisIssue(
        'plan.costs_too_large',
        ['costs'],
        'Biaya terlalu besar atau terlalu banyak desimal untuk dihitung tepat.',
        'The costs are too large or have too many decimals to be summed exactly.',
      ),
    );
    return undefined;
  }
  let base = 0;
  catalogue.indicators.forEach((indicator, i) => (base += (current[i] as number) * indicator.units));
  const { decimals, rounding } = result.meta.options;
  return { display: { decimals, rounding }, current, base, choices, costScale };
}
