import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';

/*
 * Behaviour pinned for mutation testing: option boundaries, statuses and coverage of partial and
 * not-applicable assessments, and the display of contributions. Each assertion fails on a
 * specific kind of mutant (a boundary moved, a branch swapped, a status string changed).
 */

const all3 = uniformLevels(catalogue, 3);

describe('options at their boundaries', () => {
  it('decimals 0 and 20 are valid; -1, 21 and 2.5 are not', () => {
    expect(score(catalogue, { levels: all3 }, { decimals: 0 }).index.value).toBe('3');
    expect(score(catalogue, { levels: all3 }, { decimals: 20 }).index.value).toBe(`3.${'0'.repeat(20)}`);
    for (const decimals of [-1, 21, 2.5]) {
      const outcome = safeScore(catalogue, { levels: all3 }, { decimals });
      expect(outcome.success).toBe(false);
      if (!outcome.success) expect(outcome.issues.map((issue) => [issue.code, issue.path])).toEqual([['option.invalid', ['options', 'decimals']]]);
    }
  });

  it('contributions carry two more decimals than the display values', () => {
    expect(score(catalogue, { levels: all3 }, { decimals: 0 }).indicators[0]?.contribution).toEqual({ exact: '39/1000', value: '0.04' });
    expect(score(catalogue, { levels: all3 }).indicators[0]?.contribution).toEqual({ exact: '39/1000', value: '0.0390' });
  });

  it('rejects options that are not a plain object, and lists of non-strings', () => {
    for (const options of [null, [], 'x', 3]) expect(safeScore(catalogue, { levels: all3 }, options as never).success).toBe(false);
    expect(safeScore(catalogue, { levels: all3 }, { allowNotApplicable: [3] as never }).success).toBe(false);
  });

  it('records the resolved options in meta', () => {
    expect(score(catalogue, { levels: all3 }, { rounding: 'down', predicateFrom: 'rounded' }).meta.options).toEqual({
      decimals: 2,
      rounding: 'down',
      predicateFrom: 'rounded',
      allowZero: false,
      missing: 'reject',
      notApplicable: 'exclude',
      allowNotApplicable: false,
    });
  });
});

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
