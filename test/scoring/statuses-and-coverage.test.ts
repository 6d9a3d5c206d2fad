import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';

const all3 = uniformLevels(catalogue, 3);

/* Indicator statuses and coverage of partial and not-applicable assessments. */

describe('statuses and coverage', () => {
  it('not applicable and excluded: status, null level, group and total coverage', () => {
    const result = score(catalogue, { levels: { ...all3, '45': 'na' } }, { allowNotApplicable: ['45'] });
    expect(result.complete).toBe(false);
    expect(result.coverage).toBe('97/100');
    expect(result.indicators[44]).toMatchObject({ status: 'not-applicable', level: null, contribution: { exact: '0' } });
    expect(result.groups.find((group) => group.id === 'A8')?.coverage).toBe('5/6');
    expect(result.groups.find((group) => group.id === 'A7')?.coverage).toBe('1');
    expect(result.index.exact).toBe('3');
  });

  it('not applicable at the minimum: counted at level 1, complete, full coverage', () => {
    const result = score(catalogue, { levels: { ...all3, '45': 'na' } }, { allowNotApplicable: true, notApplicable: 'minimum' });
    expect(result.complete).toBe(true);
    expect(result.coverage).toBe('1');
    expect(result.indicators[44]).toMatchObject({ status: 'not-applicable-minimum', level: 1 });
    expect(result.index.exact).toBe('147/50');
  });

  it('missing under partial: status, null level, zero contribution, re-normalised value', () => {
    const { '47': _omitted, ...levels } = all3;
    const result = score(catalogue, { levels }, { missing: 'partial' });
    expect(result.complete).toBe(false);
    expect(result.coverage).toBe('97/100');
    expect(result.indicators[46]).toMatchObject({ status: 'missing', level: null, contribution: { exact: '0', value: '0.0000' } });
    expect(result.indicators[45]).toMatchObject({ status: 'assessed', level: 3 });
    expect(result.index.exact).toBe('3');
  });

  it('"na" is refused where it is not allowed, and only for the listed ids', () => {
    const outcome = safeScore(catalogue, { levels: { ...all3, '45': 'na', '46': 'na' } }, { allowNotApplicable: ['45'] });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues.map((issue) => issue.path)).toEqual([['levels', '46']]);
  });
});
