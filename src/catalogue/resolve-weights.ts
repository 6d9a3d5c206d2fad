import { add, div, rational, sub, ZERO, type Rational } from '../arithmetic/rational.js';
import { parseWeight } from './parse-weight.js';
import type { Tree } from './walk-tree.js';

/**
 * Resolves every node's weight exactly. Weights may be written on indicators, on groups, or both:
 * - a group's written weight must equal the sum of its children's weights;
 * - children without a weight share what their parent's weight leaves, equally (a group of 20
 *   over six unweighted items gives each exactly 20/6);
 * - a group without a weight weighs the sum of its children.
 * The resolution checks nothing: it records what it found at each group (the `shares`), and the
 * validator (check-weights.ts) turns those facts into issues. So the built-in catalogues, which
 * take this same path, carry no checks and no messages.
 *
 * Each node is visited a fixed number of times (two passes over the groups in tree order), and
 * results are kept in arrays by the nodes' positions: the work is linear in the catalogue's size.
 */

/**
 * What the resolution found among each group's children (by the group's position) and, last,
 * among the top-level groups (whose "parent" is the total): the sum of the children's own
 * weights (written, or a group's sum of children), how many have none, and what each of those
 * gets (what the group's weight leaves, shared equally). Three arrays rather than a tuple per
 * group: 100,000 fewer objects in a large catalogue.
 */
export interface Shares {
  readonly fixed: readonly Rational[];
  readonly open: readonly number[];
  readonly share: readonly Rational[];
}

/** Resolved weights by tree position, the total, and the facts found at each group. */
export interface ResolvedWeights {
  /** The weight of each of `tree.groups`, by position. */
  readonly groups: readonly Rational[];
  /** The weight of each of `tree.indicators`, by position. */
  readonly indicators: readonly Rational[];
  readonly total: Rational;
  /** What was found among each group's children, then (at `tree.groups.length`) the top level's. */
  readonly shares: Shares;
}

/** The weights of a tree; undefined when there is no total (none declared or parsable, nor a sum). */
export function resolveWeights(tree: Tree, declaredTotal: string | undefined): ResolvedWeights | undefined {
  const { groups, indicators, subgroups, from, to } = tree;
  const top = groups.map((_, g) => g).filter((g) => tree.parent[g]! < 0);
  // The weight each node has on its own: written, or (groups) the sum of fully weighted children.
  // Children are weighed even under a written weight: the validator checks theirs too.
  const ownIndicators = indicators.map((def) => parseWeight(def.weight));
  const ownGroups: (Rational | undefined)[] = new Array(groups.length);
  const sumOf = (own: readonly (Rational | undefined)[], list: readonly number[] | undefined, start: number, end: number): Rational | undefined => {
    let sum: Rational | undefined = ZERO;
    for (let k = start; k < end; k++) {
      const weight = own[list ? list[k]! : k];
      sum = sum && weight && (sum === ZERO ? weight : add(sum, weight));
    }
    return sum;
  };
  // A group's children: its sub-groups, or (when it has none) its own indicators, from..to.
  const childrenSum = (g: number): Rational | undefined =>
    subgroups[g]!.length > 0 ? sumOf(ownGroups, subgroups[g], 0, subgroups[g]!.length) : sumOf(ownIndicators, undefined, from[g]!, to[g]!);
  // Backwards through the pre-order: every group's sub-groups come before the group itself.
  for (let g = groups.length - 1; g >= 0; g--) ownGroups[g] = parseWeight(groups[g]!.weight) ?? childrenSum(g);
  const sum = sumOf(ownGroups, top, 0, top.length);
  const total = declaredTotal === undefined ? sum : parseWeight(declaredTotal);
  if (!total) return undefined;

  const groupWeights: Rational[] = new Array(groups.length);
  const indicatorWeights: Rational[] = new Array(indicators.length);
  const fixedAt: Rational[] = new Array(groups.length + 1);
  const openAt: number[] = new Array(groups.length + 1);
  const shareAt: Rational[] = new Array(groups.length + 1);
  /**
   * Gives each child its weight out of `weight` (into `out`, from `own`), and records what it
   * found at `at`. The children are `list[start..end)`, or positions start..end without a list.
   */
  const place = (
    own: readonly (Rational | undefined)[],
    out: Rational[],
    list: readonly number[] | undefined,
    start: number,
    end: number,
    weight: Rational,
    at: number,
  ): void => {
    let fixed = ZERO;
    let open = 0;
    for (let k = start; k < end; k++) {
      const mine = own[list ? list[k]! : k];
      if (mine) fixed = fixed === ZERO ? mine : add(fixed, mine);
      else open++;
    }
    const left = fixed === ZERO ? weight : sub(weight, fixed);
    const share = open === 0 ? ZERO : open === 1 ? left : div(left, rational(open));
    for (let k = start; k < end; k++) {
      const position = list ? list[k]! : k;
      out[position] = own[position] ?? share;
    }
    fixedAt[at] = fixed;
    openAt[at] = open;
    shareAt[at] = share;
  };
  place(ownGroups, groupWeights, top, 0, top.length, total, groups.length);
  // Forwards through the pre-order: every group's weight is placed before its children's.
  for (let g = 0; g < groups.length; g++) {
    const list = subgroups[g]!;
    if (list.length > 0) place(ownGroups, groupWeights, list, 0, list.length, groupWeights[g]!, g);
    else place(ownIndicators, indicatorWeights, undefined, from[g]!, to[g]!, groupWeights[g]!, g);
  }
  return { groups: groupWeights, indicators: indicatorWeights, total, shares: { fixed: fixedAt, open: openAt, share: shareAt } };
}
