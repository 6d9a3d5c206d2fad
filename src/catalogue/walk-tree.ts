import type { GroupDefinition, IndicatorDefinition } from '../model/catalogue.js';
import type { PathSegment } from '../model/issue.js';

/*
 * The one walk of a definition's tree, shared by the build and the validator: every group and
 * indicator in pre-order (tree order), linked to its parent and children.
 */

/** A group of the walked tree. */
export interface TreeGroup {
  readonly def: GroupDefinition;
  readonly parent: TreeGroup | undefined;
  /** Ids of this group and the groups above it, top first. */
  readonly lineage: readonly string[];
  /** Its sub-groups or indicators (none when the definition has both kinds, which is invalid). */
  readonly children: (TreeGroup | TreeIndicator)[];
  /** The indicators of the subtree are `indicators[from..to)`. */
  readonly from: number;
  to: number;
}

/** An indicator of the walked tree. */
export interface TreeIndicator {
  readonly def: IndicatorDefinition;
  readonly group: TreeGroup;
}

/** A definition's tree in pre-order. */
export interface Tree {
  readonly groups: TreeGroup[];
  readonly indicators: TreeIndicator[];
  readonly top: TreeGroup[];
}

/** Walks the groups in pre-order. */
export function walkTree(groups: readonly GroupDefinition[]): Tree {
  const tree: Tree = { groups: [], indicators: [], top: [] };
  const visit = (def: GroupDefinition, parent?: TreeGroup): TreeGroup => {
    const group: TreeGroup = { def, parent, lineage: [...(parent?.lineage ?? []), def.id], children: [], from: tree.indicators.length, to: 0 };
    tree.groups.push(group);
    // A group with both sub-groups and indicators is invalid (the validator says so): not walked.
    if (def.groups === undefined || def.indicators === undefined) {
      def.groups?.forEach((child) => group.children.push(visit(child, group)));
      def.indicators?.forEach((indicator) => {
        const node = { def: indicator, group };
        group.children.push(node);
        tree.indicators.push(node);
      });
    }
    group.to = tree.indicators.length;
    return group;
  };
  for (const group of groups) tree.top.push(visit(group));
  return tree;
}

/** Where each node is in the definition (["groups", 0, "indicators", 2]), for issues. */
export function pathsOf(tree: Tree): Map<TreeGroup | TreeIndicator, PathSegment[]> {
  const paths = new Map<TreeGroup | TreeIndicator, PathSegment[]>();
  tree.top.forEach((group, i) => paths.set(group, ['groups', i]));
  // Pre-order: a group's path is known before its children's.
  for (const group of tree.groups) {
    const key = group.def.groups ? 'groups' : 'indicators';
    group.children.forEach((child, i) => paths.set(child, [...paths.get(group)!, key, i]));
  }
  return paths;
}
