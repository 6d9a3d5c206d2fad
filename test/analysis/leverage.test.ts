import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leverage, safeLeverage } from '../../src/analysis/leverage.js';
import { parseFraction, sub, toFractionString, type Rational } from '../../src/arithmetic/rational.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom, uniformLevels } from '../helpers/assessments.js';
import { small } from './small-catalogue.js';

const frac = (text: string): Rational => parseFraction(text) as Rational;
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
