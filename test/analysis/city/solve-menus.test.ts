import { describe, expect, it } from 'vitest';
import { rational, ZERO } from '../../../src/arithmetic/rational.js';
import { solveMenus } from '../../../src/analysis/city/solve-menus.js';
import { small } from '../../helpers/small-catalogue.js';

const p = 1_000_000_007n;
const q = 1_000_000_009n;
const none = { gain: ZERO, cost: ZERO };

describe('solveMenus', () => {
  it('solves exactly when the common scale of the gains fits the budget', () => {
    const menus = [[none, { gain: rational(1, 3), cost: rational(2) }], [none, { gain: rational(1, 2), cost: rational(3) }], [none, { gain: rational(1, 3), cost: rational(1) }], [], [], []];
    const outcome = solveMenus(small, menus, { index: rational(2, 3), groups: new Map() });
    expect(outcome).toEqual({ success: true, output: { picks: [1, 0, 1, 0, 0, 0], cost: rational(3), lowerBound: rational(3), optimal: true } });
  });

  it('past the budget, returns a plan that certainly meets the need with a proven bound on its extra cost', () => {
    // A alone falls short by 1/p; A and B together reach it (cost 2); C alone reaches it (cost 3).
    // The exact scale lcm(p, q) is far past the budget, and on any coarser grid A + B looks short.
    const menus = [
      [none, { gain: rational(p - 1n, p), cost: rational(1) }],
      [none, { gain: rational(2n, q), cost: rational(1) }],
      [none, { gain: rational(1), cost: rational(3) }],
      [],
      [],
      [],
    ];
    const outcome = solveMenus(small, menus, { index: rational(1), groups: new Map() });
    expect(outcome.success).toBe(true);
    if (!outcome.success) return;
    expect(outcome.output.picks.slice(0, 3)).toEqual([0, 0, 1]);
    expect(outcome.output.cost).toEqual(rational(3));
    // The relaxation rounds A up to the need: no plan can cost less than 1.
    expect(outcome.output.lowerBound).toEqual(rational(1));
    expect(outcome.output.optimal).toBe(false);
  });

  it('refuses costs it could not sum exactly', () => {
    const menus = [[none, { gain: rational(1), cost: rational(2n ** 60n) }], [], [], [], [], []];
    const outcome = solveMenus(small, menus, { index: rational(1), groups: new Map() });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues[0]!.code).toBe('plan.costs_too_large');
  });
});
