import { describe, expect, it } from 'vitest';
import { rollup, safeRollup } from '../../../src/analysis/rollup/rollup.js';
import type { RollupOptions } from '../../../src/analysis/rollup/rollup-options.js';
import { compileCatalogue } from '../../../src/catalogue/compile.js';
import type { Assessment } from '../../../src/model/assessment.js';
import type { Catalogue } from '../../../src/model/catalogue.js';
import { unwrap, type Issue } from '../../../src/model/issue.js';
import { score } from '../../../src/scoring/score.js';
import { small, smallDefinition } from '../../helpers/small-catalogue.js';

/** The issues of a roll-up that must fail. */
function issuesOf(catalogue: Catalogue, assessments: unknown, options?: unknown): readonly Issue[] {
  const outcome = safeRollup(catalogue, assessments as Assessment[], options as RollupOptions);
  if (outcome.success) throw new Error('expected the roll-up to fail');
  return outcome.issues;
}

describe('rollup units', () => {
  it('names units without an agency unit-<position>, 1-based', () => {
    const city = rollup(small, [{ levels: { '1': 2 } }, { agency: 'B', levels: { '1': 3 } }, { levels: { '1': 4 } }], { minimumCoverage: 0 });
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
    for (const options of [{ minimumCoverage: 0 }, { minimumCoverage: 0, unitResults: true }]) {
      const city = rollup(small, [a, b], options);
      const [first, second] = city.units;
      expect(first?.result).toEqual(score(small, b, { missing: 'partial' }));
      expect(second?.result).toEqual(score(small, a, { missing: 'partial' }));
      expect(first?.index).toEqual(first?.result?.index);
    }
    expect(rollup(small, [a, b], { minimumCoverage: 0, unitResults: false }).units.map((unit) => unit.result)).toEqual([null, null]);
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
