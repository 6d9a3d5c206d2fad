import { formatExactDecimal } from '../../arithmetic/decimal-string.js';
import { rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { Issue, SafeResult } from '../../model/issue.js';
import type { ScoreResult } from '../../model/result.js';
import { analysisIssue } from '../analysis-issues.js';
import { exactValue, type ExactValue } from '../exact-value.js';
import { checkBudgets } from './budgets.js';
import { constraintTree, needOf } from './constraint-tree.js';
import { PLAN_WORK_LIMIT, workTooLarge } from './limits.js';
import type { PlanOptions } from './plan-options.js';
import { bestOf, buildPlanModel, currentOf, heldAt, levelText, minimumsOf, sumOver } from './plan-model.js';
import { raisesOf, type PlanRaise } from './raises.js';
import { rescore } from './rescore.js';
import { solveNode } from './solver.js';
import { requireAim, resolveTarget, type PlanTarget } from './target.js';
import { groupUnreachable, indexUnreachable } from './unreachable.js';
import { valuesOfResult, verifyPlan } from './verify-plan.js';

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
 * The work of `plan` once its arguments are sorted out: the target and the model, the reasons an
 * unreachable target cannot be met, else the solver's cheapest raises, re-scored and verified.
 */
export function cheapestPlan<P extends string>(catalogue: Catalogue<P>, result: ScoreResult<P>, target: PlanTarget, options: PlanOptions | undefined): SafeResult<PlanResult<P>> {
  const issues: Issue[] = [];
  const resolved = resolveTarget(catalogue, target, issues);
  requireAim(resolved, [options], issues);
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
  const unmet = verifyPlan(catalogue, valuesOfResult(rescored.output), levels, { atLeast: resolved.index, exactly: null, groups: resolved.groups, minimums: minimumsOf(model) });
  if (unmet.length > 0) return { success: false, issues: unmet };
  return {
    success: true,
    output: { reachable: true, ...base, raises, totalCost: formatExactDecimal(total), result: rescored.output, reasons: [] },
  };
}
