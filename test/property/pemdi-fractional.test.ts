import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { score } from '../../src/scoring/score.js';
import type { LevelInput } from '../../src/model/assessment.js';
import { D, fromFraction, type DecimalValue } from '../helpers/oracle.js';

/*
 * PermenPANRB 8/2026 with fractional indicator values, against an independent decimal.js
 * computation of pemdi.md section 3: Indeks Aspek = Σ wI × NI / wA; Indeks Pemdi =
 * Σ wA / 100 × Indeks Aspek; display two decimals half up; predikat from the exact value.
 */

const WEIGHTS = [5, 5, 5, 5, 5, 3, 3, 4, 4, 4, 3, 4, 5, 5, 4, 4, 4, 3, 10, 15];
const ASPECTS = [[0, 1], [2, 3], [4, 5, 6, 7], [8, 9, 10, 11], [12, 13], [14, 15, 16, 17], [18, 19]];
const BANDS: [string, string][] = [['4', 'memuaskan'], ['3.5', 'sangat-baik'], ['2.5', 'baik'], ['1.5', 'cukup'], ['1', 'kurang']];

function oracle(values: readonly DecimalValue[]) {
  const aspects = ASPECTS.map((members) => {
    const weight = members.reduce((acc, i) => acc + WEIGHTS[i]!, 0);
    const sum = members.reduce((acc, i) => acc.plus(values[i]!.times(WEIGHTS[i]!)), new D(0));
    return { weight, value: sum.div(weight) };
  });
  const index = aspects.reduce((acc, aspect) => acc.plus(new D(aspect.weight).div(100).times(aspect.value)), new D(0));
  return { aspects: aspects.map((aspect) => aspect.value), index };
}

const bandOf = (value: DecimalValue) => BANDS.find(([min]) => value.gte(min))![1];
const display = (value: DecimalValue) => value.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2);

/** An exact value in [1, 5]: a fraction n/d, or the same written as a decimal where it terminates. */
const value = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.nat({ max: 4 * 12 }))
  .map(([den, over]) => ({ den, num: den + (over % (4 * den + 1)) }))
  .chain(({ num, den }) =>
    fc.constantFrom<string | number>(`${num}/${den}`, ...(10 % den === 0 || 100 % den === 0 ? [new D(num).div(den).toString(), new D(num).div(den).toNumber()] : [])),
  );

describe('Indeks Pemdi with fractional values, against decimal.js', () => {
  it('matches every aspect and the index exactly, the display half up, and the predikat from the exact value', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 20, maxLength: 20 }), (given) => {
        const levels: Record<string, LevelInput> = Object.fromEntries(given.map((v, i) => [String(i + 1), v as LevelInput]));
        const result = score(permenpanrb82026, { levels });
        const expected = oracle(given.map((v) => (typeof v === 'number' ? new D(String(v)) : fromFraction(v.includes('/') ? v : `${v}/1`))));
        result.aspects.forEach((aspect, k) => {
          expect(fromFraction(aspect.exact!).minus(expected.aspects[k]!).abs().lt('1e-60')).toBe(true);
          expect(aspect.value).toBe(display(fromFraction(aspect.exact!)));
        });
        const exact = fromFraction(result.index.exact);
        expect(exact.minus(expected.index).abs().lt('1e-60')).toBe(true);
        expect(result.index.value).toBe(display(expected.index));
        expect(result.index.predicate.id).toBe(bandOf(exact));
      }),
      { numRuns: 200 },
    );
  });

  it('rounds exact ties at the third decimal up and rates values exactly on each band bound by that bound', () => {
    // Every indicator at v makes every aspect and the index exactly v.
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 1000 }), (k) => {
        const v = new D(k).times(5).div(1000); // x.xx5 and x.xx0: ties at the third decimal, and the band bounds
        const levels = Object.fromEntries(WEIGHTS.map((_, i) => [String(i + 1), v.toString() as LevelInput]));
        const result = score(permenpanrb82026, { levels });
        expect(fromFraction(result.index.exact).eq(v)).toBe(true);
        expect(result.index.value).toBe(display(v));
        expect(result.index.predicate.id).toBe(bandOf(v));
      }),
      { numRuns: 200 },
    );
    for (const [bound, id] of BANDS) {
      const levels = Object.fromEntries(WEIGHTS.map((_, i) => [String(i + 1), bound as LevelInput]));
      expect(score(permenpanrb82026, { levels }).index.predicate.id).toBe(id);
    }
  });
});
