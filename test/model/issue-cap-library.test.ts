import { describe, expect, it } from 'vitest';
import { safeRollup } from '../../src/analysis/rollup/rollup.js';
import { safeDefineCatalogue } from '../../src/catalogue/define.js';
import { MAX_ISSUES, type Issue } from '../../src/model/issue.js';
import { safeScore } from '../../src/scoring/score.js';
import { small, smallDefinition } from '../helpers/small-catalogue.js';

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
