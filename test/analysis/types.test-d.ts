import { describe, expectTypeOf, it } from 'vitest';
import { permenpanrb592020, type Predicate592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Catalogue, PredicateRef, SafeResult, ScoreResult } from '../../src/index.js';
import type { ExactValue, Explanation, Frontier, IndicatorLeverage, Margin, PlanOptions, PlanResult } from '../../src/analysis.js';
import { score } from '../../src/index.js';
import { compare, explain, frontier, leverage, margin, plan, rollup, safeExplain, safeFrontier, safeLeverage, safeMargin, safePlan, safeVerifyResult, verifyResult } from '../../src/analysis.js';

describe('analysis types', () => {
  const result = score(permenpanrb592020, { levels: {} });

  it('keep the catalogue\'s predikat union', () => {
    expectTypeOf(plan(result, permenpanrb592020, { index: '3.5' }).result).toEqualTypeOf<ScoreResult<Predicate592020> | null>();
    expectTypeOf(compare(permenpanrb592020, result, result).index.after.predicate).toEqualTypeOf<PredicateRef<Predicate592020>>();
    expectTypeOf(compare(permenpanrb592020, result, result).groups[0]!.after.predicate).toEqualTypeOf<PredicateRef<Predicate592020> | null>();
    expectTypeOf(compare(result, result).index.after.predicate).toEqualTypeOf<PredicateRef<Predicate592020>>();
    expectTypeOf(margin(result, permenpanrb592020).index.predicate.id).toEqualTypeOf<Predicate592020>();
    expectTypeOf(frontier(result, permenpanrb592020).points[0]!.index.predicate.id).toEqualTypeOf<Predicate592020>();
    expectTypeOf(rollup(permenpanrb592020, []).consolidated).toEqualTypeOf<ScoreResult<Predicate592020>>();
  });

  it('give figures as strings, never numbers', () => {
    // The index always has a value on both sides, so its delta is never null; a group's may be.
    expectTypeOf(compare(permenpanrb592020, result, result).index.delta).toEqualTypeOf<ExactValue>();
    expectTypeOf(compare(permenpanrb592020, result, result).groups[0]!.delta).toEqualTypeOf<ExactValue | null>();
    expectTypeOf<ExactValue['exact']>().toEqualTypeOf<string>();
    expectTypeOf(plan(result, permenpanrb592020, {}).totalCost).toEqualTypeOf<string | null>();
  });

  it('accept JSON-shaped plan options', () => {
    const options: PlanOptions = JSON.parse('{"defaultCost":[1,1,2,4],"costs":{"13":"2.5"}}') as PlanOptions;
    expectTypeOf(safePlan(result, permenpanrb592020, { predicate: 'sangat-baik' }, options)).toMatchTypeOf<SafeResult<unknown>>();
  });

  it('take the catalogue or leave it out, with the same output types', () => {
    type P = Predicate592020;
    expectTypeOf(margin(result)).toEqualTypeOf<Margin<P>>();
    expectTypeOf(margin(result, permenpanrb592020)).toEqualTypeOf<Margin<P>>();
    expectTypeOf(safeMargin(result)).toEqualTypeOf<SafeResult<Margin<P>>>();
    expectTypeOf(safeMargin(result, permenpanrb592020)).toEqualTypeOf<SafeResult<Margin<P>>>();
    expectTypeOf(leverage(result)).toEqualTypeOf<readonly IndicatorLeverage[]>();
    expectTypeOf(leverage(result, permenpanrb592020)).toEqualTypeOf<readonly IndicatorLeverage[]>();
    expectTypeOf(safeLeverage(result)).toEqualTypeOf<SafeResult<readonly IndicatorLeverage[]>>();
    expectTypeOf(safeLeverage(result, permenpanrb592020)).toEqualTypeOf<SafeResult<readonly IndicatorLeverage[]>>();
    expectTypeOf(plan(result, { index: '3.5' })).toEqualTypeOf<PlanResult<P>>();
    expectTypeOf(plan(result, { predicate: 'sangat-baik' }, { minimumLevel: 3 })).toEqualTypeOf<PlanResult<P>>();
    expectTypeOf(plan(result, permenpanrb592020, { index: '3.5' })).toEqualTypeOf<PlanResult<P>>();
    expectTypeOf(plan(result, permenpanrb592020, { index: '3.5' }, { minimumLevel: 3 })).toEqualTypeOf<PlanResult<P>>();
    expectTypeOf(safePlan(result, { index: '3.5' })).toEqualTypeOf<SafeResult<PlanResult<P>>>();
    expectTypeOf(safePlan(result, permenpanrb592020, { index: '3.5' }, { minimumLevel: 3 })).toEqualTypeOf<SafeResult<PlanResult<P>>>();
    expectTypeOf(frontier(result)).toEqualTypeOf<Frontier<P>>();
    expectTypeOf(frontier(result, { minimumLevel: 2, groups: { D3: '2.6' } })).toEqualTypeOf<Frontier<P>>();
    expectTypeOf(frontier(result, permenpanrb592020)).toEqualTypeOf<Frontier<P>>();
    expectTypeOf(frontier(result, permenpanrb592020, { minimumLevel: 2 })).toEqualTypeOf<Frontier<P>>();
    expectTypeOf(safeFrontier(result)).toEqualTypeOf<SafeResult<Frontier<P>>>();
    expectTypeOf(safeFrontier(result, permenpanrb592020, { minimumLevel: 2 })).toEqualTypeOf<SafeResult<Frontier<P>>>();
    // A result read from JSON has the plain predikat type; both forms still take it.
    const loaded = JSON.parse('{}') as ScoreResult;
    const catalogue = permenpanrb592020 as Catalogue;
    expectTypeOf(plan(loaded, { index: '3' })).toEqualTypeOf<PlanResult<string>>();
    expectTypeOf(plan(loaded, catalogue, { index: '3' })).toEqualTypeOf<PlanResult<string>>();
    expectTypeOf(margin(loaded)).toEqualTypeOf<Margin<string>>();
    expectTypeOf(frontier(loaded, catalogue)).toEqualTypeOf<Frontier<string>>();
  });

  it('take the catalogue first in explain, margin, leverage and verifyResult', () => {
    type P = Predicate592020;
    expectTypeOf(margin(permenpanrb592020, result)).toEqualTypeOf<Margin<P>>();
    expectTypeOf(safeMargin(permenpanrb592020, result)).toEqualTypeOf<SafeResult<Margin<P>>>();
    expectTypeOf(leverage(permenpanrb592020, result)).toEqualTypeOf<readonly IndicatorLeverage[]>();
    expectTypeOf(safeLeverage(permenpanrb592020, result)).toEqualTypeOf<SafeResult<readonly IndicatorLeverage[]>>();
    expectTypeOf(explain(permenpanrb592020, result)).toEqualTypeOf<Explanation>();
    expectTypeOf(safeExplain(permenpanrb592020, result)).toEqualTypeOf<SafeResult<Explanation>>();
    // verifyResult takes anything (a parsed file) and gives the result typed by the catalogue.
    expectTypeOf(verifyResult(permenpanrb592020, JSON.parse('{}') as unknown)).toEqualTypeOf<ScoreResult<P>>();
    expectTypeOf(safeVerifyResult(permenpanrb592020, {})).toEqualTypeOf<SafeResult<ScoreResult<P>>>();
    // @ts-expect-error the catalogue comes first, the result second
    margin(permenpanrb592020, permenpanrb592020);
  });

  it('reject a target or options where they do not belong', () => {
    // @ts-expect-error the target comes after the catalogue, not before it
    plan(result, { index: '3.5' }, permenpanrb592020);
    // @ts-expect-error plan needs a target
    plan(result);
    // @ts-expect-error plan needs a target after the catalogue
    plan(result, permenpanrb592020);
    // @ts-expect-error not a frontier option
    frontier(result, { index: '3.5' });
    // @ts-expect-error the options come after the catalogue
    frontier(result, { minimumLevel: 2 }, permenpanrb592020);
    // @ts-expect-error a target is not a catalogue
    margin(result, { index: '3.5' });
  });
});
