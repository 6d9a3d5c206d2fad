import { add, div, mul, rational, ZERO, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { SafeResult } from '../../model/issue.js';
import { analysisIssue } from '../analysis-issues.js';
import { point, type MenuPoint, type UnitChoices } from './menu-point.js';
import { relaxedItem, relaxedPlan, type RelaxedItem } from './relaxed-plan.js';
import { solveMenus, type MenuNeeds, type MenuOption, type MenuSolution } from './solve-menus.js';

/*
 * Which solver answers the city plan. The exact one (solveMenus) over the indicators' menus when
 * they were built and its tables fit; otherwise the bounded one (relaxedPlan), over the menus, or
 * over each unit's options on each indicator when the mean and weighted menus were too large to
 * build (their relaxation is the same: a mean's menu hull is the sum of its units' hulls).
 */

/** What the solvers read of one indicator: its units' choices and (possibly unbuilt) menu. */
export interface CityIndicator {
  readonly units: readonly number[];
  readonly choices: readonly UnitChoices[];
  readonly menu: readonly MenuPoint[];
}

export interface CitySolveMode {
  /** The menus were not built: plan over each unit's options (mean and weighted only). */
  readonly perUnit: boolean;
  /** Try the exact solver first (the tests turn it off to reach the bounded path on small cities). */
  readonly exactSolver: boolean;
  readonly consolidate: (indicator: CityIndicator) => (levels: readonly Rational[]) => Rational;
}

/** The point each indicator ends at (undefined where none is assessed), and the solution. */
export interface CitySolution {
  readonly points: readonly (MenuPoint | undefined)[];
  readonly solution: MenuSolution;
}

export function solveCity(
  catalogue: Catalogue,
  models: readonly (CityIndicator | null)[],
  menus: readonly (readonly MenuOption[])[],
  indexShares: readonly Rational[],
  needs: MenuNeeds,
  mode: CitySolveMode,
): SafeResult<CitySolution> {
  if (!mode.perUnit && mode.exactSolver) {
    const exact = solveMenus(catalogue, menus, needs);
    if (exact.success) {
      const picks = exact.output.picks;
      return { success: true, output: { points: models.map((model, i) => model?.menu[picks[i] as number]), solution: exact.output } };
    }
    // Only a plan too large for the exact tables goes down the bounded path.
    if (exact.issues.some((issue) => issue.code !== 'plan.too_large')) return exact;
  }
  const owners: { indicator: number; unit: number }[] = [];
  const items: RelaxedItem[] = [];
  models.forEach((model, i) => {
    if (model === null) return;
    if (!mode.perUnit) {
      owners.push({ indicator: i, unit: -1 });
      items.push(relaxedItem(i, menus[i] as readonly MenuOption[]));
      return;
    }
    // A unit's raise moves a mean by its weight's share of the units' weights times the rise.
    const total = model.choices.reduce((sum, choice) => add(sum, choice.weight), ZERO);
    model.choices.forEach((choice, k) => {
      // Weights of 0 throughout leave the consolidated value at 0: no raise moves it.
      const factor = total.num === 0n ? ZERO : mul(indexShares[i] as Rational, div(choice.weight, total));
      owners.push({ indicator: i, unit: k });
      // In steps of factor / the level's denominator, every rise is a whole number.
      const { num, den } = choice.current;
      items.push({
        position: i,
        unit: div(factor, rational(den)),
        gains: choice.options.map((option) => (option.level.num * den) / option.level.den - num),
        costs: choice.options.map((option) => option.cost),
      });
    });
  });
  const relaxed = relaxedPlan(catalogue, items, needs);
  if (relaxed === undefined) {
    return {
      success: false,
      issues: [
        analysisIssue(
          'internal.plan_unverified',
          [],
          'Kesalahan internal: target kota dapat dicapai, tetapi rencana terbatas tidak menemukan rencana. Mohon laporkan.',
          'Internal error: the city target is reachable, but the bounded plan found none. Please report it.',
        ),
      ],
    };
  }
  const points: (MenuPoint | undefined)[] = models.map(() => undefined);
  const picks = models.map((model) => (model === null ? [] : model.choices.map(() => 0)));
  owners.forEach(({ indicator, unit }, item) => {
    const pick = relaxed.picks[item] as number;
    if (unit < 0) points[indicator] = (models[indicator] as CityIndicator).menu[pick];
    else (picks[indicator] as number[])[unit] = pick;
  });
  if (mode.perUnit) {
    models.forEach((model, i) => {
      if (model !== null) points[i] = point(model.choices, picks[i] as number[], mode.consolidate(model));
    });
  }
  return { success: true, output: { points, solution: relaxed } };
}
