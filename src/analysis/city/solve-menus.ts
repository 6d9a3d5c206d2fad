import { add, bigLcm, compare, rational, ZERO, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { SafeResult } from '../../model/issue.js';
import { analysisIssue } from '../analysis-issues.js';
import { constraintTree } from '../plan/constraint-tree.js';
import { cellsTooLarge, PLAN_CELL_LIMIT, PLAN_WORK_LIMIT, workTooLarge } from '../plan/limits.js';
import { solverWork, solveNode, type Budget, type SolverChoice } from '../plan/solver.js';
import { solveByCost } from './solve-by-cost.js';

/** One option of one indicator: its gain towards the targets (index units) and its cost. */
export interface MenuOption {
  readonly gain: Rational;
  readonly cost: Rational;
}

/** What the city must gain: on the index, and per group position (both in index units). */
export interface MenuNeeds {
  readonly index: Rational;
  readonly groups: ReadonlyMap<number, Rational>;
}

/** The chosen option per indicator position, the exact cost, and how close to optimal it is. */
export interface MenuSolution {
  readonly picks: readonly number[];
  readonly cost: Rational;
  /** A proven lower bound on the cost of any plan that meets the needs (equal to `cost` when exact). */
  readonly lowerBound: Rational;
  readonly optimal: boolean;
}

/** Cells per indicator of the coarse grid used when the exact one is over the cell budget. */
const COARSE_CELLS = 100_000n;

function ceil(value: Rational): bigint {
  return value.num <= 0n ? 0n : (value.num + value.den - 1n) / value.den;
}

function floor(value: Rational): bigint {
  return value.num <= 0n ? 0n : value.num / value.den;
}

function scaled(value: Rational, scale: bigint): Rational {
  return rational(value.num * scale, value.den);
}

/**
 * Chooses one option per indicator so that the gains meet every need at the least cost: the
 * agency planner's exact solver (a multiple-choice knapsack over the constraint tree), fed with
 * integer gains, or the same problem solved over costs where that is shorter. Gains are exact
 * rationals; scaled by the common denominator of every gain and need, they are integers and the
 * answer is optimal. When that scale would make the solver's
 * tables larger than its budget, gains are put on a coarser grid twice: rounded down (so the
 * plan found certainly meets the needs) and rounded up (a relaxation, whose optimum is a lower
 * bound on the true optimum); the answer then says how far from optimal it can be.
 */
export function solveMenus(catalogue: Catalogue, menus: readonly (readonly MenuOption[])[], needs: MenuNeeds): SafeResult<MenuSolution> {
  let costScale = 1n;
  let gainScale = 1n;
  for (const menu of menus) {
    for (const option of menu) {
      costScale = bigLcm(costScale, option.cost.den);
      gainScale = bigLcm(gainScale, option.gain.den);
    }
  }
  gainScale = bigLcm(gainScale, needs.index.den);
  for (const need of needs.groups.values()) gainScale = bigLcm(gainScale, need.den);
  let largest = needs.index;
  for (const need of needs.groups.values()) if (compare(need, largest) > 0) largest = need;

  // Costs are summed as integers held in doubles: exact only below 2^53.
  let costTotal = 0n;
  for (const menu of menus) {
    const last = menu.at(-1);
    if (last !== undefined) costTotal += (last.cost.num * costScale) / last.cost.den;
  }
  if (costTotal > BigInt(Number.MAX_SAFE_INTEGER)) {
    return {
      success: false,
      issues: [analysisIssue('plan.costs_too_large', ['costs'], 'Biaya terlalu besar atau terlalu banyak desimal untuk dihitung tepat.', 'The costs are too large or have too many decimals to be summed exactly.')],
    };
  }
  const positions = catalogue.indicators.length;
  const budget: Budget = { left: PLAN_WORK_LIMIT };
  const cellsPerIndicator = BigInt(Math.floor(PLAN_CELL_LIMIT / Math.max(1, positions)));
  const exactCells = ceil(scaled(largest, gainScale)) + 1n;
  // Two exact ways: tables indexed by gain (the planner's solver) or by cost. By cost when its
  // tables are shorter (costs of a few whole steps, gains in a fine unit), and the gains, summed
  // in doubles, stay exact.
  const options = BigInt(menus.reduce((sum, menu) => sum + Math.max(1, menu.length), 0));
  const gainsExact = exactCells * BigInt(Math.max(1, positions)) <= BigInt(Number.MAX_SAFE_INTEGER);
  const costWork = (costTotal + 1n) * options;
  if (gainsExact && costWork < exactCells * options && costWork <= BigInt(PLAN_WORK_LIMIT)) {
    const solved = solveOnGrid(catalogue, menus, needs, gainScale, costScale, 'down', budget, true);
    if (solved === 'over') return { success: false, issues: [workTooLarge(PLAN_WORK_LIMIT - budget.left)] };
    return { success: true, output: { ...(solved as Grid), lowerBound: (solved as Grid).cost, optimal: true } };
  }
  if (exactCells <= cellsPerIndicator) {
    const solved = solveOnGrid(catalogue, menus, needs, gainScale, costScale, 'down', budget);
    if (solved === 'over') return { success: false, issues: [workTooLarge(PLAN_WORK_LIMIT - budget.left)] };
    // Needs are only asked of the solver when the menus can meet them, so an exact grid finds a plan.
    return { success: true, output: { ...(solved as Grid), lowerBound: (solved as Grid).cost, optimal: true } };
  }
  // A grid of 100,000 cells per need: fine enough for a tight bound, coarse enough to solve twice fast.
  const coarse = cellsPerIndicator < COARSE_CELLS ? cellsPerIndicator : COARSE_CELLS;
  const grid = ((coarse - 2n) * largest.den) / (largest.num === 0n ? 1n : largest.num);
  const step = grid > 0n ? grid : 1n;
  const upper = solveOnGrid(catalogue, menus, needs, step, costScale, 'down', budget);
  if (upper === 'over') return { success: false, issues: [workTooLarge(PLAN_WORK_LIMIT - budget.left)] };
  // Rounding gains down can lose a plan that meets the needs only just: say the tables are too large.
  if (upper === undefined) return { success: false, issues: [cellsTooLarge(Number(exactCells) * positions)] };
  // The relaxation is feasible whenever the rounded-down problem is.
  const lower = solveOnGrid(catalogue, menus, needs, step, costScale, 'up', budget);
  if (lower === 'over') return { success: false, issues: [workTooLarge(PLAN_WORK_LIMIT - budget.left)] };
  const lowerBound = (lower as Grid).cost;
  return { success: true, output: { ...upper, lowerBound, optimal: compare(lowerBound, upper.cost) === 0 } };
}

interface Grid {
  readonly picks: number[];
  readonly cost: Rational;
}

/** The cheapest picks on one grid; undefined when none meets the needs there, 'over' past the work budget. */
function solveOnGrid(
  catalogue: Catalogue,
  menus: readonly (readonly MenuOption[])[],
  needs: MenuNeeds,
  grid: bigint,
  costScale: bigint,
  rounding: 'down' | 'up',
  budget: Budget,
  byCost = false,
): Grid | undefined | 'over' {
  // Gains round with the grid; needs round the other way, so 'down' never overstates what a
  // plan gains and 'up' never understates it.
  const gainOf = (gain: Rational) => (rounding === 'down' ? floor(scaled(gain, grid)) : ceil(scaled(gain, grid)));
  const needOf = (need: Rational) => (rounding === 'down' ? ceil(scaled(need, grid)) : floor(scaled(need, grid)));
  const rootNeed = needOf(needs.index);
  const groupNeeds = new Map<number, number>();
  let cap = rootNeed;
  for (const [position, need] of needs.groups) {
    const value = needOf(need);
    groupNeeds.set(position, Number(value));
    if (value > cap) cap = value;
  }
  const choices = menus.map((menu) => {
    const options = menu.length === 0 ? [{ gain: ZERO, cost: ZERO }] : menu;
    // A gain past the largest need saturates: the solver treats every gain beyond it alike.
    const gains = Float64Array.from(options, (option) => {
      const gain = gainOf(option.gain);
      return Number(gain > cap ? cap : gain);
    });
    const costs = Float64Array.from(options, (option) => Number((option.cost.num * costScale) / option.cost.den));
    return { gains, costs };
  }) satisfies SolverChoice[];
  const tree = constraintTree(catalogue, Number(rootNeed), groupNeeds);
  let picks: Int32Array;
  if (byCost) {
    const found = solveByCost(tree, choices, budget);
    if (found === undefined) return 'over';
    if (found === null) return undefined;
    picks = found;
  } else {
    // Refused at once when even the solver's least work passes what is left of the budget.
    if (solverWork(tree, choices, Number(cap)) > budget.left) return 'over';
    const solved = solveNode(tree, choices, Number(cap), budget);
    if (solved === undefined) return 'over';
    if (!Number.isFinite(solved.curve[0] as number)) return undefined;
    picks = new Int32Array(menus.length);
    solved.backtrack(0, picks);
  }
  const chosen = Array.from(picks);
  const cost = chosen.reduce((sum, pick, i) => add(sum, (menus[i] as readonly MenuOption[])[pick]?.cost ?? ZERO), ZERO);
  return { picks: chosen, cost };
}
