import { describe, expect, it } from 'vitest';
import { rational } from '../../../src/arithmetic/rational.js';
import { permenpanrb592020 } from '../../../src/catalogues/permenpanrb-59-2020/index.js';
import { sumExact } from '../../../src/scoring/kernel/sum-exact.js';
import { score } from '../../../src/scoring/score.js';
import { small } from '../../helpers/small-catalogue.js';

describe('the exact kernel at the edges of the safe-integer range', () => {
  it('keeps values beyond 2^53 as bigints instead of rounding them into numbers', () => {
    const huge = rational(2n ** 60n + 1n);
    const levels = small.indicators.map((_, i) => (i === 0 ? huge : null));
    const kernel = sumExact(small, levels);
    // Only indicator 1 entered: every group on its path and the index equal its level.
    expect(kernel.index).toEqual({ num: 2n ** 60n + 1n, den: 1n });
    expect(kernel.groups[0]).toEqual({ num: 2n ** 60n + 1n, den: 1n });
  });

  it('gives numbers exactly at the edge of the safe range and bigints one past it', () => {
    const edge = BigInt(Number.MAX_SAFE_INTEGER);
    const at = sumExact(small, small.indicators.map((_, i) => (i === 0 ? rational(edge) : null)));
    expect(at.index).toEqual({ num: Number.MAX_SAFE_INTEGER, den: 1 });
    const negative = sumExact(small, small.indicators.map((_, i) => (i === 0 ? rational(-edge) : null)));
    expect(negative.index).toEqual({ num: -Number.MAX_SAFE_INTEGER, den: 1 });
    const past = sumExact(small, small.indicators.map((_, i) => (i === 0 ? rational(edge + 1n) : null)));
    expect(past.index).toEqual({ num: edge + 1n, den: 1n });
    const tiny = sumExact(small, small.indicators.map((_, i) => (i === 0 ? rational(1n, edge + 1n) : null)));
    expect(tiny.index).toEqual({ num: 1n, den: edge + 1n });
  });
});

describe('group rows', () => {
  it('carry the predikat band of their exact value', () => {
    const result = score(permenpanrb592020, { levels: Object.fromEntries(permenpanrb592020.indicators.map((indicator, i) => [indicator.id, i < 10 ? 5 : 1])) });
    const d1 = result.groups.find((group) => group.id === 'D1')!;
    expect(d1).toMatchObject({ value: '5.00', exact: '5', predicate: { id: 'memuaskan' } });
    const d4 = result.groups.find((group) => group.id === 'D4')!;
    expect(d4).toMatchObject({ value: '1.00', exact: '1', predicate: { id: 'kurang' } });
  });
});
