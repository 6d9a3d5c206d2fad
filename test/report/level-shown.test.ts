import { describe, expect, it } from 'vitest';
import { levelShown } from '../../src/report.js';

describe('levelShown (spbe-index/report)', () => {
  it('shows whole levels as they are, ending fractions in full and others rounded after "≈", in the language', () => {
    expect(levelShown(3, 'id')).toBe('3');
    expect(levelShown('63/50', 'id')).toBe('1,26');
    expect(levelShown('25/8', 'en')).toBe('3.125');
    expect(levelShown('7/3', 'en')).toBe('≈2.33');
    expect(levelShown('7/6', 'id')).toBe('≈1,17');
    expect(levelShown(null, 'id')).toBe('–');
  });
});
