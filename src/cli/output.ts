import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Issue } from '../model/issue.js';
import { escapeControl } from '../report/terminal-text.js';
import type { Language } from '../model/localized.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';

/** Writes the output to `--out` when given, else to stdout. */
export async function emit(io: CliIo, out: string | undefined, text: string): Promise<void> {
  if (out === undefined || out === '-') {
    io.stdout(text);
    return;
  }
  try {
    await writeFile(resolve(io.cwd, out), text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError({ id: `Tidak dapat menulis ${out} (${code}).`, en: `Cannot write ${out} (${code}).` });
  }
}

/** An issue path as one dotted string ("levels.12", "row.5.tingkat"), or "(input)" for the root. */
export function pathText(issue: Issue): string {
  return issue.path.length === 0 ? '(input)' : issue.path.map(String).join('.');
}

/** One line per issue: `path: message`, in the chosen language. */
export function issueLines(issues: readonly Issue[], lang: Language): string {
  // Escaped: an id or a message quoting the input must not send control characters to the terminal.
  return issues.map((issue) => escapeControl(`${pathText(issue)}: ${issue.message[lang]}`) + '\n').join('');
}

/** Pretty JSON with a final newline: what `--format json` prints. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
