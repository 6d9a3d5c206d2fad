import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consolidateLevels } from '../../src/analysis/rollup/consolidate.js';
import { readDecimal, signedValue } from '../../src/analysis/exact-value.js';
import { rollup, safeRollup } from '../../src/analysis/rollup/rollup.js';
import type { RollupOptions } from '../../src/analysis/rollup/rollup-options.js';
import { sharesOf } from '../../src/analysis/shares.js';
import { rational, ZERO } from '../../src/arithmetic/rational.js';
import { compileCatalogue } from '../../src/catalogue/compile.js';
import type { Assessment } from '../../src/model/assessment.js';
import type { Catalogue } from '../../src/model/catalogue.js';
import { SpbeError, unwrap, type Issue } from '../../src/model/issue.js';
import { score } from '../../src/scoring/score.js';
import { small, smallDefinition } from '../helpers/small-catalogue.js';

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

describe('rollup units', () => {
  it('names units without an agency unit-<position>, 1-based', () => {
    const city = rollup(small, [{ levels: { '1': 2 } }, { agency: 'B', levels: { '1': 3 } }, { levels: { '1': 4 } }]);
    expect(city.units.map((unit) => unit.unit)).toEqual(['unit-3', 'B', 'unit-1']);
  });

  it('reports a unit that is not an object at its position instead of crashing', () => {
    const issues = issuesOf(small, [{ agency: 'A', levels: { '1': 3 } }, null]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'assessment.invalid_type', path: [1] });
  });

  it('reports a duplicate unit id in both languages, also when it clashes with a generated id', () => {
    expect(issuesOf(small, [{ agency: 'unit-2', levels: { '1': 3 } }, { levels: { '1': 4 } }])).toEqual([
      {
        code: 'rollup.duplicate_unit',
        path: [1, 'agency'],
        message: { id: 'Unit "unit-2" muncul lebih dari sekali.', en: 'Unit "unit-2" appears more than once.' },
        received: '"unit-2"',
      },
    ]);
  });

  it('requires a positive weight for every unit under the weighted strategy, and none for absent units', () => {
    const units = ['A', 'B', 'C', 'D', 'E', 'F'].map((agency) => ({ agency, levels: { '1': 3 } }));
    const unitWeights = { A: 0, B: -1, C: 'abc', E: ['2'], F: '0.5', Z: 1 } as unknown as Record<string, number>;
    const invalid = (unit: string, received: string) => ({
      code: 'rollup.weight_invalid',
      path: ['unitWeights', unit],
      message: { id: `Unit "${unit}" memerlukan bobot positif untuk strategi weighted.`, en: `Unit "${unit}" needs a positive weight for the weighted strategy.` },
      received,
    });
    expect(issuesOf(small, units, { strategy: 'weighted', unitWeights })).toEqual([
      invalid('A', '0'),
      invalid('B', '-1'),
      invalid('C', '"abc"'),
      invalid('D', 'undefined'),
      invalid('E', 'array'),
      {
        code: 'rollup.weight_invalid',
        path: ['unitWeights', 'Z'],
        message: { id: 'Bobot diberikan untuk unit "Z" yang tidak ada dalam penilaian.', en: 'A weight is given for unit "Z", which has no assessment.' },
        received: '"Z"',
      },
    ]);
    // Without unitWeights every unit is reported, and nothing crashes.
    expect(issuesOf(small, units.slice(0, 2), { strategy: 'weighted' }).map((issue) => issue.path.join('.'))).toEqual(['unitWeights.A', 'unitWeights.B']);
  });

  it('ignores unitWeights under the other strategies, even unknown units and bad weights', () => {
    const units = [
      { agency: 'A', levels: { '1': 1 } },
      { agency: 'B', levels: { '1': 4 } },
    ];
    const city = rollup(small, units, { strategy: 'mean', unitWeights: { A: 0, Z: 1 } });
    expect(city.consolidated.indicators[0]?.level).toBe('5/2');
  });

  it('weights levels by the units\' weights, numbers and decimal strings alike', () => {
    const units = [
      { agency: 'A', levels: { '1': 1, '2': 2 } },
      { agency: 'B', levels: { '1': 5 } },
    ];
    const city = rollup(small, units, { strategy: 'weighted', unitWeights: { A: 3, B: '0.5' } });
    // (3·1 + 0.5·5) / 3.5 = 11/7; indicator 2 only from A.
    expect(city.indicators.map((entry) => entry.level?.exact ?? null)).toEqual(['11/7', '2', null, null, null, null]);
  });

  it('keeps every unit\'s own partial result by default, equal to scoring it alone', () => {
    const a = { agency: 'A', levels: { '1': 2, '5': 4 } };
    const b = { agency: 'B', levels: { '3': 5 } };
    for (const options of [{}, { unitResults: true }]) {
      const city = rollup(small, [a, b], options);
      const [first, second] = city.units;
      expect(first?.result).toEqual(score(small, b, { missing: 'partial' }));
      expect(second?.result).toEqual(score(small, a, { missing: 'partial' }));
      expect(first?.index).toEqual(first?.result?.index);
    }
    expect(rollup(small, [a, b], { unitResults: false }).units.map((unit) => unit.result)).toEqual([null, null]);
  });
});

describe('rollup ranking and distribution', () => {
  // One indicator each: a unit's index is its level.
  const levels = { A: 3, B: 4, C: 3, D: 5, E: 3, F: 1, G: 2 };
  const units = Object.entries(levels).map(([agency, level]) => ({ agency, levels: { '1': level } }));

  it('ranks by exact index with competition ranks, ties by unit id, whatever the input order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(units, { minLength: units.length, maxLength: units.length }), (shuffled) => {
        const city = rollup(small, shuffled, { unitResults: false });
        expect(city.units.map((unit) => [unit.rank, unit.unit, unit.index.exact])).toEqual([
          [1, 'D', '5'],
          [2, 'B', '4'],
          [3, 'A', '3'],
          [3, 'C', '3'],
          [3, 'E', '3'],
          [6, 'G', '2'],
          [7, 'F', '1'],
        ]);
        expect(city.belowTarget.units).toEqual(['G', 'F']);
      }),
      { numRuns: 60 },
    );
    for (const ordered of [units, [...units].reverse()]) {
      expect(rollup(small, ordered).units.map((unit) => unit.unit)).toEqual(['D', 'B', 'A', 'C', 'E', 'G', 'F']);
    }
  });

  it('gives type-7 quartiles and the exact mean of the unit indexes', () => {
    // Sorted 1, 2, 3, 3, 3, 4, 5: h = 3/2, 3, 9/2 → 5/2, 3, 7/2; mean 21/7 = 3.
    const city = rollup(small, units);
    expect(city.distribution).toEqual({
      count: 7,
      min: { exact: '1', value: '1.00' },
      q1: { exact: '5/2', value: '2.50' },
      median: { exact: '3', value: '3.00' },
      q3: { exact: '7/2', value: '3.50' },
      max: { exact: '5', value: '5.00' },
      mean: { exact: '3', value: '3.00' },
    });
    // Two units: h = 1/4, 1/2, 3/4 between 1 and 5.
    const two = rollup(small, units.filter((unit) => unit.agency === 'D' || unit.agency === 'F'));
    expect([two.distribution.q1.exact, two.distribution.median.exact, two.distribution.q3.exact]).toEqual(['2', '3', '4']);
    expect(city.units[0]?.coverage).toBe('1/20');
  });

  it('lists units strictly below the target index: a unit exactly on it is not below', () => {
    const city = rollup(small, units, { targets: { index: 3 } });
    expect(city.belowTarget.index).toEqual({ exact: '3', value: '3.00' });
    expect(city.belowTarget.units).toEqual(['G', 'F']);
    expect(rollup(small, units, { targets: { index: '3.01' } }).belowTarget.units).toEqual(['A', 'C', 'E', 'G', 'F']);
  });
});

describe('rollup indicators', () => {
  const units = [
    { agency: 'A', levels: { '1': 2, '2': 1, '3': 3, '4': 2, '5': 4 } },
    { agency: 'B', levels: { '1': 3, '2': 4, '3': 1, '4': 5, '5': 4 } },
    { agency: 'C', levels: { '2': 2, '3': 'na' as const, '4': 2, '5': 4 } },
  ];
  const options = { score: { allowNotApplicable: true } };

  it('consolidates each indicator with counts, min, max, spread and units below the target level', () => {
    const city = rollup(small, units, options);
    const row = (id: string, contributors: string[], notApplicableBy: number, level: [string, string] | null, min: number | null, max: number | null, below: number) => ({
      id,
      label: { id: `Indikator ${id}`, en: `Indicator ${id}` },
      assessedBy: contributors.length,
      contributors,
      notApplicableBy,
      level: level === null ? null : { exact: level[0], value: level[1] },
      min,
      max,
      spread: min === null || max === null ? null : max - min,
      unitsBelowTarget: below,
    });
    expect(city.indicators).toEqual([
      row('1', ['A', 'B'], 0, ['5/2', '2.50'], 2, 3, 1),
      row('2', ['A', 'B', 'C'], 0, ['7/3', '2.33'], 1, 4, 2),
      row('3', ['A', 'B'], 1, ['2', '2.00'], 1, 3, 1),
      row('4', ['A', 'B', 'C'], 0, ['3', '3.00'], 2, 5, 2),
      row('5', ['A', 'B', 'C'], 0, ['4', '4.00'], 4, 4, 0),
      row('6', [], 0, null, null, null, 0),
    ]);
    expect(city.indicators[5]?.spread).toBeNull();
    expect(city.unassessed).toEqual(['6']);
    // Levels 5/2, 7/3, 2, 3, 4 and 6 missing: A1 = 43/18, A2 = 5/2, D1 = 59/24, D2 = 4, index = 203/60.
    expect(city.consolidated.index.exact).toBe('203/60');
    expect(city.consolidated.indicators.map((entry) => entry.status)).toEqual(['assessed', 'assessed', 'assessed', 'assessed', 'assessed', 'missing']);
  });

  it('lists indicators strictly below the target level (an exact 3 is not), skipping unassessed ones', () => {
    const { shortfalls, ...below } = rollup(small, units, options).belowTarget;
    expect(below).toEqual({ index: { exact: '13/5', value: '2.60' }, level: 3, units: [], indicators: ['1', '2', '3'] });
    expect(shortfalls.map((entry) => entry.indicator)).toEqual(['3', '2', '1']);
    const higher = rollup(small, units, { ...options, targets: { level: 4 } });
    expect(higher.belowTarget.level).toBe(4);
    expect(higher.belowTarget.indicators).toEqual(['1', '2', '3', '4']);
    expect(higher.indicators.map((entry) => entry.unitsBelowTarget)).toEqual([2, 2, 2, 2, 0, 0]);
  });

  it('lists the widest spreads first, ties in catalogue order, never a spread of 0 or an unassessed indicator', () => {
    const city = rollup(small, units, options);
    expect(city.widestSpread).toEqual([
      { indicator: '2', spread: 3, min: 1, max: 4 },
      { indicator: '4', spread: 3, min: 2, max: 5 },
      { indicator: '3', spread: 2, min: 1, max: 3 },
      { indicator: '1', spread: 1, min: 2, max: 3 },
    ]);
    expect(rollup(small, units, { ...options, spreadLimit: 2 }).widestSpread.map((entry) => entry.indicator)).toEqual(['2', '4']);
    expect(rollup(small, units, { ...options, spreadLimit: 3 }).widestSpread.map((entry) => entry.indicator)).toEqual(['2', '4', '3']);
  });

  it('takes the middle level under median, which differs from the mean', () => {
    const three = ['A', 'B', 'C'].map((agency, k) => ({ agency, levels: { '1': [1, 1, 4][k] as number } }));
    expect(rollup(small, three, { strategy: 'median' }).indicators[0]?.level?.exact).toBe('1');
    expect(rollup(small, three).indicators[0]?.level?.exact).toBe('2');
    const four = ['A', 'B', 'C', 'D'].map((agency, k) => ({ agency, levels: { '1': [5, 1, 2, 2][k] as number } }));
    expect(rollup(small, four, { strategy: 'median' }).indicators[0]?.level?.exact).toBe('2');
    expect(rollup(small, four, { strategy: 'min' }).indicators[0]?.level?.exact).toBe('1');
    expect(rollup(small, four, { strategy: 'max' }).indicators[0]?.level?.exact).toBe('5');
  });
});

describe('rollup targets and metadata', () => {
  const units = [
    { agency: 'A', levels: { '1': 3 } },
    { agency: 'B', levels: { '1': 2 } },
  ];

  it('uses the catalogue\'s targets, the options\' over them, and 2.6 and 3 without either', () => {
    const { targets: _targets, ...withoutTargets } = smallDefinition;
    const bare = unwrap(compileCatalogue(withoutTargets));
    expect(bare.targets).toBeNull();
    const own = unwrap(compileCatalogue({ ...smallDefinition, targets: { index: '3.5', level: 4 } }));
    const below = (catalogue: Catalogue, options?: RollupOptions) => {
      const { index, level, units: ids } = rollup(catalogue, units, options).belowTarget;
      return [index.exact, level, ids];
    };
    expect(below(bare)).toEqual(['13/5', 3, ['B']]);
    expect(below(own)).toEqual(['7/2', 4, ['A', 'B']]);
    expect(below(own, { targets: { index: '2', level: 2 } })).toEqual(['2', 2, []]);
    expect(below(small, { targets: { index: '3.01', level: 5 } })).toEqual(['301/100', 5, ['A', 'B']]);
    expect(rollup(own, units, { targets: { index: '2' } }).belowTarget.level).toBe(4);
    expect(rollup(own, units, { targets: { level: 2 } }).belowTarget.index.exact).toBe('7/2');
  });

  it('records the name given and the year the units share in the consolidated assessment, and no key for either otherwise', () => {
    const year = (y: number | undefined) => units.map((unit) => (y === undefined ? unit : { ...unit, year: y }));
    expect(rollup(small, year(2024), { name: 'Kota Contoh' }).consolidated.assessment).toStrictEqual({ agency: 'Kota Contoh', year: 2024 });
    expect(rollup(small, year(2024)).consolidated.assessment).toStrictEqual({ year: 2024 });
    expect(rollup(small, year(undefined), { name: 'Kota Contoh' }).consolidated.assessment).toStrictEqual({ agency: 'Kota Contoh' });
    expect(rollup(small, year(undefined)).consolidated.assessment).toStrictEqual({});
    const mixed = [
      { ...units[0], year: 2023 },
      { ...units[1], year: 2024 },
    ] as Assessment[];
    expect(rollup(small, mixed).consolidated.assessment).toStrictEqual({});
    expect(rollup(small, [mixed[0] as Assessment, units[1] as Assessment]).consolidated.assessment).toStrictEqual({});
  });
});

describe('analysis helpers', () => {
  it('consolidateLevels gives 0, not a division by zero, when the weights sum to 0', () => {
    expect(consolidateLevels('weighted', [3, 4], [ZERO, ZERO])).toEqual(ZERO);
    expect(consolidateLevels('weighted', [3, 4], [rational(1), rational(3)])).toEqual(rational(15, 4));
  });

  it('signedValue puts a "+" on positive values only', () => {
    const display = { decimals: 2, rounding: 'halfUp' as const };
    expect(signedValue(rational(3, 20), display)).toEqual({ exact: '3/20', value: '+0.15' });
    expect(signedValue(ZERO, display)).toEqual({ exact: '0', value: '0.00' });
    expect(signedValue(rational(-3, 20), display)).toEqual({ exact: '-3/20', value: '-0.15' });
  });

  it('readDecimal reads decimal strings and finite numbers only', () => {
    expect(readDecimal('3.5')).toEqual(rational(7, 2));
    expect(readDecimal(3.5)).toEqual(rational(7, 2));
    for (const value of [['3'], [3], true, null, undefined, {}, Number.NaN, Number.POSITIVE_INFINITY, '1e3']) {
      expect(readDecimal(value), String(value)).toBeUndefined();
    }
  });

  it('sharesOf gives indicators that did not enter a zero share of the index and of each ancestor group', () => {
    const shares = sharesOf(small, [false, true, true, true, true, true]);
    const d1 = small.lookup.groups['D1'] as number;
    const a1 = small.lookup.groups['A1'] as number;
    expect(shares.index[0]).toEqual(ZERO);
    expect(shares.groups[0]).toEqual([
      [d1, ZERO],
      [a1, ZERO],
    ]);
    // Indicator 2 alone in A1: all of A1, 15/40 of D1, 40/100 of that in the index.
    expect(shares.groups[1]).toEqual([
      [d1, rational(3, 8)],
      [a1, rational(1)],
    ]);
    expect(shares.index[1]).toEqual(rational(3, 20));
  });
});
