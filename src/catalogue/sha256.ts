/**
 * SHA-256 (FIPS 180-4), small and synchronous, for catalogue checksums and result fingerprints.
 * Written here rather than imported: a general hashing library cost four times these bytes in
 * the browser bundle (whose budget is 15 kB), and checksums need no more than this. Tests check
 * it against Node's `crypto` on random input of every length around the block boundaries.
 */

// Words are kept as signed 32-bit integers (Int32Array, `| 0`): the same bits as the standard's
// unsigned words, and they stay small integers for the JIT instead of becoming doubles.

// First 32 bits of the fractional parts of the cube roots of the first 64 primes (§4.2.2).
const K = /* @__PURE__ */ Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

// First 32 bits of the fractional parts of the square roots of the first 8 primes (§5.3.3).
const IV = /* @__PURE__ */ Int32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

/** The message schedule, reused by every block (hashing is synchronous). */
const W = /* @__PURE__ */ new Int32Array(64);

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** Folds the 64-byte block at `offset` into the chaining value `h`. */
function compress(h: Int32Array, bytes: Uint8Array, offset: number): void {
  for (let t = 0; t < 16; t++) {
    const o = offset + 4 * t;
    W[t] = (bytes[o]! << 24) | (bytes[o + 1]! << 16) | (bytes[o + 2]! << 8) | bytes[o + 3]!;
  }
  // Stryker disable next-line EqualityOperator: with t <= 64 the extra write W[64] on a 64-entry Int32Array is dropped and nothing reads it
  for (let t = 16; t < 64; t++) {
    const x = W[t - 15]!;
    const y = W[t - 2]!;
    W[t] = (W[t - 16]! + (rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3)) + W[t - 7]! + (rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10))) | 0;
  }
  let a = h[0]!;
  let b = h[1]!;
  let c = h[2]!;
  let d = h[3]!;
  let e = h[4]!;
  let f = h[5]!;
  let g = h[6]!;
  let k = h[7]!;
  for (let t = 0; t < 64; t++) {
    const t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t]! + W[t]!) | 0;
    const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    k = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = (h[0]! + a) | 0;
  h[1] = (h[1]! + b) | 0;
  h[2] = (h[2]! + c) | 0;
  h[3] = (h[3]! + d) | 0;
  h[4] = (h[4]! + e) | 0;
  h[5] = (h[5]! + f) | 0;
  h[6] = (h[6]! + g) | 0;
  h[7] = (h[7]! + k) | 0;
}

/** The state after hashing a prefix: its chaining value and the bytes of its unfinished block. */
export interface Sha256Midstate {
  readonly h: Int32Array;
  readonly pending: Uint8Array;
  readonly length: number;
}

const START: Sha256Midstate = { h: IV, pending: new Uint8Array(0), length: 0 };

/** Absorbs `bytes` (after `from`, by default the empty message) without finishing the hash. */
export function sha256Midstate(bytes: Uint8Array, from: Sha256Midstate = START): Sha256Midstate {
  const joined = new Uint8Array(from.pending.length + bytes.length);
  joined.set(from.pending);
  joined.set(bytes, from.pending.length);
  const full = joined.length - (joined.length % 64);
  const h = from.h.slice();
  for (let offset = 0; offset < full; offset += 64) compress(h, joined, offset);
  return { h, pending: joined.slice(full), length: from.length + bytes.length };
}

/** The SHA-256 of the bytes absorbed in `from` followed by `bytes`, as 64 lowercase hex digits. */
export function sha256Hex(bytes: Uint8Array, from: Sha256Midstate = START): string {
  const rest = from.pending.length + bytes.length;
  // The rest, the 0x80 marker and the 64-bit message length in bits, padded to whole blocks.
  const padded = new Uint8Array((rest + 72) & ~63);
  padded.set(from.pending);
  padded.set(bytes, from.pending.length);
  padded[rest] = 0x80;
  const bits = (from.length + bytes.length) * 8;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(padded.length - 4, bits >>> 0);
  const h = from.h.slice();
  for (let offset = 0; offset < padded.length; offset += 64) compress(h, padded, offset);
  let hex = '';
  for (const word of h) hex += (word >>> 0).toString(16).padStart(8, '0');
  return hex;
}
