import { sha256Hex, sha256Midstate, type Sha256Midstate } from './sha256.js';

/**
 * Where canonical JSON is written: pieces are appended to `text`, and once it holds `CHUNK`
 * characters `spill` takes them (to a list of parts, or into a hash). Pieces are whole JSON
 * tokens, so a spill never splits a surrogate pair.
 */
interface Sink {
  text: string;
  readonly spill: (text: string) => void;
}

const CHUNK = 1 << 16;

function put(sink: Sink, piece: string): void {
  sink.text += piece;
  if (sink.text.length >= CHUNK) {
    sink.spill(sink.text);
    sink.text = '';
  }
}

/** Writes a value's canonical JSON in one walk; `keys` caches each key's `"key":` text. */
function writeCanonical(value: unknown, sink: Sink, keys: Map<string, string>): void {
  if (value === null || typeof value !== 'object') {
    put(sink, JSON.stringify(value) ?? 'null');
  } else if (Array.isArray(value)) {
    put(sink, '[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) put(sink, ',');
      writeCanonical(value[i] ?? null, sink, keys);
    }
    put(sink, ']');
  } else {
    const record = value as Record<string, unknown>;
    let separator = '{';
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      if (member === undefined) continue;
      let keyText = keys.get(key);
      if (keyText === undefined) keys.set(key, (keyText = `${JSON.stringify(key)}:`));
      put(sink, separator + keyText);
      separator = ',';
      writeCanonical(member, sink, keys);
    }
    put(sink, separator === '{' ? '{}' : '}');
  }
}

/**
 * Canonical JSON: object keys sorted, no whitespace, undefined members dropped. Two definitions
 * with the same content have the same canonical text whatever their key order.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  const sink: Sink = { text: '', spill: (text) => parts.push(text) };
  writeCanonical(value, sink, new Map());
  parts.push(sink.text);
  return parts.join('');
}

const encoder = new TextEncoder();

/**
 * "sha256:<hex>" of the canonical JSON of a value: a catalogue's stable checksum. Hashing is
 * the small synchronous SHA-256 in `sha256.ts` (works in browsers and Node alike). The text is
 * hashed in chunks as it is written, never held whole: a catalogue of 100,000 indicators has
 * 17 MB of canonical JSON.
 */
export function checksumOf(value: unknown): string {
  let state: Sha256Midstate | undefined;
  const sink: Sink = { text: '', spill: (text) => (state = sha256Midstate(encoder.encode(text), state)) };
  writeCanonical(value, sink, new Map());
  return `sha256:${sha256Hex(encoder.encode(sink.text), state)}`;
}

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
