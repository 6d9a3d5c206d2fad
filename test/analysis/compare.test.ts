import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/analysis/compare.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { add, parseFraction, sub, toFractionString, ZERO, type Rational } from '../../src/arithmetic/rational.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom, uniformLevels } from '../helpers/assessments.js';
import { small } from '../helpers/small-catalogue.js';

const frac = (text: string): Rational => parseFraction(text) as Rational;
const partialLevels = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), { minLength: 6, maxLength: 6 }).filter((l) => l.some((x) => x !== undefined));
const toMap = (levels: (number | undefined)[]) =>
  Object.fromEntries(small.indicators.flatMap((indicator, i) => (levels[i] === undefined ? [] : [[indicator.id, levels[i] as number]])));
const baik = { id: 'baik', label: { id: 'Baik', en: 'Good' } };
const cukup = { id: 'cukup', label: { id: 'Cukup', en: 'Fair' } };

describe('compare: the change between two results of one catalogue', () => {
  it('attributes the index change to indicators, summing exactly to the delta (complete and partial)', () => {
    fc.assert(
      fc.property(partialLevels, partialLevels, (x, y) => {
        const before = score(small, { levels: toMap(x) }, { missing: 'partial' });
        const after = score(small, { levels: toMap(y) }, { missing: 'partial' });
        const change = compare(small, before, after);
        const sum = change.indicators.reduce((acc, indicator) => add(acc, frac(indicator.attribution.exact)), ZERO);
        expect(toFractionString(sum)).toBe(change.index.delta.exact);
        expect(change.index.delta.exact).toBe(toFractionString(sub(frac(after.index.exact), frac(before.index.exact))));
      }),
      { numRuns: 200 },
    );
  });

  it('gives level delta × weight / total weight for complete results', () => {
    const before = score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 3) });
    const after = score(permenpanrb592020, { levels: { ...uniformLevels(permenpanrb592020, 3), '12': 5, '40': 2 } });
    const change = compare(permenpanrb592020, before, after);
    expect(change.indicators.find((i) => i.id === '12')).toMatchObject({ levelDelta: '2', attribution: { exact: '1/20', value: '+0.0500' } });
    expect(change.indicators.find((i) => i.id === '40')).toMatchObject({ levelDelta: '-1', attribution: { exact: '-11/400', value: '-0.0275' } });
    expect(change.index.delta).toEqual({ exact: '9/400', value: '+0.02' });
    expect(change.aspects.find((a) => a.id === 'A2')?.delta).toEqual({ exact: '1/2', value: '+0.50' });
    expect(change.catalogues.same).toBe(true);
    expect(change.instruments).toEqual({ before: { id: 'indeks-spbe', name: { id: 'Indeks SPBE', en: 'SPBE Index' } }, after: change.instruments.before, same: true });
  });

  it('of a result with itself is all zero', () => {
    fc.assert(
      fc.property(partialLevels, (x) => {
        const result = score(small, { levels: toMap(x) }, { missing: 'partial' });
        const change = compare(small, result, result);
        expect(change.index.delta.exact).toBe('0');
        expect(change.groups.every((group) => group.delta === null || group.delta.exact === '0')).toBe(true);
        expect(change.indicators.every((i) => i.attribution.exact === '0' && (i.levelDelta === null || i.levelDelta === '0'))).toBe(true);
        expect(change.predicateChanges).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('lists a predikat change of the index and of groups, in that order', () => {
    const before = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });
    const up = compare(small, before, score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 4, 4]) }));
    expect(up.predicateChanges.map((p) => [p.id, p.from?.id, p.to?.id])).toEqual([
      ['index', 'baik', 'sangat-baik'],
      ['D2', 'baik', 'sangat-baik'],
      ['A3', 'baik', 'sangat-baik'],
    ]);
    const low = score(small, { levels: levelsFrom(small, [2, 2, 3, 3, 2, 2]) });
    const change = compare(small, before, low);
    // (10 + 20 + 37.5 + 37.5 + 70 + 50) / 100 = 9/4; A1 = 30/15 = 2, D1 = 105/40 = 2.625 (still Baik), D2 = A3 = 120/60 = 2.
    expect(change.index).toEqual({
      before: { value: '3.00', exact: '3', predicate: baik },
      after: { value: '2.25', exact: '9/4', predicate: cukup },
      delta: { exact: '-3/4', value: '-0.75' },
      predicateChanged: true,
    });
    expect(change.predicateChanges).toEqual([
      { scope: 'index', id: 'index', from: baik, to: cukup },
      { scope: 'group', id: 'A1', from: baik, to: cukup },
      { scope: 'group', id: 'D2', from: baik, to: cukup },
      { scope: 'group', id: 'A3', from: baik, to: cukup },
    ]);
    expect(change.catalogues.same).toBe(true);
  });

  it('shows attributions with two more decimals than the values, rounded as the after result is', () => {
    const before = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) }, { decimals: 1, rounding: 'down' });
    const after = score(small, { levels: levelsFrom(small, [4, 3, 3, 3, 3, 3]) }, { decimals: 1, rounding: 'down' });
    const change = compare(small, before, after);
    // Indicator 1 weighs 5 of 100: +1/20.
    expect(change.index.delta).toEqual({ exact: '1/20', value: '+0.0' });
    expect(change.indicators[0]?.attribution).toEqual({ exact: '1/20', value: '+0.050' });
  });

  it('summarises a self-assessment against the final levels', () => {
    const self = score(small, { levels: levelsFrom(small, [4, 4, 3, 5, 3, 3]) });
    const final = score(small, { levels: levelsFrom(small, [3, 4, 3, 3, 4, 3]) });
    const review = compare(small, self, final, { mode: 'self-assessment' });
    expect(review.selfAssessment).toEqual({
      compared: 6,
      overRated: 2,
      underRated: 1,
      agreed: 3,
      overRatedIndicators: ['1', '4'],
      underRatedIndicators: ['5'],
      levelDifference: '2',
      // (1×2 + 2×5 − 1×14) / 40 = −2/40
      inflation: { exact: '-1/20', value: '-0.05' },
    });
    expect(compare(small, self, final).selfAssessment).toBeNull();
    expect(compare(small, self, final, { mode: 'change' }).selfAssessment).toBeNull();
  });

  it('compares fractional levels (a roll-up\'s consolidated result) exactly', () => {
    const before = score(small, { levels: levelsFrom(small, [3, 4, 3, 3, 4, 3]) });
    // Indicator 1: mean of 3 and 4 = 7/2; indicator 5: 9/2; indicator 6: 5/2.
    const after = rollup(small, [{ levels: levelsFrom(small, [3, 4, 3, 3, 4, 3]) }, { levels: levelsFrom(small, [4, 4, 3, 3, 5, 2]) }]).consolidated;
    const change = compare(small, before, after);
    expect(change.indicators.map((i) => [i.id, i.before, i.after, i.levelDelta])).toEqual([
      ['1', 3, '7/2', '1/2'],
      ['2', 4, 4, '0'],
      ['3', 3, 3, '0'],
      ['4', 3, 3, '0'],
      ['5', 4, '9/2', '1/2'],
      ['6', 3, '5/2', '-1/2'],
    ]);
    const sum = change.indicators.reduce((acc, indicator) => add(acc, frac(indicator.attribution.exact)), ZERO);
    expect(toFractionString(sum)).toBe(change.index.delta.exact);
  });
});
