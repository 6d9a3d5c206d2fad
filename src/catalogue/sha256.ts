/**
 * SHA-256 (FIPS 180-4), small and synchronous, for catalogue checksums and result fingerprints.
 * Written here rather than imported: a general hashing library cost four times these bytes in
 * the browser bundle (whose budget is 15 kB), and checksums need no more than this. Tests check
 * it against Node's `crypto` on random input of every length around the block boundaries.
 */

// Words are kept as signed 32-bit integers (Int32Array, `| 0`): the same bits as the standard's
// unsigned words, and they stay small integers for the JIT instead of becoming doubles.

/**
 * The constants, computed rather than written out (saving their bytes in the browser bundle): K,
 * the first 32 bits of the fractional parts of the cube roots of the first 64 primes (§4.2.2),
 * and IV, those of the square roots of the first 8 primes (§5.3.3). In floating point, which is
 * safe here: every one of these 72 fractions times 2^32 lies at least 0.005 from a whole number,
 * a million times further than any rounding error of a root below 8, so each truncates to the
 * same 32 bits on every engine (the Int32Array store keeps exactly those). Tests pin both tables
 * against the standard's. (No score, weight or level is ever a float; these are bit patterns.)
 */
const [K, IV] = /* @__PURE__ */ (() => {
  const k = new Int32Array(64);
  const iv = new Int32Array(8);
  for (let p = 2, found = 0; found < 64; p++) {
    let prime = true;
    for (let d = 2; d * d <= p; d++) if (p % d === 0) prime = false;
    if (!prime) continue;
    if (found < 8) iv[found] = ((p ** 0.5) % 1) * 2 ** 32;
    k[found++] = ((p ** (1 / 3)) % 1) * 2 ** 32;
  }
  return [k, iv] as const;
})();

export { K as ROUND_CONSTANTS, IV as INITIAL_HASH };

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
    W[t] = W[t - 16]! + (rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3)) + W[t - 7]! + (rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10));
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
  // Int32Array stores wrap to 32 bits, as `| 0` would.
  h[0]! += a;
  h[1]! += b;
  h[2]! += c;
  h[3]! += d;
  h[4]! += e;
  h[5]! += f;
  h[6]! += g;
  h[7]! += k;
}

/** The state after hashing a prefix: its chaining value and the bytes of its unfinished block. */
export interface Sha256Midstate {
  readonly h: Int32Array;
  readonly pending: Uint8Array;
  readonly length: number;
}

const START: Sha256Midstate = { h: IV, pending: new Uint8Array(0), length: 0 };

/**
 * Absorbs `bytes` (after `from`, by default the empty message) without finishing the hash. Only
 * the block that joins `from`'s unfinished bytes to the first of `bytes` is copied; the other
 * blocks are read where they are (a catalogue's checksum hashes 20 MB this way).
 */
export function sha256Midstate(bytes: Uint8Array, from: Sha256Midstate = START): Sha256Midstate {
  const h = from.h.slice();
  const { pending } = from;
  const length = from.length + bytes.length;
  let offset = 0;
  if (pending.length > 0) {
    const block = new Uint8Array(64);
    block.set(pending);
    offset = Math.min(64 - pending.length, bytes.length);
    block.set(bytes.subarray(0, offset), pending.length);
    if (pending.length + offset < 64) return { h, pending: block.slice(0, pending.length + offset), length };
    compress(h, block, 0);
  }
  for (; offset + 64 <= bytes.length; offset += 64) compress(h, bytes, offset);
  return { h, pending: bytes.slice(offset), length };
}

/** The SHA-256 of the bytes absorbed in `from` followed by `bytes`, as 64 lowercase hex digits. */
export function sha256Hex(bytes: Uint8Array, from: Sha256Midstate = START): string {
  const rest = from.pending.length + bytes.length;
  // The rest, the 0x80 marker and the 64-bit message length in bits, padded to whole blocks.
  const padded = new Uint8Array((rest + 72) & ~63);
  padded.set(from.pending);
  padded.set(bytes, from.pending.length);
  padded[rest] = 0x80;
  new DataView(padded.buffer).setBigUint64(padded.length - 8, BigInt(from.length + bytes.length) * 8n);
  const h = from.h.slice();
  for (let offset = 0; offset < padded.length; offset += 64) compress(h, padded, offset);
  let hex = '';
  for (const word of h) hex += (word >>> 0).toString(16).padStart(8, '0');
  return hex;
}
