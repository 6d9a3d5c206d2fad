import { describe, expectTypeOf, it } from 'vitest';
import { permenpanrb592020, type Predicate592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Catalogue, PredicateId, SafeResult, ScoreResult } from '../../src/index.js';
import { safeScore, score } from '../../src/index.js';

describe('result types', () => {
  const result = score(permenpanrb592020, { levels: {} });

  it('predicate ids of the built-in catalogue are a precise union', () => {
    expectTypeOf<Predicate592020>().toEqualTypeOf<'memuaskan' | 'sangat-baik' | 'baik' | 'cukup' | 'kurang'>();
    expectTypeOf(result.index.predicate.id).toEqualTypeOf<Predicate592020>();
    expectTypeOf<PredicateId<typeof permenpanrb592020>>().toEqualTypeOf<Predicate592020>();
  });

  it('display and exact values are strings, never numbers', () => {
    expectTypeOf(result.index.value).toEqualTypeOf<string>();
    expectTypeOf(result.index.exact).toEqualTypeOf<string>();
    expectTypeOf(result.domains[0]!.value).toEqualTypeOf<string | null>();
    expectTypeOf(result.indicators[0]!.contribution.exact).toEqualTypeOf<string>();
  });

  it('safeScore is a discriminated union', () => {
    const outcome = safeScore(permenpanrb592020, JSON.parse('{}') as unknown);
    expectTypeOf(outcome).toEqualTypeOf<SafeResult<ScoreResult<Predicate592020>>>();
    if (outcome.success) expectTypeOf(outcome.output.index.predicate.id).toEqualTypeOf<Predicate592020>();
    else expectTypeOf(outcome.issues[0]!.code).toEqualTypeOf<string>();
  });

  it('a generic catalogue gives string predicate ids', () => {
    const generic = permenpanrb592020 as Catalogue;
    expectTypeOf(score(generic, { levels: {} }).index.predicate.id).toEqualTypeOf<string>();
  });

  it('score takes typed assessments and rejects wrong shapes at compile time', () => {
    // @ts-expect-error levels must be a record of numbers or "na"
    score(permenpanrb592020, { levels: { '1': 'three' } });
    // @ts-expect-error the assessment needs levels
    score(permenpanrb592020, { agency: 'x' });
  });

  it('compiled catalogues are read-only', () => {
    // @ts-expect-error weights cannot be reassigned
    permenpanrb592020.indicators[0]!.units = 1;
  });
});
