import { describe, expect, it } from 'vitest';
import { frontier } from '../../../src/analysis/plan/frontier.js';
import { plan, safePlan } from '../../../src/analysis/plan/plan.js';
import { rollup } from '../../../src/analysis/rollup/rollup.js';
import { SpbeError, type Issue, type SafeResult } from '../../../src/model/issue.js';
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

/** A result read back from JSON with one indicator's level edited. */
function edited(result: ScoreResult, edits: Record<number, unknown>): ScoreResult {
  const copy = JSON.parse(JSON.stringify(result)) as { indicators: { level: unknown }[] };
  for (const [k, level] of Object.entries(edits)) (copy.indicators[Number(k)] as { level: unknown }).level = level;
  return copy as unknown as ScoreResult;
}

const LEVEL_MESSAGE = { id: 'Tingkat harus bilangan bulat 1–5.', en: 'A level must be a whole number 1–5.' };

const levelIssue = (path: (string | number)[], received: string) => ({ code: 'plan.level_invalid', path, message: LEVEL_MESSAGE, expected: '1..5', received });

describe('plan: the result must be complete, whole and inside the scales', () => {
  it('refuses a not-applicable indicator that is excluded', () => {
    const result = score(small, { levels: { ...levelsFrom(small, [3, 3, 3, 3, 3, 3]), '2': 'na' } }, { allowNotApplicable: true });
    expect(result.indicators[1]?.status).toBe('not-applicable');
    expect(issuesOf(safePlan(result, small, {}))).toEqual([
      {
        code: 'analysis.result_incomplete',
        path: ['indicators'],
        message: {
          id: 'Perencanaan memerlukan hasil yang lengkap: setiap indikator harus memiliki tingkat.',
          en: 'Planning needs a complete result: every indicator must have a level.',
        },
      },
    ]);
  });

  it('plans from a fractional level: the first raise goes to the next whole level', () => {
    const city = rollup(small, [{ levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) }, { levels: levelsFrom(small, [3, 4, 3, 3, 3, 3]) }]).consolidated;
    const out = plan(city, small, { index: '3.35' });
    // 3.35 × 40 = 134 units; now 120 + 4 × 1/2 = 122: the one raise of +12 or more at cost 1 is indicator 5 (14 units).
    expect(out.raises).toEqual([expect.objectContaining({ indicator: '5', from: 3, to: 4, cost: '1' })]);
    const two = plan(city, small, { groups: { A1: '4' } }, { costs: { '1': 5 } });
    // A1 = (2 × 3 + 4 × 7/2) / 6 = 10/3; reaching 4 needs 4 more units. Indicator 2 from 7/2 to 5
    // gains 6 for 2 (the 3 → 4 step is paid whole from 7/2); anything with indicator 1 costs 5 or more.
    expect(two.raises.map((raise) => [raise.indicator, raise.from, raise.to, raise.cost, raise.gain.exact])).toEqual([['2', '7/2', 5, '2', '3/20']]);
    expect(two.result?.groups.find((group) => group.id === 'A1')?.exact).toBe('13/3');
  });

  const outside = (position: number, id: string) => ({
    code: 'analysis.result_invalid',
    path: ['indicators', position, 'level'],
    message: {
      id: `Tingkat indikator ${id} dalam hasil berada di luar skalanya: hasil telah diubah.`,
      en: `The level of indicator ${id} in the result is outside its scale: the result was edited.`,
    },
  });

  it('reports every level outside its scale (above the maximum, or 0 without allowZero)', () => {
    expect(issuesOf(safePlan(edited(threes, { 0: 6, 2: 0 }), small, {}))).toEqual([outside(0, '1'), outside(2, '3')]);
  });

  it('accepts 0 only under allowZero, and nothing below it', () => {
    const zero = score(small, { levels: levelsFrom(small, [0, 3, 3, 3, 3, 3]) }, { allowZero: true });
    expect(safePlan(zero, small, {}).success).toBe(true);
    expect(issuesOf(safePlan(edited(zero, { 0: -1 }), small, {}))).toEqual([outside(0, '1')]);
    expect(issuesOf(safePlan(edited(zero, { 0: 1, 3: 7 }), small, {}))).toEqual([outside(3, '4')]);
  });

  it('returns the issues of re-scoring an edited result whose options do not validate', () => {
    const copy = JSON.parse(JSON.stringify(threes)) as { meta: { options: Record<string, unknown> } };
    copy.meta.options.missing = 'bogus';
    const found = issuesOf(safePlan(copy as unknown as ScoreResult, small, { index: '3.5' }));
    expect(found.map((issue) => [issue.code, issue.path])).toEqual([['analysis.result_invalid', ['meta', 'options', 'missing']]]);
  });
});

describe('plan: costs summed exactly up to the safe-integer limit', () => {
  const ones = at([1, 3, 3, 3, 3, 3]);
  const tooLarge = {
    code: 'plan.costs_too_large',
    path: ['costs'],
    message: {
      id: 'Biaya terlalu besar atau terlalu banyak desimal untuk dihitung tepat.',
      en: 'The costs are too large or have too many decimals to be summed exactly.',
    },
  };

  it('accepts a total of exactly 2^53 − 1 and reports it exactly', () => {
    const out = plan(ones, small, {}, { defaultCost: 0, minimums: { '1': 2 }, costs: { '1': ['9007199254740991', 0, 0, 0] } });
    expect(out.totalCost).toBe('9007199254740991');
    expect(out.raises).toEqual([expect.objectContaining({ indicator: '1', from: 1, to: 2, cost: '9007199254740991', gain: { exact: '1/20', value: '+0.05' } })]);
  });

  it('counts the total at the cap once, not every option on the way', () => {
    // Options 1→1, 1→2, …, 1→5 all cost 3e15 beyond level 1: their sum passes 2^53, the cap's total does not.
    const out = plan(ones, small, { index: '5' }, { defaultCost: 0, costs: { '1': ['3000000000000000', 0, 0, 0] } });
    expect(out.totalCost).toBe('3000000000000000');
  });

  it('refuses a total of 2^53', () => {
    expect(issuesOf(safePlan(ones, small, {}, { defaultCost: 0, costs: { '1': ['9007199254740992', 0, 0, 0] } }))).toEqual([tooLarge]);
    // Levels already passed cost nothing: the same costs on an indicator at level 3 are fine.
    expect(safePlan(threes, small, {}, { defaultCost: 0, costs: { '1': ['9007199254740992', 0, 0, 0] } }).success).toBe(true);
  });
});

describe('plan and frontier throw SpbeError on bad input', () => {
  it('plan', () => {
    expect(() => plan(threes, small, { index: 'x' })).toThrow(SpbeError);
    try {
      plan(threes, small, { index: 'x' });
    } catch (error) {
      expect((error as SpbeError).issues.map((issue) => issue.code)).toEqual(['plan.target_invalid']);
    }
  });

  it('frontier', () => {
    expect(() => frontier(threes, small, { maxLevel: 0 })).toThrow(SpbeError);
    try {
      frontier(threes, small, { maxLevel: 0 });
    } catch (error) {
      expect((error as SpbeError).issues).toEqual([levelIssue(['maxLevel'], '0')]);
    }
  });
});
