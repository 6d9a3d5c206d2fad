import { bigLcm, rational, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { Issue } from '../../model/issue.js';
import type { ScoreResult } from '../../model/result.js';
import { analysisIssue } from '../analysis-issues.js';
import type { Display } from '../exact-value.js';
import { readResultLevels } from '../result-levels.js';
import { readPlanOptions, type PlanOptions } from './plan-options.js';

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

/** A complete result and the plan options as integer choices per indicator: what the solver reads. */
export interface PlanModel {
  readonly display: Display;
  readonly current: readonly number[];
  /** Σ current level × units over the catalogue. */
  readonly base: number;
  readonly choices: readonly PlanChoice[];
  /** Integer cost = exact cost × costScale (the common denominator of every cost). */
  readonly costScale: bigint;
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
  const settings = readPlanOptions(catalogue, options, issues);
  if (settings === undefined || issues.length > 0) return undefined;

  const current = read.levels.map((level) => Number((level as Rational).num));
  const choicesRaw = catalogue.indicators.map((indicator, i) => {
    const scale = indicator.scale;
    const level = current[i] as number;
    const setting = settings[i]!;
    const isLocked = setting.locked || read.statuses[i] === 'not-applicable-minimum';
    const cap = isLocked ? level : Math.max(level, setting.cap);
    const wanted = Math.max(level, Math.min(setting.minimum, scale.max));
    // Levels below the scale minimum (0 under allowZero) step up at the first step's cost.
    const stepCosts = Array.from({ length: scale.max - level }, (_, k) => setting.stepCosts[Math.max(0, level + k - scale.min)] as Rational);
    return { position: i, current: level, floor: Math.min(wanted, cap), cap, stepCosts, conflict: wanted > cap, units: indicator.units };
  });

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
