/**
 * A number as a person types it in the page, as the library reads it: trimmed, with the
 * Indonesian decimal comma as the point ("2,5" → "2.5"). Whether it is a valid value is the
 * library's to say, with its own issue.
 */
export function typedDecimal(text: string): string {
  return text.trim().replace(',', '.');
}
