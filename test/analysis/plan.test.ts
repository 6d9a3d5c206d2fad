import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatExactDecimal, parseDecimal } from '../../src/arithmetic/decimal-string.js';
import { add, compare, parseFraction, rational, ZERO, type Rational } from '../../src/arithmetic/rational.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { plan, safePlan } from '../../src/analysis/plan/plan.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom, uniformLevels } from '../helpers/assessments.js';
import { combinations, small } from '../helpers/small-catalogue.js';

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
