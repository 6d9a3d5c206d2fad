import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { margin, safeMargin } from '../../src/analysis/margin.js';
import { compare, parseFraction, rational, type Rational } from '../../src/arithmetic/rational.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { predicateOf } from '../../src/scoring/predicate.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom, uniformLevels } from '../helpers/assessments.js';
import { badValue, edit } from '../helpers/results.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { SpbeError } from '../../src/model/issue.js';
import { combinations, small } from '../helpers/small-catalogue.js';

const frac = (text: string): Rational => parseFraction(text) as Rational;
const good = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });

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

type Demoted = { count: number; drops: { indicator: string; from: number | string; to: number | string; loss: { exact: string } }[]; resulting: { exact: string; predicate: { id: string } } } | null;
/** A margin entry in short: id, tier, exact, band, the bounds with exact distances, and the demotion. */
function brief(entry: ReturnType<typeof margin>['index']) {
  const demotion = entry.demotion as Demoted;
  return {
    id: entry.id,
    tier: entry.tier,
    exact: entry.exact,
    band: entry.predicate.id,
    above: entry.above && [entry.above.predicate.id, entry.above.bound, entry.above.distance.exact],
    below: entry.below && [entry.below.predicate.id, entry.below.bound, entry.below.distance.exact],
    demotion: demotion && [demotion.count, demotion.drops.map((d) => [d.indicator, d.from, d.to, d.loss.exact]), demotion.resulting.exact, demotion.resulting.predicate.id],
  };
}

describe('margin: bounds and demotions, by hand', () => {
  it('gives every group its bounds and its fewest demoting drops, drawn only from its own droppable indicators', () => {
    // Units: 1:5, 2:10, 3:12.5, 4:12.5 (D1 = A1 15 + A2 25), 5:35, 6:25 (D2 = A3 60).
    const result = score(small, { levels: levelsFrom(small, [5, 1, 3, 3, 4, 2]) });
    const { index, groups } = margin(result);
    // Index 300/100 = 3 (Baik, room 0.4): dropping 5 loses 0.35, then 6 another 0.25; 2 (share 0.1) is at the scale minimum.
    expect(brief(index)).toEqual({ id: 'index', tier: 'index', exact: '3', band: 'baik', above: ['sangat-baik', '3.5', '1/2'], below: ['cukup', '2.6', '2/5'], demotion: [2, [['5', 4, 3, '7/20'], ['6', 2, 1, '1/4']], '12/5', 'cukup'] });
    expect(groups.map(brief)).toEqual([
      // D1 = (25 + 10 + 37.5 + 37.5) / 40 = 11/4, 3/20 above 2.6; 3 has D1 share 12.5/40 = 5/16.
      { id: 'D1', tier: 'domain', exact: '11/4', band: 'baik', above: ['sangat-baik', '3.5', '3/4'], below: ['cukup', '2.6', '3/20'], demotion: [1, [['3', 3, 2, '5/16']], '39/16', 'cukup'] },
      // A1 = (25 + 10) / 15 = 7/3, 8/15 above 1.8: only 1 can drop (share 1/3), not enough; 2 (share 2/3) is at level 1.
      { id: 'A1', tier: 'aspect', exact: '7/3', band: 'cukup', above: ['baik', '2.6', '4/15'], below: ['kurang', '1.8', '8/15'], demotion: null },
      { id: 'A2', tier: 'aspect', exact: '3', band: 'baik', above: ['sangat-baik', '3.5', '1/2'], below: ['cukup', '2.6', '2/5'], demotion: [1, [['3', 3, 2, '1/2']], '5/2', 'cukup'] },
      // D2 = A3 = (140 + 50) / 60 = 19/6, 17/30 above 2.6; 5 has share 35/60 = 7/12.
      { id: 'D2', tier: 'domain', exact: '19/6', band: 'baik', above: ['sangat-baik', '3.5', '1/3'], below: ['cukup', '2.6', '17/30'], demotion: [1, [['5', 4, 3, '7/12']], '31/12', 'cukup'] },
      { id: 'A3', tier: 'aspect', exact: '19/6', band: 'baik', above: ['sangat-baik', '3.5', '1/3'], below: ['cukup', '2.6', '17/30'], demotion: [1, [['5', 4, 3, '7/12']], '31/12', 'cukup'] },
    ]);
    expect(groups.map((g) => [g.value, g.below?.distance.value, g.demotion?.resulting.value ?? null])).toEqual([
      ['2.75', '0.15', '2.44'],
      ['2.33', '0.53', null],
      ['3.00', '0.40', '2.50'],
      ['3.17', '0.57', '2.58'],
      ['3.17', '0.57', '2.58'],
    ]);
  });

  it('drops tied indicators in catalogue order', () => {
    // D1 at 3: 3 and 4 both have share 5/16; two drops lose 5/8 > 2/5.
    const { groups } = margin(good, small);
    expect(brief(groups[0]!).demotion).toEqual([2, [['3', 3, 2, '5/16'], ['4', 3, 2, '5/16']], '19/8', 'cukup']);
  });

  it('reads fractional levels and drops them by one level', () => {
    const mean = rollup(small, [{ levels: levelsFrom(small, [3, 4, 3, 3, 4, 3]) }, { levels: levelsFrom(small, [4, 4, 3, 3, 5, 3]) }]).consolidated;
    // (17.5 + 40 + 37.5 + 37.5 + 157.5 + 75) / 100 = 73/20, 3/20 above 3.5; 5 at 9/2 has share 7/20.
    expect(brief(margin(mean, small).index)).toEqual({ id: 'index', tier: 'index', exact: '73/20', band: 'sangat-baik', above: ['memuaskan', '4.2', '11/20'], below: ['baik', '3.5', '3/20'], demotion: [1, [['5', '9/2', '7/2', '7/20']], '33/10', 'baik'] });
  });

  it('never demotes a value in the lowest band, even one below the band floor (level 0 allowed)', () => {
    const zeros = score(small, { levels: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 2, '6': 1 } }, { allowZero: true });
    expect(zeros.index.exact).toBe('19/20');
    expect(brief(margin(zeros, small).index)).toEqual({ id: 'index', tier: 'index', exact: '19/20', band: 'kurang', above: ['cukup', '1.8', '17/20'], below: null, demotion: null });
  });

  it('does not drop not-applicable indicators counted at the minimum', () => {
    // Indicator 5 (share 0.35) not applicable, counted at level 1: index (15 + 30 + 37.5 + 37.5 + 35 + 75) / 100 = 23/10.
    const minimum = score(small, { levels: { ...levelsFrom(small, [3, 3, 3, 3, 3, 3]), '5': 'na' } }, { allowNotApplicable: true, notApplicable: 'minimum' });
    // Room 1/2 above 1.8: 6 (1/4), 3 and 4 (1/8 each) lose exactly 1/2, not more; 2 (1/10) tips it. 5 is never dropped.
    expect(brief(margin(small, minimum).index).demotion).toEqual([4, [['6', 3, 2, '1/4'], ['3', 3, 2, '1/8'], ['4', 3, 2, '1/8'], ['2', 3, 2, '1/10']], '17/10', 'kurang']);
  });

  it('lists only groups with both a value and an exact value', () => {
    const partial = score(small, { levels: { '3': 4, '4': 2, '5': 3, '6': 3 } }, { missing: 'partial' });
    expect(margin(partial, small).groups.map((g) => g.id)).toEqual(['D1', 'A2', 'D2', 'A3']);
    // A value without its exact value (or the reverse) does not follow: refused, not skipped.
    const halfNull = edit(edit(good, ['groups', 1, 'exact'], null), ['groups', 2, 'value'], null);
    const outcome = safeMargin(small, halfNull);
    // The copy keeps a result's shared rows shared: the aspects list holds the same A1 and A2.
    expect(outcome.success ? [] : outcome.issues.map((issue) => [issue.code, ...issue.path])).toEqual([
      ['result.inconsistent', 'aspects', 0, 'exact'],
      ['result.inconsistent', 'aspects', 1, 'value'],
      ['result.inconsistent', 'groups', 1, 'exact'],
      ['result.inconsistent', 'groups', 2, 'value'],
    ]);
  });

  it('returns exactly the issues of a bad result, and margin throws them', () => {
    const bad = edit(good, ['index', 'exact'], 'x');
    expect(safeMargin(bad, small)).toEqual({ success: false, issues: [badValue(['index', 'exact'], '"x"')] });
    expect(() => margin(bad, small)).toThrow(SpbeError);
    expect(() => margin(bad, small)).toThrow('The value "index.exact" in the result is not valid.');
  });
});
