import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';

const all3 = uniformLevels(catalogue, 3);

/* Score options: each option at its boundaries, valid values accepted, others refused with the expected form. */

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
