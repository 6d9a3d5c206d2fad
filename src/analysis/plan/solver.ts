import type { PlanChoice } from './plan-model.js';

/**
 * The exact planner: a multiple-choice knapsack over integer weight units, minimising cost.
 *
 * `dp[x]` is the least cost that gains at least `x` units (x saturates at the node's cap, so the
 * array stays as small as the target needs). Each indicator adds one choice of level; a group
 * with its own minimum is solved first into a cost curve of its own, whose Pareto points then
 * enter its parent as a single multiple-choice item (min-plus merging over the tree). Every
 * step is exhaustive over the choices, so the answer is optimal, not greedy.
 */

/** A node of the constraint tree: a range of indicator positions and the gain it needs. */
export interface SolverNode {
  readonly from: number;
  readonly to: number;
  /** Units of gain this node needs over the current levels (0 when unconstrained). */
  readonly need: number;
  /** Constrained sub-groups, disjoint, in position order. */
  readonly children: readonly SolverNode[];
}

/** What the solver reads of a choice: its options' gains and integer costs. */
export type SolverChoice = Pick<PlanChoice, 'gains' | 'costs'>;

export interface Solved {
  /** `curve[x]`: least scaled cost that gains at least `x` units and meets every need inside. */
  readonly curve: Float64Array;
  /** Writes the chosen option (index into `choices[i].gains`) for every position of the node. */
  backtrack(x: number, out: Int32Array): void;
}

interface Item {
  readonly gains: Float64Array;
  readonly costs: Float64Array;
  apply(option: number, x: number, out: Int32Array): void;
}

function choiceArray(options: number, size: number): Uint8Array | Uint16Array | Uint32Array {
  return options <= 0xff ? new Uint8Array(size) : options <= 0xffff ? new Uint16Array(size) : new Uint32Array(size);
}

/** The Pareto points of a curve: the largest gain for each distinct cost. */
function paretoItem(solved: Solved): Item {
  const { curve } = solved;
  // Stryker disable next-line ArrayDeclaration: a leading non-number becomes an option of gain 0 and cost NaN, which never wins a `<` comparison, so it is never picked nor backtracked
  const xs: number[] = [];
  for (let x = 0; x < curve.length; x++) {
    const cost = curve[x] as number;
    if (cost === Infinity) break;
    if (x === curve.length - 1 || cost < (curve[x + 1] as number)) xs.push(x);
  }
  const gains = Float64Array.from(xs);
  const costs = Float64Array.from(xs, (x) => curve[x] as number);
  return { gains, costs, apply: (option, _x, out) => solved.backtrack(gains[option] as number, out) };
}

/**
 * How many of a choice's options the solver needs when gains saturate at `cap`: options are
 * sorted by gain and cost, so past the first one that reaches `cap` none can be cheaper.
 */
function usefulOptions(gains: Float64Array, cap: number): number {
  let low = 0;
  let high = gains.length - 1;
  if ((gains[high] as number) < cap) return gains.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((gains[middle] as number) >= cap) high = middle;
    else low = middle + 1;
  }
  return low + 1;
}

/**
 * A lower bound of the inner-loop steps `solveNode` will take (Σ options × table size over its
 * items), computed before any table is allocated: a constrained group's cost curve enters its
 * parent as one item whose options are known only once the group is solved, so it counts as one
 * option here, and `solveNode` checks the rest against its budget as it goes.
 */
export function solverWork(node: SolverNode, choices: readonly SolverChoice[], cap: number): number {
  const size = Math.max(cap, node.need) + 1;
  let work = 0;
  let child = 0;
  for (let i = node.from; i < node.to; ) {
    const sub = node.children[child];
    if (sub !== undefined && sub.from === i) {
      work += solverWork(sub, choices, size - 1) + size;
      i = sub.to;
      child++;
    } else {
      work += usefulOptions((choices[i] as SolverChoice).gains, size - 1) * size;
      i++;
    }
  }
  return work;
}

/** Inner-loop steps the solver may still take; `solveNode` gives up (undefined) rather than pass it. */
export interface Budget {
  left: number;
}

/** Solves a node of the constraint tree, or undefined when that would take more than the budget. */
export function solveNode(node: SolverNode, choices: readonly SolverChoice[], cap: number, budget: Budget): Solved | undefined {
  const size = Math.max(cap, node.need) + 1;
  const items: Item[] = [];
  let child = 0;
  for (let i = node.from; i < node.to; ) {
    const sub = node.children[child];
    if (sub !== undefined && sub.from === i) {
      const solved = solveNode(sub, choices, size - 1, budget);
      if (solved === undefined) return undefined;
      items.push(paretoItem(solved));
      i = sub.to;
      child++;
    } else {
      const choice = choices[i] as SolverChoice;
      const position = i;
      const useful = usefulOptions(choice.gains, size - 1);
      items.push({ gains: choice.gains.subarray(0, useful), costs: choice.costs.subarray(0, useful), apply: (option, _x, out) => void (out[position] = option) });
      i++;
    }
  }

  // Two rows, swapped after each item: only the picks must be kept for backtracking.
  let dp = new Float64Array(size).fill(Infinity);
  let next = new Float64Array(size);
  dp[0] = 0;
  // Gains beyond what the items so far can add are unreachable: the loops stop there.
  let reach = 0;
  const picks: (Uint8Array | Uint16Array | Uint32Array)[] = [];
  for (const item of items) {
    budget.left -= item.gains.length * size;
    if (budget.left < 0) return undefined;
    next.fill(Infinity);
    const pick = choiceArray(item.gains.length, size);
    const { gains, costs } = item;
    // Stryker disable next-line MethodExpression: a larger reach only computes cells that stay Infinity (nothing reaches them yet) and writes past `size` that typed arrays ignore; costs and picks are unchanged
    reach = Math.min(size - 1, reach + (gains[gains.length - 1] as number));
    const end = reach + 1;
    // Option-major loops without a branch on the index: the hot loop of the planner.
    for (let j = 0; j < gains.length; j++) {
      const gain = gains[j] as number;
      const cost = costs[j] as number;
      const split = gain < end ? gain : end;
      const floor = cost + (dp[0] as number);
      for (let x = 0; x < split; x++) {
        if (floor < (next[x] as number)) {
          next[x] = floor;
          pick[x] = j;
        }
      }
      for (let x = split; x < end; x++) {
        const value = cost + (dp[x - gain] as number);
        if (value < (next[x] as number)) {
          next[x] = value;
          pick[x] = j;
        }
      }
    }
    [dp, next] = [next, dp];
    picks.push(pick);
  }

  const need = node.need;
  const curve = new Float64Array(size);
  for (let x = 0; x < size; x++) curve[x] = dp[x > need ? x : need] as number;
  return {
    curve,
    backtrack(x, out) {
      let at = x > need ? x : need;
      for (let k = items.length - 1; k >= 0; k--) {
        const item = items[k] as Item;
        const option = (picks[k] as Uint8Array)[at] as number;
        item.apply(option, at, out);
        const rest = at - (item.gains[option] as number);
        at = rest > 0 ? rest : 0;
      }
    },
  };
}
