import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/analysis/plan/plan.js';
import { distinctFigures } from '../../../src/analysis/plan/unreachable.js';
import { rational, toFractionString } from '../../../src/arithmetic/rational.js';
import type { ScoreResult } from '../../../src/model/result.js';
import { score } from '../../../src/scoring/score.js';
import { levelsFrom } from '../../helpers/assessments.js';
import { small } from '../../helpers/small-catalogue.js';

/*
 * Pins of plan / frontier behaviour that the broader tests in plan.test.ts and frontier.test.ts
 * leave loose: every validation issue with its code, path and both messages, the unreachable
 * reasons with their `best` figures, the planner's size limit, deterministic tie-breaking, and a
 * deterministic (seeded, not fast-check) brute-force comparison on the small catalogue.
 *
 * Small catalogue: units per indicator [2, 4, 5, 5, 14, 10] (total 40); groups A1 = 1–2 (6 units),
 * A2 = 3–4 (10), A3 = 5–6 (24), D1 = 1–4 (16), D2 = 5–6 (24); predikat lower bounds 4.2
 * (memuaskan), 3.5, 2.6, 1.8, 1.
 */

const UNITS = [2, 4, 5, 5, 14, 10];

const at = (levels: readonly number[]): ScoreResult => score(small, { levels: levelsFrom(small, levels) });

const threes = at([3, 3, 3, 3, 3, 3]);

describe('plan: unreachable targets', () => {
  it('gives the best figures and one reason per unreachable part, group before index', () => {
    const out = plan(at([1, 1, 1, 1, 1, 1]), small, { index: '4.2', groups: { A3: '3' } }, { maxLevel: 4, caps: { '5': 2 } });
    // Best: (2+4+5+5+10) × 4 + 14 × 2 = 132 units = 3.3; A3: (14 × 2 + 10 × 4) / 24 = 68/24 = 17/6.
    expect(out).toEqual({
      reachable: false,
      target: { index: { exact: '21/5', value: '4.20' }, groups: { A3: { exact: '3', value: '3.00' } } },
      best: { index: { exact: '33/10', value: '3.30' }, groups: { A3: { exact: '17/6', value: '2.83' } } },
      raises: [],
      totalCost: null,
      result: null,
      reasons: [
        {
          code: 'plan.group_unreachable',
          path: ['target', 'groups', 'A3'],
          message: {
            id: 'A3 paling tinggi mencapai 2,83 dengan batas dan kunci yang ada, di bawah target 3,00.',
            en: 'A3 can reach at most 2.83 under the caps and locks, below the target 3.00.',
          },
        },
        {
          code: 'plan.index_unreachable',
          path: ['target'],
          message: {
            id: 'Indeks paling tinggi mencapai 3,30 dengan batas dan kunci yang ada, di bawah target 4,20.',
            en: 'The index can reach at most 3.30 under the caps and locks, below the target 4.20.',
          },
        },
      ],
    });
  });

  it('a best value that displays as the target gets the decimals that tell them apart, in both languages', () => {
    // Best: 2×5 + 4×4 + 5×5 + 5×4 + 14×4 + 10×4 = 167 units = 4.175, which displays as "4.18".
    const out = plan(small, at([1, 1, 1, 1, 1, 1]), { index: '4.18' }, { caps: { '2': 4, '4': 4, '5': 4, '6': 4 } });
    expect(out.reachable).toBe(false);
    expect(out.best.index).toEqual({ exact: '167/40', value: '4.18' });
    expect(out.reasons.map((reason) => reason.message)).toEqual([
      {
        id: 'Indeks paling tinggi mencapai 4,175 dengan batas dan kunci yang ada, di bawah target 4,180.',
        en: 'The index can reach at most 4.175 under the caps and locks, below the target 4.180.',
      },
    ]);
    // A3: (14×5 + 10×4) / 24 = 55/12 = 4.58333…, which displays as "4.58", as does the target 4.584.
    const group = plan(small, at([1, 1, 1, 1, 1, 1]), { groups: { A3: '4.584' } }, { caps: { '6': 4 } });
    expect(group.reasons.map((reason) => reason.message.en)).toEqual(['A3 can reach at most 4.583 under the caps and locks, below the target 4.584.']);
  });

  it('figures that even 20 more decimals do not separate are shown as exact fractions', () => {
    const display = { decimals: 2, rounding: 'halfUp' } as const;
    const third = rational(1, 3);
    // 1/3 and 0.333…334 (26 decimals) agree to 25 places.
    const close = rational(10n ** 26n / 3n + 1n, 10n ** 26n);
    expect(distinctFigures(third, close, display)).toEqual({ best: '1/3', target: toFractionString(close) });
    expect(distinctFigures(rational(4899, 1000), rational(49, 10), display)).toEqual({ best: '4.899', target: '4.900' });
    expect(distinctFigures(rational(377, 100), rational(49, 10), display)).toEqual({ best: '3.77', target: '4.90' });
  });

  it('names each minimum that a lock or a cap forbids, with the level it is held at', () => {
    const out = plan(at([2, 3, 3, 3, 3, 3]), small, {}, { minimumLevel: 3, locked: ['1'], minimums: { '2': 5 }, caps: { '2': 4 } });
    expect(out.reachable).toBe(false);
    expect(out.raises).toEqual([]);
    // Best: 2×2 + 4×4 + 5×(5+5+14+10) = 190 units.
    expect(out.best.index).toEqual({ exact: '19/4', value: '4.75' });
    expect(out.reasons).toEqual([
      {
        code: 'plan.minimum_unreachable',
        path: ['options', 'minimums', '1'],
        message: { id: 'Indikator 1 harus mencapai tingkat minimum, tetapi dibatasi pada 2 (batas atau kunci).', en: 'Indicator 1 must reach its minimum level but is held at 2 (cap or lock).' },
      },
      {
        code: 'plan.minimum_unreachable',
        path: ['options', 'minimums', '2'],
        message: { id: 'Indikator 2 harus mencapai tingkat minimum, tetapi dibatasi pada 4 (batas atau kunci).', en: 'Indicator 2 must reach its minimum level but is held at 4 (cap or lock).' },
      },
    ]);
  });

  it('reaches a target exactly at the best value (index and group)', () => {
    const out = plan(at([1, 1, 1, 1, 1, 1]), small, { index: '4', groups: { A1: '4' } }, { maxLevel: 4 });
    expect(out.reachable).toBe(true);
    expect(out.totalCost).toBe('18');
    expect(out.raises.map((raise) => [raise.indicator, raise.from, raise.to])).toEqual(UNITS.map((_, i) => [String(i + 1), 1, 4]));
    expect(out.result?.index.exact).toBe('4');
    const group = plan(at([1, 1, 3, 3, 3, 3]), small, { groups: { A1: '4' } }, { maxLevel: 4 });
    expect(group.reachable).toBe(true);
    expect(group.totalCost).toBe('6');
  });

  it('a target below the current values needs no raise', () => {
    const out = plan(threes, small, { index: '1', groups: { A3: '1' } });
    expect(out).toMatchObject({ reachable: true, raises: [], totalCost: '0', reasons: [] });
    expect(out.result?.index.exact).toBe('3');
  });
});
