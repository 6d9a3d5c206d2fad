import { describe, expect, it } from 'vitest';
import { sharesOf } from '../../src/analysis/shares.js';
import { rational, ZERO } from '../../src/arithmetic/rational.js';
import { small } from '../helpers/small-catalogue.js';

describe('sharesOf', () => {
  it('sharesOf gives indicators that did not enter a zero share of the index and of each ancestor group', () => {
    const shares = sharesOf(small, [false, true, true, true, true, true]);
    const d1 = small.lookup.groups['D1'] as number;
    const a1 = small.lookup.groups['A1'] as number;
    expect(shares.index[0]).toEqual(ZERO);
    expect(shares.groups[0]).toEqual([
      [d1, ZERO],
      [a1, ZERO],
    ]);
    // Indicator 2 alone in A1: all of A1, 15/40 of D1, 40/100 of that in the index.
    expect(shares.groups[1]).toEqual([
      [d1, rational(3, 8)],
      [a1, rational(1)],
    ]);
    expect(shares.index[1]).toEqual(rational(3, 20));
  });
});
