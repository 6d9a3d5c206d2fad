import { sha256 } from '@noble/hashes/sha2.js';

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
 * left to @noble/hashes (audited, dependency-free, works in browsers and Node alike).
 */
export function checksumOf(value: unknown): string {
  return checksumText(canonicalJson(value));
}

/** "sha256:<hex>" of a text's UTF-8 bytes. */
export function checksumText(text: string): string {
  let hex = 'sha256:';
  for (const byte of sha256(new TextEncoder().encode(text))) hex += (byte < 16 ? '0' : '') + byte.toString(16);
  return hex;
}
