import { formatExactDecimal } from '../arithmetic/decimal-string.js';
import { catalogueIssue } from './catalogue-issues.js';
import { compare, ZERO } from '../arithmetic/rational.js';
import type { Issue, PathSegment } from '../model/issue.js';
import { resolveWeights, type ResolvedWeights } from './resolve-weights.js';
import { parseWeight } from './parse-weight.js';
import { groupPath, indicatorPath, type Tree } from './walk-tree.js';

/**
 * Checks the weights as the build resolves them, and returns them when they hold: first every
 * written weight (in tree order), then the declared total, then at each group, top-down, whether
 * its children add up to its weight or leave a positive share for the unweighted ones. A failing
 * stage ends the check, so one mistake is reported once, not again in every sum it spoils.
 */
export function checkWeights(tree: Tree, declaredTotal: string | undefined, issues: Issue[]): ResolvedWeights | undefined {
  const before = issues.length;
  // Indicator `position`, or group `position` when `isGroup`.
  const written = (position: number, isGroup: boolean): void => {
    const def = (isGroup ? tree.groups : tree.indicators)[position]!;
    const text = def.weight;
    if (text === undefined) return;
    const weight = parseWeight(text);
    if (weight && compare(weight, ZERO) > 0) return;
    const { id } = def;
    const path = (): PathSegment[] => [...(isGroup ? groupPath : indicatorPath)(tree, position), 'weight'];
    issues.push(
      weight
        ? catalogueIssue('catalogue.weight_not_positive', path(), `Bobot "${id}" harus lebih besar dari 0.`, `The weight of "${id}" must be greater than 0.`, {
            expected: '> 0',
            received: text,
          })
        : catalogueIssue(
            'catalogue.weight_invalid',
            path(),
            `Bobot "${id}" harus berupa teks desimal seperti "1.30" (atau pecahan tepat seperti "10/3").`,
            `The weight of "${id}" must be a decimal string such as "1.30" (or an exact fraction such as "10/3").`,
            { expected: 'decimal string', received: text },
          ),
    );
  };
  // Tree order: each group, then its indicators.
  for (let g = 0; g < tree.groups.length; g++) {
    written(g, true);
    // A group without sub-groups: its own indicators (none when it has both kinds, not walked).
    if (!tree.groups[g]!.groups) for (let i = tree.from[g]!; i < tree.to[g]!; i++) written(i, false);
  }
  if (issues.length > before) return undefined;

  const total = declaredTotal ?? '';
  const declared = declaredTotal === undefined ? undefined : parseWeight(declaredTotal);
  if (declaredTotal !== undefined && !(declared && compare(declared, ZERO) > 0)) {
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
  const resolved = resolveWeights(tree, declaredTotal);
  if (!resolved) {
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

  // Below a group that leaves nothing for its unweighted children, the weights mean nothing.
  // By position; the top level is -1.
  const spoiled = new Set<number>();
  // The top level first (its "owner" is the declared total), then every group in tree order.
  for (let g = -1; g < tree.groups.length; g++) {
    const owner = g < 0 ? undefined : tree.groups[g]!;
    if (owner && spoiled.has(tree.parent[g]!)) {
      spoiled.add(g);
      continue;
    }
    // The top level's facts are recorded after every group's.
    const at = owner ? g : tree.groups.length;
    const fixed = resolved.shares.fixed[at]!;
    const open = resolved.shares.open[at]!;
    const share = resolved.shares.share[at]!;
    const weight = owner ? resolved.groups[g]! : resolved.total;
    if (open === 0 && compare(fixed, weight) !== 0) {
      // Formatted only for the message: a valid catalogue of 100,000 groups formats none.
      const sum = formatExactDecimal(fixed);
      const own = formatExactDecimal(weight);
      issues.push(
        owner
          ? catalogueIssue(
              'catalogue.weight_mismatch',
              [...groupPath(tree, g), 'weight'],
              `Bobot "${owner.id}" (${own}) tidak sama dengan jumlah bobot anggotanya (${sum}).`,
              `The weight of "${owner.id}" (${own}) differs from the sum of its children's weights (${sum}).`,
              { expected: sum, received: own },
            )
          : catalogueIssue(
              'catalogue.weight_total_mismatch',
              ['totalWeight'],
              `Jumlah bobot (${sum}) tidak sama dengan bobot total yang dinyatakan (${total}).`,
              `The weights add up to ${sum}, not the declared total weight ${total}.`,
              { expected: total, received: sum },
            ),
      );
    }
    if (open > 0 && compare(share, ZERO) <= 0) {
      spoiled.add(g);
      // The top level's "owner" is the declared total: point at totalWeight, not at a "weight" field.
      issues.push(
        owner
          ? catalogueIssue(
              'catalogue.weight_not_positive',
              [...groupPath(tree, g), 'weight'],
              `Bobot "${owner.id}" tidak menyisakan bobot positif untuk anggota tanpa bobot.`,
              `The weight of "${owner.id}" leaves no positive weight for its unweighted children.`,
            )
          : catalogueIssue(
              'catalogue.weight_not_positive',
              ['totalWeight'],
              `Bobot total yang dinyatakan (${total}) tidak menyisakan bobot positif untuk kelompok teratas tanpa bobot.`,
              `The declared total weight ${total} leaves no positive weight for the unweighted top-level groups.`,
            ),
      );
    }
  }
  return issues.length > before ? undefined : resolved;
}
