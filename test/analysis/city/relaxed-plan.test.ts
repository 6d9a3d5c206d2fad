import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, rational, ZERO, type Rational } from '../../../src/arithmetic/rational.js';
import { relaxedItem, relaxedPlan } from '../../../src/analysis/city/relaxed-plan.js';
import type { MenuNeeds, MenuOption } from '../../../src/analysis/city/solve-menus.js';

/** An item as the test sees it: its position and options. */
interface Item {
  readonly position: number;
  readonly options: readonly MenuOption[];
}
import { small } from '../../helpers/small-catalogue.js';

/** Whether picks meet every need: each constrained range's gains add up to its need. */
function meets(items: readonly Item[], picks: readonly number[], needs: MenuNeeds): boolean {
  const gained = (from: number, to: number) =>
    items.reduce((sum, item, k) => (item.position >= from && item.position < to ? add(sum, item.options[picks[k] as number]!.gain) : sum), ZERO);
  if (compare(gained(0, small.indicators.length), needs.index) < 0) return false;
  for (const [position, need] of needs.groups) {
    const group = small.groups[position]!;
    if (compare(gained(group.from, group.to), need) < 0) return false;
  }
  return true;
}

/** The cheapest picks meeting the needs, by trying every combination; undefined when none does. */
function cheapest(items: readonly Item[], needs: MenuNeeds): Rational | undefined {
  let best: Rational | undefined;
  const picks = items.map(() => 0);
  const walk = (k: number, cost: Rational) => {
    if (k === items.length) {
      if (meets(items, picks, needs) && (best === undefined || compare(cost, best) < 0)) best = cost;
      return;
    }
    items[k]!.options.forEach((option, j) => {
      picks[k] = j;
      walk(k + 1, add(cost, option.cost));
    });
  };
  walk(0, ZERO);
  return best;
}

// Options rise in gain (never falling) and cost; gains in sevenths and fifths, costs in halves.
const itemArb = fc.record({
  position: fc.integer({ min: 0, max: 5 }),
  start: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 })),
  steps: fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 6 })), { minLength: 0, maxLength: 4 }),
});

function itemOf(raw: { position: number; start: [number, number]; steps: [number, number, number][] }): Item {
  let gain = rational(raw.start[0], 3);
  let cost = rational(raw.start[1], 2);
  const options = [{ gain, cost }];
  for (const [rise, den, spend] of raw.steps) {
    gain = add(gain, rational(rise, den));
    cost = add(cost, rational(spend, 2));
    options.push({ gain, cost });
  }
  return { position: raw.position, options };
}

describe('relaxedPlan', () => {
  it('returns a plan meeting every need whose cost is within its proven bound of the cheapest (against brute force)', () => {
    let bounded = 0;
    fc.assert(
      fc.property(
        fc.array(itemArb, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 40 }),
        fc.option(fc.tuple(fc.constantFrom(0, 1, 2, 3, 4), fc.integer({ min: 1, max: 20 })), { nil: undefined }),
        fc.option(fc.tuple(fc.constantFrom(1, 2, 4), fc.integer({ min: 1, max: 15 })), { nil: undefined }),
        (raw, index, outer, inner) => {
          const items = raw.map(itemOf);
          const groups = new Map<number, Rational>();
          if (outer !== undefined) groups.set(outer[0], rational(outer[1], 6));
          if (inner !== undefined) groups.set(inner[0], rational(inner[1], 6));
          const needs: MenuNeeds = { index: rational(index, 6), groups };
          const optimum = cheapest(items, needs);
          const found = relaxedPlan(small, items.map((item) => relaxedItem(item.position, item.options)), needs);
          if (optimum === undefined) {
            expect(found).toBeUndefined();
            return;
          }
          expect(found).toBeDefined();
          if (found === undefined) return;
          expect(meets(items, found.picks, needs)).toBe(true);
          const cost = found.picks.reduce((sum, pick, k) => add(sum, items[k]!.options[pick]!.cost), ZERO);
          expect(found.cost).toEqual(cost);
          // lowerBound ≤ the cheapest plan ≤ this plan.
          expect(compare(found.lowerBound, optimum)).toBeLessThanOrEqual(0);
          expect(compare(optimum, found.cost)).toBeLessThanOrEqual(0);
          expect(found.optimal).toBe(compare(found.lowerBound, found.cost) === 0);
          if (!found.optimal) bounded++;
        },
      ),
      { numRuns: 1500 },
    );
    // The cases include plans the relaxation cannot prove cheapest: the bound is exercised.
    expect(bounded).toBeGreaterThan(0);
  });

  it('proves the greedy plan cheapest when whole segments meet the need exactly', () => {
    // Two items on a straight line of cost 1 per gain: any need of whole gains is met at its cost.
    const line = (position: number): Item => ({ position, options: [0, 1, 2, 3].map((g) => ({ gain: rational(g), cost: rational(g) })) });
    const found = relaxedPlan(small, [line(0), line(4)].map((item) => relaxedItem(item.position, item.options)), { index: rational(4), groups: new Map() });
    expect(found).toMatchObject({ cost: rational(4), lowerBound: rational(4), optimal: true });
  });

  it('bounds an overshoot it cannot avoid: the lower bound is the relaxation, the plan a whole option', () => {
    // One item: gain 2 for cost 3, nothing between. The need is 1: the relaxation pays 3/2, rounded
    // up to a whole cost step of 1/1 (every plan costs a whole number here): 2.
    const found = relaxedPlan(small, [relaxedItem(0, [{ gain: ZERO, cost: ZERO }, { gain: rational(2), cost: rational(3) }])], { index: rational(1), groups: new Map() });
    expect(found).toMatchObject({ picks: [1], cost: rational(3), lowerBound: rational(2), optimal: false });
  });
});
