import { formatExactDecimal } from '../../arithmetic/decimal-string.js';
import { add, compare, div, mul, rational, sub, ZERO, type Rational } from '../../arithmetic/rational.js';
import type { Assessment } from '../../model/assessment.js';
import type { Catalogue } from '../../model/catalogue.js';
import { capped, SpbeError, unknownOptionIssues, type Issue, type SafeResult } from '../../model/issue.js';
import type { Localized } from '../../model/localized.js';
import type { ScoreResult } from '../../model/result.js';
import { analysisIssue } from '../analysis-issues.js';
import { allUnits } from '../rollup/all-units.js';
import { consolidateLevels } from '../rollup/consolidate.js';
import { exactLevel } from '../rollup/exact-level.js';
import { levelText } from '../plan/plan-model.js';
import { budgetExceeded, CITY_MENU_WORK_LIMIT, PLAN_OPTION_LIMIT } from '../plan/limits.js';
import { exactValue, readDecimal, type Display, type ExactValue } from '../exact-value.js';
import type { PlanOptions } from '../plan/plan-options.js';
import { requireAim, resolveTarget, type PlanTarget } from '../plan/target.js';
import { safeRollup, type Rollup } from '../rollup/rollup.js';
import type { RollupOptions } from '../rollup/rollup-options.js';
import { sharesOf } from '../shares.js';
import { indicatorMenu } from './indicator-menu.js';
import { sumWork } from './mean-menu.js';
import { medianWork } from './median-menu.js';
import { point, unitOptions, type MenuPoint, type UnitChoices } from './menu-point.js';
import { solveCity } from './solve-city.js';
import { readCitySettings } from './settings.js';
import type { MenuOption } from './solve-menus.js';
import { groupUnreachable, indexUnreachable } from '../plan/unreachable.js';

/**
 * Options of `planCity`.
 *
 * @example
 * ```ts
 * const options: CityPlanOptions = {
 *   rollup: { strategy: 'mean' },
 *   costs: { defaultCost: [1, 1, 2, 4], minimumLevel: 2 },
 *   units: { Bappeda: { costs: { '13': 3 } }, Inspektorat: { locked: ['29', '30'] } },
 * };
 * ```
 * @category City
 */
export interface CityPlanOptions {
  /** How the city's values are consolidated from the units' (as `rollup` takes them). */
  readonly rollup?: RollupOptions;
  /** Costs, caps, locks and minimums for every unit (the same fields as `plan`'s options). */
  readonly costs?: PlanOptions;
  /**
   * Per unit id: costs, caps, locks and minimums that override the city-wide ones for that unit.
   * The most specific cost wins (unit and indicator, unit, indicator, default); caps, locks and
   * minimums all apply (the lowest cap, the highest minimum).
   */
  readonly units?: Readonly<Record<string, PlanOptions>>;
}

/** One unit's raise on one indicator. @category City */
export interface CityRaise {
  readonly unit: string;
  readonly indicator: string;
  readonly label: Localized;
  /** The level the unit gave (a whole number, or an exact fraction such as "7/6"). */
  readonly from: number | string;
  readonly to: number;
  /** Exact cost, as a decimal string. */
  readonly cost: string;
}

/** One unit's action list. @category City */
export interface CityUnitActions {
  readonly unit: string;
  /** Exact total cost of the unit's raises. */
  readonly cost: string;
  readonly raises: readonly CityRaise[];
}

/** How the plan moves one indicator of the city. @category City */
export interface CityIndicatorChange {
  readonly indicator: string;
  readonly label: Localized;
  readonly from: ExactValue;
  readonly to: ExactValue;
  readonly cost: string;
  readonly raises: readonly CityRaise[];
}

/**
 * What `planCity` returns.
 *
 * @example
 * ```ts
 * const cityPlan = planCity(permenpanrb592020, opdAssessments, { predicate: 'sangat-baik' });
 * for (const unit of cityPlan.units) console.log(unit.unit, unit.cost, unit.raises.length);
 * ```
 * @category City
 */
export interface CityPlan<P extends string = string> {
  readonly reachable: boolean;
  /**
   * True when the plan is proven cheapest. False only past the exact tables (a coarse grid, or
   * the linear relaxation of the menus or of each unit's options; see docs/city-evaluation.md):
   * the plan then meets the target and costs at most `bound` more than the cheapest plan.
   */
  readonly optimal: boolean;
  /**
   * How much more the plan can cost than the cheapest one ("0" when optimal): `totalCost` minus
   * a proven lower bound on any plan's cost, so the cheapest plan costs between `totalCost −
   * bound` and `totalCost`. Null when unreachable.
   */
  readonly bound: string | null;
  readonly target: { readonly index: ExactValue | null; readonly groups: Readonly<Record<string, ExactValue>> };
  readonly totalCost: string | null;
  /** Per unit with at least one raise, by unit id: its action list. */
  readonly units: readonly CityUnitActions[];
  /** Per indicator the plan raises, in catalogue order. */
  readonly indicators: readonly CityIndicatorChange[];
  /** The city's roll-up after the raises; null when unreachable. */
  readonly rollup: Rollup<P> | null;
  /** The city's consolidated result before the raises. */
  readonly current: ScoreResult<P>;
  /** The highest values the city can reach under the caps and locks. */
  readonly best: { readonly index: ExactValue; readonly groups: Readonly<Record<string, ExactValue>> };
  /** Why the target cannot be reached (empty when reachable). */
  readonly reasons: readonly Issue[];
}

interface IndicatorModel {
  readonly position: number;
  /** Unit positions whose levels enter the consolidation, in input order. */
  readonly units: readonly number[];
  readonly choices: readonly UnitChoices[];
  readonly menu: readonly MenuPoint[];
  readonly current: Rational;
}

/**
 * Finds the cheapest set of unit-level raises after which the consolidated city result meets a
 * target, and returns every issue instead of throwing. See {@link planCity}.
 *
 * @example
 * ```ts
 * const outcome = safePlanCity(permenpanrb592020, opdAssessments, { index: '3.5' }, { costs: { defaultCost: 2 } });
 * if (!outcome.success) console.error(outcome.issues);
 * ```
 * @category City
 */
export function safePlanCity<P extends string>(
  catalogue: Catalogue<P>,
  assessments: readonly Assessment[],
  target: PlanTarget,
  options: CityPlanOptions = {},
): SafeResult<CityPlan<P>> {
  return capped(planCityUncapped(catalogue, assessments, target, options, CITY_LIMITS));
}

/**
 * Where the city plan stops being exact: the steps its mean and weighted menus may take, and
 * whether the exact solver is tried on the menus at all. Not public: the tests lower them to take
 * small cities, whose optimum brute force finds, down the bounded path.
 */
export interface CityPlanLimits {
  readonly sumSteps: number;
  readonly exactSolver: boolean;
}

const CITY_LIMITS: CityPlanLimits = { sumSteps: CITY_MENU_WORK_LIMIT, exactSolver: true };

/** {@link safePlanCity} within other limits: for the tests of the bounded path only. */
export function safePlanCityWithin<P extends string>(
  catalogue: Catalogue<P>,
  assessments: readonly Assessment[],
  target: PlanTarget,
  options: CityPlanOptions,
  limits: CityPlanLimits,
): SafeResult<CityPlan<P>> {
  return capped(planCityUncapped(catalogue, assessments, target, options, limits));
}

/**
 * A roll-up issue at its place in the city plan's arguments: a unit's (its path starts with the
 * unit's position) or the whole list's under `assessments`, an option's under `rollup`.
 */
function rollupIssueAt(issue: Issue): Issue {
  const [first] = issue.path;
  if (issue.code === 'issues.truncated') return issue;
  return { ...issue, path: [first === undefined || typeof first === 'number' ? 'assessments' : 'rollup', ...issue.path] };
}

function planCityUncapped<P extends string>(catalogue: Catalogue<P>, assessments: readonly Assessment[], target: PlanTarget, options: CityPlanOptions, limits: CityPlanLimits): SafeResult<CityPlan<P>> {
  const issues: Issue[] = [];
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return { success: false, issues: [analysisIssue('analysis.option_invalid', [], 'Opsi harus berupa objek.', 'The options must be an object.', { received: options })] };
  }
  issues.push(...unknownOptionIssues(options, ['rollup', 'costs', 'units']));
  const rollupOptions: RollupOptions = { ...(options.rollup ?? {}), unitResults: true };
  const current = safeRollup(catalogue, assessments, rollupOptions);
  if (!current.success) return { success: false, issues: [...issues, ...current.issues.map(rollupIssueAt)] };
  const city = current.output;
  const resolved = resolveTarget(catalogue, target, issues);
  const aimUnits: unknown = options.units;
  requireAim(resolved, [options.costs, ...(typeof aimUnits === 'object' && aimUnits !== null ? Object.values(aimUnits) : [])], issues);
  // Units in input order, as the roll-up names them.
  const unitIds = assessments.map((assessment, k) => {
    const agency = (assessment as { agency?: unknown }).agency;
    return typeof agency === 'string' ? agency : `unit-${k + 1}`;
  });
  const settings = readCitySettings(catalogue, options.costs, options.units, unitIds, issues);
  if (resolved === undefined || settings === undefined || issues.length > 0) return { success: false, issues };

  const byId = new Map(allUnits(city).map((unit) => [unit.unit, unit.result as ScoreResult<P>]));
  const unitLevels = unitIds.map((id) => (byId.get(id) as ScoreResult<P>).indicators.map((entry) => exactLevel(entry.level)));
  const weights = unitIds.map((id) => {
    const raw = rollupOptions.strategy === 'weighted' ? rollupOptions.unitWeights?.[id] : undefined;
    // The roll-up above read and checked every weight with readDecimal: "1.5" is 3/2, never 1.
    return raw === undefined ? rational(1) : (readDecimal(raw) as Rational);
  });
  const strategy = rollupOptions.strategy ?? 'mean';
  // The owners were chosen by the roll-up (each indicator's contributors); they are averaged.
  const menuStrategy = strategy === 'owner' ? 'mean' : strategy;
  const consolidated = city.consolidated;
  const { decimals, rounding } = consolidated.meta.options;
  const display: Display = { decimals, rounding };
  const reasons: Issue[] = [];
  const position = new Map(unitIds.map((id, u) => [id, u]));
  const capOf = (u: number, i: number): { whole: number; cap: number } => {
    const level = unitLevels[u]![i] as Rational;
    const setting = settings[u]![i]!;
    const whole = Number(level.num / level.den);
    return { whole, cap: setting.locked ? whole : Math.max(whole, setting.cap) };
  };

  // The planner's budget on level options, and for median the steps of building its menus, counted
  // from the caps before any option is built: wide scales would otherwise run for minutes (two
  // units on 47 indicators of 0–1000, an even median: 47 billion steps). Min and max sweep each
  // option once, so the option budget bounds them.
  let optionCount = 0;
  let menuSteps = 0;
  catalogue.indicators.forEach((_, i) => {
    if (exactLevel(consolidated.indicators[i]!.level) === null) return;
    let lowest = Infinity;
    let highest = -Infinity;
    let fractional = 0;
    const counts = city.indicators[i]!.contributors.map((id) => {
      const u = position.get(id) as number;
      const { whole, cap } = capOf(u, i);
      lowest = Math.min(lowest, whole);
      highest = Math.max(highest, cap);
      if ((unitLevels[u]![i] as Rational).den !== 1n) fractional += 1;
      return cap - whole + 1;
    });
    optionCount += counts.reduce((sum, count) => sum + count, 0);
    if (menuStrategy === 'median') menuSteps += medianWork(counts, highest - lowest + 1 + fractional);
  });
  if (optionCount > PLAN_OPTION_LIMIT) {
    return {
      success: false,
      issues: [
        budgetExceeded(
          optionCount,
          PLAN_OPTION_LIMIT,
          { id: 'pilihan tingkat unit', en: 'unit level options' },
          { id: 'skala tingkat katalog terlalu lebar untuk jumlah indikator dan unitnya', en: "the catalogue's level scales are too wide for its number of indicators and units" },
        ),
      ],
    };
  }
  if (menuSteps > CITY_MENU_WORK_LIMIT) {
    return {
      success: false,
      issues: [
        budgetExceeded(
          menuSteps,
          CITY_MENU_WORK_LIMIT,
          { id: 'langkah menu kota', en: 'city menu steps' },
          { id: 'skala tingkat terlalu lebar untuk jumlah unit per indikator', en: 'the level scales are too wide for the number of units per indicator' },
        ),
      ],
    };
  }

  const models: (IndicatorModel | null)[] = catalogue.indicators.map((indicator, i) => {
    const cityLevel = exactLevel(consolidated.indicators[i]!.level);
    if (cityLevel === null) return null;
    const units = city.indicators[i]!.contributors.map((id) => position.get(id) as number);
    const choices = units.map((u): UnitChoices => {
      const level = unitLevels[u]![i] as Rational;
      const setting = settings[u]![i]!;
      const { cap } = capOf(u, i);
      if (setting.minimum > cap && compare(level, rational(setting.minimum)) < 0) {
        reasons.push(
          analysisIssue(
            'plan.minimum_unreachable',
            ['options', 'units', unitIds[u] as string, 'minimums', indicator.id],
            `Unit ${unitIds[u]} harus mencapai tingkat minimum pada indikator ${indicator.id}, tetapi dibatasi pada ${cap} (batas atau kunci).`,
            `Unit ${unitIds[u]} must reach its minimum level on indicator ${indicator.id} but is held at ${cap} (cap or lock).`,
          ),
        );
      }
      const minimum = Math.min(setting.minimum, cap);
      const stepCost = (from: number) => setting.stepCosts[Math.max(0, from - indicator.scale.min)] as Rational;
      return { current: level, weight: weights[u] as Rational, options: unitOptions(level, minimum, cap, stepCost) };
    });
    return { position: i, units, choices, menu: [], current: cityLevel };
  });

  // The mean and weighted menus' steps, a proven ceiling from the built options: past the budget
  // the menus are not built, and the bounded plan works on each unit's options instead.
  const sums = menuStrategy === 'mean' || menuStrategy === 'weighted';
  const unbuilt = sums && models.reduce((total, model) => total + (model === null ? 0 : sumWork(model.choices, menuStrategy === 'weighted')), 0) > limits.sumSteps;
  const consolidateAt = (model: { readonly units: readonly number[] }) => (levels: readonly Rational[]) => consolidateLevels(strategy, levels, model.units.map((u) => weights[u] as Rational));
  models.forEach((model, i) => {
    if (model === null) return;
    // Unbuilt, a menu holds where the indicator starts and the most it can reach (every unit at its
    // last option): what the reachability below reads.
    const menu = unbuilt
      ? [model.choices.map(() => 0), model.choices.map((choice) => choice.options.length - 1)].map((picks) => point(model.choices, picks, consolidateAt(model)))
      : indicatorMenu(menuStrategy, model.choices, consolidateAt(model));
    models[i] = { ...model, menu };
  });

  // Index units: an indicator's gain is its exact share of the index times its value's rise.
  const live = models.map((model) => model !== null);
  const shares = sharesOf(catalogue, live);
  const cityIndex = exactLevel(consolidated.index.exact) as Rational;
  const menus: MenuOption[][] = models.map((model, i) =>
    model === null ? [] : model.menu.map((point) => ({ gain: mul(shares.index[i] as Rational, sub(point.value, model.current)), cost: point.cost })),
  );
  const maxGain = (from: number, to: number) => {
    let sum = ZERO;
    for (let i = from; i < to; i++) {
      const menu = menus[i] as MenuOption[];
      if (menu.length > 0) sum = add(sum, (menu.at(-1) as MenuOption).gain);
    }
    return sum;
  };
  // A group's value rises by its indicators' index gains divided by the group's share of the index.
  const groupFactor = (position: number): Rational | null => {
    const group = catalogue.groups[position]!;
    for (let i = group.from; i < group.to; i++) {
      if (!live[i]) continue;
      const share = (shares.groups[i] as (readonly [number, Rational])[]).find(([g]) => g === position)?.[1];
      if (share !== undefined && share.num !== 0n) return div(shares.index[i] as Rational, share);
    }
    return null;
  };
  const targetGroups: Record<string, ExactValue> = {};
  const bestGroups: Record<string, ExactValue> = {};
  const groupNeeds = new Map<number, Rational>();
  for (const [position, value] of resolved.groups) {
    const group = catalogue.groups[position]!;
    targetGroups[group.id] = exactValue(value, display);
    const now = exactLevel(consolidated.groups[position]!.exact);
    const factor = groupFactor(position);
    if (now === null || factor === null) {
      bestGroups[group.id] = exactValue(ZERO, display);
      reasons.push(
        analysisIssue('plan.group_unreachable', ['target', 'groups', group.id], `${group.id} tidak memiliki indikator yang dinilai unit mana pun.`, `${group.id} has no indicator any unit assessed.`),
      );
      continue;
    }
    const best = add(now, div(maxGain(group.from, group.to), factor));
    bestGroups[group.id] = exactValue(best, display);
    const need = sub(value, now);
    if (need.num > 0n) groupNeeds.set(position, mul(need, factor));
    if (compare(best, value) < 0) {
      reasons.push(
        groupUnreachable(group.id, best, value, display),
      );
    }
  }
  const bestIndex = add(cityIndex, maxGain(0, catalogue.indicators.length));
  const indexNeed = resolved.index === null ? ZERO : sub(resolved.index, cityIndex);
  if (resolved.index !== null && compare(bestIndex, resolved.index) < 0) {
    reasons.push(
indexUnreachable(bestIndex, resolved.index, display, { id: 'Indeks kota', en: 'The city index' }),
    );
  }
  const base = {
    target: { index: resolved.index === null ? null : exactValue(resolved.index, display), groups: targetGroups },
    best: { index: exactValue(bestIndex, display), groups: bestGroups },
    current: consolidated,
  };
  if (reasons.length > 0) {
    return { success: true, output: { reachable: false, optimal: true, bound: null, totalCost: null, units: [], indicators: [], rollup: null, ...base, reasons } };
  }

  const needs = { index: indexNeed.num > 0n ? indexNeed : ZERO, groups: groupNeeds };
  const solved = solveCity(catalogue, models, menus, shares.index, needs, { perUnit: unbuilt, exactSolver: limits.exactSolver, consolidate: consolidateAt });
  if (!solved.success) return solved;
  const { points, solution } = solved.output;

  // The raises, per indicator and per unit, and the assessments they lead to.
  const raisedAssessments = assessments.map((assessment) => ({ ...assessment, levels: { ...assessment.levels } }));
  const perUnit = new Map<number, { raises: CityRaise[]; cost: Rational }>();
  const indicators: CityIndicatorChange[] = [];
  models.forEach((model, i) => {
    if (model === null) return;
    const chosen = points[i] as MenuPoint;
    const indicator = catalogue.indicators[i]!;
    const raises: CityRaise[] = [];
    model.units.forEach((u, k) => {
      const choice = model.choices[k] as UnitChoices;
      const option = choice.options[chosen.picks[k] as number]!;
      if (compare(option.level, choice.current) === 0) return;
      const raise: CityRaise = {
        unit: unitIds[u] as string,
        indicator: indicator.id,
        label: indicator.name,
        from: levelText(choice.current),
        to: Number(option.level.num),
        cost: formatExactDecimal(option.cost),
      };
      raises.push(raise);
      const actions = perUnit.get(u) ?? { raises: [], cost: ZERO };
      perUnit.set(u, { raises: [...actions.raises, raise], cost: add(actions.cost, option.cost) });
      (raisedAssessments[u] as { levels: Record<string, unknown> }).levels[indicator.id] = raise.to;
    });
    if (raises.length === 0) return;
    indicators.push({
      indicator: indicator.id,
      label: indicator.name,
      from: exactValue(model.current, display),
      to: exactValue(chosen.value, display),
      cost: formatExactDecimal(chosen.cost),
      raises,
    });
  });
  const after = safeRollup(catalogue, raisedAssessments as Assessment[], rollupOptions);
  const unmet = !after.success || !meets(after.output.consolidated, resolved.index, resolved.groups);
  if (unmet) {
    return {
      success: false,
      issues: [
        analysisIssue(
          'internal.plan_unverified',
          [],
          'Kesalahan internal: rencana kota yang dihitung tidak mencapai targetnya saat dihitung ulang. Mohon laporkan.',
          'Internal error: the computed city plan does not meet its target when re-scored. Please report it.',
        ),
      ],
    };
  }
  const units: CityUnitActions[] = [...perUnit.entries()]
    .map(([u, actions]) => ({ unit: unitIds[u] as string, cost: formatExactDecimal(actions.cost), raises: actions.raises }))
    .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  const { cost, lowerBound, optimal } = solution;
  return {
    success: true,
    output: {
      reachable: true,
      optimal,
      bound: formatExactDecimal(sub(cost, lowerBound)),
      totalCost: formatExactDecimal(cost),
      units,
      indicators,
      rollup: after.output,
      ...base,
      reasons: [],
    },
  };
}

function meets(result: ScoreResult, index: Rational | null, groups: ReadonlyMap<number, Rational>): boolean {
  if (index !== null && compare(exactLevel(result.index.exact) as Rational, index) < 0) return false;
  for (const [position, value] of groups) {
    const exact = exactLevel(result.groups[position]!.exact);
    if (exact === null || compare(exact, value) < 0) return false;
  }
  return true;
}

/**
 * The cheapest set of raises, unit by unit, after which the city's consolidated result meets a
 * target (an index, a predikat, group minimums). The city's value of each indicator is the
 * roll-up's consolidation of the units' levels (`rollup` options: mean, weighted, median, min,
 * max); raising a unit's level raises it. The answer is grouped per unit (each OPD's action list
 * and cost) and per indicator, with the city's roll-up after the raises, re-computed and checked
 * against the target. Exact and optimal for every strategy: each indicator's menu of reachable
 * values and their least costs is exact, and the choice across indicators is the agency
 * planner's exact solver. Past the exact tables (the solver's budgets, or mean and weighted
 * menus of more than 5,000,000 steps) the plan is found on a coarser grid or from the linear
 * relaxation, with `optimal: false` and a proven `bound` on the extra cost. Min and max menus
 * read each unit level option once (a sweep up the levels), so they are always built exactly.
 * Refused (`plan.too_large`) only past 1,000,000 unit level options, or for median menus past
 * 5,000,000 steps, both counted before any option is built.
 * Throws a {@link SpbeError} on bad input; an unreachable target is `reachable: false`.
 *
 * @example
 * ```ts
 * const cityPlan = planCity(permenpanrb592020, opdAssessments, { predicate: 'sangat-baik' }, {
 *   costs: { defaultCost: [1, 1, 2, 4] },
 *   units: { Bappeda: { caps: { '13': 4 } } },
 * });
 * cityPlan.units;   // [{ unit: 'Bappeda', cost: '3', raises: [...] }, ...]
 * cityPlan.rollup?.consolidated.index.predicate.id; // 'sangat-baik'
 * ```
 * @category City
 */
export function planCity<P extends string>(catalogue: Catalogue<P>, assessments: readonly Assessment[], target: PlanTarget, options?: CityPlanOptions): CityPlan<P> {
  const outcome = safePlanCity(catalogue, assessments, target, options);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
