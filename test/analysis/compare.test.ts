import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, safeCompare } from '../../src/analysis/compare.js';
import { add, parseFraction, sub, toFractionString, ZERO, type Rational } from '../../src/arithmetic/rational.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom, uniformLevels } from '../helpers/assessments.js';
import { small, smallDefinition } from '../helpers/small-catalogue.js';
import { compileCatalogue } from '../../src/catalogue/compile.js';
import { unwrap } from '../../src/model/issue.js';

const frac = (text: string): Rational => parseFraction(text) as Rational;
const partialLevels = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), { minLength: 6, maxLength: 6 }).filter((l) => l.some((x) => x !== undefined));
const toMap = (levels: (number | undefined)[]) =>
  Object.fromEntries(small.indicators.flatMap((indicator, i) => (levels[i] === undefined ? [] : [[indicator.id, levels[i] as number]])));

describe('compare', () => {
  it('attributes the index change to indicators, summing exactly to the delta (complete and partial)', () => {
    fc.assert(
      fc.property(partialLevels, partialLevels, (x, y) => {
        const before = score(small, { levels: toMap(x) }, { missing: 'partial' });
        const after = score(small, { levels: toMap(y) }, { missing: 'partial' });
        const change = compare(before, after);
        const sum = change.indicators.reduce((acc, indicator) => add(acc, frac(indicator.attribution.exact)), ZERO);
        expect(toFractionString(sum)).toBe(change.index.delta?.exact);
        expect(change.index.delta?.exact).toBe(toFractionString(sub(frac(after.index.exact), frac(before.index.exact))));
      }),
      { numRuns: 200 },
    );
  });

  it('gives level delta × weight / total weight for complete results', () => {
    const before = score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 3) });
    const after = score(permenpanrb592020, { levels: { ...uniformLevels(permenpanrb592020, 3), '12': 5, '40': 2 } });
    const change = compare(before, after);
    expect(change.indicators.find((i) => i.id === '12')).toMatchObject({ levelDelta: '2', attribution: { exact: '1/20', value: '+0.0500' } });
    expect(change.indicators.find((i) => i.id === '40')).toMatchObject({ levelDelta: '-1', attribution: { exact: '-11/400', value: '-0.0275' } });
    expect(change.index.delta).toEqual({ exact: '9/400', value: '+0.02' });
    expect(change.aspects.find((a) => a.id === 'A2')?.delta).toEqual({ exact: '1/2', value: '+0.50' });
    expect(change.catalogues.same).toBe(true);
  });

  it('of a result with itself is all zero', () => {
    fc.assert(
      fc.property(partialLevels, (x) => {
        const result = score(small, { levels: toMap(x) }, { missing: 'partial' });
        const change = compare(result, result);
        expect(change.index.delta?.exact).toBe('0');
        expect(change.groups.every((group) => group.delta === null || group.delta.exact === '0')).toBe(true);
        expect(change.indicators.every((i) => i.attribution.exact === '0' && (i.levelDelta === null || i.levelDelta === '0'))).toBe(true);
        expect(change.predicateChanges).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('lists predikat changes', () => {
    const before = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });
    const after = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 4, 4]) });
    const change = compare(before, after);
    expect(change.predicateChanges).toContainEqual(expect.objectContaining({ scope: 'index', from: expect.objectContaining({ id: 'baik' }), to: expect.objectContaining({ id: 'sangat-baik' }) }));
    expect(change.predicateChanges.map((p) => p.id)).toEqual(['index', 'D2', 'A3']);
  });

  it('refuses different catalogues unless allowed, and then flags them', () => {
    const other = unwrap(compileCatalogue({ ...smallDefinition, revision: '2' }));
    const before = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });
    const after = score(other, { levels: levelsFrom(other, [4, 3, 3, 3, 3, 3]) });
    const refused = safeCompare(before, after);
    expect(refused.success).toBe(false);
    if (!refused.success) expect(refused.issues[0]?.code).toBe('compare.catalogue_mismatch');
    const allowed = compare(before, after, { allowDifferentCatalogues: true });
    expect(allowed.catalogues.same).toBe(false);
    expect(allowed.index.delta?.exact).toBe('1/20');
    expect(safeCompare(before, { index: {} } as never).success).toBe(false);
  });

  it('summarises a self-assessment against the final levels', () => {
    const self = score(small, { levels: levelsFrom(small, [4, 4, 3, 5, 3, 3]) });
    const final = score(small, { levels: levelsFrom(small, [3, 4, 3, 3, 4, 3]) });
    const review = compare(self, final, { mode: 'self-assessment' });
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
    expect(compare(self, final).selfAssessment).toBeNull();
  });
});
