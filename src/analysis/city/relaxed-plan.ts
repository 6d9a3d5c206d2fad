import { add, bigLcm, compare, mul, rational, sub, ZERO, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import { constraintTree, type ConstraintNode } from '../plan/constraint-tree.js';
import type { MenuNeeds, MenuOption, MenuSolution } from './solve-menus.js';

/*
 * The city plan past its exact tables: a plan from the linear relaxation, and a proof of how far
 * from the cheapest it can be.
 *
 * Each item (an indicator's menu, or one unit's options on one indicator) offers options of
 * rising gain and cost, the first where it stands. Its lower convex hull is what the relaxation
 * may buy of it at each price; bought in order of cost per gain (cheapest first), within each
 * constrained group and then across the index, the hull segments meet every need, the last one
 * taken whole. That is a real plan (every item ends at one of its own options), and it meets the
 * needs exactly (the gains are summed as rationals).
 *
 * The bound does not rest on the greedy order being right: for any prices λ ≥ 0, one per need,
 *   Σ λ × need + Σ over items of min over options (cost − p × gain),  p = Σ λ of the needs it is in,
 * is at most the cost of every plan meeting the needs (weak duality: each plan's cost is at least
 * that sum). The prices are those the greedy stopped at, which makes the bound the relaxation's
 * optimum when the order is exact; the sum is evaluated exactly, then rounded up to the smallest
 * cost step (every plan's cost is a whole number of them).
 */

/**
 * One item: the indicator position it belongs to, and its options' gains (whole multiples of
 * `unit`, never falling) and costs (never falling), the first where the item stands.
 */
export interface RelaxedItem {
  readonly position: number;
  readonly unit: Rational;
  readonly gains: readonly bigint[];
  readonly costs: readonly Rational[];
}

/** An item from options with exact gains: their unit is one over the gains' common denominator. */
export function relaxedItem(position: number, options: readonly MenuOption[]): RelaxedItem {
  let scale = 1n;
  for (const option of options) scale = bigLcm(scale, option.gain.den);
  return { position, unit: rational(1n, scale), gains: options.map((option) => (option.gain.num * scale) / option.gain.den), costs: options.map((option) => option.cost) };
}

/** The gain of an item's option. */
function gainAt(item: RelaxedItem, option: number): Rational {
  return mul(item.unit, rational(item.gains[option] as bigint));
}

interface Hull {
  /** Indices of the options on the lower convex hull, from the first. */
  readonly vertices: number[];
  /** Costs in whole cost steps. */
  readonly costs: bigint[];
  readonly item: RelaxedItem;
}

interface Segment {
  readonly item: number;
  /** The hull vertex (position in `vertices`) the segment ends at. */
  readonly to: number;
  /** Cost steps per gain, exact. */
  readonly num: bigint;
  readonly den: bigint;
  /** The same ratio as a double, only to sort by. */
  readonly key: number;
}

function hullOf(item: RelaxedItem, costScale: bigint): Hull {
  const costs = item.costs.map((cost) => (cost.num * costScale) / cost.den);
  const gains = item.gains;
  const vertices: number[] = [];
  // A unit of 0 gains nothing: the item stays where it is.
  if (item.unit.num === 0n) return { vertices: [0], costs, item };
  costs.forEach((_, j) => {
    const last = vertices.at(-1);
    // A gain no higher than the last kept one never costs less: dominated.
    if (last !== undefined && (gains[j] as bigint) <= (gains[last] as bigint)) return;
    while (vertices.length >= 2) {
      const a = vertices.at(-2) as number;
      const b = vertices.at(-1) as number;
      // b stays only when strictly below the segment from a to j (slopes strictly rising).
      const left = ((costs[b] as bigint) - (costs[a] as bigint)) * ((gains[j] as bigint) - (gains[b] as bigint));
      const right = ((costs[j] as bigint) - (costs[b] as bigint)) * ((gains[b] as bigint) - (gains[a] as bigint));
      if (left < right) break;
      vertices.pop();
    }
    vertices.push(j);
  });
  return { vertices, costs, item };
}

/** Cost steps per gain of the hull segment ending at vertex k, exact: ΔC / (ΔG × unit). */
function ratioOf(hull: Hull, k: number): { num: bigint; den: bigint } {
  const a = hull.vertices[k - 1] as number;
  const b = hull.vertices[k] as number;
  const { unit, gains } = hull.item;
  return { num: ((hull.costs[b] as bigint) - (hull.costs[a] as bigint)) * unit.den, den: ((gains[b] as bigint) - (gains[a] as bigint)) * unit.num };
}

/** a/b < c/d for positive denominators. */
function below(a: { num: bigint; den: bigint }, c: { num: bigint; den: bigint }): boolean {
  return a.num * c.den < c.num * a.den;
}

/**
 * A plan meeting every need from the relaxation, with a proven lower bound on the cheapest plan's
 * cost; undefined when even every item's last option does not meet the needs.
 */
export function relaxedPlan(catalogue: Catalogue, items: readonly RelaxedItem[], needs: MenuNeeds): MenuSolution | undefined {
  let costScale = 1n;
  for (const item of items) for (const cost of item.costs) costScale = bigLcm(costScale, cost.den);
  const hulls = items.map((item) => hullOf(item, costScale));
  const segments: Segment[] = [];
  hulls.forEach((hull, item) => {
    for (let k = 1; k < hull.vertices.length; k++) {
      const { num, den } = ratioOf(hull, k);
      segments.push({ item, to: k, num, den, key: Number(num) / Number(den) });
    }
  });
  // Cheapest per gain first; an item's own segments stay in hull order.
  segments.sort((a, b) => a.key - b.key || a.item - b.item || a.to - b.to);

  const at = items.map(() => 0); // each item's hull vertex
  const taken: number[] = []; // items in the order the greedy raised them
  const gainOf = (item: number): Rational => gainAt(items[item] as RelaxedItem, (hulls[item] as Hull).vertices[at[item] as number] as number);
  const tree = constraintTree<Rational>(catalogue, needs.index, needs.groups);
  // Per node: the cost per gain of the segment that met its need (none when it was met already).
  const stops = new Map<ConstraintNode<Rational>, { num: bigint; den: bigint }>();
  const inside = (node: ConstraintNode<Rational>, item: number) => {
    const position = (items[item] as RelaxedItem).position;
    return node.from <= position && position < node.to;
  };
  const meet = (node: ConstraintNode<Rational>): boolean => {
    for (const child of node.children) if (!meet(child)) return false;
    let gained = ZERO;
    items.forEach((_, item) => {
      if (inside(node, item)) gained = add(gained, gainOf(item));
    });
    if (compare(gained, node.need) >= 0) return true;
    for (const segment of segments) {
      if (!inside(node, segment.item) || segment.to <= (at[segment.item] as number)) continue;
      const before = gainOf(segment.item);
      at[segment.item] = segment.to;
      taken.push(segment.item);
      gained = add(gained, sub(gainOf(segment.item), before));
      if (compare(gained, node.need) >= 0) {
        stops.set(node, { num: segment.num, den: segment.den });
        return true;
      }
    }
    return false;
  };
  if (!meet(tree)) return undefined;

  // Prices: each node's stop, never below its parent's (what the parent pays, its groups pay too).
  let bound = ZERO;
  const price: Rational[] = items.map(() => ZERO);
  const settle = (node: ConstraintNode<Rational>, parent: { num: bigint; den: bigint }) => {
    const stop = stops.get(node);
    const own = stop !== undefined && below(parent, stop) ? stop : parent;
    // λ of this node: its price above its parent's (hull segments have positive gain: den > 0).
    const lambda = sub(rational(own.num, own.den), rational(parent.num, parent.den));
    bound = add(bound, mul(lambda, node.need));
    items.forEach((item, k) => {
      if (node.from <= item.position && item.position < node.to) price[k] = rational(own.num, own.den);
    });
    for (const child of node.children) settle(child, own);
  };
  settle(tree, { num: 0n, den: 1n });
  // Prices are cost steps per gain; the items' least (cost − price × gain), exact, on their hulls.
  hulls.forEach((hull, k) => {
    const p = price[k] as Rational;
    let best = 0;
    // Slopes rise along the hull: walk while the next segment costs less per gain than the price.
    while (best + 1 < hull.vertices.length && below(ratioOf(hull, best + 1), p)) best++;
    const option = hull.vertices[best] as number;
    bound = add(bound, sub(rational(hull.costs[option] as bigint), mul(p, gainAt(hull.item, option))));
  });
  // In cost steps; every plan costs a whole number of them.
  const steps = bound.num <= 0n ? 0n : (bound.num + bound.den - 1n) / bound.den;
  const lowerBound = rational(steps, costScale);

  const picks = lowered(tree, items, at.map((k, item) => (hulls[item] as Hull).vertices[k] as number), taken);
  const cost = picks.reduce((sum, pick, item) => add(sum, (items[item] as RelaxedItem).costs[pick] as Rational), ZERO);
  return { picks, cost, lowerBound, optimal: compare(lowerBound, cost) >= 0 };
}

/**
 * The greedy takes hull segments whole, so it may overshoot: each raised item, the last raised
 * first, drops to its lowest option that still leaves every need it counts in met (gains and costs
 * rise with the option, so a drop never costs more).
 */
function lowered(tree: ConstraintNode<Rational>, items: readonly RelaxedItem[], picks: number[], taken: readonly number[]): number[] {
  const nodes: ConstraintNode<Rational>[] = [];
  const walk = (node: ConstraintNode<Rational>) => {
    nodes.push(node);
    node.children.forEach(walk);
  };
  walk(tree);
  const gainOf = (item: number) => gainAt(items[item] as RelaxedItem, picks[item] as number);
  const slack = nodes.map((node) => {
    let gained = ZERO;
    items.forEach((item, k) => {
      if (node.from <= item.position && item.position < node.to) gained = add(gained, gainOf(k));
    });
    return sub(gained, node.need);
  });
  const seen = new Set<number>();
  for (let t = taken.length - 1; t >= 0; t--) {
    const item = taken[t] as number;
    if (seen.has(item)) continue;
    seen.add(item);
    const { position } = items[item] as RelaxedItem;
    const path = nodes.flatMap((node, n) => (node.from <= position && position < node.to ? [n] : []));
    const room = path.reduce((least, n) => (compare(slack[n] as Rational, least) < 0 ? (slack[n] as Rational) : least), slack[path[0] as number] as Rational);
    const now = gainOf(item);
    // The lowest option whose gain is at most `room` below the current one (gains rise).
    let low = 0;
    let high = picks[item] as number;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(sub(now, gainAt(items[item] as RelaxedItem, middle)), room) <= 0) high = middle;
      else low = middle + 1;
    }
    if (low === picks[item]) continue;
    const drop = sub(now, gainAt(items[item] as RelaxedItem, low));
    picks[item] = low;
    for (const n of path) slack[n] = sub(slack[n] as Rational, drop);
  }
  return picks;
}
