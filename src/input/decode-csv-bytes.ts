import { makeIssue, type Issue } from '../model/issue.js';

/** What {@link toUtf8Bytes} made of the input: UTF-8 bytes without a byte-order mark. */
export interface Utf8Input {
  readonly bytes: Uint8Array;
  /** Set when the bytes were not UTF-8 and were read as Windows-1252 instead. */
  readonly warning?: Issue;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Validation runs over slices, so checking a large file never holds a second copy of it. */
const CHUNK = 1 << 16;

function withoutBom(bytes: Uint8Array): Uint8Array {
  return UTF8_BOM.every((byte, i) => bytes[i] === byte) ? bytes.subarray(3) : bytes;
}

/**
 * Windows-1252 code points of the bytes 0x80–0x9F (the five unassigned ones stay as they are, as
 * the WHATWG Encoding Standard says); every other byte is its own code point. Decoded here rather
 * than by `TextDecoder('windows-1252')`, which some runtimes (Node before 23) treat as Latin-1.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // 8,192 code points per call: well under every engine's limit on spread arguments.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) => (byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] as number) : byte));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Whether the bytes are valid UTF-8, decoded slice by slice and the text thrown away. */
function isUtf8(bytes: Uint8Array): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let start = 0; start < bytes.length; start += CHUNK) decoder.decode(bytes.subarray(start, start + CHUNK), { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * The input as UTF-8 bytes for the parser. Text is encoded; bytes that are valid UTF-8 are used
 * as they are; any other bytes are read as Windows-1252 (what Excel's plain "CSV" save writes),
 * with a warning that says so, rather than letting invalid sequences become U+FFFD.
 */
export function toUtf8Bytes(input: string | Uint8Array | ArrayBuffer): Utf8Input {
  if (typeof input === 'string') return { bytes: withoutBom(new TextEncoder().encode(input)) };
  const raw = input instanceof Uint8Array ? input : new Uint8Array(input);
  // A UTF-16 byte-order mark (Excel's "Unicode text"): decoded by it, not guessed as Windows-1252.
  if (raw[0] === 0xff && raw[1] === 0xfe) return { bytes: new TextEncoder().encode(new TextDecoder('utf-16le').decode(raw)) };
  if (raw[0] === 0xfe && raw[1] === 0xff) return { bytes: new TextEncoder().encode(new TextDecoder('utf-16be').decode(raw)) };
  const bytes = withoutBom(raw);
  if (isUtf8(bytes)) return { bytes };
  const text = decodeWindows1252(bytes);
  return {
    bytes: new TextEncoder().encode(text),
    warning: makeIssue('csv.encoding_windows_1252', [], {
      id: 'Berkas CSV bukan UTF-8 dan dibaca sebagai Windows-1252 (simpanan "CSV" biasa dari Excel). Periksa huruf beraksen, atau simpan sebagai "CSV UTF-8".',
      en: 'The CSV file is not UTF-8 and was read as Windows-1252 (Excel\'s plain "CSV" save). Check accented letters, or save it as "CSV UTF-8".',
    }),
  };
}
