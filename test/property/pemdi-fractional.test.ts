import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { score } from '../../src/scoring/score.js';
import type { LevelInput } from '../../src/model/assessment.js';
import { fractionalValue } from '../helpers/fractional-values.js';
import { D, displayHalfUp, fromFraction, type DecimalValue } from '../helpers/oracle.js';

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

/** An exact fraction [num, den] in lowest terms, den > 0: the construction below stays exact. */
type Q = readonly [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const q = (num: bigint, den: bigint): Q => {
  const g = gcd(num, den) || 1n;
  return den < 0n ? [-num / g, -den / g] : [num / g, den / g];
};
const plus = (a: Q, b: Q): Q => q(a[0] * b[1] + b[0] * a[1], a[1] * b[1]);
const times = (a: Q, k: bigint): Q => q(a[0] * k, a[1]);
const over = (a: Q, k: bigint): Q => q(a[0], a[1] * k);
const below = (a: Q, b: Q): boolean => a[0] * b[1] < b[0] * a[1];
const text = (a: Q): string => (a[1] === 1n ? String(a[0]) : `${a[0]}/${a[1]}`);

/**
 * Random values whose index is exactly `target`: the values as drawn, then from indicator 20
 * backwards each one set to what meets the target, clamped to [1, 5] until one can. Any target
 * in [1, 5] is met, with the other values left random.
 */
function meeting(target: Q, drawn: readonly Q[]): Q[] {
  const values = [...drawn];
  const need = times(target, 100n);
  for (let j = values.length - 1; j >= 0; j--) {
    const others = values.reduce<Q>((acc, v, i) => (i === j ? acc : plus(acc, times(v, BigInt(WEIGHTS[i]!)))), [0n, 1n]);
    const wanted = over(plus(need, times(others, -1n)), BigInt(WEIGHTS[j]!));
    values[j] = below(wanted, [1n, 1n]) ? [1n, 1n] : below([5n, 1n], wanted) ? [5n, 1n] : wanted;
    if (values[j] === wanted) break;
  }
  return values;
}

describe('Indeks Pemdi with fractional values, against decimal.js', () => {
  it('matches every aspect and the index exactly, the display half up, and the predikat from the exact value', () => {
    fc.assert(
      fc.property(fc.array(fractionalValue, { minLength: 20, maxLength: 20 }), (given) => {
        const levels: Record<string, LevelInput> = Object.fromEntries(given.map((v, i) => [String(i + 1), v as LevelInput]));
        const result = score(permenpanrb82026, { levels });
        const expected = oracle(given.map((v) => (typeof v === 'number' ? new D(String(v)) : fromFraction(v.includes('/') ? v : `${v}/1`))));
        result.aspects.forEach((aspect, k) => {
          expect(fromFraction(aspect.exact!).minus(expected.aspects[k]!).abs().lt('1e-60')).toBe(true);
          expect(aspect.value).toBe(displayHalfUp(fromFraction(aspect.exact!)));
        });
        const exact = fromFraction(result.index.exact);
        expect(exact.minus(expected.index).abs().lt('1e-60')).toBe(true);
        expect(result.index.value).toBe(displayHalfUp(expected.index));
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
        expect(result.index.value).toBe(displayHalfUp(v));
        expect(result.index.predicate.id).toBe(bandOf(v));
      }),
      { numRuns: 200 },
    );
    for (const [bound, id] of BANDS) {
      const levels = Object.fromEntries(WEIGHTS.map((_, i) => [String(i + 1), bound as LevelInput]));
      expect(score(permenpanrb82026, { levels }).index.predicate.id).toBe(id);
    }
  });
  it('rates and rounds mixed random values whose index lies exactly on a band bound or a tie at the third decimal', () => {
    const drawn = fc.array(
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.nat({ max: 48 })).map(([den, k]) => q(BigInt(den + (k % (4 * den + 1))), BigInt(den))),
      { minLength: 20, maxLength: 20 },
    );
    const bound = fc.constantFrom<Q>([1n, 1n], [3n, 2n], [5n, 2n], [7n, 2n], [4n, 1n]);
    const tie = fc.integer({ min: 100, max: 499 }).map((m) => q(BigInt(10 * m + 5), 1000n)); // 1.005 … 4.995
    fc.assert(
      fc.property(fc.oneof(bound, tie), drawn, (target, values) => {
        const exactValues = meeting(target, values);
        const levels: Record<string, LevelInput> = Object.fromEntries(exactValues.map((v, i) => [String(i + 1), text(v) as LevelInput]));
        const result = score(permenpanrb82026, { levels });
        const expected = oracle(exactValues.map((v) => new D(String(v[0])).div(String(v[1]))));
        const t = new D(String(target[0])).div(String(target[1]));
        expect(result.index.exact).toBe(text(target));
        expect(expected.index.minus(t).abs().lt('1e-60')).toBe(true);
        expect(result.index.value).toBe(displayHalfUp(t));
        expect(result.index.predicate.id).toBe(bandOf(t));
        result.aspects.forEach((aspect, k) => {
          expect(fromFraction(aspect.exact!).minus(expected.aspects[k]!).abs().lt('1e-60')).toBe(true);
          expect(aspect.value).toBe(displayHalfUp(expected.aspects[k]!));
          expect(aspect.predicate?.id).toBe(bandOf(expected.aspects[k]!));
        });
      }),
      { numRuns: 300 },
    );
  });
});
