import { describe, expectTypeOf, it } from 'vitest';
import { permenpanrb592020, type Predicate592020 } from '../../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Frontier, PlanResult, PlanTarget } from '../../../src/analysis.js';
import type { SafeResult } from '../../../src/index.js';
import { frontier, plan, safeFrontier, safePlan } from '../../../src/analysis.js';
import { score } from '../../../src/index.js';

describe('plan and frontier types', () => {
  const result = score(permenpanrb592020, { levels: {} });
  type P = Predicate592020;

  it('take the catalogue first and keep its predikat union', () => {
    expectTypeOf(plan(permenpanrb592020, result, { index: '3.5' })).toEqualTypeOf<PlanResult<P>>();
    expectTypeOf(safePlan(permenpanrb592020, result, { predicate: 'sangat-baik' }, { minimumLevel: 3 })).toEqualTypeOf<SafeResult<PlanResult<P>>>();
    expectTypeOf(frontier(permenpanrb592020, result)).toEqualTypeOf<Frontier<P>>();
    expectTypeOf(safeFrontier(permenpanrb592020, result, { groups: { D1: '2' } })).toEqualTypeOf<SafeResult<Frontier<P>>>();
  });

  it("type a target's predikat from the catalogue's band ids", () => {
    expectTypeOf<PlanTarget<P>['predicate']>().toEqualTypeOf<P | undefined>();
    // @ts-expect-error: not a band of 59/2020
    plan(permenpanrb592020, result, { predicate: 'excellent' });
    // @ts-expect-error: not a band of 59/2020 (deprecated form too)
    plan(result, { predicate: 'excellent' });
  });

  it('keep the 0.1 forms, deprecated, with the same output types', () => {
    expectTypeOf(plan(result, { index: '3.5' })).toEqualTypeOf<PlanResult<P>>();
    expectTypeOf(plan(result, permenpanrb592020, { predicate: 'baik' })).toEqualTypeOf<PlanResult<P>>();
    expectTypeOf(frontier(result)).toEqualTypeOf<Frontier<P>>();
    expectTypeOf(frontier(result, permenpanrb592020, { minimumLevel: 2 })).toEqualTypeOf<Frontier<P>>();
  });
});
