import { escapeControl } from '../report/terminal-text.js';
import { EXIT } from './io.js';
import { readStdinLimited } from './read-input.js';
import { run } from './run.js';

/** Writes one line to stderr, or nothing when even stderr is gone. */
function say(text: string): void {
  try {
    process.stderr.write(text);
  } catch {
    // Nowhere left to report to: the exit code still says it.
  }
}

/** The one-line text of anything thrown, even an error whose message getter throws. */
function lineOf(error: unknown): string {
  try {
    return escapeControl(String(error instanceof Error ? error.message : error).split('\n')[0] as string);
  } catch {
    return 'unknown error';
  }
}

// A closed pipe (`spbe score ... | head`) is the reader's choice, not an error worth a stack trace;
// any other output failure (a full disk) is one line and exit code 3.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  say(`spbe: ${lineOf(error)}\n`);
  process.exit(EXIT.internal);
});
process.stderr.on('error', () => process.exit(EXIT.internal));
// The last resort: nothing escapes as a stack trace, whatever goes wrong outside `run`.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    say(`spbe: internal error: ${lineOf(error)}\n`);
    process.exit(EXIT.internal);
  });
}

/** The `spbe` executable: real process I/O around `run`. */
const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: readStdinLimited,
  cwd: process.cwd(),
});
process.exitCode = code;
