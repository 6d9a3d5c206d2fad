/**
 * Escapes text for a Markdown table cell or line: backslashes, markup characters and pipes get a
 * backslash, and line breaks become spaces (a break would end the row).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/gu, '\\$1').replace(/\r\n|\r|\n/gu, ' ');
}

/**
 * Text as a Markdown code span that it cannot break out of: fenced by one backtick more than its
 * longest run of backticks, padded with a space where it starts or ends with one, line breaks as
 * spaces, and pipes escaped (GFM ends a table cell at a pipe even inside a code span).
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/gu, ' ').replace(/\|/gu, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/gu) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
