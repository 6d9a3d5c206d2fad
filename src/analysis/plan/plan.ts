import { formatExactDecimal } from '../../arithmetic/decimal-string.js';
import { rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import { SpbeError, type Issue, type SafeResult } from '../../model/issue.js';
import type { ScoreResult } from '../../model/result.js';
import { analysisIssue } from '../analysis-issues.js';
import { exactValue, type ExactValue } from '../exact-value.js';
import { checkBudgets } from './budgets.js';
import { planCall } from './call-forms.js';
import { constraintTree, needOf } from './constraint-tree.js';
import { PLAN_WORK_LIMIT, workTooLarge } from './limits.js';
import type { PlanOptions } from './plan-options.js';
import { bestOf, buildPlanModel, currentOf, heldAt, levelText, minimumsOf, sumOver } from './plan-model.js';
import { raisesOf, type PlanRaise } from './raises.js';
import { rescore } from './rescore.js';
import { solveNode } from './solver.js';
import { resolveTarget, type CatalogueTarget, type PlanTarget } from './target.js';
import { valuesOfResult, verifyPlan } from './verify-plan.js';
import { groupUnreachable, indexUnreachable } from './unreachable.js';

/**
 * What `plan` returns.
 *
 * @example
 * ```ts
 * const cheapest: PlanResult = plan(permenpanrb592020, result, { predicate: 'sangat-baik' });
 * if (!cheapest.reachable) console.log(cheapest.best.index.value, cheapest.reasons);
 * ```
 * @category Analysis
 */
export interface PlanResult<P extends string = string> {
  /** Whether the target can be reached under the caps, locks and minimums. */
  readonly reachable: boolean;
  /** The minimums the plan had to reach: index and per group id (null / empty when not asked). */
  readonly target: { readonly index: ExactValue | null; readonly groups: Readonly<Record<string, ExactValue>> };
  /** The raises of a cheapest plan, in catalogue order (empty when unreachable). */
  readonly raises: readonly PlanRaise[];
  /** Exact total cost as a decimal string; null when unreachable. */
  readonly totalCost: string | null;
  /** The full score result of the planned levels; null when unreachable. */
  readonly result: ScoreResult<P> | null;
  /**
   * The highest values reachable under the caps and locks (every indicator at its cap): the
   * index and every group named in the target. Always given; most useful when unreachable.
   */
  readonly best: { readonly index: ExactValue; readonly groups: Readonly<Record<string, ExactValue>> };
  /** Why the target cannot be reached (empty when reachable). */
  readonly reasons: readonly Issue[];
}

/**
 * Finds the cheapest set of level raises that reaches a target, and returns every issue instead
 * of throwing. See {@link plan}.
 *
 * @example
 * ```ts
 * const outcome = safePlan(permenpanrb592020, result, { index: '3.5' }, costsFromFile);
 * if (!outcome.success) console.error(outcome.issues);
 * ```
 * @category Analysis
 */
export function safePlan<P extends string>(catalogue: Catalogue<P>, result: ScoreResult<P>, target: CatalogueTarget<P>, options?: PlanOptions): SafeResult<PlanResult<P>>;
/**
 * The 0.1 form: the result first, the catalogue found by the checksum the result records.
 *
 * @deprecated Pass the catalogue first: `safePlan(catalogue, result, target, options)`. This form
 * goes in 0.3.
 * @category Analysis
 */
export function safePlan<P extends string>(result: ScoreResult<P>, target: CatalogueTarget<P>, options?: PlanOptions): SafeResult<PlanResult<P>>;
/**
 * The 0.1 form with the catalogue second.
 *
 * @deprecated Pass the catalogue first: `safePlan(catalogue, result, target, options)`. This form
 * goes in 0.3.
 * @category Analysis
 */
export function safePlan<P extends string>(result: ScoreResult<P>, catalogue: Catalogue<P>, target: CatalogueTarget<P>, options?: PlanOptions): SafeResult<PlanResult<P>>;
export function safePlan<P extends string>(...args: unknown[]): SafeResult<PlanResult<P>> {
  const call = planCall<P>(args);
  if (!call.success) return call;
  const [target, options] = call.output.rest;
  return planWith(call.output.catalogue, call.output.result, target as PlanTarget, options as PlanOptions | undefined);
}

function planWith<P extends string>(catalogue: Catalogue<P>, result: ScoreResult<P>, target: PlanTarget, options: PlanOptions | undefined): SafeResult<PlanResult<P>> {
  const issues: Issue[] = [];
  const resolved = resolveTarget(catalogue, target, issues);
  const model = buildPlanModel(catalogue, result, options, issues);
  if (resolved === undefined || model === undefined) return { success: false, issues };
  const { display, gainScale } = model;
  const reasons: Issue[] = [];
  const targetGroups: Record<string, ExactValue> = {};
  const bestGroups: Record<string, ExactValue> = {};
  const groupNeeds = new Map<number, number>();
  for (const [position, value] of resolved.groups) {
    const group = catalogue.groups[position]!;
    const current = sumOver(model, group.from, group.to, currentOf);
    const best = sumOver(model, group.from, group.to, bestOf);
    const need = needOf(value, group.units * gainScale, current);
    targetGroups[group.id] = exactValue(value, display);
    bestGroups[group.id] = exactValue(rational(best, group.units * gainScale), display);
    groupNeeds.set(position, need);
    if (best - current < need) {
      reasons.push(
        groupUnreachable(group.id, rational(best, group.units * gainScale), value, display),
      );
    }
  }
  const maxSum = sumOver(model, 0, model.choices.length, bestOf);
  const bestIndex = exactValue(rational(maxSum, model.total), display);
  const rootNeed = resolved.index === null ? 0 : needOf(resolved.index, model.total, model.base);
  if (resolved.index !== null && maxSum - model.base < rootNeed) {
    reasons.push(
indexUnreachable(rational(maxSum, model.total), resolved.index, display),
    );
  }
  model.choices.forEach((choice, i) => {
    if (!choice.conflict) return;
    const id = catalogue.indicators[i]!.id;
    const held = levelText(heldAt(choice));
    reasons.push(
      analysisIssue(
        'plan.minimum_unreachable',
        ['options', 'minimums', id],
        `Indikator ${id} harus mencapai tingkat minimum, tetapi dibatasi pada ${held} (batas atau kunci).`,
        `Indicator ${id} must reach its minimum level but is held at ${held} (cap or lock).`,
      ),
    );
  });
  const base = {
    target: { index: resolved.index === null ? null : exactValue(resolved.index, display), groups: targetGroups },
    best: { index: bestIndex, groups: bestGroups },
  };
  if (reasons.length > 0) {
    return { success: true, output: { reachable: false, ...base, raises: [], totalCost: null, result: null, reasons } };
  }
  const tree = constraintTree(catalogue, rootNeed, groupNeeds);
  const refused = checkBudgets(tree, model, Math.max(rootNeed, ...groupNeeds.values()), rootNeed);
  if (refused !== undefined) return { success: false, issues: [refused] };
  const solved = solveNode(tree, model.choices, rootNeed, { left: PLAN_WORK_LIMIT });
  if (solved === undefined) return { success: false, issues: [workTooLarge(PLAN_WORK_LIMIT + 1)] };
  const picks = new Int32Array(model.choices.length);
  solved.backtrack(0, picks);
  const { raises, total, levels } = raisesOf(catalogue, model, picks);
  // readResult checks that a result follows from its inputs, not that scoring accepts them: an
  // edited result with a recomputed fingerprint can carry metadata that does not validate or
  // an "na" its options forbid, and only then does re-scoring fail.
  const rescored = rescore(catalogue, result, levels, model.statuses);
  if (!rescored.success) return rescored;
  const unmet = verifyPlan(catalogue, valuesOfResult(catalogue, rescored.output), levels, { atLeast: resolved.index, exactly: null, groups: resolved.groups, minimums: minimumsOf(model) });
  if (unmet.length > 0) return { success: false, issues: unmet };
  return {
    success: true,
    output: { reachable: true, ...base, raises, totalCost: formatExactDecimal(total), result: rescored.output, reasons: [] },
  };
}

/**
 * The cheapest set of level raises that reaches a target: an index, a predikat, minimums per
 * group, or all of these at once. Exact and optimal (dynamic programming over the integer
 * weights, not a greedy heuristic). Costs default to 1 per level step; `options` give costs
 * per indicator and per step, caps, locks and minimum levels. The returned `result` is the full
 * score of the planned levels, checked against the target before it is returned. The catalogue
 * must be the one the result was computed with (checked by checksum). A result with fractional
 * levels (a roll-up's consolidated result) is planned from its exact values: the first raise of
 * a fractional level goes to the next whole level and pays that step whole. Throws a
 * {@link SpbeError} on bad input; an unreachable target is not an error (`reachable: false`,
 * with `best` and `reasons`).
 *
 * @example
 * ```ts
 * const result = score(permenpanrb592020, assessment);
 * const cheapest = plan(permenpanrb592020, result, { predicate: 'sangat-baik' }, { minimumLevel: 3 });
 * cheapest.raises;           // [{ indicator: '32', from: 3, to: 4, cost: '1', gain: { value: '+0.03', ... } }, ...]
 * cheapest.totalCost;        // "14"
 * cheapest.result?.index;    // { value: '3.50', predicate: { id: 'sangat-baik', ... } }
 * ```
 * @category Analysis
 */
export function plan<P extends string>(catalogue: Catalogue<P>, result: ScoreResult<P>, target: CatalogueTarget<P>, options?: PlanOptions): PlanResult<P>;
/**
 * The 0.1 form: the result first, the catalogue found by the checksum the result records.
 *
 * @deprecated Pass the catalogue first: `plan(catalogue, result, target, options)`. This form
 * goes in 0.3.
 * @category Analysis
 */
export function plan<P extends string>(result: ScoreResult<P>, target: CatalogueTarget<P>, options?: PlanOptions): PlanResult<P>;
/**
 * The 0.1 form with the catalogue second.
 *
 * @deprecated Pass the catalogue first: `plan(catalogue, result, target, options)`. This form
 * goes in 0.3.
 * @category Analysis
 */
export function plan<P extends string>(result: ScoreResult<P>, catalogue: Catalogue<P>, target: CatalogueTarget<P>, options?: PlanOptions): PlanResult<P>;
export function plan<P extends string>(...args: unknown[]): PlanResult<P> {
  const outcome = (safePlan as (...all: unknown[]) => SafeResult<PlanResult<P>>)(...args);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
