import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupPath, indicatorPath, walkTree } from '../../src/catalogue/walk-tree.js';
import type { GroupDefinition, IndicatorDefinition } from '../../src/model/catalogue.js';
import type { PathSegment } from '../../src/model/issue.js';

/*
 * The walk keeps its facts in flat arrays by position. The reference below is the walk it
 * replaced (an object per node, linked to parent and children): on random trees, valid or not
 * (groups with both kinds of children, with neither, empty lists), both must give the same
 * order, parents, places, children, indicator ranges and paths.
 */
interface RefGroup {
  def: GroupDefinition;
  parent: RefGroup | undefined;
  position: number;
  index: number;
  lineage: string[];
  children: (RefGroup | RefIndicator)[];
  from: number;
  to: number;
}
interface RefIndicator {
  def: IndicatorDefinition;
  group: RefGroup;
  position: number;
  index: number;
}

function referenceWalk(groups: readonly GroupDefinition[]) {
  const tree = { groups: [] as RefGroup[], indicators: [] as RefIndicator[], top: [] as RefGroup[] };
  const visit = (def: GroupDefinition, index: number, parent?: RefGroup): RefGroup => {
    const lineage = parent === undefined ? [def.id] : [...parent.lineage, def.id];
    const list = def.groups === undefined || def.indicators === undefined ? (def.groups ?? def.indicators) : undefined;
    const children: (RefGroup | RefIndicator)[] = [];
    const group: RefGroup = { def, parent, position: tree.groups.length, index, lineage, children, from: tree.indicators.length, to: 0 };
    tree.groups.push(group);
    if (list && list === def.groups) {
      for (let i = 0; i < list.length; i++) children.push(visit(list[i] as GroupDefinition, i, group));
    } else if (list) {
      for (let i = 0; i < list.length; i++) {
        const node: RefIndicator = { def: list[i] as IndicatorDefinition, group, position: tree.indicators.length, index: i };
        children.push(node);
        tree.indicators.push(node);
      }
    }
    group.to = tree.indicators.length;
    return group;
  };
  for (let i = 0; i < groups.length; i++) tree.top.push(visit(groups[i]!, i));
  return tree;
}

function referencePath(node: RefGroup | RefIndicator): PathSegment[] {
  const path: PathSegment[] = [];
  let group: RefGroup | undefined;
  if ('group' in node) {
    path.push(node.index, 'indicators');
    group = node.group;
  } else {
    group = node;
  }
  for (; group !== undefined; group = group.parent) path.push(group.index, 'groups');
  return path.reverse();
}

let counter = 0;
const indicator = fc.constant(null).map((): IndicatorDefinition => ({ id: `i${++counter}`, number: counter, name: { id: 'x', en: 'x' }, scale: 's' }));
const group: fc.Arbitrary<GroupDefinition> = fc.letrec<{ group: GroupDefinition }>((tie) => ({
  group: fc
    .record({
      groups: fc.option(fc.array(tie('group'), { maxLength: 3 }), { nil: undefined, depthSize: 'small' }),
      indicators: fc.option(fc.array(indicator, { maxLength: 4 }), { nil: undefined }),
    })
    .map(({ groups, indicators }) => ({
      id: `g${++counter}`,
      tier: 't',
      name: { id: 'x', en: 'x' },
      ...(groups === undefined ? {} : { groups }),
      ...(indicators === undefined ? {} : { indicators }),
    })),
})).group;

describe('walkTree', () => {
  it('gives the facts of the object-per-node walk it replaced, on random trees valid or not', () => {
    fc.assert(
      fc.property(fc.array(group, { maxLength: 4 }), (groups) => {
        const tree = walkTree(groups);
        const ref = referenceWalk(groups);
        expect(tree.groups).toEqual(ref.groups.map((node) => node.def));
        tree.groups.forEach((def, g) => expect(def).toBe(ref.groups[g]!.def));
        expect(tree.indicators.length).toBe(ref.indicators.length);
        tree.indicators.forEach((def, i) => expect(def).toBe(ref.indicators[i]!.def));
        expect(tree.groups.flatMap((_, g) => (tree.parent[g] === -1 ? [g] : []))).toEqual(ref.top.map((node) => node.position));
        ref.groups.forEach((node, g) => {
          expect(tree.parent[g]).toBe(node.parent?.position ?? -1);
          expect(tree.index[g]).toBe(node.index);
          expect([tree.from[g], tree.to[g]]).toEqual([node.from, node.to]);
          // Its children: the sub-groups, or (without any) its own indicators.
          const subgroups = tree.subgroups[g]!;
          const children = subgroups.length > 0 ? subgroups.map((c) => tree.groups[c]) : tree.indicators.slice(tree.from[g], tree.to[g]);
          expect(children).toEqual(node.children.map((child) => child.def));
          expect(subgroups).toEqual(node.children.filter((child) => !('group' in child)).map((child) => child.position));
          expect(groupPath(tree, g)).toEqual(referencePath(node));
        });
        ref.indicators.forEach((node, i) => {
          expect(tree.owner[i]).toBe(node.group.position);
          expect(indicatorPath(tree, i)).toEqual(referencePath(node));
        });
      }),
      { numRuns: 500 },
    );
  });

  it('walks a group with both kinds of children no further, and keeps its empty place', () => {
    const both: GroupDefinition = { id: 'B', tier: 't', name: { id: 'x', en: 'x' }, groups: [{ id: 'C', tier: 't', name: { id: 'x', en: 'x' }, indicators: [] }], indicators: [] };
    const tree = walkTree([both]);
    expect(tree.groups).toEqual([both]);
    expect(tree.subgroups).toEqual([[]]);
    expect([tree.from[0], tree.to[0]]).toEqual([0, 0]);
  });
});
