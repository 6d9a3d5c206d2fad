import { describe, expect, it } from 'vitest';
import { safePlanCity } from '../../src/analysis/city/plan-city.js';
import { safeCompare } from '../../src/analysis/compare.js';
import { safeExplain } from '../../src/analysis/explain.js';
import { safeLeverage } from '../../src/analysis/leverage.js';
import { safeMargin } from '../../src/analysis/margin.js';
import { safeFrontier } from '../../src/analysis/plan/frontier.js';
import { safePlan } from '../../src/analysis/plan/plan.js';
import { safeRollup } from '../../src/analysis/rollup/rollup.js';
import { safeVerifyResult } from '../../src/analysis/verify-result.js';
import { safeDeriveCatalogue } from '../../src/catalogue/derive.js';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { safeRestate } from '../../src/restate/restate.js';
import { safeDeriveLevel } from '../../src/scoring/derive-level.js';
import { score } from '../../src/scoring/score.js';
import { safeDefineCatalogue } from '../../src/catalogue/define.js';
import { MAX_ISSUES, type Issue } from '../../src/model/issue.js';
import { safeScore } from '../../src/scoring/score.js';
import type { SafeResult } from '../../src/model/issue.js';
import { baseDefinition, small, smallDefinition, withCriteria } from '../helpers/small-catalogue.js';
import { uniformLevels } from '../helpers/assessments.js';

function expectCapped(issues: readonly Issue[], hidden: number): void {
  expect(issues).toHaveLength(MAX_ISSUES + 1);
  const last = issues.at(-1)!;
  expect(last.code).toBe('issues.truncated');
  expect(last.message.en).toContain(String(hidden));
  expect(issues.slice(0, MAX_ISSUES).every((issue) => issue.code !== 'issues.truncated')).toBe(true);
}

describe('the public safe functions cap their issues', () => {
  it('safeScore: 1,500 unknown indicators (and 5 missing ones) give the first 1,000 and one issue counting the rest', () => {
    const levels = Object.fromEntries(Array.from({ length: 1500 }, (_, k) => [`x${k}`, 3]));
    const outcome = safeScore(small, { levels: { ...levels, '1': 3 } });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expectCapped(outcome.issues, 505);
  });

  it('safeDefineCatalogue: 1,200 malformed indicators (and two more issues of their own)', () => {
    const group = smallDefinition.groups[0]!.groups![0]!;
    const indicators = Array.from({ length: 1200 }, (_, k) => ({ id: `i${k}`, number: 'one', name: { id: 'x', en: 'x' }, scale: 'process' }));
    const definition = { ...smallDefinition, groups: [{ ...smallDefinition.groups[0]!, groups: [{ ...group, indicators }] }] };
    const outcome = safeDefineCatalogue(definition);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expectCapped(outcome.issues, 202);
  });

  it('safeRollup: 1,100 units with a level outside the scale', () => {
    const units = Array.from({ length: 1100 }, (_, k) => ({ agency: `OPD ${k}`, levels: { '1': 9 } }));
    const outcome = safeRollup(small, units);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expectCapped(outcome.issues, 100);
  });
});

describe('every other public safe function caps its issues too', () => {
  // A result whose 1,500 indicator entries are each malformed: one analysis.result_invalid per entry.
  const result = score(small, { levels: uniformLevels(small, 3) });
  const broken = { ...result, indicators: Array.from({ length: 1500 }, () => 1) };
  const manyKeys = Object.fromEntries(Array.from({ length: 1500 }, (_, k) => [`option${k}`, 1]));
  const cases: [string, () => SafeResult<unknown>, number][] = [
    ['safeVerifyResult', () => safeVerifyResult(small, broken), 500],
    ['safeExplain', () => safeExplain(small, broken as never), 500],
    ['safeMargin', () => safeMargin(small, broken as never), 500],
    ['safeLeverage', () => safeLeverage(small, broken as never), 500],
    ['safePlan', () => safePlan(small, broken as never, { index: '4' }), 500],
    ['safeFrontier', () => safeFrontier(small, broken as never), 500],
    ['safeCompare (both results broken)', () => safeCompare(small, broken as never, broken as never), 2000],
    ['safeCompare (1,500 unknown options)', () => safeCompare(small, result, result, manyKeys as never), 500],
    ['safePlan (1,500 unknown options)', () => safePlan(small, result, { index: '4' }, manyKeys as never), 500],
    // The changes also lack their id: 1,501 issues.
    ['safeDeriveCatalogue (1,500 unknown keys)', () => safeDeriveCatalogue(small, manyKeys as never), 501],
    // The mapping is malformed too (three issues of its own): 1,503.
    ['safeRestate (1,500 unknown options)', () => safeRestate({ levels: {} }, { from: 'a', to: 'b', rules: [] }, manyKeys as never), 503],
    ['safePlanCity (1,500 unknown options)', () => safePlanCity(small, [{ levels: uniformLevels(small, 3) }], { index: '4' }, manyKeys as never), 500],
  ];

  it.each(cases)('%s', (_, run, hidden) => {
    const outcome = run();
    expect(outcome.success).toBe(false);
    if (!outcome.success) expectCapped(outcome.issues, hidden);
  });

  it('safeDeriveLevel: 1,500 unknown criteria', () => {
    const catalogue = defineCatalogue(withCriteria(baseDefinition()));
    const outcome = safeDeriveLevel(catalogue, '1', Array.from({ length: 1500 }, (_, k) => `nope${k}`));
    expect(outcome.success).toBe(false);
    if (!outcome.success) expectCapped(outcome.issues, 500);
  });
});
