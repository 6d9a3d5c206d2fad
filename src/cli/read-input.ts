import { open, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { makeIssue } from '../model/issue.js';
import { InputIssues, UsageError } from './errors.js';
import type { CliIo } from './io.js';

/** Largest input file the command reads: far above any real assessment, far below trouble. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export function tooLarge(name: string, limit: number): InputIssues {
  const mb = limit / (1024 * 1024);
  return new InputIssues([
    makeIssue('input.too_large', [name], {
      id: `Berkas ${name} lebih besar dari batas ${mb} MB dan tidak dibaca.`,
      en: `The file ${name} is larger than the ${mb} MB limit and was not read.`,
    }),
  ]);
}

/** Names that mean standard input: `-`, and `/dev/stdin` read the same way. */
export function isStdin(name: string): boolean {
  return name === '-' || name === '/dev/stdin';
}

/**
 * Reads an open handle to its end, refusing more than `limit` bytes. A regular file is read at
 * its size (checked first); a pipe or a device (`<(...)`, `/dev/fd/3`) has no size and is read
 * in chunks until it ends or passes the limit.
 */
async function readHandle(handle: FileHandle, name: string, limit: number, size: number | undefined): Promise<Uint8Array> {
  if (size !== undefined && size > limit) throw tooLarge(name, limit);
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(size === undefined ? 64 * 1024 : Math.min(size, limit) + 1);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > limit) throw tooLarge(name, limit);
    chunks.push(chunk.subarray(0, bytesRead));
  }
  return Buffer.concat(chunks, total);
}

/** Reads a file (or stdin) as UTF-8 text; see {@link readInputBytes}. */
export async function readInput(io: CliIo, name: string, limit = MAX_INPUT_BYTES): Promise<string> {
  return new TextDecoder('utf-8').decode(await readInputBytes(io, name, limit));
}

/**
 * Reads a file (or stdin for "-" and "/dev/stdin") as bytes, refusing files over the limit
 * before reading them: the size is checked on the open handle, and reading stops at the limit in
 * any case. Bytes, so that a CSV reader can tell UTF-8 from Windows-1252 instead of receiving
 * U+FFFD. Each file read is recorded in `io.opened`.
 */
export async function readInputBytes(io: CliIo, name: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  if (isStdin(name)) return io.readStdin(limit);
  let handle;
  try {
    handle = await open(resolve(io.cwd, name), 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError({
      id: `Berkas ${name} tidak dapat dibuka (${code}).`,
      en: `Cannot open the file ${name} (${code}).`,
    });
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      throw new UsageError({ id: `${name} adalah direktori, bukan berkas.`, en: `${name} is a directory, not a file.` });
    }
    io.opened?.add(`${stat.dev}:${stat.ino}`);
    return await readHandle(handle, name, limit, stat.isFile() ? stat.size : undefined);
  } finally {
    await handle.close();
  }
}

/** Reads stdin up to the limit; used by the real command. */
export async function readStdinLimited(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const data = chunk as Buffer;
    total += data.length;
    if (total > limit) throw tooLarge('stdin', limit);
    chunks.push(data);
  }
  return Buffer.concat(chunks);
}
