import { describe, expect, it } from 'vitest';
import { closestName } from '../../src/model/issue.js';

describe('closestName (the "did you mean" of options, commands and flags)', () => {
  it('counts two swapped neighbours as one edit, as a typing slip', () => {
    expect(closestName('lnag', ['lang', 'detail'])).toBe('lang');
    expect(closestName('detial', ['lang', 'detail'])).toBe('detail');
    expect(closestName('--lnag', ['--lang', '--format'])).toBe('--lang');
  });

  it('still finds case slips, insertions and deletions, and nothing for an unrelated name', () => {
    expect(closestName('predicatefrom', ['predicateFrom', 'rounding'])).toBe('predicateFrom');
    expect(closestName('decimal', ['decimals', 'rounding'])).toBe('decimals');
    expect(closestName('colour', ['lang', 'detail'])).toBeUndefined();
    // Two swaps in a short name are two edits: too far.
    expect(closestName('alng', ['lang'])).toBe('lang');
    expect(closestName('nlga', ['lang'])).toBeUndefined();
  });
});
