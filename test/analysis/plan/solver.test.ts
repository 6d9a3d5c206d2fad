import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/analysis/plan/plan.js';
import { permenpanrb592020 } from '../../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../../src/scoring/score.js';
import { uniformLevels } from '../../helpers/assessments.js';

describe('plan with a group whose cost curve has more than 255 points', () => {
  it('backtracks the right point (choice tables wider than a byte)', () => {
    // Each step costs the indicator's units, so every distinct gain of domain D4 (units 55 and 60,
    // gains up to 3640) is its own Pareto point: several hundred of them.
    const result = score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 1) });
    const costs = Object.fromEntries(permenpanrb592020.indicators.map((indicator) => [indicator.id, indicator.units]));
    const out = plan(result, permenpanrb592020, { index: '5', groups: { D4: '1' } }, { costs });
    expect(out.totalCost).toBe('8000'); // 4 steps × 2000 units
    expect(out.raises).toHaveLength(47);
    expect(out.raises.every((raise) => raise.from === 1 && raise.to === 5)).toBe(true);
    expect(out.result?.index.exact).toBe('5');
  });
});
