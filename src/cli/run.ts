import type { Language } from '../model/localized.js';
import { VERSION } from '../version.js';
import { compareCommand, explainCommand, planCommand, rollupCommand } from './commands/analysis.js';
import { catalogueCommand } from './commands/catalogue.js';
import { reportCommand } from './commands/report.js';
import { scoreCommand } from './commands/score.js';
import { InputIssues, UsageError } from './errors.js';
import { helpText } from './help.js';
import { EXIT, type CliIo } from './io.js';
import { languageOf } from './options.js';
import { issueLines, jsonText } from './output.js';
import { escapeControl } from '../report/terminal-text.js';

type Command = (io: CliIo, argv: readonly string[]) => Promise<number>;

/** The subcommands; one only appears here once the library function behind it has landed. */
const COMMANDS: Readonly<Record<string, Command>> = {
  score: scoreCommand,
  explain: explainCommand,
  compare: compareCommand,
  plan: planCommand,
  rollup: rollupCommand,
  report: reportCommand,
  catalogue: catalogueCommand,
};

/** Whether the caller asked for JSON, so that issues are printed as JSON too. */
function wantsJson(argv: readonly string[]): boolean {
  return argv.some((arg, i) => arg === '--format=json' || (arg === '--format' && argv[i + 1] === 'json'));
}

/** Global options that take a value, so that `spbe --lang en score x` finds "score" as the command. */
const VALUE_OPTIONS = new Set(['--lang', '--format', '--catalogue', '--out', '-o']);

/** The command is the first argument that is neither an option nor an option's value. */
function splitCommand(argv: readonly string[]): { command: string | undefined; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h' || arg === '--version' || arg === '-v') return { command: arg, rest: [] };
    if (VALUE_OPTIONS.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') continue;
    return { command: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { command: undefined, rest: [] };
}

function usage(io: CliIo, error: UsageError, lang: Language): number {
  io.stderr(`spbe: ${escapeControl(error.text[lang])}\n`);
  io.stderr(lang === 'id' ? 'Lihat "spbe --help".\n' : 'See "spbe --help".\n');
  return EXIT.usage;
}

/**
 * Runs the command with the given arguments and returns the exit code. Never throws: issues,
 * usage errors and unexpected failures each become one clear message and their exit code.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = languageOf(argv);
  const { command, rest } = splitCommand(argv);
  try {
    if (command === undefined) {
      io.stderr(helpText('main', lang));
      return EXIT.usage;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(helpText('main', lang));
      return EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    // Own keys only: "constructor" or "__proto__" must be unknown commands, not Object's members.
    const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (handler === undefined) {
      throw new UsageError({ id: `Perintah "${command}" tidak dikenal.`, en: `Unknown command "${command}".` });
    }
    return await handler(io, rest);
  } catch (error) {
    if (error instanceof InputIssues) {
      if (wantsJson(argv)) io.stdout(jsonText({ success: false, issues: error.issues }));
      else io.stderr(issueLines(error.issues, lang));
      // An `internal.*` issue is the library's fault, not the input's.
      return error.issues.some((issue) => issue.code.startsWith('internal.')) ? EXIT.internal : EXIT.issues;
    }
    if (error instanceof UsageError) return usage(io, error, lang);
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr(`spbe: ${lang === 'id' ? 'kesalahan internal' : 'internal error'}: ${escapeControl(detail ?? '')}\n`);
    return EXIT.internal;
  }
}
