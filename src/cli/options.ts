import { closestName } from '../model/issue.js';
import type { Language, Localized } from '../model/localized.js';
import { UsageError } from './errors.js';

/** Output formats of the command. */
export const FORMATS = ['table', 'json', 'csv', 'md', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** One flag a command accepts: how it is parsed, and its line in the command's help. */
export interface Flag {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** May be given more than once; the values are collected in order. */
  readonly multiple?: boolean;
  /** The values a string flag allows, checked while parsing (the help lists them). */
  readonly choices?: readonly string[];
  /** The value's placeholder in the help when there are no choices: `<file>`. */
  readonly value?: Localized;
  readonly help: Localized;
}

export type Flags = Readonly<Record<string, Flag>>;

/** The output format flag of a command: exactly the formats that command writes. */
export function formatFlag(formats: readonly Format[], fallback: Format): Flag {
  return {
    type: 'string',
    choices: formats,
    help: { id: `format keluaran (bawaan: ${fallback})`, en: `output format (default: ${fallback})` },
  };
}

/** Flags every command accepts (each command adds its `--format`). */
export const GLOBAL_FLAGS = {
  catalogue: {
    type: 'string',
    value: { id: '<id|berkas.json>', en: '<id|file.json>' },
    help: {
      id: 'katalog; tanpa opsi ini: "catalogue" penilaian, lalu katalog tahunnya ("year"), lalu permenpanrb-8-2026',
      en: 'catalogue; without it: the assessment\'s "catalogue", else the one for its "year", else permenpanrb-8-2026',
    },
  },
  lang: { type: 'string', choices: ['id', 'en'], help: { id: 'bahasa label, pesan, dan angka (bawaan: id)', en: 'language of labels, messages and numbers (default: id)' } },
  out: {
    type: 'string',
    short: 'o',
    value: { id: '<berkas>', en: '<file>' },
    help: { id: 'tulis keluaran ke berkas, bukan ke stdout', en: 'write the output to a file instead of stdout' },
  },
  help: { type: 'boolean', short: 'h', help: { id: 'bantuan ini', en: 'this help' } },
} as const satisfies Flags;

/** The language asked for, read before full parsing so that usage errors speak it too. */
export function languageOf(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'id') return value;
  }
  return 'id';
}

export type FlagValue = string | boolean | readonly string[] | undefined;

export interface Parsed {
  readonly values: Readonly<Record<string, FlagValue>>;
  readonly positionals: readonly string[];
}

function unknownFlag(arg: string, flags: Flags): UsageError {
  const name = arg.split('=')[0] as string;
  // A one-letter flag is too short to guess from.
  const guess = name.startsWith('--') ? closestName(name, Object.keys(flags).map((key) => `--${key}`)) : undefined;
  return new UsageError({
    id: `Opsi ${name} tidak dikenal untuk perintah ini.${guess === undefined ? '' : ` Maksud Anda ${guess}?`}`,
    en: `Unknown option ${name} for this command.${guess === undefined ? '' : ` Did you mean ${guess}?`}`,
  });
}

function checkChoice(name: string, flag: Flag, value: string): void {
  if (flag.choices === undefined || flag.choices.includes(value)) return;
  const guess = closestName(value, flag.choices);
  const hint = guess === undefined ? '' : { id: ` Maksud Anda ${guess}?`, en: ` Did you mean ${guess}?` };
  throw new UsageError({
    id: `Nilai --${name} "${value}" tidak valid; pilihan: ${flag.choices.join(', ')}.${hint === '' ? '' : hint.id}`,
    en: `Invalid --${name} "${value}"; choose one of: ${flag.choices.join(', ')}.${hint === '' ? '' : hint.en}`,
  });
}

/**
 * Parses a command's arguments against its flags: `--name value`, `--name=value`, `-o value`,
 * `--` ends the flags, `-` alone is a positional (stdin). Every mistake is a usage error in the
 * tool's own words, naming the flag: an unknown flag (with a "did you mean"), a missing value,
 * a value given to a switch, a value outside the flag's choices, a flag given twice.
 */
export function parseFlags(argv: readonly string[], flags: Flags): Parsed {
  const values: Record<string, FlagValue> = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(flags).flatMap(([name, flag]) => (flag.short === undefined ? [] : [[flag.short, name] as const])));
  const set = (name: string, flag: Flag, value: string | boolean): void => {
    if (typeof value === 'string') checkChoice(name, flag, value);
    const previous = values[name];
    if (flag.multiple === true) {
      values[name] = [...((previous as readonly string[] | undefined) ?? []), value as string];
    } else if (previous !== undefined) {
      throw new UsageError({ id: `Opsi --${name} diberikan lebih dari sekali: berikan sekali saja.`, en: `The option --${name} was given more than once: give it once.` });
    } else {
      values[name] = value;
    }
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else {
      const long = byShort.get(arg[1] as string);
      if (long === undefined) throw unknownFlag(arg, flags);
      name = long;
      inline = arg.length > 2 ? arg.slice(2) : undefined;
    }
    const flag = Object.hasOwn(flags, name) ? flags[name] : undefined;
    if (flag === undefined) throw unknownFlag(arg, flags);
    if (flag.type === 'boolean') {
      if (inline !== undefined) {
        throw new UsageError({ id: `Opsi --${name} tidak menerima nilai ("${inline}").`, en: `The option --${name} takes no value ("${inline}").` });
      }
      set(name, flag, true);
      continue;
    }
    if (inline !== undefined) {
      set(name, flag, inline);
      continue;
    }
    const next = argv[i + 1];
    // A following flag is not a value: `--out --lang en` forgot the file name.
    if (next === undefined || (next.startsWith('-') && next !== '-')) {
      throw new UsageError({ id: `Opsi --${name} membutuhkan nilai.`, en: `The option --${name} needs a value.` });
    }
    set(name, flag, next);
    i++;
  }
  return { values, positionals };
}

export function stringOption(values: Parsed['values'], name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** The values of a repeatable flag, in the order given. */
export function listOption(values: Parsed['values'], name: string): readonly string[] {
  const value = values[name];
  return Array.isArray(value) ? (value as readonly string[]) : [];
}

/** A flag whose allowed values `parseFlags` has already checked. */
export function choice<T extends string>(values: Parsed['values'], name: string, fallback: T): T {
  return (stringOption(values, name) as T | undefined) ?? fallback;
}

export function language(values: Parsed['values']): Language {
  return choice<Language>(values, 'lang', 'id');
}

/** Checks the number of positional arguments after the subcommand. */
export function positionals(parsed: Parsed, min: number, max: number, usage: string): readonly string[] {
  const count = parsed.positionals.length;
  if (count < min || count > max) {
    throw new UsageError({
      id: `Jumlah argumen salah. Penggunaan: ${usage}`,
      en: `Wrong number of arguments. Usage: ${usage}`,
    });
  }
  return parsed.positionals;
}
