import { describe, expect, it } from 'vitest';
import { levelShown } from '../../src/report.js';

describe('levelShown (spbe-index/report)', () => {
  it('shows whole levels as they are, up to two decimals in full, longer and unending ones rounded half up after "≈", in the language', () => {
    expect(levelShown(3, 'id')).toBe('3');
    expect(levelShown('63/50', 'id')).toBe('1,26');
    expect(levelShown('25/8', 'en')).toBe('≈3.13');
    expect(levelShown('5/2', 'id')).toBe('2,5');
    expect(levelShown('103/32', 'id')).toBe('≈3,22');
    expect(levelShown('7/3', 'en')).toBe('≈2.33');
    expect(levelShown('7/6', 'id')).toBe('≈1,17');
    expect(levelShown(null, 'id')).toBe('–');
  });
});
