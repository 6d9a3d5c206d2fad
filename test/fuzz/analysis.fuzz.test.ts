import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCompare } from '../../src/analysis/compare.js';
import { safeExplain } from '../../src/analysis/explain.js';
import { safeFrontier } from '../../src/analysis/plan/frontier.js';
import { safeLeverage } from '../../src/analysis/leverage.js';
import { safeMargin } from '../../src/analysis/margin.js';
import { safePlan } from '../../src/analysis/plan/plan.js';
import { safeRollup } from '../../src/analysis/rollup/rollup.js';
import { safeDeriveCatalogue } from '../../src/catalogue/derive.js';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { SafeResult } from '../../src/model/issue.js';
import type { ScoreResult } from '../../src/model/result.js';
import { safeDeriveLevel } from '../../src/scoring/derive-level.js';
import { score } from '../../src/scoring/score.js';
import { nastyValue, validLevels, withProtoKeys } from './arbitraries.js';
import { expectWellFormedIssues, globalState } from './invariants.js';
import { applyEdit, jsonEdit } from './json-mutate.js';

/*
 * Every analysis function's `safe*` form on edited results, hostile targets and options: never
 * a throw, every rejection well-formed, and no change to global state. (Results are data a
 * caller may have stored and edited, so the functions must not trust them.)
 */

const before = globalState();
const RUNS = 100;

function expectSafe(run: () => SafeResult<unknown>): void {
  let outcome: SafeResult<unknown> | undefined;
  try {
    outcome = run();
  } catch (error) {
    // Short message: fast-check would otherwise print whole results as the counterexample.
    expect.fail(`safe* function threw ${String(error).slice(0, 160)} (in ${run.toString().slice(6, 60)})`);
  }
  if (outcome !== undefined && !outcome.success) expectWellFormedIssues(outcome.issues);
  expect(globalState()).toBe(before);
}

const resultOf = (levels: Record<string, number>) => JSON.parse(JSON.stringify(score(catalogue, { levels }))) as ScoreResult;
const editedResult = fc
  .tuple(validLevels(catalogue), fc.array(jsonEdit, { minLength: 1, maxLength: 2 }))
  .map(([levels, edits]) => edits.reduce<unknown>((value, edit) => applyEdit(value, edit), resultOf(levels)) as ScoreResult);
const hostile = fc.oneof(nastyValue, fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 2 }).map((value) => withProtoKeys({ value }, { polluted: true })));

/** Edits a caller might make to a stored result, each of which once made a safe* function throw. */
const EDITS: readonly [string, (result: Record<string, any>) => void][] = [
  ['an indicator level outside the scale (0)', (r) => void (r['indicators'][19].level = 0)],
  ['an indicator level outside the scale (9)', (r) => void (r['indicators'][19].level = 9)],
  ['meta.options set to null', (r) => void (r['meta'].options = null)],
  ['an indicator entry set to null', (r) => void (r['indicators'][3] = null)],
  ['index set to null', (r) => void (r['index'] = null)],
];

describe('analysis functions on edited results', () => {
  const base = resultOf(Object.fromEntries(catalogue.indicators.map((i) => [i.id, 1])));
  it.each(EDITS)('never throw on %s', (_name, edit) => {
    const result = structuredClone(base);
    edit(result);
    const edited = result as unknown as ScoreResult;
    expectSafe(() => safeExplain(edited, catalogue));
    expectSafe(() => safeMargin(edited, catalogue));
    expectSafe(() => safeLeverage(edited, catalogue));
    expectSafe(() => safeCompare(base, edited));
    expectSafe(() => safePlan(edited, catalogue, { index: '3.5' }));
    expectSafe(() => safeFrontier(edited, catalogue));
  });
});

describe('analysis functions under fuzzing', () => {
  it('explain, margin, leverage and compare never throw on edited results', () => {
    fc.assert(
      fc.property(editedResult, validLevels(catalogue), (result, levels) => {
        expectSafe(() => safeExplain(result, catalogue));
        expectSafe(() => safeMargin(result, catalogue));
        expectSafe(() => safeLeverage(result, catalogue));
        expectSafe(() => safeCompare(resultOf(levels), result));
      }),
      { numRuns: RUNS },
    );
  });

  it('plan and frontier never throw on edited results, hostile targets or options', () => {
    fc.assert(
      fc.property(validLevels(catalogue), editedResult, hostile, hostile, (levels, edited, target, options) => {
        const result = resultOf(levels);
        expectSafe(() => safePlan(result, catalogue, target as never, options as never));
        expectSafe(() => safePlan(edited, catalogue, { index: '3.5' }));
        expectSafe(() => safePlan(result, catalogue, { index: '3.5', groups: withProtoKeys({ D1: '3' }, '4') as never }));
        expectSafe(() => safeFrontier(result, catalogue, options as never));
      }),
      { numRuns: 50 },
    );
  });

  it('rollup never throws on hostile unit lists and options', () => {
    const units = fc.array(fc.oneof(validLevels(catalogue).map((levels) => ({ levels }) as unknown), hostile), { maxLength: 6 });
    fc.assert(
      fc.property(units, hostile, (list, options) => {
        expectSafe(() => safeRollup(catalogue, list as never, options as never));
        expectSafe(() => safeRollup(catalogue, list as never));
      }),
      { numRuns: RUNS },
    );
  });

  it('deriveLevel and deriveCatalogue never throw on hostile arguments', () => {
    fc.assert(
      fc.property(hostile, hostile, fc.constantFrom('1', '12', '__proto__', 'constructor', '99'), (met, changes, id) => {
        expectSafe(() => safeDeriveLevel(catalogue, id, met as never));
        expectSafe(() => safeDeriveCatalogue(catalogue, changes as never));
      }),
      { numRuns: RUNS },
    );
  });
});
