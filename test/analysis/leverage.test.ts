import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leverage, safeLeverage } from '../../src/analysis/leverage.js';
import { parseFraction, sub, toFractionString, type Rational } from '../../src/arithmetic/rational.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom, uniformLevels } from '../helpers/assessments.js';
import { badValue, edit } from '../helpers/results.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { SpbeError } from '../../src/model/issue.js';
import { small } from '../helpers/small-catalogue.js';

const frac = (text: string): Rational => parseFraction(text) as Rational;
const good = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });
const exactOf = (result: { index: { exact: string } }) => frac(result.index.exact);

describe('leverage', () => {
  it('ranks the 47 indicators by the index gain of one more level', () => {
    const list = leverage(score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 3) }), permenpanrb592020);
    expect(list).toHaveLength(47);
    expect(list[0]).toMatchObject({ indicator: '42', index: { oneLevel: { exact: '3/100', value: '+0.0300' }, toTop: { exact: '3/50' } } });
    expect(list[0]?.groups).toEqual([
      { id: 'D4', tier: 'domain', oneLevel: { exact: '6/91', value: '+0.0659' }, toTop: { exact: '12/91', value: '+0.1319' } },
      { id: 'A8', tier: 'aspect', oneLevel: { exact: '1/6', value: '+0.1667' }, toTop: { exact: '1/3', value: '+0.3333' } },
    ]);
    // Ties keep catalogue order: 42..47 all weigh 3.
    expect(list.slice(0, 6).map((entry) => entry.indicator)).toEqual(['42', '43', '44', '45', '46', '47']);
    expect(list.at(-1)?.indicator).toBe('10');
  });

  it('gives gains that re-score exactly, on complete and partial results', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), { minLength: 6, maxLength: 6 }).filter((l) => l.some((x) => x !== undefined)), (levels) => {
        const map = Object.fromEntries(small.indicators.flatMap((indicator, i) => (levels[i] === undefined ? [] : [[indicator.id, levels[i] as number]])));
        const result = score(small, { levels: map }, { missing: 'partial' });
        for (const entry of leverage(result, small)) {
          const level = entry.level as number;
          const raised = score(small, { levels: { ...map, [entry.indicator]: Math.min(5, level + 1) } }, { missing: 'partial' });
          expect(entry.index.oneLevel.exact).toBe(toFractionString(sub(exactOf(raised), exactOf(result))));
          const top = score(small, { levels: { ...map, [entry.indicator]: 5 } }, { missing: 'partial' });
          expect(entry.index.toTop.exact).toBe(toFractionString(sub(exactOf(top), exactOf(result))));
          for (const group of entry.groups) {
            const before = frac(result.groups.find((g) => g.id === group.id)?.exact as string);
            const after = frac(raised.groups.find((g) => g.id === group.id)?.exact as string);
            expect(group.oneLevel.exact).toBe(toFractionString(sub(after, before)));
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('checks the catalogue', () => {
    const outcome = safeLeverage(score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) }), permenpanrb592020);
    expect(outcome.success).toBe(false);
  });
});

describe('leverage: by hand', () => {
  it('skips indicators counted at the minimum, gives zero gains at the top of the scale, and orders by one-level gain', () => {
    const result = score(small, { levels: { ...levelsFrom(small, [3, 5, 3, 4, 2, 3]), '3': 'na' } }, { allowNotApplicable: true, notApplicable: 'minimum' });
    expect(result.indicators[2]).toMatchObject({ status: 'not-applicable-minimum', level: 1 });
    const list = leverage(result, small);
    // Index shares are units / 100: 5 → 7/20 (3 levels to go), 6 → 1/4 (2), 4 → 1/8 (1), 1 → 1/20 (2), 2 → 1/10 (0).
    expect(list.map((entry) => [entry.indicator, entry.level, entry.max, entry.index.oneLevel.exact, entry.index.toTop.exact])).toEqual([
      ['5', 2, 5, '7/20', '21/20'],
      ['6', 3, 5, '1/4', '1/2'],
      ['4', 4, 5, '1/8', '1/8'],
      ['1', 3, 5, '1/20', '1/10'],
      ['2', 5, 5, '0', '0'],
    ]);
    expect(list[0]?.index).toEqual({ oneLevel: { exact: '7/20', value: '+0.3500' }, toTop: { exact: '21/20', value: '+1.0500' } });
    expect(list[0]?.label).toEqual({ id: 'Indikator 5', en: 'Indicator 5' });
    expect(list[0]?.groups).toEqual([
      { id: 'D2', tier: 'domain', oneLevel: { exact: '7/12', value: '+0.5833' }, toTop: { exact: '7/4', value: '+1.7500' } },
      { id: 'A3', tier: 'aspect', oneLevel: { exact: '7/12', value: '+0.5833' }, toTop: { exact: '7/4', value: '+1.7500' } },
    ]);
    // At the top: no gain, shown without a sign.
    expect(list[4]?.index).toEqual({ oneLevel: { exact: '0', value: '0.0000' }, toTop: { exact: '0', value: '0.0000' } });
  });

  it('gives fractional levels as fractions and at most the room left as one level', () => {
    const mean = rollup(small, [{ levels: levelsFrom(small, [3, 4, 3, 3, 4, 3]) }, { levels: levelsFrom(small, [4, 4, 3, 3, 5, 3]) }]).consolidated;
    const list = leverage(mean, small);
    expect(list.map((entry) => [entry.indicator, entry.level, entry.index.oneLevel.exact, entry.index.toTop.exact])).toEqual([
      ['6', 3, '1/4', '1/2'],
      // 9/2 is half a level from the top: one "level" gains half a level's worth, 7/20 × 1/2.
      ['5', '9/2', '7/40', '7/40'],
      ['3', 3, '1/8', '1/4'],
      ['4', 3, '1/8', '1/4'],
      ['2', 4, '1/10', '1/10'],
      ['1', '7/2', '1/20', '3/40'],
    ]);
  });

  it('returns exactly the issues of a bad result, and leverage throws them', () => {
    const bad = edit(good, ['indicators', 0, 'level'], 'x');
    expect(safeLeverage(bad, small)).toEqual({ success: false, issues: [badValue(['indicators', 0, 'level'], '"x"')] });
    expect(() => leverage(bad, small)).toThrow(SpbeError);
    expect(() => leverage(bad)).toThrow('The value "indicators.0.level" in the result is not valid.');
  });
});
