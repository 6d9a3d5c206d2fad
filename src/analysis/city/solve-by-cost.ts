import type { SolverNode } from '../plan/solver.js';
import type { Budget, SolverChoice } from '../plan/solver.js';

/*
 * The same multiple-choice problem as the planner's solver, indexed the other way: by total cost
 * instead of by gain. `best[c]` is the largest gain at a total cost of at most `c`. A city's gains
 * often need a fine common unit (a share of the index times a mean over n units), which makes
 * gain-indexed tables long, while its costs are small whole numbers (1 to 4 per level step): then
 * the cost-indexed tables are short and the answer is the same, exactly (integer gains and costs
 * held in doubles below 2^53).
 */

interface Curve {
  /** `best[c]`: the largest gain at cost ≤ c meeting every need inside; -Infinity when none. */
  readonly best: Float64Array;
  /** Writes each position's option for the plan behind `best[c]`. */
  backtrack(c: number, out: Int32Array): void;
}

interface Item {
  readonly costs: Float64Array;
  readonly gains: Float64Array;
  apply(option: number, out: Int32Array): void;
}

/** The Pareto points of a curve, as the options of one item of its parent. */
function curveItem(curve: Curve): Item {
  const costs: number[] = [];
  const gains: number[] = [];
  curve.best.forEach((gain, c) => {
    if (gain === -Infinity) return;
    if (gains.length === 0 || gain > (gains.at(-1) as number)) {
      costs.push(c);
      gains.push(gain);
    }
  });
  return { costs: Float64Array.from(costs), gains: Float64Array.from(gains), apply: (option, out) => curve.backtrack(costs[option] as number, out) };
}

/** The highest cost any plan of a node can have: Σ of its options' highest costs. */
export function costSpan(node: SolverNode, choices: readonly SolverChoice[]): number {
  let span = 0;
  for (let i = node.from; i < node.to; i++) {
    const costs = (choices[i] as SolverChoice).costs;
    span += costs.length === 0 ? 0 : Math.max(...costs);
  }
  return span;
}

function solve(node: SolverNode, choices: readonly SolverChoice[], budget: Budget): Curve | undefined {
  const span = costSpan(node, choices);
  const items: Item[] = [];
  let child = 0;
  for (let i = node.from; i < node.to; ) {
    const sub = node.children[child];
    if (sub !== undefined && sub.from === i) {
      const solved = solve(sub, choices, budget);
      if (solved === undefined) return undefined;
      items.push(curveItem(solved));
      i = sub.to;
      child++;
    } else {
      const choice = choices[i] as SolverChoice;
      const position = i;
      items.push({ costs: choice.costs, gains: choice.gains, apply: (option, out) => void (out[position] = option) });
      i++;
    }
  }
  const size = span + 1;
  let best = new Float64Array(size).fill(0);
  let next = new Float64Array(size);
  const picks: Uint32Array[] = [];
  for (const item of items) {
    budget.left -= item.costs.length * size;
    if (budget.left < 0) return undefined;
    next.fill(-Infinity);
    const pick = new Uint32Array(size);
    for (let j = 0; j < item.costs.length; j++) {
      const cost = item.costs[j] as number;
      const gain = item.gains[j] as number;
      for (let c = cost; c < size; c++) {
        const value = (best[c - cost] as number) + gain;
        if (value > (next[c] as number)) {
          next[c] = value;
          pick[c] = j;
        }
      }
    }
    [best, next] = [next, best];
    picks.push(pick);
  }
  const need = node.need;
  for (let c = 0; c < size; c++) if ((best[c] as number) < need) best[c] = -Infinity;
  const final = best;
  return {
    best: final,
    backtrack(c, out) {
      let at = c;
      for (let k = items.length - 1; k >= 0; k--) {
        const item = items[k] as Item;
        const option = (picks[k] as Uint32Array)[at] as number;
        item.apply(option, out);
        at -= item.costs[option] as number;
      }
    },
  };
}

/**
 * The cheapest choice of one option per position meeting every need of the tree, found over
 * costs: the picks, or null when no choice meets the needs; undefined past the work budget.
 */
export function solveByCost(tree: SolverNode, choices: readonly SolverChoice[], budget: Budget): Int32Array | null | undefined {
  const curve = solve(tree, choices, budget);
  if (curve === undefined) return undefined;
  const c = curve.best.findIndex((gain) => gain !== -Infinity);
  if (c < 0) return null;
  const picks = new Int32Array(choices.length);
  curve.backtrack(c, picks);
  return picks;
}
