import { readStdinLimited } from './read-input.js';
import { run } from './run.js';

/** The `spbe` executable: real process I/O around `run`. */
const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: readStdinLimited,
  cwd: process.cwd(),
});
process.exitCode = code;
