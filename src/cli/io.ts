/**
 * What the command touches outside itself, passed in so that tests run it in-process with
 * captured output and a fake stdin.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of stdin, refusing more than `limit` bytes. */
  readonly readStdin: (limit: number) => Promise<Uint8Array>;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /**
   * The files this run has read, as "device:inode", so that `--out` can refuse to overwrite an
   * input. `run` gives every command a fresh set.
   */
  readonly opened?: Set<string>;
}

/** Exit codes: documented in docs/cli.md. */
export const EXIT = Object.freeze({ ok: 0, issues: 1, usage: 2, internal: 3, belowBar: 4 });
