/**
 * The `Buffer` csv-stringify reads, for the library builds that bundle it (tsup.config.ts): it
 * makes its byte-order mark with `Buffer.from` when it loads, and asks `Buffer.isBuffer` of
 * options given as bytes. The library never asks it for a BOM nor passes bytes, so plain
 * `Uint8Array`s do, and the renderers run in browsers, which have no `Buffer`.
 */
export const Buffer = {
  from: (bytes: ArrayLike<number>): Uint8Array => Uint8Array.from(bytes),
  isBuffer: (value: unknown): boolean => value instanceof Uint8Array,
};
