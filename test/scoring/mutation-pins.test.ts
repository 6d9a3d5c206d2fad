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

describe('each option: valid values accepted, others refused with the expected form', () => {
  const cases: [string, unknown[], unknown[], string][] = [
    ['rounding', ['halfUp', 'halfEven', 'down', 'up'], ['HALF_UP', '', 1], 'halfUp | halfEven | down | up'],
    ['predicateFrom', ['exact', 'rounded'], ['display', true], 'exact | rounded'],
    ['allowZero', [true, false], ['true', 0], 'boolean'],
    ['missing', ['reject', 'partial'], ['skip', null], 'reject | partial'],
    ['notApplicable', ['exclude', 'minimum'], ['zero', 1], 'exclude | minimum'],
    ['allowNotApplicable', [true, false, [], ['45']], ['45', [45], [null]], 'boolean | string[]'],
  ];
  for (const [key, valid, invalid, expected] of cases) {
    it(key, () => {
      for (const value of valid) expect(safeScore(catalogue, { levels: all3 }, { [key]: value }).success).toBe(true);
      for (const value of invalid) {
        const outcome = safeScore(catalogue, { levels: all3 }, { [key]: value });
        expect(outcome.success).toBe(false);
        if (!outcome.success) expect(outcome.issues.map((issue) => [issue.code, issue.path, issue.expected])).toEqual([['option.invalid', ['options', key], expected]]);
      }
    });
  }
});

describe('result shape', () => {
  it('lists domains and aspects of the catalogue in order, and every group in tree order', () => {
    const result = score(catalogue, { levels: all3 });
    expect(result.domains.map((group) => group.id)).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(result.aspects.map((group) => group.id)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
    expect(result.groups.map((group) => group.id)).toEqual(['D1', 'A1', 'D2', 'A2', 'A3', 'A4', 'D3', 'A5', 'A6', 'D4', 'A7', 'A8']);
    expect(result.indicators.map((indicator) => indicator.level)).toEqual(Array(47).fill(3));
  });

  it('carries a fingerprint that verifies and changes with any level', async () => {
    const { verifyFingerprint } = await import('../../src/scoring/fingerprint.js');
    const result = score(catalogue, { levels: all3 });
    expect(verifyFingerprint(result)).toBe(true);
    expect(score(catalogue, { levels: all3 }).meta.fingerprint).toBe(result.meta.fingerprint);
    expect(score(catalogue, { levels: { ...all3, '47': 4 } }).meta.fingerprint).not.toBe(result.meta.fingerprint);
  });
});

describe('assessment reading details', () => {
  it('copies per-indicator notes, and reports a note that is not text at its own path', () => {
    expect(score(catalogue, { levels: all3, notes: { '1': 'SK 2024' } }).assessment).toEqual({ notes: { '1': 'SK 2024' } });
    const outcome = safeScore(catalogue, { levels: all3, notes: { '1': 3 } });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues.map((issue) => issue.path)).toEqual([['notes', '1']]);
    const notObject = safeScore(catalogue, { levels: all3, notes: ['x'] });
    expect(notObject.success).toBe(false);
    if (!notObject.success) expect(notObject.issues.map((issue) => issue.path)).toEqual([['notes']]);
  });

  it('reports metadata of the wrong type with what was expected', () => {
    const outcome = safeScore(catalogue, { levels: all3, agency: 1, year: '2024', note: false } as never);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues.map((issue) => [issue.path[0], issue.expected])).toEqual([['agency', 'string'], ['year', 'integer'], ['note', 'string']]);
  });

  it('accepts a null-prototype object and refuses a class instance', () => {
    const bare = Object.assign(Object.create(null) as object, { levels: all3 });
    expect(safeScore(catalogue, bare).success).toBe(true);
    class Form {
      levels = all3;
    }
    expect(safeScore(catalogue, new Form()).success).toBe(false);
  });

  it('level 0 needs no option on a scale that starts at 0, and -0 is read as 0', async () => {
    const { permenpanrb52018 } = await import('../../src/catalogues/permenpanrb-5-2018/index.js');
    const levels = { ...uniformLevels(permenpanrb52018, 2), '1': 0, '2': -0 };
    const result = score(permenpanrb52018, { levels });
    expect(result.warnings).toEqual([]);
    expect(Object.is(result.indicators[1]?.level, 0)).toBe(true);
  });
});

describe('hostile input', () => {
  it('a throwing getter is an assessment.invalid_type issue, not a crash', () => {
    const levels = Object.defineProperty({ ...all3 }, '7', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const outcome = safeScore(catalogue, { levels });
    expect(outcome.success).toBe(false);
    if (!outcome.success) {
      expect(outcome.issues).toHaveLength(1);
      expect(outcome.issues[0]).toMatchObject({ code: 'assessment.invalid_type', path: [], expected: 'plain JSON data' });
      expect(outcome.issues[0]?.message.en).toBe('The assessment could not be read as plain data.');
    }
  });
});
