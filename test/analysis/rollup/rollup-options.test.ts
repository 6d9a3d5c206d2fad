import { describe, expect, it } from 'vitest';
import { rollup, safeRollup } from '../../../src/analysis/rollup/rollup.js';
import type { RollupOptions } from '../../../src/analysis/rollup/rollup-options.js';
import type { Assessment } from '../../../src/model/assessment.js';
import type { Catalogue } from '../../../src/model/catalogue.js';
import { SpbeError, type Issue } from '../../../src/model/issue.js';
import { small } from '../../helpers/small-catalogue.js';

/** The issues of a roll-up that must fail. */
function issuesOf(catalogue: Catalogue, assessments: unknown, options?: unknown): readonly Issue[] {
  const outcome = safeRollup(catalogue, assessments as Assessment[], options as RollupOptions);
  if (outcome.success) throw new Error('expected the roll-up to fail');
  return outcome.issues;
}

const one = [{ agency: 'A', levels: { '1': 3 } }];

describe('rollup option validation', () => {
  it('rejects options that are not an object with one issue at the root, in both languages', () => {
    for (const [options, received] of [
      [null, 'null'],
      [3, '3'],
      ['x', '"x"'],
      [[], 'array'],
    ] as const) {
      expect(issuesOf(small, one, options), String(received)).toEqual([
        {
          code: 'analysis.option_invalid',
          path: [],
          message: { id: 'Opsi "" tidak sah (diharapkan object).', en: 'Option "" is not valid (expected object).' },
          expected: 'object',
          received,
        },
      ]);
    }
  });

  it('names an unknown option key and lists the known ones', () => {
    const known = 'strategy | unitWeights | score | targets | name | spreadLimit | unitResults | responsibilities | ownerMode | minimumCoverage';
    expect(issuesOf(small, one, { colour: 'red' })).toEqual([
      {
        code: 'options.unknown',
        path: ['colour'],
        message: { id: 'Opsi "colour" tidak dikenal.', en: 'Unknown option "colour".' },
        expected: known,
        received: '"colour"',
      },
    ]);
    expect(issuesOf(small, one, { stratgy: 'mean', targets: { levl: 3 } } as never).map((issue) => [issue.path, issue.message.en])).toEqual([
      [['stratgy'], 'Unknown option "stratgy"; did you mean "strategy"?'],
      [['targets', 'levl'], 'Unknown option "levl"; did you mean "level"?'],
    ]);
    // Inherited keys are not options.
    expect(safeRollup(small, one, Object.create({ strategy: 'nonsense' }) as RollupOptions).success).toBe(true);
  });

  it('requires score, targets and unitWeights to be objects (not numbers, null or arrays)', () => {
    for (const key of ['score', 'targets', 'unitWeights'] as const) {
      for (const [value, received] of [
        [3, '3'],
        [null, 'null'],
        [[], 'array'],
      ] as const) {
        expect(issuesOf(small, one, { [key]: value }), `${key}: ${received}`).toEqual([
          {
            code: 'analysis.option_invalid',
            path: [key],
            message: { id: `Opsi "${key}" tidak sah (diharapkan object).`, en: `Option "${key}" is not valid (expected object).` },
            expected: 'object',
            received,
          },
        ]);
      }
    }
  });

  it('checks name, unitResults and strategy types', () => {
    expect(issuesOf(small, one, { name: 3 })).toEqual([
      {
        code: 'analysis.option_invalid',
        path: ['name'],
        message: { id: 'Opsi "name" tidak sah (diharapkan string).', en: 'Option "name" is not valid (expected string).' },
        expected: 'string',
        received: '3',
      },
    ]);
    expect(issuesOf(small, one, { unitResults: 'yes' })).toEqual([
      {
        code: 'analysis.option_invalid',
        path: ['unitResults'],
        message: { id: 'Opsi "unitResults" tidak sah (diharapkan boolean).', en: 'Option "unitResults" is not valid (expected boolean).' },
        expected: 'boolean',
        received: '"yes"',
      },
    ]);
    const strategies = 'mean | median | min | max | weighted | owner';
    expect(issuesOf(small, one, { strategy: 'mode' })).toEqual([
      {
        code: 'analysis.option_invalid',
        path: ['strategy'],
        message: { id: `Opsi "strategy" tidak sah (diharapkan ${strategies}).`, en: `Option "strategy" is not valid (expected ${strategies}).` },
        expected: strategies,
        received: '"mode"',
      },
    ]);
    // Valid values of the same options pass.
    expect(safeRollup(small, one, { name: 'Kota', unitResults: true, strategy: 'median' }).success).toBe(true);
  });

  it('checks the target index is a decimal (string or number, never an array)', () => {
    for (const [index, received] of [
      ['abc', '"abc"'],
      ['2,6', '"2,6"'],
      [['3'], 'array'],
      [Number.NaN, 'NaN'],
    ] as const) {
      expect(issuesOf(small, one, { targets: { index } }), received).toEqual([
        {
          code: 'analysis.option_invalid',
          path: ['targets', 'index'],
          message: { id: 'Opsi "targets.index" tidak sah (diharapkan decimal 1..5).', en: 'Option "targets.index" is not valid (expected decimal 1..5).' },
          expected: 'decimal 1..5',
          received,
        },
      ]);
    }
  });

  it('reports a hand-made catalogue whose target index is not a decimal instead of crashing', () => {
    const broken = { ...small, targets: { index: 'abc', level: 3 } } as Catalogue;
    const issues = issuesOf(broken, one);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'analysis.option_invalid', path: ['targets', 'index'], expected: 'decimal 1..5' });
  });

  it('checks the target level is a number within the scale, and never throws on one that is not', () => {
    expect(issuesOf(small, one, { targets: { level: '3' } } as never)).toEqual([
      {
        code: 'analysis.option_invalid',
        path: ['targets', 'level'],
        message: { id: 'Opsi "targets.level" tidak sah (diharapkan number).', en: 'Option "targets.level" is not valid (expected number).' },
        expected: 'number',
        received: '"3"',
      },
    ]);
    for (const [level, received] of [
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [Number.NaN, 'NaN'],
      [1e21, '1e+21'],
      [1e-7, '1e-7'],
      [6, '6'],
      [0.5, '0.5'],
    ] as const) {
      expect(issuesOf(small, one, { targets: { level } }), received).toEqual([
        {
          code: 'analysis.option_invalid',
          path: ['targets', 'level'],
          message: { id: 'Opsi "targets.level" tidak sah (diharapkan decimal 1..5).', en: 'Option "targets.level" is not valid (expected decimal 1..5).' },
          expected: 'decimal 1..5',
          received,
        },
      ]);
    }
    expect(rollup(small, one, { targets: { level: 3.5, index: 4.99 } }).belowTarget.level).toBe(3.5);
  });

  it('refuses more units than ROLLUP_UNIT_LIMIT with an issue, without scoring them', () => {
    const many = Array.from({ length: 123_000 }, () => ({ levels: { '1': 3 } }));
    const outcome = safeRollup(small, many, { unitResults: false });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues.map((issue) => [issue.code, issue.received])).toEqual([['rollup.too_many_units', '123000']]);
  });

  it('spreads over up to the unit limit without overflowing the stack', () => {
    const many = Array.from({ length: 100_000 }, (_, k) => ({ agency: `u${k}`, levels: { '1': (k % 5) + 1 } }));
    const city = rollup(small, many, { unitResults: false });
    expect(city.indicators[0]).toMatchObject({ min: 1, max: 5, spread: 4, assessedBy: 100_000 });
  });

  it('checks spreadLimit is a non-negative integer, and 0 lists no indicator', () => {
    for (const [spreadLimit, received] of [
      [-1, '-1'],
      [1.5, '1.5'],
      ['3', '"3"'],
    ] as const) {
      expect(issuesOf(small, one, { spreadLimit }), received).toEqual([
        {
          code: 'analysis.option_invalid',
          path: ['spreadLimit'],
          message: { id: 'Opsi "spreadLimit" tidak sah (diharapkan integer ≥ 0).', en: 'Option "spreadLimit" is not valid (expected integer ≥ 0).' },
          expected: 'integer ≥ 0',
          received,
        },
      ]);
    }
    const units = [
      { agency: 'A', levels: { '1': 1 } },
      { agency: 'B', levels: { '1': 4 } },
    ];
    expect(rollup(small, units).widestSpread).toHaveLength(1);
    expect(rollup(small, units, { spreadLimit: 0 }).widestSpread).toEqual([]);
  });

  it('needs at least one unit, and reports it after every option issue', () => {
    const noUnits = (received: string) => ({
      code: 'rollup.no_units',
      path: [],
      message: { id: 'Tidak ada penilaian unit untuk digabungkan.', en: 'There are no unit assessments to roll up.' },
      received,
    });
    expect(issuesOf(small, [])).toEqual([noUnits('array')]);
    expect(issuesOf(small, {})).toEqual([noUnits('object')]);
    expect(issuesOf(small, null)).toEqual([noUnits('null')]);
    expect(issuesOf(small, [], { strategy: 'mode', spreadLimit: -1 }).map((issue) => `${issue.code}@${issue.path.join('.')}`)).toEqual([
      'analysis.option_invalid@strategy',
      'analysis.option_invalid@spreadLimit',
      'rollup.no_units@',
    ]);
  });

  it('throws a SpbeError carrying the same issues from rollup', () => {
    const issues = issuesOf(small, [], { strategy: 'mode' });
    expect(() => rollup(small, [])).toThrow(SpbeError);
    try {
      rollup(small, [], { strategy: 'mode' as never });
      expect.unreachable();
    } catch (error) {
      expect((error as SpbeError).issues).toEqual(issues);
    }
  });
});
