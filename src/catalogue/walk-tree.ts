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
  /** Its place in `tree.groups`. */
  readonly position: number;
  /** Its place among its parent's sub-groups (or among the top-level groups). */
  readonly index: number;
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
  /** Its place in `tree.indicators`. */
  readonly position: number;
  /** Its place among its group's indicators. */
  readonly index: number;
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
  const visit = (def: GroupDefinition, index: number, parent?: TreeGroup): TreeGroup => {
    const lineage = parent === undefined ? [def.id] : [...parent.lineage, def.id];
    // A group with both sub-groups and indicators is invalid (the validator says so): not walked.
    const list = def.groups === undefined || def.indicators === undefined ? (def.groups ?? def.indicators) : undefined;
    // Sized up front: an array grown by push from empty reserves 17 slots for one child, which a
    // catalogue of 100,000 one-indicator groups keeps (and copies in every garbage collection).
    const children: (TreeGroup | TreeIndicator)[] = new Array(Array.isArray(list) ? list.length : 0);
    const group: TreeGroup = { def, parent, position: tree.groups.length, index, lineage, children, from: tree.indicators.length, to: 0 };
    tree.groups.push(group);
    if (list && list === def.groups) {
      for (let i = 0; i < list.length; i++) children[i] = visit(list[i] as GroupDefinition, i, group);
    } else if (list) {
      for (let i = 0; i < list.length; i++) {
        const node: TreeIndicator = { def: list[i] as IndicatorDefinition, group, position: tree.indicators.length, index: i };
        children[i] = node;
        tree.indicators.push(node);
      }
    }
    group.to = tree.indicators.length;
    return group;
  };
  for (let i = 0; i < groups.length; i++) tree.top.push(visit(groups[i]!, i));
  return tree;
}

/**
 * Where a node is in the definition (["groups", 0, "indicators", 2]), for issues. Built on demand
 * (a few steps up the tree), so a valid catalogue never pays for the paths of its nodes.
 */
export function pathOf(node: TreeGroup | TreeIndicator): PathSegment[] {
  const path: PathSegment[] = [];
  let group: TreeGroup | undefined;
  if ('group' in node) {
    path.push(node.index, 'indicators');
    group = node.group;
  } else {
    group = node;
  }
  for (; group !== undefined; group = group.parent) path.push(group.index, 'groups');
  return path.reverse();
}
