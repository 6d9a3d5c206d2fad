import { formatExactDecimal } from '../arithmetic/decimal-string.js';
import { add, compare, div, rational, sub, ZERO, type Rational } from '../arithmetic/rational.js';
import type { GroupDefinition, IndicatorDefinition } from '../model/catalogue.js';
import type { Issue, PathSegment } from '../model/issue.js';
import { catalogueIssue } from './catalogue-issues.js';
import { parseWeight } from './parse-weight.js';

/**
 * Resolves every node's weight exactly. Weights may be written on indicators, on groups, or both:
 * - a group's written weight must equal the sum of its children's weights;
 * - children without a weight share what their parent's weight leaves, equally (a group of 20
 *   over six unweighted items gives each exactly 20/6);
 * - a group without a weight weighs the sum of its children.
 */

type Node = GroupDefinition | IndicatorDefinition;

function isGroup(node: Node): node is GroupDefinition {
  return 'tier' in node;
}

function childrenOf(group: GroupDefinition): readonly Node[] {
  return group.groups ?? group.indicators ?? [];
}

export interface ResolvedWeights {
  /** Resolved weight per node object. */
  readonly weights: Map<Node, Rational>;
  readonly total: Rational;
}

function readWeight(node: Node, path: readonly PathSegment[], issues: Issue[]): Rational | undefined {
  if (node.weight === undefined) return undefined;
  const weight = parseWeight(node.weight);
  if (weight === undefined) {
    issues.push(
      catalogueIssue(
        'catalogue.weight_invalid',
        [...path, 'weight'],
        `Bobot "${node.id}" harus berupa teks desimal seperti "1.30" (atau pecahan tepat seperti "10/3").`,
        `The weight of "${node.id}" must be a decimal string such as "1.30" (or an exact fraction such as "10/3").`,
        { expected: 'decimal string', received: node.weight },
      ),
    );
    return undefined;
  }
  if (compare(weight, ZERO) <= 0) {
    issues.push(
      catalogueIssue(
        'catalogue.weight_not_positive',
        [...path, 'weight'],
        `Bobot "${node.id}" harus lebih besar dari 0.`,
        `The weight of "${node.id}" must be greater than 0.`,
        { expected: '> 0', received: node.weight },
      ),
    );
    return undefined;
  }
  return weight;
}

/** The weight a node has on its own (written, or the sum of fully weighted children). */
function intrinsic(
  node: Node,
  path: readonly PathSegment[],
  intrinsics: Map<Node, Rational | undefined>,
  issues: Issue[],
): Rational | undefined {
  const own = readWeight(node, path, issues);
  let result = own;
  if (isGroup(node)) {
    const key = node.groups ? 'groups' : 'indicators';
    let sum: Rational | undefined = ZERO;
    childrenOf(node).forEach((child, i) => {
      const weight = intrinsic(child, [...path, key, i], intrinsics, issues);
      sum = sum === undefined || weight === undefined ? undefined : add(sum, weight);
    });
    result = own ?? sum;
  }
  intrinsics.set(node, result);
  return result;
}

function assign(
  nodes: readonly Node[],
  available: Rational,
  owner: { id: string; path: readonly PathSegment[] },
  childPath: (i: number) => PathSegment[],
  intrinsics: Map<Node, Rational | undefined>,
  weights: Map<Node, Rational>,
  issues: Issue[],
): void {
  let fixed = ZERO;
  let open = 0;
  for (const node of nodes) {
    const weight = intrinsics.get(node);
    if (weight === undefined) open++;
    else fixed = add(fixed, weight);
  }
  const share = open > 0 ? div(sub(available, fixed), rational(open)) : undefined;
  if (open === 0 && compare(fixed, available) !== 0) {
    issues.push(
      catalogueIssue(
        'catalogue.weight_mismatch',
        [...owner.path, 'weight'],
        `Bobot "${owner.id}" (${formatExactDecimal(available)}) tidak sama dengan jumlah bobot anggotanya (${formatExactDecimal(fixed)}).`,
        `The weight of "${owner.id}" (${formatExactDecimal(available)}) differs from the sum of its children's weights (${formatExactDecimal(fixed)}).`,
        { expected: formatExactDecimal(fixed), received: formatExactDecimal(available) },
      ),
    );
  }
  if (share !== undefined && compare(share, ZERO) <= 0) {
    issues.push(
      catalogueIssue(
        'catalogue.weight_not_positive',
        [...owner.path, 'weight'],
        `Bobot "${owner.id}" tidak menyisakan bobot positif untuk anggota tanpa bobot.`,
        `The weight of "${owner.id}" leaves no positive weight for its unweighted children.`,
      ),
    );
    return;
  }
  nodes.forEach((node, i) => {
    const weight = intrinsics.get(node) ?? (share as Rational);
    weights.set(node, weight);
    if (!isGroup(node)) return;
    const key = node.groups ? 'groups' : 'indicators';
    const path = childPath(i);
    assign(
      childrenOf(node),
      weight,
      { id: node.id, path },
      (j) => [...path, key, j],
      intrinsics,
      weights,
      issues,
    );
  });
}

/** Resolves the weight of every group and indicator; pushes issues for every inconsistency. */
export function resolveWeights(
  groups: readonly GroupDefinition[],
  declaredTotal: string | undefined,
  issues: Issue[],
): ResolvedWeights | undefined {
  const before = issues.length;
  const intrinsics = new Map<Node, Rational | undefined>();
  groups.forEach((group, i) => intrinsic(group, ['groups', i], intrinsics, issues));
  if (issues.length > before) return undefined;

  let total: Rational | undefined;
  if (declaredTotal !== undefined) {
    total = parseWeight(declaredTotal);
    if (total === undefined || compare(total, ZERO) <= 0) {
      issues.push(
        catalogueIssue(
          'catalogue.weight_invalid',
          ['totalWeight'],
          'Bobot total harus berupa teks desimal positif seperti "100".',
          'The total weight must be a positive decimal string such as "100".',
          { expected: 'decimal string', received: declaredTotal },
        ),
      );
      return undefined;
    }
  } else {
    let sum: Rational | undefined = ZERO;
    for (const group of groups) {
      const weight = intrinsics.get(group);
      sum = sum === undefined || weight === undefined ? undefined : add(sum, weight);
    }
    if (sum === undefined) {
      issues.push(
        catalogueIssue(
          'catalogue.weight_undetermined',
          ['totalWeight'],
          'Bobot tidak dapat ditentukan: beri bobot pada kelompok teratas atau nyatakan totalWeight.',
          'Weights cannot be determined: give the top-level groups weights or declare totalWeight.',
        ),
      );
      return undefined;
    }
    total = sum;
  }

  const weights = new Map<Node, Rational>();
  const mismatchIssues: Issue[] = [];
  assign(groups, total, { id: 'totalWeight', path: [] }, (i) => ['groups', i], intrinsics, weights, mismatchIssues);
  for (const issue of mismatchIssues) {
    if (issue.code === 'catalogue.weight_mismatch' && issue.path.length === 1) {
      issues.push(
        catalogueIssue(
          'catalogue.weight_total_mismatch',
          ['totalWeight'],
          `Jumlah bobot (${issue.expected ?? ''}) tidak sama dengan bobot total yang dinyatakan (${declaredTotal ?? ''}).`,
          `The weights add up to ${issue.expected ?? ''}, not the declared total weight ${declaredTotal ?? ''}.`,
          { expected: declaredTotal ?? '', received: issue.expected ?? '' },
        ),
      );
    } else if (issue.code === 'catalogue.weight_not_positive' && issue.path.length === 1) {
      // The top level's "owner" is the declared total: point at totalWeight, not at a "weight" field.
      issues.push(
        catalogueIssue(
          'catalogue.weight_not_positive',
          ['totalWeight'],
          `Bobot total yang dinyatakan (${declaredTotal ?? ''}) tidak menyisakan bobot positif untuk kelompok teratas tanpa bobot.`,
          `The declared total weight ${declaredTotal ?? ''} leaves no positive weight for the unweighted top-level groups.`,
        ),
      );
    } else {
      issues.push(issue);
    }
  }
  if (issues.length > before) return undefined;
  return { weights, total };
}
