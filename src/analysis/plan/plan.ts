import { formatExactDecimal } from '../../arithmetic/decimal-string.js';
import { rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import { SpbeError, type Issue, type SafeResult } from '../../model/issue.js';
import type { ScoreResult } from '../../model/result.js';
import { analysisIssue } from '../analysis-issues.js';
import { exactValue, type ExactValue } from '../exact-value.js';
import { isCatalogue, resolveCatalogue } from '../resolve-catalogue.js';
import { checkBudgets } from './budgets.js';
import { constraintTree, needOf } from './constraint-tree.js';
import { PLAN_WORK_LIMIT, workTooLarge } from './limits.js';
import type { PlanOptions } from './plan-options.js';
import { buildPlanModel, heldAt, levelText, minimumsOf, type PlanChoice, type PlanModel } from './plan-model.js';
import { raisesOf, type PlanRaise } from './raises.js';
import { rescore } from './rescore.js';
import { solveNode } from './solver.js';
import { resolveTarget, type PlanTarget } from './target.js';
import { valuesOfResult, verifyPlan } from './verify-plan.js';

/**
 * What `plan` returns.
 *
 * @example
 * ```ts
 * const cheapest: PlanResult = plan(result, { predicate: 'sangat-baik' });
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
 * of throwing. See {@link plan}. Without the catalogue, the result's catalogue must be compiled in
 * this process (`analysis.catalogue_unknown` otherwise).
 *
 * @example
 * ```ts
 * const outcome = safePlan(result, { index: '3.5' }, costsFromFile);
 * if (!outcome.success) console.error(outcome.issues);
 * ```
 * @category Analysis
 */
export function safePlan<P extends string>(result: ScoreResult<P>, target: PlanTarget, options?: PlanOptions): SafeResult<PlanResult<P>>;
/**
 * Finds the cheapest set of level raises that reaches a target with the catalogue given (checked
 * by checksum), and returns every issue instead of throwing. See {@link plan}.
 *
 * @example
 * ```ts
 * // A result read back from a file, with its catalogue passed (and checked against it).
 * const outcome = safePlan(JSON.parse(saved), permenpanrb592020, { index: '3.5' }, costsFromFile);
 * if (!outcome.success) console.error(outcome.issues);
 * ```
 * @category Analysis
 */
export function safePlan<P extends string>(
  result: ScoreResult<P>,
  catalogue: Catalogue<P>,
  target: PlanTarget,
  options?: PlanOptions,
): SafeResult<PlanResult<P>>;
export function safePlan<P extends string>(
  result: ScoreResult<P>,
  second: Catalogue<P> | PlanTarget,
  third?: PlanTarget | PlanOptions,
  fourth?: PlanOptions,
): SafeResult<PlanResult<P>> {
  // The second argument is the catalogue when it looks like one; a target never does.
  const given = isCatalogue(second);
  const resolved = resolveCatalogue(result, given ? (second as Catalogue<P>) : undefined);
  if (!resolved.success) return resolved;
  return planWith(resolved.output, result, (given ? third : second) as PlanTarget, (given ? fourth : third) as PlanOptions | undefined);
}

/** Σ over the positions `from..to` of a per-choice scaled figure. */
function sumOver(model: PlanModel, from: number, to: number, figure: (choice: PlanChoice) => number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += figure(model.choices[i] as PlanChoice);
  return sum;
}

const currentOf = (choice: PlanChoice): number => choice.base;
const bestOf = (choice: PlanChoice): number => choice.base + (choice.gains[choice.gains.length - 1] as number);

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
        analysisIssue(
          'plan.group_unreachable',
          ['target', 'groups', group.id],
          `${group.id} paling tinggi mencapai ${bestGroups[group.id]!.value} dengan batas dan kunci yang ada, di bawah target ${targetGroups[group.id]!.value}.`,
          `${group.id} can reach at most ${bestGroups[group.id]!.value} under the caps and locks, below the target ${targetGroups[group.id]!.value}.`,
        ),
      );
    }
  }
  const maxSum = sumOver(model, 0, model.choices.length, bestOf);
  const bestIndex = exactValue(rational(maxSum, model.total), display);
  const rootNeed = resolved.index === null ? 0 : needOf(resolved.index, model.total, model.base);
  if (resolved.index !== null && maxSum - model.base < rootNeed) {
    reasons.push(
      analysisIssue(
        'plan.index_unreachable',
        ['target'],
        `Indeks paling tinggi mencapai ${bestIndex.value} dengan batas dan kunci yang ada, di bawah target ${exactValue(resolved.index, display).value}.`,
        `The index can reach at most ${bestIndex.value} under the caps and locks, below the target ${exactValue(resolved.index, display).value}.`,
      ),
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
  // Re-scoring can only fail on an edited result whose metadata or options do not validate.
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
 * score of the planned levels. Works on the catalogue the result was computed with, the one
 * compiled in this process with the checksum the result records; pass it as the second argument
 * when the result was read from a file in a process that has not imported or compiled that
 * catalogue (`analysis.catalogue_unknown` otherwise). Throws a {@link SpbeError} on bad input; an
 * unreachable target is not an error (`reachable: false`, with `best` and `reasons`).
 *
 * @example
 * ```ts
 * const result = score(permenpanrb592020, assessment);
 * const cheapest = plan(result, { predicate: 'sangat-baik' }, { minimumLevel: 3 });
 * cheapest.raises;           // [{ indicator: '32', from: 3, to: 4, cost: '1', gain: { value: '+0.03', ... } }, ...]
 * cheapest.totalCost;        // "14"
 * cheapest.result?.index;    // { value: '3.50', predicate: { id: 'sangat-baik', ... } }
 * ```
 * @category Analysis
 */
export function plan<P extends string>(result: ScoreResult<P>, target: PlanTarget, options?: PlanOptions): PlanResult<P>;
/**
 * The cheapest set of level raises that reaches a target, with the catalogue given: it must be
 * the one the result was computed with (checked by checksum). The same as the short form, for a
 * result whose catalogue this process has not imported or compiled. Throws a {@link SpbeError}
 * on bad input.
 *
 * @example
 * ```ts
 * const saved: ScoreResult = JSON.parse(readFileSync('result-2024.json', 'utf8'));
 * const cheapest = plan(saved, permenpanrb592020, { predicate: 'sangat-baik' }, { minimumLevel: 3 });
 * ```
 * @category Analysis
 */
export function plan<P extends string>(result: ScoreResult<P>, catalogue: Catalogue<P>, target: PlanTarget, options?: PlanOptions): PlanResult<P>;
export function plan<P extends string>(
  result: ScoreResult<P>,
  second: Catalogue<P> | PlanTarget,
  third?: PlanTarget | PlanOptions,
  fourth?: PlanOptions,
): PlanResult<P> {
  // safePlan tells the two forms apart at run time; this signature only forwards them.
  const outcome = safePlan(result, second as Catalogue<P>, third as PlanTarget, fourth);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
