import type { Language } from '../model/localized.js';
import type { CliIo } from './io.js';
import { FORMATS, formatFlag, GLOBAL_FLAGS, type Flag, type Flags, type Format, type Parsed } from './options.js';

/** A subcommand: the flags it accepts (its help lists exactly these) and what it does. */
export interface Command {
  readonly flags: Flags;
  readonly run: (io: CliIo, parsed: Parsed, lang: Language) => Promise<number>;
}

/** A command's flags: its own, then `--format` with exactly its formats, then the global ones. */
export function commandFlags(own: Flags, formats: readonly Format[] = FORMATS, fallback: Format = 'table'): Flags {
  const format: Record<string, Flag> = formats.length > 0 ? { format: formatFlag(formats, fallback) } : {};
  return { ...own, ...format, ...GLOBAL_FLAGS };
}
