import { formatExactDecimal } from '../../arithmetic/decimal-string.js';
import { rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import { capped, ownValue, SpbeError, type Issue, type SafeResult } from '../../model/issue.js';
import type { PredicateRef, ScoreResult } from '../../model/result.js';
import { predicateOf, predicateRef } from '../../scoring/predicate.js';
import { analysisIssue } from '../analysis-issues.js';
import { exactValue, type ExactValue } from '../exact-value.js';
import { checkBudgets } from './budgets.js';
import { safePlanCall } from './call-forms.js';
import { constraintTree, needOf } from './constraint-tree.js';
import { FRONTIER_OUTPUT_LIMIT, outputTooLarge, PLAN_WORK_LIMIT, workTooLarge } from './limits.js';
import type { PlanOptions } from './plan-options.js';
import { bestOf, buildPlanModel, currentOf, minimumsOf, sumOver } from './plan-model.js';
import { raisesOf, type PlanRaise } from './raises.js';
import { solveNode } from './solver.js';
import { resolveTarget } from './target.js';
import { valuesOfLevels, verifyPlan } from './verify-plan.js';

/**
 * Options of `frontier`: those of `plan`, plus group minimums every point must meet.
 *
 * @example
 * ```ts
 * frontier(permenpanrb592020, result, { defaultCost: [1, 1, 2, 4], groups: { D3: '2.6' } });
 * ```
 * @category Analysis
 */
export interface FrontierOptions extends PlanOptions {
  /** Minimum value per group id that every point of the frontier must reach: `{ D3: "2.6" }`. */
  readonly groups?: Readonly<Record<string, string | number>>;
}

/**
 * One point of the cost–index frontier.
 *
 * @example
 * ```ts
 * frontier(permenpanrb592020, result).points[1]; // { cost: '1', index: { value: '2.98', predicate: { id: 'baik', ... } }, raises: [...] }
 * ```
 * @category Analysis
 */
export interface FrontierPoint<P extends string = string> {
  /** Exact least cost of reaching `index`, as a decimal string. */
  readonly cost: string;
  /** The highest index this cost can buy (exact, display, predikat from the exact value). */
  readonly index: ExactValue & { readonly predicate: PredicateRef<P> };
  /** The raises of one cheapest way to get there. */
  readonly raises: readonly PlanRaise[];
}

/**
 * What `frontier` returns.
 *
 * @example
 * ```ts
 * const { feasible, points } = frontier(permenpanrb592020, result, { minimumLevel: 2 });
 * ```
 * @category Analysis
 */
export interface Frontier<P extends string = string> {
  /** False when the minimums cannot be met under the caps and locks (then `points` is empty). */
  readonly feasible: boolean;
  /** Pareto-optimal points, cost and index both strictly increasing. */
  readonly points: readonly FrontierPoint<P>[];
  /** Why there is no frontier (empty when feasible). */
  readonly reasons: readonly Issue[];
}

/**
 * The Pareto frontier of cost against index, returning issues instead of throwing. See
 * {@link frontier}.
 *
 * @example
 * ```ts
 * const outcome = safeFrontier(permenpanrb592020, result, { defaultCost: [1, 1, 2, 3] });
 * if (outcome.success) console.log(outcome.output.points.length);
 * ```
 * @category Analysis
 */
export function safeFrontier<P extends string>(catalogue: Catalogue<P>, result: ScoreResult<P>, options?: FrontierOptions): SafeResult<Frontier<P>>;
/**
 * The 0.1 form: the result first, the catalogue found by the checksum the result records.
 *
 * @deprecated Pass the catalogue first: `safeFrontier(catalogue, result, options)`. This form goes
 * in 0.3.
 * @category Analysis
 */
export function safeFrontier<P extends string>(result: ScoreResult<P>, options?: FrontierOptions): SafeResult<Frontier<P>>;
/**
 * The 0.1 form with the catalogue second.
 *
 * @deprecated Pass the catalogue first: `safeFrontier(catalogue, result, options)`. This form goes
 * in 0.3.
 * @category Analysis
 */
export function safeFrontier<P extends string>(result: ScoreResult<P>, catalogue: Catalogue<P>, options?: FrontierOptions): SafeResult<Frontier<P>>;
export function safeFrontier<P extends string>(...args: unknown[]): SafeResult<Frontier<P>> {
  const call = safePlanCall<P>(args);
  if (!call.success) return call;
  return capped(frontierWith(call.output.catalogue, call.output.result, call.output.rest[0] as FrontierOptions | undefined));
}

function frontierWith<P extends string>(catalogue: Catalogue<P>, result: ScoreResult<P>, options: FrontierOptions | undefined): SafeResult<Frontier<P>> {
  const issues: Issue[] = [];
  // `groups` is frontier's own option; the rest are plan's (own properties only, as everywhere).
  const plain = typeof options === 'object' && options !== null && !Array.isArray(options);
  const groups = plain ? (ownValue(options, 'groups') as FrontierOptions['groups']) : undefined;
  const planOptions = plain ? (Object.fromEntries(Object.entries(options).filter(([key]) => key !== 'groups')) as PlanOptions) : options;
  const resolved = resolveTarget(catalogue, groups === undefined ? {} : { groups }, issues);
  const model = buildPlanModel(catalogue, result, planOptions, issues);
  if (resolved === undefined || model === undefined) return { success: false, issues };

  const reasons: Issue[] = [];
  const groupNeeds = new Map<number, number>();
  for (const [position, value] of resolved.groups) {
    const group = catalogue.groups[position]!;
    const current = sumOver(model, group.from, group.to, currentOf);
    const best = sumOver(model, group.from, group.to, bestOf);
    const need = needOf(value, group.units * model.gainScale, current);
    groupNeeds.set(position, need);
    if (best - current < need) {
      reasons.push(
        analysisIssue('plan.group_unreachable', ['groups', group.id], `${group.id} tidak dapat mencapai minimum yang diminta.`, `${group.id} cannot reach the required minimum.`),
      );
    }
  }
  model.choices.forEach((choice, i) => {
    if (choice.conflict) {
      const id = catalogue.indicators[i]!.id;
      reasons.push(
        analysisIssue('plan.minimum_unreachable', ['minimums', id], `Indikator ${id} tidak dapat mencapai tingkat minimumnya.`, `Indicator ${id} cannot reach its minimum level.`),
      );
    }
  });
  if (reasons.length > 0) return { success: true, output: { feasible: false, points: [], reasons } };

  let maxGain = 0;
  let maxCost = 0;
  let raisable = 0;
  for (const choice of model.choices) {
    maxGain += choice.gains[choice.gains.length - 1] as number;
    maxCost += choice.costs[choice.costs.length - 1] as number;
    if (choice.gains.length > 1 || !choice.stay) raisable++;
  }
  const tree = constraintTree(catalogue, 0, groupNeeds);
  const refused = checkBudgets(tree, model, Math.max(maxGain, ...groupNeeds.values()), maxGain);
  if (refused !== undefined) return { success: false, issues: [refused] };
  // Points have strictly increasing gains and integer scaled costs: at most min(gain, cost) + 1.
  const rows = (Math.min(maxGain, maxCost) + 1) * raisable;
  if (rows > FRONTIER_OUTPUT_LIMIT) return { success: false, issues: [outputTooLarge(rows)] };
  const solved = solveNode(tree, model.choices, maxGain, { left: PLAN_WORK_LIMIT });
  if (solved === undefined) return { success: false, issues: [workTooLarge(PLAN_WORK_LIMIT + 1)] };
  const { curve } = solved;
  const minimums = minimumsOf(model);
  const points: FrontierPoint<P>[] = [];
  for (let x = 0; x <= maxGain; x++) {
    const cost = curve[x] as number;
    if (cost === Infinity) break;
    if (x < maxGain && cost === curve[x + 1]) continue;
    const picks = new Int32Array(model.choices.length);
    solved.backtrack(x, picks);
    const { raises, total, levels } = raisesOf(catalogue, model, picks);
    const index = rational(model.base + x, model.total);
    // Each point is scored again by the kernel, apart from the solver's arithmetic, and checked.
    const unmet = verifyPlan(catalogue, valuesOfLevels(catalogue, levels), levels, { atLeast: null, exactly: index, groups: resolved.groups, minimums });
    if (unmet.length > 0) return { success: false, issues: unmet };
    points.push({
      cost: formatExactDecimal(total),
      index: { ...exactValue(index, model.display), predicate: predicateRef(predicateOf(catalogue, index.num, index.den)) },
      raises,
    });
  }
  return { success: true, output: { feasible: true, points, reasons: [] } };
}

/**
 * The Pareto frontier of cost against index: for every index a plan can reach, the least cost,
 * keeping only the points where more money buys a higher index. Uses the same exact solver,
 * costs, caps, locks and minimums as {@link plan}; every point is scored again and checked. The
 * catalogue must be the one the result was computed with (checked by checksum). Throws a
 * {@link SpbeError} on bad input, and refuses (`plan.too_large`) a frontier whose points would
 * list more than a million raises in all.
 *
 * @example
 * ```ts
 * const { points } = frontier(permenpanrb592020, result, { minimumLevel: 2 });
 * for (const point of points) console.log(point.cost, point.index.value, point.index.predicate.id);
 * ```
 * @category Analysis
 */
export function frontier<P extends string>(catalogue: Catalogue<P>, result: ScoreResult<P>, options?: FrontierOptions): Frontier<P>;
/**
 * The 0.1 form: the result first, the catalogue found by the checksum the result records.
 *
 * @deprecated Pass the catalogue first: `frontier(catalogue, result, options)`. This form goes in
 * 0.3.
 * @category Analysis
 */
export function frontier<P extends string>(result: ScoreResult<P>, options?: FrontierOptions): Frontier<P>;
/**
 * The 0.1 form with the catalogue second.
 *
 * @deprecated Pass the catalogue first: `frontier(catalogue, result, options)`. This form goes in
 * 0.3.
 * @category Analysis
 */
export function frontier<P extends string>(result: ScoreResult<P>, catalogue: Catalogue<P>, options?: FrontierOptions): Frontier<P>;
export function frontier<P extends string>(...args: unknown[]): Frontier<P> {
  const outcome = (safeFrontier as (...all: unknown[]) => SafeResult<Frontier<P>>)(...args);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
