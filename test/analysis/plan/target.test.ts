import { describe, expect, it } from 'vitest';
import { plan, safePlan } from '../../../src/analysis/plan/plan.js';
import { type Issue, type SafeResult } from '../../../src/model/issue.js';
import type { ScoreResult } from '../../../src/model/result.js';
import { score } from '../../../src/scoring/score.js';
import { levelsFrom } from '../../helpers/assessments.js';
import { small } from '../../helpers/small-catalogue.js';

const at = (levels: readonly number[]): ScoreResult => score(small, { levels: levelsFrom(small, levels) });

const threes = at([3, 3, 3, 3, 3, 3]);

function issuesOf(outcome: SafeResult<unknown>): readonly Issue[] {
  if (outcome.success) throw new Error('expected issues, got a result');
  return outcome.issues;
}

const TARGET_MESSAGE = {
  id: 'Target harus berupa bilangan desimal (angka atau teks, misalnya "3.5").',
  en: 'A target must be a decimal number (a number or a string such as "3.5").',
};

describe('plan targets: each wrong value has its own issue', () => {
  it('a target that is not an object', () => {
    for (const [target, received] of [
      [null, 'null'],
      ['x', '"x"'],
      [[], 'array'],
    ] as const) {
      expect(issuesOf(safePlan(threes, small, target as never))).toEqual([
        { code: 'plan.target_invalid', path: [], message: { id: 'Target harus berupa objek.', en: 'The target must be an object.' }, received },
      ]);
    }
  });

  it('an unknown key, a bad index, an unknown predikat', () => {
    expect(issuesOf(safePlan(threes, small, { goal: 3, index: 'x', predicate: 'nope' } as never))).toEqual([
      {
        code: 'plan.target_invalid',
        path: ['goal'],
        message: { id: 'Kunci target "goal" tidak dikenal (index, predicate, groups).', en: 'Unknown target key "goal" (index, predicate, groups).' },
        received: '"goal"',
      },
      { code: 'plan.target_invalid', path: ['index'], message: TARGET_MESSAGE, expected: 'decimal', received: '"x"' },
      {
        code: 'plan.unknown_predicate',
        path: ['predicate'],
        message: {
          id: 'Predikat "nope" tidak ada dalam katalog (memuaskan, sangat-baik, baik, cukup, kurang).',
          en: 'Predikat "nope" is not in the catalogue (memuaskan, sangat-baik, baik, cukup, kurang).',
        },
        expected: 'memuaskan | sangat-baik | baik | cukup | kurang',
        received: '"nope"',
      },
    ]);
  });

  it('groups that are not an object', () => {
    for (const [groups, received] of [
      ['x', '"x"'],
      [null, 'null'],
      [[], 'array'],
      [3, '3'],
    ] as const) {
      expect(issuesOf(safePlan(threes, small, { groups } as never))).toEqual([
        { code: 'plan.target_invalid', path: ['groups'], message: TARGET_MESSAGE, expected: 'decimal', received },
      ]);
    }
  });

  it('an unknown group, and a bad group value (an unknown group is reported as unknown only)', () => {
    expect(issuesOf(safePlan(threes, small, { groups: { Z: '1', A1: 'x', Q: 'y', A2: true } } as never))).toEqual([
      { code: 'plan.unknown_group', path: ['groups', 'Z'], message: { id: 'Kelompok "Z" tidak ada dalam katalog small-test.', en: 'Group "Z" is not in catalogue small-test.' }, received: '"Z"' },
      { code: 'plan.target_invalid', path: ['groups', 'A1'], message: TARGET_MESSAGE, expected: 'decimal', received: '"x"' },
      { code: 'plan.unknown_group', path: ['groups', 'Q'], message: { id: 'Kelompok "Q" tidak ada dalam katalog small-test.', en: 'Group "Q" is not in catalogue small-test.' }, received: '"Q"' },
      { code: 'plan.target_invalid', path: ['groups', 'A2'], message: TARGET_MESSAGE, expected: 'decimal', received: 'true' },
    ]);
  });

  it('target and option issues are reported together', () => {
    expect(issuesOf(safePlan(threes, small, { index: 'x' }, { maxLevel: 9 })).map((issue) => issue.code)).toEqual(['plan.target_invalid', 'plan.level_invalid']);
  });

  it('index and predikat combine: the higher minimum wins, whichever it is', () => {
    expect(plan(threes, small, { index: '3', predicate: 'sangat-baik' }).target.index).toEqual({ exact: '7/2', value: '3.50' });
    expect(plan(threes, small, { index: '4', predicate: 'sangat-baik' }).target.index).toEqual({ exact: '4', value: '4.00' });
    expect(plan(threes, small, { index: 3.5, predicate: 'sangat-baik' }).target.index).toEqual({ exact: '7/2', value: '3.50' });
    const out = plan(threes, small, { index: '3.2', predicate: 'sangat-baik' });
    // 3.5 × 40 = 140 units: +20 over 120. One step gains at most 14, two steps (5 and 6) gain 24: cost 2.
    expect(out.totalCost).toBe('2');
    expect(out.result?.index.predicate.id).toBe('sangat-baik');
  });

  it('reports the target it planned for: null index without one, and the group minimums', () => {
    const out = plan(threes, small, { groups: { A1: '3.5', D2: 4 } });
    expect(out.target).toEqual({ index: null, groups: { A1: { exact: '7/2', value: '3.50' }, D2: { exact: '4', value: '4.00' } } });
    expect(out.best).toEqual({ index: { exact: '5', value: '5.00' }, groups: { A1: { exact: '5', value: '5.00' }, D2: { exact: '5', value: '5.00' } } });
    expect(out.reasons).toEqual([]);
  });
});

describe('plan targets: a target that asks for nothing is an issue, not an empty plan', () => {
  const EMPTY = {
    code: 'plan.target_invalid',
    path: [],
    message: {
      id: 'Target kosong: berikan indeks, predikat, atau minimum kelompok (atau minimum tingkat dalam opsi).',
      en: 'The target is empty: give an index, a predikat or a group minimum (or level minimums in the options).',
    },
    expected: 'index | predicate | groups',
  };

  it('{}, { groups: {} } and an index left undefined are refused by safePlan and thrown by plan', () => {
    for (const target of [{}, { groups: {} }, { index: undefined } as never]) {
      expect(issuesOf(safePlan(small, threes, target))).toEqual([EMPTY]);
      expect(issuesOf(safePlan(small, threes, target, { minimums: {} }))).toEqual([EMPTY]);
    }
    expect(() => plan(small, threes, {})).toThrow('The target is empty');
  });

  it('is reported together with the options’ own issues', () => {
    expect(issuesOf(safePlan(small, threes, {}, { maxLevel: 9 })).map((issue) => issue.code)).toEqual(['plan.target_invalid', 'plan.level_invalid']);
  });

  it('level minimums in the options are an aim of their own', () => {
    expect(plan(small, threes, {}, { minimumLevel: 4 }).raises).toHaveLength(6);
    expect(plan(small, threes, {}, { minimums: { '1': 4 } }).raises.map((raise) => [raise.indicator, raise.to])).toEqual([['1', 4]]);
  });
});
