import type { Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';

function ceilDiv(num: bigint, den: bigint): bigint {
  return num <= 0n ? 0n : (num + den - 1n) / den;
}

/** Units of gain needed over the current sum to reach `value` on a range of `units` total weight. */
export function needOf(value: Rational, units: number, currentSum: number): number {
  const required = ceilDiv(value.num * BigInt(units), value.den);
  const need = required - BigInt(currentSum);
  return need > 0n ? Number(need) : 0;
}

/** A range of indicator positions, what it needs, and its constrained sub-groups in position order. */
export interface ConstraintNode<N = number> {
  readonly from: number;
  readonly to: number;
  readonly need: N;
  readonly children: readonly ConstraintNode<N>[];
}

/** Nests the constrained groups (ranges are laminar: pre-order, from/to) under a root. */
export function constraintTree<N = number>(catalogue: Catalogue, rootNeed: N, groupNeeds: ReadonlyMap<number, N>): ConstraintNode<N> {
  type Mutable = { from: number; to: number; need: N; children: Mutable[] };
  const root: Mutable = { from: 0, to: catalogue.indicators.length, need: rootNeed, children: [] };
  const stack: Mutable[] = [root];
  const positions = [...groupNeeds.keys()].sort((a, b) => a - b); // pre-order: parents first
  for (const position of positions) {
    const group = catalogue.groups[position]!;
    const node: Mutable = { from: group.from, to: group.to, need: groupNeeds.get(position) as N, children: [] };
    while (stack.length > 1 && !((stack.at(-1) as Mutable).from <= node.from && node.to <= (stack.at(-1) as Mutable).to)) stack.pop();
    (stack.at(-1) as Mutable).children.push(node);
    stack.push(node);
  }
  return root;
}
