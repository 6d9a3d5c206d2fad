import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allUnits } from '../../../src/analysis/rollup/all-units.js';
import type { RollupOptions } from '../../../src/analysis/rollup/rollup-options.js';
import { rollup, safeRollup } from '../../../src/analysis/rollup/rollup.js';
import { parseFraction, rational, toFractionString } from '../../../src/arithmetic/rational.js';
import { safeCompileCatalogue } from '../../../src/catalogue/compile.js';
import { permenpanrb592020 } from '../../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Assessment } from '../../../src/model/assessment.js';
import type { Catalogue } from '../../../src/model/catalogue.js';
import { unwrap, type Issue } from '../../../src/model/issue.js';
import { score } from '../../../src/scoring/score.js';
import { uniformLevels } from '../../helpers/assessments.js';
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
    const bare = unwrap(safeCompileCatalogue(withoutTargets));
    expect(bare.targets).toBeNull();
    const own = unwrap(safeCompileCatalogue({ ...smallDefinition, targets: { index: '3.5', level: 4 } }));
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

const ids = small.indicators.map((indicator) => indicator.id);
const unitArbitrary = fc.array(
  fc.record({
    levels: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), { minLength: 6, maxLength: 6 }).filter((levels) => levels.some((l) => l !== undefined)),
  }),
  { minLength: 1, maxLength: 8 },
);
const toAssessments = (units: { levels: (number | undefined)[] }[]): Assessment[] =>
  units.map((unit, u) => ({
    agency: `OPD ${u + 1}`,
    levels: Object.fromEntries(ids.flatMap((id, i) => (unit.levels[i] === undefined ? [] : [[id, unit.levels[i] as number]]))),
  }));

describe('rollup', () => {
  it('with one complete unit equals scoring that unit', () => {
    const assessment = { agency: 'Kota Contoh', levels: { ...uniformLevels(permenpanrb592020, 3), '12': 4, '40': 2 } };
    const city = rollup(permenpanrb592020, [assessment], { name: 'Kota Contoh' });
    const direct = score(permenpanrb592020, assessment);
    expect(city.consolidated.index).toEqual(direct.index);
    expect(city.consolidated.groups).toEqual(direct.groups);
    expect(city.consolidated.indicators.map((i) => i.level)).toEqual(direct.indicators.map((i) => i.level));
    expect(city.consolidated.complete).toBe(true);
    expect(city.units[0]).toMatchObject({ unit: 'Kota Contoh', rank: 1 });
    expect(city.unassessed).toEqual([]);
  });

  it('with the mean strategy consolidates to the exact mean of the levels per indicator', () => {
    fc.assert(
      fc.property(unitArbitrary, (units) => {
        const city = rollup(small, toAssessments(units));
        ids.forEach((id, i) => {
          const given = units.map((unit) => unit.levels[i]).filter((l): l is number => l !== undefined);
          const entry = city.consolidated.indicators[i]!;
          if (given.length === 0) {
            expect(entry.status).toBe('missing');
            expect(city.unassessed).toContain(id);
          } else {
            const mean = rational(given.reduce((a, b) => a + b, 0), given.length);
            expect(String(entry.level)).toBe(toFractionString(mean));
          }
        });
        expect(city.consolidated.complete).toBe(city.unassessed.length === 0);
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on the order of the units', () => {
    fc.assert(
      fc.property(unitArbitrary, fc.constantFrom('mean', 'median', 'min', 'max', 'weighted' as const), fc.integer(), (units, strategy, seed) => {
        const assessments = toAssessments(units);
        const unitWeights = Object.fromEntries(assessments.map((a, k) => [a.agency as string, String(k + 1)]));
        const shuffled = [...assessments].sort((a, b) => ((Number(a.agency?.slice(4)) * 7919 + seed) % 13) - ((Number(b.agency?.slice(4)) * 7919 + seed) % 13));
        const one = rollup(small, assessments, { strategy, unitWeights });
        const two = rollup(small, shuffled, { strategy, unitWeights });
        expect(two).toEqual(one);
      }),
      { numRuns: 60 },
    );
  });

  it('consolidates with median, min, max and weighted strategies', () => {
    const units = [
      { agency: 'A', levels: { '1': 1, '5': 2 } },
      { agency: 'B', levels: { '1': 2, '5': 5 } },
      { agency: 'C', levels: { '1': 4 } },
      { agency: 'D', levels: { '1': 5, '3': 'na' as const } },
    ];
    const level = (strategy: 'median' | 'min' | 'max' | 'weighted', id: string) =>
      rollup(small, units, { strategy, unitWeights: { A: 1, B: '2', C: 1, D: '0.5' }, score: { allowNotApplicable: true } }).consolidated.indicators.find((i) => i.id === id)?.level;
    expect(level('median', '1')).toBe(3);
    expect(level('median', '5')).toBe('7/2');
    expect(level('min', '1')).toBe(1);
    expect(level('max', '5')).toBe(5);
    expect(level('weighted', '1')).toBe('23/9'); // (1·1 + 2·2 + 1·4 + 0.5·5) / 4.5
    const city = rollup(small, units, { score: { allowNotApplicable: true } });
    expect(city.consolidated.indicators.find((i) => i.id === '3')?.status).toBe('not-applicable');
    expect(city.unassessed).toEqual(['2', '4', '6']);
    expect(city.consolidated.complete).toBe(false);
    expect(city.widestSpread[0]).toEqual({ indicator: '1', spread: 4, min: 1, max: 5 });
  });

  it('ranks units with shared ranks, gives the exact distribution and the units below target', () => {
    const units = [
      { agency: 'A', levels: { '1': 2 } },
      { agency: 'B', levels: { '1': 4 } },
      { agency: 'C', levels: { '1': 4 } },
      { agency: 'D', levels: { '1': 3 } },
      { agency: 'E', levels: { '1': 1 } },
    ];
    const city = rollup(small, units, { minimumCoverage: 0 });
    expect(city.units.map((u) => [u.unit, u.rank])).toEqual([['B', 1], ['C', 1], ['D', 3], ['A', 4], ['E', 5]]);
    // Indexes 1, 2, 3, 4, 4: type-7 quartiles 2, 3, 4; mean 14/5.
    expect(city.distribution).toMatchObject({ count: 5, min: { exact: '1' }, q1: { exact: '2' }, median: { exact: '3' }, q3: { exact: '4' }, max: { exact: '4' }, mean: { exact: '14/5', value: '2.80' } });
    expect(city.belowTarget).toMatchObject({ index: { value: '2.60' }, level: 3, units: ['A', 'E'] });
    expect(city.indicators[0]).toMatchObject({ id: '1', assessedBy: 5, unitsBelowTarget: 2, level: { exact: '14/5' } });
    expect(city.belowTarget.indicators).toEqual(['1']);
  });

  it('interpolates quartiles exactly', () => {
    const city = rollup(small, [1, 2, 3, 5].map((l, k) => ({ agency: `U${k}`, levels: { '1': l } })));
    // h = 3/4, 3/2, 9/4 → 1.75, 2.5, 3.5
    expect([city.distribution.q1.exact, city.distribution.median.exact, city.distribution.q3.exact]).toEqual(['7/4', '5/2', '7/2']);
  });

  it('reports bad units with their position, and never crashes', () => {
    const outcome = safeRollup(small, [{ agency: 'A', levels: { '1': 9 } }, { agency: 'A', levels: { '1': 3 } }, { levels: {} }] as Assessment[], { strategy: 'weighted' });
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    const codes = outcome.issues.map((issue) => `${issue.code}@${issue.path.join('.')}`);
    expect(codes).toContain('level.out_of_range@0.levels.1');
    expect(codes).toContain('rollup.duplicate_unit@1.agency');
    expect(codes).toContain('rollup.weight_invalid@unitWeights.A');
    expect(codes).toContain('assessment.nothing_applicable@2.levels');
    expect(safeRollup(small, []).success).toBe(false);
    const typo = safeRollup(small, [{ agency: 'A', levels: { '1': 3 } }], { strategy: 'weighted', unitWeights: { A: 1, B: 2 } });
    expect(typo.success ? [] : typo.issues.map((issue) => issue.path.join('.'))).toEqual(['unitWeights.B']);
    expect(safeRollup(small, [{ levels: { '1': 3 } }], { strategy: 'mode' as never }).success).toBe(false);
  });

  it('gives the same figures without the units\' full results', () => {
    fc.assert(
      fc.property(unitArbitrary, (units) => {
        const full = rollup(small, toAssessments(units));
        const lean = rollup(small, toAssessments(units), { unitResults: false });
        const lessResults = (city: typeof full) => ({
          ...city,
          units: city.units.map(({ result: _r, ...rest }) => rest),
          unranked: city.unranked.map(({ result: _r, ...rest }) => rest),
        });
        expect(allUnits(lean).every((unit) => unit.result === null)).toBe(true);
        expect(lessResults(lean)).toEqual(lessResults(full));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the consolidated result exact and verifiable', () => {
    const city = rollup(small, [{ agency: 'A', levels: { '1': 3, '2': 4 } }, { agency: 'B', levels: { '1': 4, '2': 4 } }]);
    const exact = parseFraction(city.consolidated.index.exact);
    expect(exact).toBeDefined();
    expect(city.consolidated.meta.fingerprint).toMatch(/^sha256:/);
  });
});
