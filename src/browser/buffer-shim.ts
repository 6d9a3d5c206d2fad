/**
 * The part of Node's `Buffer` that csv-parse uses, over `Uint8Array`, `TextEncoder` and
 * `TextDecoder`: injected in place of the global `Buffer` into the browser build of
 * `spbe-index/csv` (tsup.config.ts), instead of the general `buffer` polyfill (13 kB gzipped)
 * that csv-parse's own browser build carries. The reader gives csv-parse UTF-8 only, so UTF-8 is
 * the only encoding here; Node keeps using its real `Buffer`.
 */
const encoder = /* @__PURE__ */ new TextEncoder();
const decoder = /* @__PURE__ */ new TextDecoder();

/** Bytes with the instance methods csv-parse calls on a `Buffer`. */
class Bytes extends Uint8Array {
  /** `buf.compare(target, targetStart, targetEnd)`: this buffer against a slice of the target. */
  compare(target: Uint8Array, targetStart = 0, targetEnd = target.length): number {
    return compare(this, target.subarray(targetStart, targetEnd));
  }

  equals(other: Uint8Array | string): boolean {
    return compare(this, typeof other === 'string' ? encoder.encode(other) : other) === 0;
  }

  copy(target: Uint8Array, targetStart = 0, sourceStart = 0, sourceEnd = this.length): number {
    const part = this.subarray(sourceStart, Math.min(sourceEnd, sourceStart + target.length - targetStart));
    target.set(part, targetStart);
    return part.length;
  }

  /** A view, not a copy, as Node's `buf.slice`. */
  override slice(start?: number, end?: number): Bytes {
    return this.subarray(start, end) as Bytes;
  }

  override toString(): string {
    return decoder.decode(this);
  }
}

/** Byte order, as `Buffer.compare`: -1, 0 or 1. */
function compare(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number) ? -1 : 1;
  return Math.sign(a.length - b.length);
}

/** What csv-parse calls on the global `Buffer`. */
export const Buffer = {
  from(value: string | ArrayLike<number>): Bytes {
    const bytes = typeof value === 'string' ? encoder.encode(value) : value;
    const buffer = new Bytes(bytes.length);
    buffer.set(bytes);
    return buffer;
  },
  isBuffer: (value: unknown): value is Bytes => value instanceof Bytes,
  allocUnsafe: (size: number): Bytes => new Bytes(size),
  concat(list: readonly Uint8Array[]): Bytes {
    const buffer = new Bytes(list.reduce((length, part) => length + part.length, 0));
    let offset = 0;
    for (const part of list) {
      buffer.set(part, offset);
      offset += part.length;
    }
    return buffer;
  },
  compare,
};
