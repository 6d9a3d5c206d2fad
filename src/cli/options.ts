import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Language } from '../model/localized.js';
import { UsageError } from './errors.js';

/** Output formats of the command. */
export const FORMATS = ['table', 'json', 'csv', 'md', 'html'] as const;
export type Format = (typeof FORMATS)[number];

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Options every subcommand accepts. */
export const GLOBAL_OPTIONS = {
  catalogue: { type: 'string' },
  lang: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

/** The language asked for, read before full parsing so that usage errors speak it too. */
export function languageOf(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'id') return value;
  }
  return 'id';
}

export interface Parsed {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

/** `parseArgs` in strict mode; its errors become usage errors (exit code 2). */
export function parseCommand(argv: readonly string[], options: OptionSpec): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...GLOBAL_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Parsed['values'], positionals };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError({ id: `Argumen tidak valid: ${detail}`, en: `Invalid arguments: ${detail}` });
  }
}

export function stringOption(values: Parsed['values'], name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** An option whose value must be one of a fixed list. */
export function choice<T extends string>(values: Parsed['values'], name: string, allowed: readonly T[], fallback: T): T {
  const value = stringOption(values, name);
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError({
    id: `Nilai --${name} "${value}" tidak valid; pilihan: ${allowed.join(', ')}.`,
    en: `Invalid --${name} "${value}"; choose one of: ${allowed.join(', ')}.`,
  });
}

export function language(values: Parsed['values']): Language {
  return choice(values, 'lang', ['id', 'en'], 'id');
}

/** Checks the number of positional arguments after the subcommand. */
export function positionals(parsed: Parsed, min: number, max: number, usage: string): string[] {
  const count = parsed.positionals.length;
  if (count < min || count > max) {
    throw new UsageError({
      id: `Jumlah argumen salah. Penggunaan: ${usage}`,
      en: `Wrong number of arguments. Usage: ${usage}`,
    });
  }
  return parsed.positionals;
}
