import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rational } from '../../src/arithmetic/rational.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Catalogue } from '../../src/model/catalogue.js';
import { sumExact } from '../../src/scoring/kernel.js';
import { sumPartialSafe } from '../../src/scoring/kernel-partial.js';
import { small } from '../analysis/small-catalogue.js';

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

  it('gives index null when nothing entered', () => {
    expect(sumPartialSafe(small, small.indicators.map(() => null))?.index).toBeNull();
  });
});
