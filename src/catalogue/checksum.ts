import { sha256Hex, sha256Midstate, type Sha256Midstate } from './sha256.js';

/** Where canonical JSON goes: ASCII text (punctuation, numbers, literals) and strings to quote. */
interface Writer {
  ascii(text: string): void;
  string(value: string): void;
}

/** An object's own keys, sorted; `at` is the key it sits under (an array's, for its items). */
type SortedKeys = (record: object, at: string) => readonly string[];

/** A key list as for-in gives it (own keys only), and sorted. */
interface KeyList {
  readonly keys: readonly string[];
  readonly sorted: readonly string[];
}

/**
 * Whether `record`'s own keys are `list.keys`, compared key by key as for-in lists them (own keys
 * in Object.keys order, then inherited ones, skipped): no key array per object, as Object.keys
 * would make.
 */
function hasKeys(record: object, list: KeyList): boolean {
  let i = 0;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    if (list.keys[i++] !== key) return false;
  }
  return i === list.keys.length;
}

/**
 * SortedKeys that remembers the sorted form of the key lists it has seen (a few dozen at most):
 * objects of one kind share their key order, so a catalogue of 100,000 indicators sorts a
 * handful of lists, not 600,000. The list last found under the same key is tried first (the
 * items of "indicators" are indicators, a "name" is a name), so an object is mostly compared
 * with one list, not with every kind seen before its own.
 */
function keySorter(): SortedKeys {
  const seen: KeyList[] = [];
  const last = new Map<string, KeyList>();
  return (record, at) => {
    const hint = last.get(at);
    if (hint !== undefined && hasKeys(record, hint)) return hint.sorted;
    for (const list of seen) {
      if (list === hint || !hasKeys(record, list)) continue;
      last.set(at, list);
      return list.sorted;
    }
    const keys = Object.keys(record);
    const sorted = [...keys].sort();
    if (seen.length < 32) {
      const list = { keys, sorted };
      seen.push(list);
      last.set(at, list);
    }
    return sorted;
  };
}

/** Writes a value's canonical JSON in one walk; `at` is the key it sits under. */
function writeCanonical(value: unknown, out: Writer, sortedKeys: SortedKeys, at: string): void {
  if (typeof value === 'string') {
    out.string(value);
  } else if (value === null || typeof value !== 'object') {
    // A number, boolean or null; undefined, a function or a symbol is written as null.
    out.ascii(JSON.stringify(value) ?? 'null');
  } else if (Array.isArray(value)) {
    out.ascii('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.ascii(',');
      writeCanonical(value[i] ?? null, out, sortedKeys, at);
    }
    out.ascii(']');
  } else {
    const record = value as Record<string, unknown>;
    let separator = '{';
    for (const key of sortedKeys(record, at)) {
      const member = record[key];
      if (member === undefined) continue;
      out.ascii(separator);
      out.string(key);
      out.ascii(':');
      separator = ',';
      writeCanonical(member, out, sortedKeys, key);
    }
    out.ascii(separator === '{' ? '{}' : '}');
  }
}

/** The checksum's bytes are hashed in chunks of this size. */
const CHUNK = 1 << 16;

/**
 * Canonical JSON: object keys sorted, no whitespace, undefined members dropped (an undefined, a
 * function or a symbol elsewhere is null). Two definitions with the same content have the same
 * canonical text whatever their key order. The plain reference form, which results' fingerprints
 * write their metadata with: a catalogue's checksum hashes the same bytes without building the
 * text (checksumOf, streaming through writeCanonical; a property test holds the two equal).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((member) => canonicalJson(member ?? null)).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const record = value as Record<string, unknown>;
  const members = Object.keys(record).sort().filter((key) => record[key] !== undefined);
  return `{${members.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

const encoder = new TextEncoder();

/** A SHA-256 being fed: `update` reads its bytes before it returns (the buffer is reused). */
export interface Hashing {
  update(bytes: Uint8Array): unknown;
  digest(): string;
}

/**
 * Node's own SHA-256 when the runtime has one (`process.getBuiltinModule`, Node ≥ 20.16; the
 * package needs ≥ 20.19): about ten times faster than sha256.ts on the 20 MB of canonical JSON of
 * a catalogue of 100,000 indicators. Looked up at run time, not imported, so browser bundles
 * carry no Node module; there (and anywhere it is missing) sha256.ts hashes the same bytes.
 */
export function nodeSha256(): Hashing | undefined {
  try {
    const crypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as
      | { createHash(algorithm: 'sha256'): { update(bytes: Uint8Array): unknown; digest(encoding: 'hex'): string } }
      | undefined;
    const hash = crypto?.createHash('sha256');
    return hash && { update: (bytes) => hash.update(bytes), digest: () => hash.digest('hex') };
  } catch {
    return undefined;
  }
}

/** sha256.ts fed block by block: the other blocks are read where they are. */
export function ownSha256(): Hashing {
  let state: Sha256Midstate | undefined;
  return { update: (bytes) => (state = sha256Midstate(bytes, state)), digest: () => sha256Hex(new Uint8Array(0), state) };
}

/**
 * "sha256:<hex>" of the canonical JSON of a value: a catalogue's stable checksum. The JSON is
 * written as UTF-8 straight into a buffer that is hashed each time it fills, never held whole (a
 * catalogue of 100,000 indicators has 20 MB of it): ASCII byte by byte, and only a string that
 * JSON escapes or that is not ASCII goes through JSON.stringify and TextEncoder. The bytes are
 * those of `canonicalJson(value)`; the hash is Node's where there is one, else sha256.ts.
 * `hashing` is for tests, which hold the two equal.
 */
export function checksumOf(value: unknown, hashing: Hashing = nodeSha256() ?? ownSha256()): string {
  const bytes = new Uint8Array(CHUNK);
  let length = 0;
  const flush = (): void => {
    hashing.update(bytes.subarray(0, length));
    length = 0;
  };
  const encoded = (piece: Uint8Array): void => {
    if (length + piece.length > CHUNK) flush();
    if (piece.length > CHUNK) {
      hashing.update(piece);
      return;
    }
    bytes.set(piece, length);
    length += piece.length;
  };
  const writer: Writer = {
    ascii(text) {
      if (text.length > CHUNK) return encoded(encoder.encode(text));
      if (length + text.length > CHUNK) flush();
      let n = length;
      for (let i = 0; i < text.length; i++) bytes[n++] = text.charCodeAt(i);
      length = n;
    },
    string(member) {
      if (member.length + 2 <= CHUNK) {
        if (length + member.length + 2 > CHUNK) flush();
        let n = length;
        bytes[n++] = 0x22;
        let i = 0;
        for (; i < member.length; i++) {
          const unit = member.charCodeAt(i);
          // A control character, a quote or a backslash is escaped; other ASCII is written as is.
          if (unit < 0x20 || unit > 0x7f || unit === 0x22 || unit === 0x5c) break;
          bytes[n++] = unit;
        }
        if (i === member.length) {
          bytes[n++] = 0x22;
          length = n;
          return;
        }
      }
      encoded(encoder.encode(JSON.stringify(member)));
    },
  };
  writeCanonical(value, writer, keySorter(), '');
  flush();
  return `sha256:${hashing.digest()}`;
}

/** "sha256:<hex>" of a text's UTF-8 bytes. */
export function checksumText(text: string): string {
  return `sha256:${sha256Hex(encoder.encode(text))}`;
}
