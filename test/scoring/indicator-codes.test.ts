import { describe, expect, it } from 'vitest';
import { safePlan, plan } from '../../src/analysis/plan/plan.js';
import { permenpanrb82026 as pemdi } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { safeScore, score } from '../../src/scoring/score.js';

/** Every Pemdi indicator at level 2, keyed by id. */
const levels = Object.fromEntries(pemdi.indicators.map((indicator) => [indicator.id, 2]));

describe('indicator codes ("I5", "3.1") wherever a user names an indicator', () => {
  it('notes by code are kept under the id', () => {
    const result = score(pemdi, { levels, notes: { I5: 'SDI 68,4', '7.2': 'survei' } });
    expect(result.assessment.notes).toEqual({ '5': 'SDI 68,4', '20': 'survei' });
  });

  it('allowNotApplicable by code allows "na" on that indicator; an unknown code is an issue', () => {
    const result = score(pemdi, { levels: { ...levels, '18': 'na' } }, { allowNotApplicable: ['I18'] });
    expect(result.indicators.find((indicator) => indicator.id === '18')?.status).toBe('not-applicable');
    const unknown = safeScore(pemdi, { levels }, { allowNotApplicable: ['I21'] });
    expect(unknown.success ? [] : unknown.issues.map((issue) => [issue.code, issue.path])).toEqual([['indicator.unknown', ['options', 'allowNotApplicable', 0]]]);
  });

  it('plan options by code mean the same as by id, and never appear as second ids', () => {
    const result = score(pemdi, { levels });
    const byCode = plan(pemdi, result, { index: '2.5' }, { costs: { I19: 9, '7.2': 9 }, locked: ['I1'], caps: { '1.2': 3 }, minimums: { I3: 3 } });
    const byId = plan(pemdi, result, { index: '2.5' }, { costs: { '19': 9, '20': 9 }, locked: ['1'], caps: { '2': 3 }, minimums: { '3': 3 } });
    expect(byCode).toEqual(byId);
    expect(byCode.raises.map((raise) => raise.indicator).every((id) => pemdi.lookup.indicators[id] !== undefined)).toBe(true);
  });

  it('one indicator named twice in plan options (id and code), or an unknown code, is an issue', () => {
    const result = score(pemdi, { levels });
    const twice = safePlan(pemdi, result, { index: '2.5' }, { costs: { '5': 1, I5: 2 } });
    expect(twice.success ? [] : twice.issues.map((issue) => [issue.code, issue.path])).toEqual([['analysis.option_invalid', ['costs', 'I5']]]);
    const unknown = safePlan(pemdi, result, { index: '2.5' }, { locked: ['I21'] });
    expect(unknown.success ? [] : unknown.issues.map((issue) => [issue.code, issue.path])).toEqual([['plan.unknown_indicator', ['locked', 0]]]);
  });
});
