import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { margin, safeMargin } from '../../src/analysis/margin.js';
import { compare, parseFraction, rational, type Rational } from '../../src/arithmetic/rational.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { predicateOf } from '../../src/scoring/predicate.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom, uniformLevels } from '../helpers/assessments.js';
import { combinations, small } from './small-catalogue.js';

const frac = (text: string): Rational => parseFraction(text) as Rational;

describe('margin', () => {
  it('gives exact distances to the boundaries above and below', () => {
    const result = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });
    const { index } = margin(result, small);
    expect(index).toMatchObject({
      exact: '3',
      predicate: { id: 'baik' },
      above: { predicate: { id: 'sangat-baik' }, bound: '3.5', distance: { exact: '1/2', value: '0.50' } },
      below: { predicate: { id: 'cukup' }, bound: '2.6', distance: { exact: '2/5', value: '0.40' } },
      fragile: false,
    });
    // Dropping 5 (14 units) and 6 (10 units) loses 24/40 = 0.6 > 0.4; 5 alone loses 0.35.
    expect(index.demotion).toMatchObject({ count: 2, drops: [{ indicator: '5', from: 3, to: 2 }, { indicator: '6' }], resulting: { exact: '12/5', predicate: { id: 'cukup' } } });
  });

  it('flags a display value that shows a band the exact value does not reach', () => {
    // 139/40 = 3.475: one decimal shows "3.5" (Sangat Baik) while the exact value is Baik.
    const levels = [...combinations([1, 1, 1, 1, 1, 1], [5, 5, 5, 5, 5, 5])].find(
      (l) => l.reduce((sum, level, i) => sum + level * small.indicators[i]!.units, 0) === 139,
    ) as number[];
    const result = score(small, { levels: levelsFrom(small, levels) }, { decimals: 1 });
    const { index } = margin(result, small);
    expect(index).toMatchObject({ value: '3.5', predicate: { id: 'baik' }, displayPredicate: { id: 'sangat-baik' }, fragile: true });
    expect(index.above?.distance.exact).toBe('1/40');
  });

  it('has no demotion in the lowest band and no boundary above in the top band', () => {
    expect(margin(score(small, { levels: levelsFrom(small, [1, 1, 1, 1, 1, 1]) }), small).index).toMatchObject({ below: null, demotion: null });
    expect(margin(score(small, { levels: levelsFrom(small, [5, 5, 5, 5, 5, 5]) }), small).index).toMatchObject({ above: null, predicate: { id: 'memuaskan' } });
  });

  it('agrees with brute force on the fewest single-level drops that demote', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 6, maxLength: 6 }), (levels) => {
        const result = score(small, { levels: levelsFrom(small, levels) });
        const { index, groups } = margin(result, small);
        const band = index.predicate.id;
        let fewest: number | null = null;
        for (let mask = 1; mask < 1 << 6; mask++) {
          if (levels.some((l, i) => mask & (1 << i) && l === 1)) continue;
          const dropped = levels.map((l, i) => (mask & (1 << i) ? l - 1 : l));
          const exact = frac(score(small, { levels: levelsFrom(small, dropped) }).index.exact);
          const count = dropped.filter((l, i) => l !== levels[i]).length;
          if (predicateOf(small, exact.num, exact.den).id !== band && (fewest === null || count < fewest)) fewest = count;
        }
        expect(index.demotion?.count ?? null).toBe(fewest);
        if (index.demotion) {
          const dropped = [...levels];
          for (const drop of index.demotion.drops) dropped[small.lookup.indicators[drop.indicator] as number] = drop.to as number;
          expect(score(small, { levels: levelsFrom(small, dropped) }).index.exact).toBe(index.demotion.resulting.exact);
        }
        // Group distances are consistent with the group values.
        for (const group of groups) {
          if (group.below) expect(compare(frac(group.below.distance.exact), rational(0))).toBeGreaterThanOrEqual(0);
          if (group.above) expect(compare(frac(group.above.distance.exact), rational(0))).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('works on partial results with re-normalised weights, and checks the catalogue', () => {
    const result = score(small, { levels: { '1': 3, '3': 4, '5': 2 } }, { missing: 'partial' });
    const { index } = margin(result, small);
    expect(index.exact).toBe(result.index.exact);
    if (index.demotion) {
      const dropped = { '1': 3, '3': 4, '5': 2 } as Record<string, number>;
      for (const drop of index.demotion.drops) dropped[drop.indicator] = drop.to as number;
      expect(score(small, { levels: dropped }, { missing: 'partial' }).index.exact).toBe(index.demotion.resulting.exact);
    }
    const other = score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 3) });
    const outcome = safeMargin(other, small);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues[0]?.code).toBe('analysis.catalogue_mismatch');
  });
});
