import { UNSAFE_CHARACTERS } from '../model/unsafe-characters.js';

/**
 * Text for a terminal: every unsafe character shown escaped ("\x1b", "\u202e") instead of sent
 * raw, so an agency name, note, id or issue message cannot drive the terminal. Idempotent: the
 * escapes are plain characters.
 */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, (char) => {
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
