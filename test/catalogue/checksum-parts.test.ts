import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksumText, checksumTextParts } from '../../src/catalogue/checksum.js';

// Any UTF-16 code unit, lone surrogates included: the head may end inside a surrogate pair.
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 });

describe('checksumTextParts', () => {
  it('is the checksum of head + tail, for any texts (cache hits and misses alike)', () => {
    fc.assert(
      fc.property(codeUnits, codeUnits, codeUnits, (head, tail, other) => {
        expect(checksumTextParts(head, tail)).toBe(checksumText(head + tail));
        // Second use of the same head reuses its hash state; it must not carry the first tail.
        expect(checksumTextParts(head, other)).toBe(checksumText(head + other));
      }),
      { numRuns: 300 },
    );
  });

  it('joins a surrogate pair split between head and tail like the whole text', () => {
    const pair = '\u{1F600}'; // one code point, two UTF-16 units
    expect(checksumTextParts(`x${pair[0]}`, `${pair[1]}y`)).toBe(checksumText(`x${pair}y`));
  });

  it('stays right after more distinct heads than it keeps', () => {
    const heads = Array.from({ length: 40 }, (_, k) => `head ${k}\n`.repeat(k + 1));
    for (const round of [1, 2]) {
      for (const head of heads) expect(checksumTextParts(head, `tail ${round}`)).toBe(checksumText(`${head}tail ${round}`));
    }
  });

  it('gives the known SHA-256 of a text', () => {
    // printf 'abc' | sha256sum
    expect(checksumTextParts('a', 'bc')).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
