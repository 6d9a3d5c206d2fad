import { formatExactDecimal } from '../../arithmetic/decimal-string.js';
import { add, rational, ZERO, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { Localized } from '../../model/localized.js';
import { signedValue, type ExactValue } from '../exact-value.js';
import { costTo, levelOf, levelText, type PlanModel } from './plan-model.js';

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
  /**
   * The current level: a number, or an exact fraction ("7/2", "63/50") when the analysed result
   * has a fractional level (a roll-up's consolidated result, a Pemdi value such as 1.26).
   */
  readonly from: number | string;
  /** The whole level the indicator is raised to. */
  readonly to: number;
  /**
   * Exact cost of the raise, as a decimal string ("3", "2.5"): the step costs from the current
   * level up; a raise from a fractional level pays the step it is in whole (3.5 → 4 costs the
   * 3 → 4 step).
   */
  readonly cost: string;
  /** Exact index gain of the raise. */
  readonly gain: ExactValue;
}

/** The raises the solver picked (option per position), their exact total cost and the planned levels. */
export function raisesOf(catalogue: Catalogue, model: PlanModel, picks: Int32Array): { raises: PlanRaise[]; total: Rational; levels: Rational[] } {
  const levels: Rational[] = [];
  const raises: PlanRaise[] = [];
  let total = ZERO;
  model.choices.forEach((choice, i) => {
    const option = picks[i] as number;
    const level = levelOf(choice, option);
    levels.push(level);
    if (choice.stay && option === 0) return;
    const to = Number(level.num);
    const cost = costTo(choice, to);
    total = add(total, cost);
    const indicator = catalogue.indicators[i]!;
    raises.push({
      indicator: indicator.id,
      label: indicator.name,
      from: levelText(choice.current),
      to,
      cost: formatExactDecimal(cost),
      gain: signedValue(rational(choice.gains[option] as number, model.total), model.display),
    });
  });
  return { raises, total, levels };
}
