import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, mul, rational, ZERO, type Rational } from '../../../src/arithmetic/rational.js';
import { ratioToFraction, type Fraction } from '../../../src/arithmetic/ratio.js';
import { permenpanrb52018 } from '../../../src/catalogues/permenpanrb-5-2018/index.js';
import { permenpanrb592020 } from '../../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Catalogue } from '../../../src/model/catalogue.js';
import { groupOf, indexSharePerUnit, liveWeights, sharesOf } from '../../../src/scoring/kernel/shares.js';
import { sumExact } from '../../../src/scoring/kernel/sum-exact.js';
import { small } from '../../helpers/small-catalogue.js';

/* The weight shares of the re-normalised formula, on the small catalogue:
 * D1 40 [A1 15: 1 (5), 2 (10); A2 25: 3 (12.5), 4 (12.5)], D2 60 [A3 60: 5 (35), 6 (25)]. */

const g = (id: string) => small.lookup.groups[id] as number;
const units = (id: string) => small.groups[g(id)]!.units;
const indicatorUnits = (i: number) => small.indicators[i]!.units;
const text = (value: Rational | Fraction | null) => (value === null ? null : ratioToFraction(value.num, value.den));

describe('liveWeights', () => {
  it('sums the units of what entered per group, and of the top-level groups that have a value', () => {
    const live = liveWeights(small, [true, true, false, false, true, false]);
    const expected = new Array<number>(small.groups.length);
    expected[g('A1')] = indicatorUnits(0) + indicatorUnits(1);
    expected[g('A2')] = 0;
    expected[g('D1')] = units('A1');
    expected[g('A3')] = indicatorUnits(4);
    expected[g('D2')] = units('A3');
    expect(live).toEqual({ groups: expected, top: units('D1') + units('D2') });
  });

  it('leaves a group without anything entered, and its parent, at 0', () => {
    const live = liveWeights(small, [false, true, false, false, false, false]);
    expect(live.groups[g('D2')]).toBe(0);
    expect(live.groups[g('A3')]).toBe(0);
    expect(live.groups[g('D1')]).toBe(units('A1'));
    expect(live.top).toBe(units('D1'));
    expect(liveWeights(small, small.indicators.map(() => false))).toEqual({ groups: small.groups.map(() => 0), top: 0 });
  });
});

describe('indexSharePerUnit', () => {
  it('gives each group its share of the index over its live weight, and 0 to a group without a value', () => {
    const perUnit = indexSharePerUnit(small, liveWeights(small, [true, true, false, false, true, false]));
    // D1 holds 40 of the 100 that have a value, all of it in A1 (A2 has none); A3 holds all of D2's 60.
    expect(text(mul(perUnit[g('D1')]!, rational(units('A1'))))).toBe('2/5');
    expect(text(mul(perUnit[g('A1')]!, rational(indicatorUnits(0) + indicatorUnits(1))))).toBe('2/5');
    expect(perUnit[g('A2')]).toEqual(ZERO);
    expect(text(mul(perUnit[g('A3')]!, rational(indicatorUnits(4))))).toBe('3/5');
  });
});

describe('groupOf', () => {
  it('is the position of the group an indicator belongs to', () => {
    expect(small.indicators.map((_, i) => small.groups[groupOf(small, i)]!.id)).toEqual(['A1', 'A1', 'A2', 'A2', 'A3', 'A3']);
  });
});

describe('sharesOf', () => {
  it('gives indicators that did not enter a zero share of the index and of each ancestor group', () => {
    const shares = sharesOf(small, [false, true, true, true, true, true]);
    expect(shares.index[0]).toEqual(ZERO);
    expect(shares.groups[0]).toEqual([
      [g('D1'), ZERO],
      [g('A1'), ZERO],
    ]);
    // Indicator 2 alone in A1: all of A1, 15/40 of D1, 40/100 of that in the index.
    expect(shares.groups[1]).toEqual([
      [g('D1'), rational(3, 8)],
      [g('A1'), rational(1)],
    ]);
    expect(shares.index[1]).toEqual(rational(3, 20));
  });

  it('re-normalises within each group over what entered', () => {
    const shares = sharesOf(small, [true, true, false, false, true, false]);
    expect(shares.index.map(text)).toEqual(['2/15', '4/15', '0', '0', '3/5', '0']);
    expect(shares.groups.map((path) => path.map(([group, share]) => [small.groups[group]!.id, text(share)]))).toEqual([
      [['D1', '1/3'], ['A1', '1/3']],
      [['D1', '2/3'], ['A1', '2/3']],
      [['D1', '0'], ['A2', '0']],
      [['D1', '0'], ['A2', '0']],
      [['D2', '1'], ['A3', '1']],
      [['D2', '0'], ['A3', '0']],
    ]);
  });

  // Shares × levels give the kernel's own values: the index and every group, on two- and three-tier trees.
  for (const catalogue of [small, permenpanrb592020, permenpanrb52018] as Catalogue[]) {
    it(`multiply levels into exactly the values of sumExact (${catalogue.id})`, () => {
      const levels = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 3 }), {
        minLength: catalogue.indicators.length,
        maxLength: catalogue.indicators.length,
      });
      fc.assert(
        fc.property(levels, (given) => {
          const exact = sumExact(catalogue, given.map((level) => (level === null ? null : rational(level))));
          const shares = sharesOf(catalogue, given.map((level) => level !== null));
          const index = given.reduce<Rational>((sum, level, i) => add(sum, mul(shares.index[i]!, rational(level ?? 0))), ZERO);
          const groups = catalogue.groups.map(() => ZERO);
          shares.groups.forEach((path, i) => {
            for (const [group, share] of path) groups[group] = add(groups[group]!, mul(share, rational(given[i] ?? 0)));
          });
          expect(exact.index === null ? '0' : text(exact.index)).toBe(text(index));
          expect(exact.groups.map((value) => (value === null ? '0' : text(value)))).toEqual(groups.map(text));
        }),
        { numRuns: 100 },
      );
    });
  }
});
