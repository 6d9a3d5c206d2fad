/**
 * Control characters (C0, DEL, C1), line and paragraph separators and the bidirectional
 * overrides and isolates: what could move a terminal's cursor, recolour it, end a line where a
 * reader does not expect one or reorder the text around it (a "Trojan source" name).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text for a terminal: every unsafe character shown escaped ("\x1b", "\u202e") instead of sent
 * raw, so an agency name, note, id or issue message cannot drive the terminal. Idempotent: the
 * escapes are plain characters.
 */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Text of several lines for a terminal: every line through {@link escapeControl}, the line
 * breaks between them kept. What the CLI writes to stderr and its own table text pass through
 * this, so no writer can forget it.
 */
export function escapeTerminal(text: string): string {
  return text.split('\n').map(escapeControl).join('\n');
}
