import { resolve } from 'node:path';
import { run } from '../../src/cli/run.js';

/** Runs the command in-process with captured output, a given stdin and the repo as cwd. */
export async function cli(args: readonly string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async (limit) => {
      const bytes = new TextEncoder().encode(stdin);
      if (bytes.length > limit) throw new Error('stdin over the limit');
      return bytes;
    },
    cwd: resolve(import.meta.dirname, '..', '..'),
  });
  return { code, stdout, stderr };
}
