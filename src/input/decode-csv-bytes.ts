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
  const text = new TextDecoder('windows-1252').decode(bytes);
  return {
    bytes: new TextEncoder().encode(text),
    warning: makeIssue('csv.encoding_windows_1252', [], {
      id: 'Berkas CSV bukan UTF-8 dan dibaca sebagai Windows-1252 (simpanan "CSV" biasa dari Excel). Periksa huruf beraksen, atau simpan sebagai "CSV UTF-8".',
      en: 'The CSV file is not UTF-8 and was read as Windows-1252 (Excel\'s plain "CSV" save). Check accented letters, or save it as "CSV UTF-8".',
    }),
  };
}

/** The first line of the bytes as text, for choosing the separator. */
export function headerLine(bytes: Uint8Array): string {
  const end = bytes.indexOf(0x0a);
  return new TextDecoder().decode(end < 0 ? bytes : bytes.subarray(0, end));
}
