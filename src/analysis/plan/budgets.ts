import type { Issue } from '../../model/issue.js';
import { cellsTooLarge, PLAN_CELL_LIMIT, PLAN_WORK_LIMIT, workTooLarge } from './limits.js';
import type { PlanModel } from './plan-model.js';
import { solverWork, type SolverNode } from './solver.js';

/**
 * Checks the solver's memory (its choice tables: one cell per gain value and indicator) and its
 * work (Σ options × gain values) before anything is allocated; an issue when either is over.
 */
export function checkBudgets(tree: SolverNode, model: PlanModel, largestNeed: number, cap: number): Issue | undefined {
  const cells = (largestNeed + 1) * model.choices.length;
  if (cells > PLAN_CELL_LIMIT) return cellsTooLarge(cells);
  const work = solverWork(tree, model.choices, cap);
  return work > PLAN_WORK_LIMIT ? workTooLarge(work) : undefined;
}
