import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/analysis/plan/plan.js';
import type { ScoreResult } from '../../../src/model/result.js';
import { score } from '../../../src/scoring/score.js';
import { levelsFrom } from '../../helpers/assessments.js';
import { small } from '../../helpers/small-catalogue.js';

const at = (levels: readonly number[]): ScoreResult => score(small, { levels: levelsFrom(small, levels) });

const threes = at([3, 3, 3, 3, 3, 3]);

describe('plan: raises', () => {
  it('give exact costs and signed gains per raise, in catalogue order', () => {
    const out = plan(threes, small, { index: 5 }, { costs: { '5': [1, 1, '2.5', '0.25'] } });
    expect(out.raises).toEqual([
      { indicator: '1', label: { id: 'Indikator 1', en: 'Indicator 1' }, from: 3, to: 5, cost: '2', gain: { exact: '1/10', value: '+0.10' } },
      { indicator: '2', label: { id: 'Indikator 2', en: 'Indicator 2' }, from: 3, to: 5, cost: '2', gain: { exact: '1/5', value: '+0.20' } },
      { indicator: '3', label: { id: 'Indikator 3', en: 'Indicator 3' }, from: 3, to: 5, cost: '2', gain: { exact: '1/4', value: '+0.25' } },
      { indicator: '4', label: { id: 'Indikator 4', en: 'Indicator 4' }, from: 3, to: 5, cost: '2', gain: { exact: '1/4', value: '+0.25' } },
      { indicator: '5', label: { id: 'Indikator 5', en: 'Indicator 5' }, from: 3, to: 5, cost: '2.75', gain: { exact: '7/10', value: '+0.70' } },
      { indicator: '6', label: { id: 'Indikator 6', en: 'Indicator 6' }, from: 3, to: 5, cost: '2', gain: { exact: '1/2', value: '+0.50' } },
    ]);
    expect(out.totalCost).toBe('12.75');
    expect(out.reasons).toEqual([]);
  });

  it('take no raise that the target does not need, even a free one', () => {
    expect(plan(threes, small, { index: '3' }, { defaultCost: 0 }).raises).toEqual([]);
    expect(plan(threes, small, { index: '3' }, { defaultCost: 0 }).totalCost).toBe('0');
  });

  it('break ties between equally cheap plans towards the earlier indicator', () => {
    // 3.125 × 40 = 125: +5 units. One step of indicator 3, 4, 5 or 6 (5, 5, 14, 10 units) costs 1.
    const out = plan(threes, small, { index: '3.125' });
    expect(out.raises.map((raise) => [raise.indicator, raise.from, raise.to, raise.cost, raise.gain])).toEqual([['3', 3, 4, '1', { exact: '1/8', value: '+0.13' }]]);
    // +4 units: indicator 2 (4 units) or indicator 1 twice (cost 2) or any later one: indicator 2.
    expect(plan(threes, small, { index: '3.1' }).raises.map((raise) => raise.indicator)).toEqual(['2']);
  });

  it('buy the most gain a targeted group offers for its cost: free steps after a paid one come along', () => {
    // Indicator 1 at 2: 2→3 costs 1, 3→4 and 4→5 are free. A1 ≥ 3 needs +2 units; the index
    // (3.275 × 40 = 131, +13 over 118) takes indicator 5 (+14) too. Cost 2 either way; within
    // A1 the plan keeps the largest gain for that cost, indicator 1 at 5: (118 + 6 + 14) / 40.
    const out = plan(at([2, 3, 3, 3, 3, 3]), small, { index: '3.275', groups: { A1: '3' } }, { costs: { '1': [1, 1, 0, 0] } });
    expect(out.raises.map((raise) => [raise.indicator, raise.from, raise.to, raise.cost])).toEqual([
      ['1', 2, 5, '1'],
      ['5', 3, 4, '1'],
    ]);
    expect(out.totalCost).toBe('2');
    expect(out.result?.index.exact).toBe('69/20');
  });

  it('take nothing for a target already met, even a free step inside a targeted group', () => {
    const out = plan(threes, small, { index: '2', groups: { A2: '2' } }, { costs: { '3': 0 } });
    expect(out).toMatchObject({ reachable: true, raises: [], totalCost: '0' });
  });
});
