import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveByCost } from '../../../src/analysis/city/solve-by-cost.js';
import { constraintTree } from '../../../src/analysis/plan/constraint-tree.js';
import { solveNode } from '../../../src/analysis/plan/solver.js';
import { small } from '../../helpers/small-catalogue.js';

/** Random options per position of the small catalogue: rising gains and costs, the first free. */
const optionsArb = fc.array(
  fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 })), { minLength: 0, maxLength: 3 }).map((steps) => {
    const gains = [0];
    const costs = [0];
    for (const [gain, cost] of steps) {
      gains.push((gains.at(-1) as number) + gain);
      costs.push((costs.at(-1) as number) + cost);
    }
    return { gains: Float64Array.from(gains), costs: Float64Array.from(costs) };
  }),
  { minLength: 6, maxLength: 6 },
);

function bruteForce(choices: { gains: Float64Array; costs: Float64Array }[], ok: (picks: number[]) => boolean): number | null {
  let best: number | null = null;
  const picks: number[] = [];
  const walk = (i: number, cost: number) => {
    if (i === choices.length) {
      if (ok(picks) && (best === null || cost < best)) best = cost;
      return;
    }
    const choice = choices[i]!;
    for (let j = 0; j < choice.gains.length; j++) {
      picks[i] = j;
      walk(i + 1, cost + choice.costs[j]!);
    }
  };
  walk(0, 0);
  return best;
}

describe('solveByCost', () => {
  it('finds the least cost meeting the index need and a group need, as brute force and the gain-indexed solver do', () => {
    fc.assert(
      fc.property(optionsArb, fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 8 }), fc.constantFrom('A1', 'A2', 'A3', 'D1', 'D2'), (choices, rootNeed, groupNeed, group) => {
        const position = small.lookup.groups[group] as number;
        const { from, to } = small.groups[position]!;
        const tree = constraintTree(small, rootNeed, new Map([[position, groupNeed]]));
        const sum = (picks: number[], a: number, b: number) => picks.slice(a, b).reduce((total, pick, k) => total + choices[a + k]!.gains[pick]!, 0);
        const expected = bruteForce(choices, (picks) => sum(picks, 0, 6) >= rootNeed && sum(picks, from, to) >= groupNeed);
        const byCost = solveByCost(tree, choices, { left: 1e9 });
        if (expected === null) {
          expect(byCost).toBeNull();
          return;
        }
        expect(byCost).toBeInstanceOf(Int32Array);
        const picks = Array.from(byCost as Int32Array);
        expect(picks.reduce((total, pick, i) => total + choices[i]!.costs[pick]!, 0)).toBe(expected);
        expect(sum(picks, 0, 6)).toBeGreaterThanOrEqual(rootNeed);
        expect(sum(picks, from, to)).toBeGreaterThanOrEqual(groupNeed);
        // The planner's gain-indexed solver agrees on the least cost.
        const solved = solveNode(tree, choices, Math.max(rootNeed, groupNeed), { left: 1e9 })!;
        expect(solved.curve[0]).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('gives up past its work budget', () => {
    const choices = Array.from({ length: 6 }, () => ({ gains: Float64Array.from([0, 1]), costs: Float64Array.from([0, 1000]) }));
    expect(solveByCost(constraintTree(small, 3, new Map()), choices, { left: 100 })).toBeUndefined();
  });
});
