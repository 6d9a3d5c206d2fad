import { add, bigLcm, rational, toFractionString, ZERO, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { Issue } from '../../model/issue.js';
import type { IndicatorStatus, ScoreResult } from '../../model/result.js';
import { analysisIssue } from '../analysis-issues.js';
import type { Display } from '../exact-value.js';
import { readResult } from '../read-result.js';
import { budgetExceeded, PLAN_OPTION_LIMIT } from './limits.js';
import { readPlanOptions, type PlanOptions } from './plan-options.js';

/**
 * One indicator's choices. Its options are the levels it may end at: the current value itself
 * (`stay`), then the whole levels `low..cap`. A current value may be fractional (a roll-up's
 * consolidated 7/2, a Pemdi value of 1.26): its first raise goes to the next whole level, and
 * every other option is a whole level too.
 *
 * Gains and costs are integers held in doubles, exact because the model refuses anything that
 * could pass 2^53: `gains[j]` is the gain of option j in scaled units (weight units × the model's
 * `gainScale`), `costs[j]` its exact cost × the model's `costScale`. Both are non-decreasing in j.
 */
export interface PlanChoice {
  readonly position: number;
  /** The exact current level. */
  readonly current: Rational;
  /** Whether option 0 keeps the current level (false when a minimum forces a raise). */
  readonly stay: boolean;
  /** The lowest whole level an option raises to. */
  readonly low: number;
  /** The highest whole level an option raises to (below `low`: no raise is possible). */
  readonly cap: number;
  /** Σ current level × units × gainScale: this indicator's part of the current sum. */
  readonly base: number;
  readonly gains: Float64Array;
  readonly costs: Float64Array;
  /** Cost of the step from level l to l + 1 (a partial first step is paid whole). */
  readonly stepCost: (level: number) => Rational;
  /** Set when a minimum exceeds what the cap or a lock allows. */
  readonly conflict: boolean;
}

/** A complete result and the plan options as integer choices per indicator: what the solver reads. */
export interface PlanModel {
  readonly display: Display;
  /** The exact current level per position. */
  readonly current: readonly Rational[];
  readonly statuses: readonly IndicatorStatus[];
  /**
   * Gains are counted in weight units × gainScale: the least common denominator of the current
   * levels (1 when they are all whole), so every gain is an integer.
   */
  readonly gainScale: number;
  /** Σ current level × units × gainScale over the catalogue. */
  readonly base: number;
  /** totalUnits × gainScale: the scaled sum that is an index of 1. */
  readonly total: number;
  readonly choices: readonly PlanChoice[];
  /** Integer cost = exact cost × costScale (the common denominator of every cost). */
  readonly costScale: bigint;
}

/** The level option j of a choice ends at: the current value or a whole level. */
export function levelOf(choice: PlanChoice, option: number): Rational {
  if (choice.stay && option === 0) return choice.current;
  return rational(choice.low + option - (choice.stay ? 1 : 0));
}

/** The highest level a choice can end at. */
export function heldAt(choice: PlanChoice): Rational {
  return levelOf(choice, choice.gains.length - 1);
}

/** The least level each indicator must end at: its current level, or the minimum that forces a raise. */
export function minimumsOf(model: PlanModel): Rational[] {
  return model.choices.map((choice) => (choice.stay ? choice.current : rational(choice.low)));
}

/** Σ over the positions `from..to` of a per-choice scaled figure (`currentOf`, `bestOf`). */
export function sumOver(model: PlanModel, from: number, to: number, figure: (choice: PlanChoice) => number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += figure(model.choices[i] as PlanChoice);
  return sum;
}

/** A choice's part of the current scaled sum. */
export const currentOf = (choice: PlanChoice): number => choice.base;
/** A choice's part of the scaled sum at its highest option (the cap, or the lock). */
export const bestOf = (choice: PlanChoice): number => choice.base + (choice.gains[choice.gains.length - 1] as number);

/** A level as results write it: a number when whole, else the exact fraction ("7/2"). */
export function levelText(level: Rational): number | string {
  return level.den === 1n ? Number(level.num) : toFractionString(level);
}

/** The greatest whole number ≤ a non-negative value. */
function floorOf(value: Rational): number {
  return Number(value.num / value.den);
}

/** Exact cost of raising a choice from its current level to the whole level `to`. */
export function costTo(choice: PlanChoice, to: number): Rational {
  let cost = ZERO;
  for (let level = floorOf(choice.current); level < to; level++) cost = add(cost, choice.stepCost(level));
  return cost;
}

/**
 * Turns a complete result and the plan options into choices per indicator. Indicators counted at
 * the minimum because they are not applicable are locked: raising them means nothing.
 */
export function buildPlanModel(catalogue: Catalogue, result: ScoreResult, options: PlanOptions | undefined, issues: Issue[]): PlanModel | undefined {
  const read = readResult(catalogue, result, issues);
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
  // readResult has checked every level against its scale (allowZero included).
  const current = read.levels as Rational[];
  const settings = readPlanOptions(catalogue, options, issues);
  if (settings === undefined || issues.length > 0) return undefined;

  // Every scaled sum is at most scale maximum × totalUnits × gainScale: it must stay a safe integer.
  let gainScale = 1n;
  for (const level of current) gainScale = bigLcm(gainScale, level.den);
  const top = BigInt(catalogue.range.max) * BigInt(catalogue.totalUnits) * gainScale;
  if (top > BigInt(Number.MAX_SAFE_INTEGER)) {
    issues.push(
      gainScale === 1n
        ? analysisIssue(
            'plan.too_large',
            [],
            `Bobot katalog terlalu halus untuk direncanakan tepat (tingkat maksimum × total unit = ${top}, melebihi 2^53).`,
            `The catalogue's weights are too fine to plan exactly (maximum level × total units = ${top}, above 2^53).`,
          )
        : analysisIssue(
            'plan.levels_too_fine',
            ['indicators'],
            `Tingkat pecahan dalam hasil ini memiliki penyebut bersama ${gainScale}, terlalu halus untuk direncanakan tepat. Untuk hasil gabungan (rollup), rencanakan per unit (rencana kota), atau bulatkan tingkatnya ke bawah dan rencanakan dari sana.`,
            `The fractional levels of this result have a common denominator of ${gainScale}, too fine to plan exactly. For a roll-up's consolidated result, plan per unit (the city plan), or round the levels down and plan from there.`,
          ),
    );
    return undefined;
  }
  const scale = Number(gainScale);

  const shapes = catalogue.indicators.map((indicator, i) => {
    const level = current[i] as Rational;
    const setting = settings[i]!;
    const locked = setting.locked || read.statuses[i] === 'not-applicable-minimum';
    // The first whole level above the current value.
    const next = floorOf(level) + 1;
    const cap = locked ? next - 1 : setting.cap;
    // A minimum above the current value forces a raise to it (minimums are whole levels).
    const wanted = Math.min(setting.minimum, indicator.scale.max);
    const forced = BigInt(wanted) * level.den > level.num;
    const conflict = forced && wanted > cap;
    // Under a conflict the plan is unreachable; the one option left is the cap, as `best` reports.
    if (conflict) return cap < next ? { stay: true, low: next, cap, conflict } : { stay: false, low: cap, cap, conflict };
    return { stay: !forced, low: forced ? wanted : next, cap, conflict };
  });
  let optionCount = 0;
  for (const shape of shapes) optionCount += (shape.stay ? 1 : 0) + Math.max(0, shape.cap - shape.low + 1);
  if (optionCount > PLAN_OPTION_LIMIT) {
    issues.push(
      budgetExceeded(
        optionCount,
        PLAN_OPTION_LIMIT,
        { id: 'pilihan tingkat', en: 'level options' },
        { id: 'skala tingkat katalog terlalu lebar untuk jumlah indikatornya', en: "the catalogue's level scales are too wide for its number of indicators" },
      ),
    );
    return undefined;
  }

  const stepCostsOf = catalogue.indicators.map((indicator, i) => {
    const costs = settings[i]!.stepCosts;
    const min = indicator.scale.min;
    // Levels below the scale minimum (0 under allowZero) step up at the first step's cost.
    return (level: number): Rational => costs[Math.max(0, level - min)] as Rational;
  });
  let costScale = 1n;
  const seen = new Set<readonly Rational[]>();
  settings.forEach((setting) => {
    // Default costs are one shared array per scale length: read each array once.
    if (seen.has(setting.stepCosts)) return;
    seen.add(setting.stepCosts);
    for (const cost of setting.stepCosts) costScale = bigLcm(costScale, cost.den);
  });

  let base = 0;
  let maxTotal = 0n;
  const choices: PlanChoice[] = shapes.map((shape, i) => {
    const level = current[i] as Rational;
    const units = BigInt(catalogue.indicators[i]!.units);
    const scaledLevel = (level.num * gainScale) / level.den;
    const stepCost = stepCostsOf[i]!;
    const count = (shape.stay ? 1 : 0) + Math.max(0, shape.cap - shape.low + 1);
    const gains = new Float64Array(count);
    const costs = new Float64Array(count);
    // Exact cumulative cost from the current level, step by step: one addition per option.
    let cost = ZERO;
    let scaled = 0n;
    let reached = floorOf(level);
    for (let j = shape.stay ? 1 : 0, to = shape.low; j < count; j++, to++) {
      while (reached < to) cost = add(cost, stepCost(reached++));
      scaled = (cost.num * costScale) / cost.den;
      gains[j] = Number((BigInt(to) * gainScale - scaledLevel) * units);
      costs[j] = Number(scaled);
    }
    // Every cost is at most the last one, so the check below keeps them all exact.
    maxTotal += scaled;
    base += Number(scaledLevel * units);
    return { position: i, current: level, stay: shape.stay, low: shape.low, cap: shape.cap, base: Number(scaledLevel * units), gains, costs, stepCost, conflict: shape.conflict };
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
  const { decimals, rounding } = result.meta.options;
  return { display: { decimals, rounding }, current, statuses: read.statuses, gainScale: scale, base, total: catalogue.totalUnits * scale, choices, costScale };
}
