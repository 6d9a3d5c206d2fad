import { readStdinLimited } from './read-input.js';
import { run } from './run.js';

// A closed pipe (`spbe score ... | head`) is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`spbe: ${error.message}\n`);
  process.exit(3);
});

/** The `spbe` executable: real process I/O around `run`. */
const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: readStdinLimited,
  cwd: process.cwd(),
});
process.exitCode = code;
