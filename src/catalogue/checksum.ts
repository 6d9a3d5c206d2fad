import { sha256Hex, sha256Midstate, type Sha256Midstate } from './sha256.js';

/**
 * Canonical JSON: object keys sorted, no whitespace, undefined members dropped. Two definitions
 * with the same content have the same canonical text whatever their key order.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}

/**
 * "sha256:<hex>" of the canonical JSON of a value: a catalogue's stable checksum. Hashing is
 * the small synchronous SHA-256 in `sha256.ts` (works in browsers and Node alike).
 */
export function checksumOf(value: unknown): string {
  return checksumText(canonicalJson(value));
}

const encoder = new TextEncoder();

/** "sha256:<hex>" of a text's UTF-8 bytes. */
export function checksumText(text: string): string {
  return `sha256:${sha256Hex(encoder.encode(text))}`;
}

/**
 * Hash states that have absorbed a head. A process sees few distinct heads (one per catalogue,
 * library version and options), so keeping a handful bounds memory; the oldest goes first.
 */
const headStates = new Map<string, Sha256Midstate>();
const HEAD_STATES_KEPT = 16;

/**
 * `checksumText(head + tail)`, hashing only the tail when the head was seen before: every
 * fingerprint of a roll-up shares its head (catalogue checksum, version, options), and SHA-256
 * is most of a fingerprint's cost.
 */
export function checksumTextParts(head: string, tail: string): string {
  const last = head.charCodeAt(head.length - 1);
  // A head ending inside a surrogate pair would encode differently on its own.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: widening this test only sends more heads down the slow path, whose result the fast path equals by definition (the exact bounds 0xd800/0xdbff are pinned by tests)
  if (last >= 0xd800 && last <= 0xdbff) return checksumText(head + tail);
  let state = headStates.get(head);
  // Stryker disable next-line ConditionalExpression: recomputing a cached midstate yields the same state, so the checksum cannot change
  if (state === undefined) {
    state = sha256Midstate(encoder.encode(head));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: eviction only bounds the cache's memory; a missing entry is recomputed, so no checksum can change
    if (headStates.size >= HEAD_STATES_KEPT) headStates.delete(headStates.keys().next().value as string);
    headStates.set(head, state);
  }
  return `sha256:${sha256Hex(encoder.encode(tail), state)}`;
}
