import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rational } from '../../../src/arithmetic/rational.js';
import { permenpanrb592020 } from '../../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Catalogue } from '../../../src/model/catalogue.js';
import { sumExact } from '../../../src/scoring/kernel/sum-exact.js';
import { sumPartialSafe } from '../../../src/scoring/kernel/sum-partial-safe.js';
import { safeCompileCatalogue } from '../../../src/catalogue/compile.js';
import { unwrap } from '../../../src/model/issue.js';
import { ratioToFraction, type Fraction } from '../../../src/arithmetic/ratio.js';
import { score } from '../../../src/scoring/score.js';
import { small, smallDefinition } from '../../helpers/small-catalogue.js';

/** The small catalogue with weights of nine decimals: units near 10^9, whose products overflow. */
const awkward: Catalogue = unwrap(
  safeCompileCatalogue({
    ...smallDefinition,
    id: 'awkward-weights',
    totalWeight: undefined,
    groups: smallDefinition.groups.map((domain) => ({
      ...domain,
      weight: undefined,
      groups: (domain as unknown as { groups: { indicators: { weight: string }[]; weight: string }[] }).groups.map((aspect, a) => ({
        ...aspect,
        weight: undefined,
        indicators: aspect.indicators.map((indicator, i) => ({ ...indicator, weight: `${7 + a + i}.${String(123456789 + 7 * i + a).padStart(9, '0')}` })),
      })),
    })),
  } as never),
);

const partial = (catalogue: Catalogue) =>
  fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null, freq: 3 }), {
    minLength: catalogue.indicators.length,
    maxLength: catalogue.indicators.length,
  });

describe('sumPartialSafe', () => {
  for (const catalogue of [small, permenpanrb592020]) {
    it(`gives exactly what sumExact gives (${catalogue.id})`, () => {
      fc.assert(
        fc.property(partial(catalogue), (levels) => {
          const fast = sumPartialSafe(catalogue, levels);
          const exact = sumExact(catalogue, levels.map((level) => (level === null ? null : rational(level))));
          expect(fast).toEqual(exact);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('gives up (undefined) when a value would leave the safe-integer range, and scoring falls back to bigint', () => {
    const levels = [5, 4, null, 3, 2, 1];
    expect(sumPartialSafe(awkward, levels)).toBeUndefined();
    const result = score(awkward, { levels: { '1': 5, '2': 4, '4': 3, '5': 2, '6': 1 } }, { missing: 'partial' });
    const exact = sumExact(awkward, levels.map((level) => (level === null ? null : rational(level))));
    expect(result.index.exact).toBe(`${exact.index?.num}/${exact.index?.den}`);
  });

  it('gives index null when nothing entered', () => {
    expect(sumPartialSafe(small, small.indicators.map(() => null))?.index).toBeNull();
  });

  // Small catalogue: D1 40 [A1 15: 1 (5), 2 (10); A2 25: 3 (12.5), 4 (12.5)], D2 60 [A3 60: 5 (35), 6 (25)].
  const text = (value: Fraction | null) => (value === null ? null : ratioToFraction(value.num, value.den));
  const shown = (levels: (number | null)[]) => {
    const out = sumPartialSafe(small, levels)!;
    return {
      groups: out.groups.map(text),
      index: text(out.index),
      contributions: out.contributions.map(text),
      groupCoverage: out.groupCoverage.map(text),
      coverage: text(out.coverage),
    };
  };

  it('re-normalises each group over what entered, and shares the index out exactly', () => {
    // Groups in pre-order: D1, A1, A2, D2, A3.
    expect(shown([1, 2, 3, null, 5, null])).toEqual({
      groups: ['5/2', '5/3', '3', '5', '5'],
      index: '4',
      contributions: ['1/20', '1/5', '3/4', '0', '3', '0'],
      groupCoverage: ['11/16', '1', '1/2', '7/12', '7/12'],
      coverage: '5/8',
    });
  });

  it('leaves a domain without a level out of the index, and out of its parent for an aspect', () => {
    // D2 has nothing: the index is D1's value. A1 has nothing: D1 is A2's value.
    expect(shown([null, null, 3, 4, null, null])).toEqual({
      groups: ['7/2', null, '7/2', null, null],
      index: '7/2',
      contributions: ['0', '0', '3/2', '2', '0', '0'],
      groupCoverage: ['5/8', '0', '1', '0', '0'],
      coverage: '1/4',
    });
  });

  it('gives the same values as sumExact on a complete assessment', () => {
    const levels = [5, 4, 3, 2, 1, 5];
    expect(sumPartialSafe(small, levels)).toEqual(sumExact(small, levels.map((level) => rational(level))));
  });
});

