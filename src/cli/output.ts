import { randomBytes } from 'node:crypto';
import { chmod, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Issue } from '../model/issue.js';
import { escapeControl } from '../report/terminal-text.js';
import type { Language } from '../model/localized.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';

function cannotWrite(out: string, code: string): UsageError {
  return new UsageError({ id: `Tidak dapat menulis ${out} (${code}).`, en: `Cannot write ${out} (${code}).` });
}

/**
 * Writes the output to `--out` when given, else to stdout. A file is never one of the run's
 * inputs (`spbe score a.csv --format csv -o a.csv` would destroy the assessment), and it is
 * written atomically: to a temporary file beside it, then renamed over it, so that a failed run
 * leaves the old file whole.
 */
export async function emit(io: CliIo, out: string | undefined, text: string | Uint8Array): Promise<void> {
  if (out === undefined || out === '-') {
    // Binary output (a workbook) always has a file: its commands refuse stdout first.
    io.stdout(typeof text === 'string' ? text : new TextDecoder().decode(text));
    return;
  }
  const target = resolve(io.cwd, out);
  const existing = await stat(target).catch(() => undefined);
  if (existing !== undefined && io.opened?.has(`${existing.dev}:${existing.ino}`)) {
    throw new UsageError({
      id: `--out ${out} adalah salah satu berkas masukan; pilih berkas lain agar masukan tidak tertimpa.`,
      en: `--out ${out} is one of the input files; choose another file so that the input is not overwritten.`,
    });
  }
  if (existing?.isDirectory() === true) throw cannotWrite(out, 'EISDIR');
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, typeof text === 'string' ? { encoding: 'utf8', flag: 'wx' } : { flag: 'wx' });
    // The replaced file keeps its permissions.
    if (existing !== undefined) await chmod(temporary, existing.mode & 0o7777);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw cannotWrite(out, (error as NodeJS.ErrnoException).code ?? 'error');
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

export { jsonText } from './result-output.js';
