import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontier } from '../../../src/analysis/plan/frontier.js';
import { plan, safePlan } from '../../../src/analysis/plan/plan.js';
import { rollup } from '../../../src/analysis/rollup/rollup.js';
import { formatExactDecimal, parseDecimal } from '../../../src/arithmetic/decimal-string.js';
import { add, compare, parseFraction, rational, ZERO, type Rational } from '../../../src/arithmetic/rational.js';
import { permenpanrb592020 } from '../../../src/catalogues/permenpanrb-59-2020/index.js';
import { SpbeError, type Issue, type SafeResult } from '../../../src/model/issue.js';
import type { ScoreResult } from '../../../src/model/result.js';
import { score } from '../../../src/scoring/score.js';
import { levelsFrom, uniformLevels } from '../../helpers/assessments.js';
import { small, combinations } from '../../helpers/small-catalogue.js';

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

/** A target every result meets (the lowest index): for tests about the result and the options. */
const LOWEST = { index: '1' };

const LEVEL_MESSAGE = { id: 'Tingkat harus bilangan bulat 1–5.', en: 'A level must be a whole number 1–5.' };

const levelIssue = (path: (string | number)[], received: string) => ({ code: 'plan.level_invalid', path, message: LEVEL_MESSAGE, expected: '1..5', received });

describe('plan: the result must be complete, whole and inside the scales', () => {
  it('refuses a not-applicable indicator that is excluded', () => {
    const result = score(small, { levels: { ...levelsFrom(small, [3, 3, 3, 3, 3, 3]), '2': 'na' } }, { allowNotApplicable: true });
    expect(result.indicators[1]?.status).toBe('not-applicable');
    expect(issuesOf(safePlan(result, small, LOWEST))).toEqual([
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
    expect(issuesOf(safePlan(edited(threes, { 0: 6, 2: 0 }), small, LOWEST))).toEqual([outside(0, '1'), outside(2, '3')]);
  });

  it('accepts 0 only under allowZero, and nothing below it', () => {
    const zero = score(small, { levels: levelsFrom(small, [0, 3, 3, 3, 3, 3]) }, { allowZero: true });
    expect(safePlan(zero, small, LOWEST).success).toBe(true);
    expect(issuesOf(safePlan(edited(zero, { 0: -1 }), small, LOWEST))).toEqual([outside(0, '1')]);
    expect(issuesOf(safePlan(edited(zero, { 0: 1, 3: 7 }), small, LOWEST))).toEqual([outside(3, '4')]);
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
    expect(issuesOf(safePlan(ones, small, LOWEST, { defaultCost: 0, costs: { '1': ['9007199254740992', 0, 0, 0] } }))).toEqual([tooLarge]);
    // Levels already passed cost nothing: the same costs on an indicator at level 3 are fine.
    expect(safePlan(threes, small, LOWEST, { defaultCost: 0, costs: { '1': ['9007199254740992', 0, 0, 0] } }).success).toBe(true);
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

const dec = (text: string): Rational => parseDecimal(text) as Rational;
const frac = (text: string): Rational => parseFraction(text) as Rational;

describe('plan', () => {
  it('finds the cheapest raises to an index target with unit costs', () => {
    const result = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });
    const out = plan(result, small, { index: '3.35' });
    // 3.35 × 40 = 134 units, current 120: +14 units = indicator 5 (14 units) one level.
    expect(out.reachable).toBe(true);
    expect(out.totalCost).toBe('1');
    expect(out.raises).toEqual([expect.objectContaining({ indicator: '5', from: 3, to: 4, cost: '1', gain: { exact: '7/20', value: '+0.35' } })]);
    expect(out.result?.index.exact).toBe('67/20');
  });

  it('reaches a predikat, with minimums that are paid anyway', () => {
    const result = score(small, { levels: levelsFrom(small, [2, 3, 3, 3, 3, 3]) });
    const out = plan(result, small, { predicate: 'sangat-baik' }, { minimumLevel: 3 });
    expect(out.reachable).toBe(true);
    expect(out.raises.find((raise) => raise.indicator === '1')).toMatchObject({ from: 2 });
    expect(out.result?.index.predicate.id).toBe('sangat-baik');
  });

  it('reports an unreachable target with the best value and why', () => {
    const result = score(small, { levels: levelsFrom(small, [1, 1, 1, 1, 1, 1]) });
    const out = plan(result, small, { index: '4.2', groups: { A3: '3' } }, { maxLevel: 4, caps: { '5': 2 } });
    expect(out.reachable).toBe(false);
    expect(out.result).toBeNull();
    expect(out.best.index.exact).toBe('33/10'); // ((2+4+5+5)×4 + 14×2 + 10×4) / 40 = 132/40
    expect(out.reasons.map((reason) => reason.code).sort()).toEqual(['plan.group_unreachable', 'plan.index_unreachable']);
  });

  it('flags a minimum that a lock forbids', () => {
    const result = score(small, { levels: levelsFrom(small, [2, 3, 3, 3, 3, 3]) });
    const out = plan(result, small, {}, { minimumLevel: 3, locked: ['1'] });
    expect(out.reachable).toBe(false);
    expect(out.reasons[0]?.code).toBe('plan.minimum_unreachable');
  });

  it('keeps indicators counted at the minimum as not applicable, and refuses partial results', () => {
    const levels = { ...levelsFrom(small, [3, 3, 3, 3, 3, 3]), '5': 'na' as const };
    const result = score(small, { levels }, { notApplicable: 'minimum', allowNotApplicable: true });
    const out = plan(result, small, { index: '3.5' });
    expect(out.raises.map((raise) => raise.indicator)).not.toContain('5');
    expect(out.result?.indicators.find((i) => i.id === '5')?.status).toBe('not-applicable-minimum');
    const partial = score(small, { levels: { '1': 3 } }, { missing: 'partial' });
    const refused = safePlan(partial, small, { index: '3' });
    expect(refused.success).toBe(false);
    if (!refused.success) expect(refused.issues[0]?.code).toBe('analysis.result_incomplete');
  });

  it('raises level 0 (allowZero) at the first step\'s cost', () => {
    const result = score(small, { levels: levelsFrom(small, [0, 3, 3, 3, 3, 3]) }, { allowZero: true });
    const out = plan(result, small, {}, { minimums: { '1': 2 }, costs: { '1': [5, 7, 9, 11] } });
    expect(out.raises).toEqual([expect.objectContaining({ indicator: '1', from: 0, to: 2, cost: '10' })]);
  });

  it('rejects bad input with issues', () => {
    const result = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });
    const outcome = safePlan(result, small, { index: 'x', predicate: 'nope', groups: { Z: '1' } }, {
      costs: { '99': 1, '1': -1 },
      defaultCost: [1, 2],
      minimumLevel: 9,
    });
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.issues.map((issue) => issue.code).sort()).toEqual(
      ['plan.cost_invalid', 'plan.cost_invalid', 'plan.level_invalid', 'plan.target_invalid', 'plan.unknown_group', 'plan.unknown_indicator', 'plan.unknown_predicate'].sort(),
    );
    expect(safePlan(score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 3) }), small, {}).success).toBe(false);
  });

  it('is optimal against brute force, and its result re-scores to the reported index', () => {
    const level = fc.integer({ min: 1, max: 5 });
    const cost = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 40 }).map((n) => (n / 4).toString()));
    fc.assert(
      fc.property(
        fc.array(level, { minLength: 6, maxLength: 6 }),
        fc.array(fc.array(cost, { minLength: 4, maxLength: 4 }), { minLength: 6, maxLength: 6 }),
        fc.array(fc.option(level, { nil: undefined }), { minLength: 6, maxLength: 6 }),
        fc.array(fc.option(level, { nil: undefined }), { minLength: 6, maxLength: 6 }),
        fc.option(fc.integer({ min: 10, max: 50 }), { nil: undefined }),
        fc.dictionary(fc.constantFrom('A1', 'A2', 'A3', 'D1', 'D2'), fc.integer({ min: 10, max: 50 }), { maxKeys: 4 }),
        (current, costs, caps, minimums, indexTarget, groupTargets) => {
          const result = score(small, { levels: levelsFrom(small, current) });
          const ids = small.indicators.map((indicator) => indicator.id);
          const options = {
            costs: Object.fromEntries(ids.map((id, i) => [id, costs[i] as (number | string)[]])),
            caps: Object.fromEntries(ids.flatMap((id, i) => (caps[i] === undefined ? [] : [[id, caps[i] as number]]))),
            minimums: Object.fromEntries(ids.flatMap((id, i) => (minimums[i] === undefined ? [] : [[id, minimums[i] as number]]))),
          };
          const target = {
            ...(indexTarget === undefined ? {} : { index: (indexTarget / 10).toString() }),
            groups: Object.fromEntries(Object.entries(groupTargets).map(([id, value]) => [id, (value / 10).toString()])),
          };
          const out = plan(result, small, target, options);

          // Brute force over every reachable combination.
          const low = current.map((l, i) => Math.min(Math.max(l, minimums[i] ?? 0), Math.max(l, caps[i] ?? 5)));
          const high = current.map((l, i) => Math.max(l, caps[i] ?? 5));
          const conflict = current.some((l, i) => Math.max(l, minimums[i] ?? 0) > Math.max(l, caps[i] ?? 5));
          let best: Rational | null = null;
          if (!conflict) {
            for (const levels of combinations(low, high)) {
              const scored = score(small, { levels: levelsFrom(small, levels) });
              if (indexTarget !== undefined && compare(frac(scored.index.exact), rational(indexTarget, 10)) < 0) continue;
              const missesGroup = Object.entries(groupTargets).some(
                ([id, value]) => compare(frac(scored.groups.find((g) => g.id === id)?.exact as string), rational(value, 10)) < 0,
              );
              if (missesGroup) continue;
              let total = ZERO;
              levels.forEach((l, i) => {
                for (let step = current[i] as number; step < l; step++) {
                  const c = (costs[i] as (number | string)[])[step - 1] as number | string;
                  total = add(total, dec(String(c)));
                }
              });
              if (best === null || compare(total, best) < 0) best = total;
            }
          }
          expect(out.reachable).toBe(best !== null);
          if (best === null || out.result === null) return;
          expect(out.totalCost).toBe(formatExactDecimal(best));
          // The reported result is the re-score of the planned levels.
          const planned = [...current];
          for (const raise of out.raises) planned[small.lookup.indicators[raise.indicator] as number] = raise.to;
          expect(score(small, { levels: levelsFrom(small, planned) }).index).toEqual(out.result.index);
          const sum = out.raises.reduce((acc, raise) => add(acc, dec(raise.cost)), ZERO);
          expect(formatExactDecimal(sum)).toBe(out.totalCost);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('plans the 47-indicator catalogue in milliseconds', () => {
    const result = score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 1) });
    const costs = { defaultCost: [1, 2, 3, 5] };
    plan(result, permenpanrb592020, { index: '4.9' }, costs); // warm up
    const start = performance.now();
    const out = plan(result, permenpanrb592020, { index: '4.9' }, costs);
    const elapsed = performance.now() - start;
    expect(out.reachable).toBe(true);
    expect(compare(frac(out.result?.index.exact as string), dec('4.9'))).toBeGreaterThanOrEqual(0);
    expect(elapsed).toBeLessThan(250); // generous under a loaded CI; the bench records the real figure
  });
});
