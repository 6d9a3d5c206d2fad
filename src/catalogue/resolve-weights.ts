import { add, div, rational, sub, ZERO, type Rational } from '../arithmetic/rational.js';
import { parseWeight } from './parse-weight.js';
import type { Tree, TreeGroup, TreeIndicator } from './walk-tree.js';

/**
 * Resolves every node's weight exactly. Weights may be written on indicators, on groups, or both:
 * - a group's written weight must equal the sum of its children's weights;
 * - children without a weight share what their parent's weight leaves, equally (a group of 20
 *   over six unweighted items gives each exactly 20/6);
 * - a group without a weight weighs the sum of its children.
 * The resolution checks nothing: it records what it found at each group (the `shares`), and the
 * validator (check-weights.ts) turns those facts into issues. So the built-in catalogues, which
 * take this same path, carry no checks and no messages.
 */

type Node = TreeGroup | TreeIndicator;

/**
 * What the resolution found among a group's children (`undefined` is the top level): the sum of
 * the children's own weights (written, or a group's sum of children), how many have none, and
 * what each of those gets (what the group's weight leaves, shared equally).
 */
export type Share = readonly [fixed: Rational, open: number, share: Rational];

/** Resolved weights by tree node, the total, and the facts found at each group. */
export interface ResolvedWeights {
  readonly weights: Map<Node, Rational>;
  readonly total: Rational;
  readonly shares: Map<TreeGroup | undefined, Share>;
}

/** The weights of a tree; undefined when there is no total (none declared or parsable, nor a sum). */
export function resolveWeights(tree: Tree, declaredTotal: string | undefined): ResolvedWeights | undefined {
  // The weight each node has on its own: written, or (groups) the sum of fully weighted children.
  const intrinsic = new Map<Node, Rational | undefined>();
  const sumOf = (nodes: readonly Node[]): Rational | undefined =>
    nodes.reduce<Rational | undefined>((sum, node) => {
      const weight = intrinsicOf(node);
      return sum && weight && add(sum, weight);
    }, ZERO);
  const intrinsicOf = (node: Node): Rational | undefined => {
    // Children are weighed even under a written weight: the validator checks theirs too.
    const sum = 'children' in node ? sumOf(node.children) : undefined;
    const weight = parseWeight(node.def.weight) ?? sum;
    intrinsic.set(node, weight);
    return weight;
  };
  const sum = sumOf(tree.top);
  const total = declaredTotal === undefined ? sum : parseWeight(declaredTotal);
  if (!total) return undefined;

  const resolved: ResolvedWeights = { weights: new Map(), total, shares: new Map() };
  const assign = (owner: TreeGroup | undefined, nodes: readonly Node[], weight: Rational): void => {
    let fixed = ZERO;
    let open = 0;
    for (const node of nodes) {
      const written = intrinsic.get(node);
      if (written) fixed = add(fixed, written);
      else open++;
    }
    const share = open > 0 ? div(sub(weight, fixed), rational(open)) : ZERO;
    resolved.shares.set(owner, [fixed, open, share]);
    for (const node of nodes) {
      const own = intrinsic.get(node) ?? share;
      resolved.weights.set(node, own);
      if ('children' in node) assign(node, node.children, own);
    }
  };
  assign(undefined, tree.top, total);
  return resolved;
}
