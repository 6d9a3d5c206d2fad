/**
 * Control characters (C0, DEL, C1), line and paragraph separators and the bidirectional
 * overrides and isolates: what could move a terminal's cursor, recolour it, end a line where a
 * reader does not expect one or reorder the text around it (a "Trojan source" name). The
 * terminal writer escapes them; catalogue ids may not contain them at all.
 */
// eslint-disable-next-line no-control-regex
export const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** The first unsafe character of `text`, or undefined when it has none. */
export function firstUnsafeCharacter(text: string): string | undefined {
  UNSAFE_CHARACTERS.lastIndex = 0;
  const found = UNSAFE_CHARACTERS.exec(text)?.[0];
  UNSAFE_CHARACTERS.lastIndex = 0;
  return found;
}
