import { escapeControl } from './terminal-text.js';

/**
 * Plain-text column layout for terminal tables. Widths count code points, which is right for
 * the Latin text of SPBE labels; one flexible column absorbs what is left of the line width.
 */

export interface Column {
  readonly header: string;
  readonly align: 'left' | 'right';
  /** The column that shrinks (with an ellipsis) so the table fits the width. */
  readonly flex?: boolean;
}

function width(text: string): number {
  return [...text].length;
}

/** Cuts text to `max` code points, ending in "…" when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return max <= 1 ? chars.slice(0, max).join('') : `${chars.slice(0, max - 1).join('')}…`;
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** Wraps text at spaces so that no line is longer than `max` (a longer single word stays whole). */
export function wrap(text: string, max = 80, indent = '  '): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (width(candidate) > max && line !== '') {
      lines.push(line);
      line = `${indent}${word}`;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  return lines;
}

/** Lays out rows under headers, two spaces between columns, no line longer than `maxWidth`. */
export function layoutTable(columns: readonly Column[], cells: readonly (readonly string[])[], maxWidth = 80): string[] {
  const gap = 2;
  // Escaped before measuring, so a control character in a name neither reaches the terminal nor skews the columns.
  const rows = cells.map((row) => row.map(escapeControl));
  const widths = columns.map((column, c) =>
    Math.max(width(column.header), ...rows.map((row) => width(row[c] ?? ''))),
  );
  const flex = columns.findIndex((column) => column.flex === true);
  if (flex >= 0) {
    const fixed = widths.reduce((sum, w, c) => (c === flex ? sum : sum + w), 0) + gap * (columns.length - 1);
    widths[flex] = Math.max(8, Math.min(widths[flex] as number, maxWidth - fixed));
  }
  const line = (cells: readonly string[]): string =>
    columns
      .map((column, c) => pad(truncate(cells[c] ?? '', widths[c] as number), widths[c] as number, column.align))
      .join(' '.repeat(gap))
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join(' '.repeat(gap));
  return [line(columns.map((column) => column.header)), rule, ...rows.map(line)];
}
