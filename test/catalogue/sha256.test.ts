import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256Midstate } from '../../src/catalogue/sha256.js';

const reference = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const text = (value: string) => new TextEncoder().encode(value);

describe('sha256', () => {
  it('gives the FIPS 180-4 example digests', () => {
    expect(sha256Hex(text(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(text('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex(text('a'.repeat(1_000_000)))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with Node’s crypto at every length around the block and padding boundaries', () => {
    for (let length = 0; length <= 200; length++) {
      const bytes = Uint8Array.from({ length }, (_, k) => (k * 131 + length) & 0xff);
      expect(sha256Hex(bytes)).toBe(reference(bytes));
    }
  });

  it('agrees with Node’s crypto on random bytes, split anywhere into a midstate and a tail', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ maxLength: 100 }), (head, middle, tail) => {
        const whole = new Uint8Array([...head, ...middle, ...tail]);
        const expected = reference(whole);
        expect(sha256Hex(whole)).toBe(expected);
        const headState = sha256Midstate(head);
        expect(sha256Hex(new Uint8Array([...middle, ...tail]), headState)).toBe(expected);
        expect(sha256Hex(tail, sha256Midstate(middle, headState))).toBe(expected);
        // A midstate is a value: using it does not change it.
        expect(sha256Hex(new Uint8Array([...middle, ...tail]), headState)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
