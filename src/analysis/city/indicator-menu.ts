import type { Rational } from '../../arithmetic/rational.js';
import { meanMenu } from './mean-menu.js';
import { medianMenu } from './median-menu.js';
import type { UnitChoices, MenuPoint } from './menu-point.js';
import { sweptMenu } from './swept-menu.js';

/*
 * One indicator of the city plan: what each consolidated value costs.
 *
 * The city's value of an indicator is a consolidation (mean, weighted mean, median, min, max) of
 * the levels the units gave it. Raising units' levels raises it. A menu lists, for every value the
 * city can reach on that indicator, the least total cost of unit raises that reaches at least that
 * value, and which raise each unit makes. Indicators are independent of one another (a raise on
 * one never changes another's consolidated value), so the cheapest city plan is the cheapest
 * choice of one menu point per indicator: the same multiple-choice problem the agency planner
 * solves, with menus in place of one indicator's levels.
 *
 * Every menu here is exact: it holds a point for every value reachable at a cost no other value
 * at least as high beats (the Pareto frontier of value against cost).
 */

/** How the levels of an indicator's units become its consolidated value. */
export type MenuStrategy = 'mean' | 'weighted' | 'median' | 'min' | 'max';

/**
 * The exact menu of one indicator: for every consolidated value worth reaching, its least cost
 * and each unit's option, value and cost both strictly rising. The first point is where the
 * indicator stands when nothing is raised beyond the units' minimums.
 */
export function indicatorMenu(strategy: MenuStrategy, units: readonly UnitChoices[], consolidate: (levels: readonly Rational[]) => Rational): MenuPoint[] {
  if (units.some((unit) => unit.options.length === 0)) return [];
  switch (strategy) {
    case 'mean':
      return meanMenu(units, false, consolidate);
    case 'weighted':
      return meanMenu(units, true, consolidate);
    case 'min':
    case 'max':
      return sweptMenu(strategy, units, consolidate);
    case 'median':
      return medianMenu(units, consolidate);
  }
}
