import type { Catalogue } from '../../model/catalogue.js';
import { capped, SpbeError, type SafeResult } from '../../model/issue.js';
import type { ScoreResult } from '../../model/result.js';
import { safePlanCall } from './call-forms.js';
import { cheapestPlan, type PlanResult } from './cheapest-plan.js';
import type { PlanOptions } from './plan-options.js';
import type { CatalogueTarget, PlanTarget } from './target.js';

export type { PlanResult } from './cheapest-plan.js';

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
  const call = safePlanCall<P>(args);
  if (!call.success) return call;
  const [target, options] = call.output.rest;
  return capped(cheapestPlan(call.output.catalogue, call.output.result, target as PlanTarget, options as PlanOptions | undefined));
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
