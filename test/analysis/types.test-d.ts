import { describe, expectTypeOf, it } from 'vitest';
import { permenpanrb592020, type Predicate592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { ExactValue, PlanOptions, SafeResult, ScoreResult } from '../../src/index.js';
import { compare, frontier, margin, plan, rollup, safePlan, score } from '../../src/index.js';

describe('analysis types', () => {
  const result = score(permenpanrb592020, { levels: {} });

  it('keep the catalogue\'s predikat union', () => {
    expectTypeOf(plan(result, permenpanrb592020, { index: '3.5' }).result).toEqualTypeOf<ScoreResult<Predicate592020> | null>();
    expectTypeOf(compare(result, result).index.after.predicate).toEqualTypeOf<{ readonly id: Predicate592020; readonly label: { readonly id: string; readonly en: string } } | null>();
    expectTypeOf(margin(result, permenpanrb592020).index.predicate.id).toEqualTypeOf<Predicate592020>();
    expectTypeOf(frontier(result, permenpanrb592020).points[0]!.index.predicate.id).toEqualTypeOf<Predicate592020>();
    expectTypeOf(rollup(permenpanrb592020, []).consolidated).toEqualTypeOf<ScoreResult<Predicate592020>>();
  });

  it('give figures as strings, never numbers', () => {
    expectTypeOf(compare(result, result).index.delta).toEqualTypeOf<ExactValue | null>();
    expectTypeOf<ExactValue['exact']>().toEqualTypeOf<string>();
    expectTypeOf(plan(result, permenpanrb592020, {}).totalCost).toEqualTypeOf<string | null>();
  });

  it('accept JSON-shaped plan options', () => {
    const options: PlanOptions = JSON.parse('{"defaultCost":[1,1,2,4],"costs":{"13":"2.5"}}') as PlanOptions;
    expectTypeOf(safePlan(result, permenpanrb592020, { predicate: 'sangat-baik' }, options)).toMatchTypeOf<SafeResult<unknown>>();
  });
});
