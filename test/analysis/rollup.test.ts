import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allUnits } from '../../src/analysis/rollup/all-units.js';
import { rollup, safeRollup } from '../../src/analysis/rollup/rollup.js';
import { parseFraction, rational, toFractionString } from '../../src/arithmetic/rational.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Assessment } from '../../src/model/assessment.js';
import { score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';
import { small } from '../helpers/small-catalogue.js';

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
