import { formatExactDecimal } from '../../arithmetic/decimal-string.js';
import { rational, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { Localized } from '../../model/localized.js';
import { signedValue, type ExactValue } from '../exact-value.js';
import type { PlanModel } from './plan-model.js';

/**
 * One raise in a plan.
 *
 * @example
 * ```ts
 * plan(catalogue, result, { index: '3.5' }).raises[0]; // { indicator: '42', from: 3, to: 4, cost: '1', gain: { value: '+0.03', ... }, ... }
 * ```
 * @category Analysis
 */
export interface PlanRaise {
  readonly indicator: string;
  readonly label: Localized;
  readonly from: number;
  readonly to: number;
  /** Exact cost of the raise, as a decimal string ("3", "2.5"). */
  readonly cost: string;
  /** Exact index gain of the raise. */
  readonly gain: ExactValue;
}

/** The raises the solver picked (option per position), their exact total cost and the planned levels. */
export function raisesOf(catalogue: Catalogue, model: PlanModel, picks: Int32Array): { raises: PlanRaise[]; total: Rational; levels: number[] } {
  // Stryker disable next-line ArrayDeclaration: the loop below assigns levels[i] for every choice, so the initial contents are always overwritten
  const levels = [...model.current];
  const raises: PlanRaise[] = [];
  let total = rational(0);
  model.choices.forEach((choice, i) => {
    const to = choice.floor + (picks[i] as number);
    levels[i] = to;
    if (to === choice.current) return;
    let cost = rational(0);
    for (let k = 0; k < to - choice.current; k++) {
      const step = choice.stepCosts[k] as Rational;
      cost = rational(cost.num * step.den + step.num * cost.den, cost.den * step.den);
    }
    total = rational(total.num * cost.den + cost.num * total.den, total.den * cost.den);
    const indicator = catalogue.indicators[i]!;
    raises.push({
      indicator: indicator.id,
      label: indicator.name,
      from: choice.current,
      to,
      cost: formatExactDecimal(cost),
      gain: signedValue(rational((to - choice.current) * indicator.units, catalogue.totalUnits), model.display),
    });
  });
  return { raises, total, levels };
}
