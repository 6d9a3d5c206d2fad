import { describe, expect, it } from 'vitest';
import { plan, safePlan } from '../../../src/analysis/plan/plan.js';
import { rollup } from '../../../src/analysis/rollup/rollup.js';
import { compare, parseFraction, rational } from '../../../src/arithmetic/rational.js';
import { permenpanrb82026 } from '../../../src/catalogues/permenpanrb-8-2026/index.js';
import type { Assessment, LevelInput } from '../../../src/model/assessment.js';

/** Every Pemdi indicator, valued by `value(i)` (0-based position). */
const all = (value: (i: number) => LevelInput) => Object.fromEntries(permenpanrb82026.indicators.map((indicator, i) => [indicator.id, value(i)]));

describe('plan on a consolidated city result with fractional values', () => {
  const units: Assessment[] = [
    { agency: 'Diskominfo', levels: all((i) => (i % 2 === 0 ? ('7/6' as LevelInput) : ('1.26' as LevelInput))) },
    { agency: 'Bappeda', levels: all((i) => (i % 3 === 0 ? 2 : ('2.5' as LevelInput))) },
  ];
  const city = rollup(permenpanrb82026, units);

  it('plans: each raise goes from the exact consolidated value to a whole level, and the result meets the target', () => {
    // Indicator 1: (7/6 + 2) / 2 = 19/12.
    expect(city.consolidated.indicators[0]!.level).toBe('19/12');
    const planned = plan(permenpanrb82026, city.consolidated, { index: '2.5' });
    expect(planned.reachable).toBe(true);
    expect(planned.raises.length).toBeGreaterThan(0);
    for (const raise of planned.raises) {
      const from = city.consolidated.indicators.find((entry) => entry.id === raise.indicator)!.level;
      expect(raise.from).toBe(from);
      expect(Number.isInteger(raise.to)).toBe(true);
    }
    expect(planned.raises.some((raise) => typeof raise.from === 'string')).toBe(true);
    expect(compare(parseFraction(planned.result!.index.exact)!, rational(5, 2))).toBeGreaterThanOrEqual(0);
  });

  it('is never refused as an invalid result', () => {
    const outcome = safePlan(permenpanrb82026, city.consolidated, { predicate: 'sangat-baik' });
    expect(outcome.success).toBe(true);
  });
});
