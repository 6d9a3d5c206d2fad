import type { GroupDefinition, IndicatorDefinition } from '../model/catalogue.js';
import type { PathSegment } from '../model/issue.js';

/*
 * The one walk of a definition's tree, shared by the build and the validator: every group and
 * indicator in pre-order (tree order), with what the others need to know of each kept in flat
 * arrays by position rather than in an object per node (a catalogue of 100,000 indicators would
 * otherwise keep 300,000 more objects alive through every garbage collection of its build).
 */

/** A definition's tree in pre-order; every array is by position. */
export interface Tree {
  /** The groups in pre-order. */
  readonly groups: readonly GroupDefinition[];
  /** Each group's parent's position; -1 for a top-level group. */
  readonly parent: readonly number[];
  /** Each group's place among its parent's sub-groups (or among the top-level groups). */
  readonly index: readonly number[];
  /** Ids of each group and the groups above it, top first (its indicators' `groupPath`). */
  readonly lineage: readonly (readonly string[])[];
  /** Each group's sub-groups (positions); none for a group of indicators, or one with both kinds (invalid: not walked). */
  readonly subgroups: readonly (readonly number[])[];
  /** The indicators of group g's subtree are `indicators[from[g]..to[g])`: for a group without sub-groups, its own. */
  readonly from: readonly number[];
  readonly to: readonly number[];
  /** The indicators in tree order. */
  readonly indicators: readonly IndicatorDefinition[];
  /** Each indicator's group (position). */
  readonly owner: readonly number[];
}

const NONE: readonly number[] = [];

/** Walks the groups in pre-order. */
export function walkTree(definitions: readonly GroupDefinition[]): Tree {
  const groups: GroupDefinition[] = [];
  const parent: number[] = [];
  const index: number[] = [];
  const lineage: (readonly string[])[] = [];
  const subgroups: (readonly number[])[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const indicators: IndicatorDefinition[] = [];
  const owner: number[] = [];
  const visit = (def: GroupDefinition, at: number, up: number): number => {
    const g = groups.push(def) - 1;
    // A group with both sub-groups and indicators is invalid (the validator says so): not walked.
    const list = def.groups === undefined || def.indicators === undefined ? (def.groups ?? def.indicators) : undefined;
    parent.push(up);
    index.push(at);
    lineage.push(up < 0 ? [def.id] : [...lineage[up]!, def.id]);
    subgroups.push(NONE);
    from.push(indicators.length);
    to.push(0);
    if (list && list === def.groups) {
      const children: number[] = [];
      for (let i = 0; i < list.length; i++) children.push(visit(list[i] as GroupDefinition, i, g));
      subgroups[g] = children;
    } else if (list) {
      for (let i = 0; i < list.length; i++) {
        indicators.push(list[i] as IndicatorDefinition);
        owner.push(g);
      }
    }
    to[g] = indicators.length;
    return g;
  };
  for (let i = 0; i < definitions.length; i++) visit(definitions[i]!, i, -1);
  return { groups, parent, index, lineage, subgroups, from, to, indicators, owner };
}

/**
 * Where group `g` is in the definition (["groups", 0, "groups", 2]), for issues. Built on demand
 * (a few steps up the tree), so a valid catalogue never pays for the paths of its nodes.
 */
export function groupPath(tree: Tree, g: number): PathSegment[] {
  const path: PathSegment[] = [];
  for (; g >= 0; g = tree.parent[g]!) path.push(tree.index[g]!, 'groups');
  return path.reverse();
}

/** Where indicator `i` is in the definition (["groups", 0, "indicators", 2]), for issues. */
export function indicatorPath(tree: Tree, i: number): PathSegment[] {
  const g = tree.owner[i]!;
  return [...groupPath(tree, g), 'indicators', i - tree.from[g]!];
}
