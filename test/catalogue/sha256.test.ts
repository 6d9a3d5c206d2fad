import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIAL_HASH, ROUND_CONSTANTS, sha256Hex, sha256Midstate } from '../../src/catalogue/sha256.js';

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

describe('sha256 constants', () => {
  it('computes exactly the tables of FIPS 180-4 (§4.2.2 round constants, §5.3.3 initial hash)', () => {
    // prettier-ignore
    const k = [
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
      0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
      0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
      0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
      0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
      0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];
    const iv = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    expect([...ROUND_CONSTANTS]).toEqual([...Int32Array.from(k)]);
    expect([...INITIAL_HASH]).toEqual([...Int32Array.from(iv)]);
  });
});

describe('sha256', () => {
  it('keeps only the bytes after the last whole 64-byte block pending in a midstate', () => {
    const state = sha256Midstate(new Uint8Array(150).fill(7));
    expect(state.pending.length).toBe(22);
    expect(state.length).toBe(150);
    expect(sha256Hex(new Uint8Array(0), state)).toBe(sha256Hex(new Uint8Array(150).fill(7)));
  });

  it('writes the high word of the 64-bit bit length (messages of 2^29 bytes and more)', () => {
    const start = sha256Midstate(new Uint8Array(0));
    // 2^29 bytes = 2^32 bits: the low word is 0, so only the high word tells this from length 0.
    expect(sha256Hex(new Uint8Array(0), { ...start, length: 2 ** 29 })).not.toBe(sha256Hex(new Uint8Array(0), start));
  });
});
