import { capIssues, closestName } from '../model/issue.js';
import type { Language } from '../model/localized.js';
import { VERSION } from '../version.js';
import { compareCommand, explainCommand, leverageCommand, marginCommand } from './commands/analysis.js';
import { catalogueCommand } from './commands/catalogue.js';
import { cityPlanCommand } from './commands/city-plan.js';
import { frontierCommand, planCommand } from './commands/plan.js';
import { reportCommand } from './commands/report.js';
import { restateCommand } from './commands/restate.js';
import { rollupCommand } from './commands/rollup.js';
import { scoreCommand } from './commands/score.js';
import { templateCommand } from './commands/template.js';
import { verifyCommand } from './commands/verify.js';
import { workbenchCommand } from './commands/workbench.js';
import type { Command } from './command.js';
import { InputIssues, UsageError } from './errors.js';
import { helpText, mainHelp } from './help.js';
import { EXIT, type CliIo } from './io.js';
import { language, languageOf, parseFlags } from './options.js';
import { issueLines, jsonText } from './output.js';
import { cliIssue } from './wording.js';
import { escapeControl, escapeTerminal } from '../report/terminal-text.js';

/** The subcommands by name; each Command carries its flags (its help is built from them) and its run. */
const COMMANDS: Readonly<Record<string, Command>> = {
  score: scoreCommand,
  explain: explainCommand,
  compare: compareCommand,
  plan: planCommand,
  frontier: frontierCommand,
  margin: marginCommand,
  leverage: leverageCommand,
  verify: verifyCommand,
  restate: restateCommand,
  rollup: rollupCommand,
  'city-plan': cityPlanCommand,
  template: templateCommand,
  report: reportCommand,
  catalogue: catalogueCommand,
  workbench: workbenchCommand,
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

function unknownCommand(command: string): UsageError {
  const guess = closestName(command, Object.keys(COMMANDS));
  return new UsageError({
    id: `Perintah "${command}" tidak dikenal.${guess === undefined ? '' : ` Maksud Anda ${guess}?`}`,
    en: `Unknown command "${command}".${guess === undefined ? '' : ` Did you mean ${guess}?`}`,
  });
}

async function dispatch(io: CliIo, argv: readonly string[], lang: Language): Promise<number> {
  const { command, rest } = splitCommand(argv);
  if (command === undefined) {
    io.stderr(mainHelp(lang));
    return EXIT.usage;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(mainHelp(lang));
    return EXIT.ok;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  // Own keys only: "constructor" or "__proto__" must be unknown commands, not Object's members.
  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (handler === undefined) throw unknownCommand(command);
  // --help wins over any other mistake on the line, so that help is always reachable.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(helpText(command, lang, handler.flags));
    return EXIT.ok;
  }
  const parsed = parseFlags(rest, handler.flags);
  // Every file this run reads is recorded, so that --out never overwrites one.
  return handler.run({ ...io, opened: new Set() }, parsed, language(parsed.values));
}

/** The last resort: one line, whatever was thrown, even an error whose message getter throws. */
function describe(error: unknown): string {
  try {
    const message = error instanceof Error ? error.message : String(error);
    return String(message).split('\n')[0] as string;
  } catch {
    return 'unknown error';
  }
}

function report(io: CliIo, error: unknown, argv: readonly string[], lang: Language): number {
  if (error instanceof InputIssues) {
    const issues = capIssues(error.issues).map(cliIssue);
    if (wantsJson(argv)) io.stdout(jsonText({ success: false, issues }));
    else io.stderr(issueLines(issues, lang));
    // An `internal.*` issue is the library's fault, not the input's.
    return issues.some((issue) => issue.code.startsWith('internal.')) ? EXIT.internal : error.exitCode;
  }
  if (error instanceof UsageError) {
    io.stderr(`spbe: ${escapeControl(error.text[lang])}\n`);
    io.stderr(lang === 'id' ? 'Lihat "spbe --help".\n' : 'See "spbe --help".\n');
    return EXIT.usage;
  }
  io.stderr(`spbe: ${lang === 'id' ? 'kesalahan internal' : 'internal error'}: ${escapeControl(describe(error))}\n`);
  return EXIT.internal;
}

/**
 * Runs the command with the given arguments and returns the exit code. Never throws: issues,
 * usage errors and unexpected failures each become one clear message and their exit code; if
 * even writing that message fails (a closed stderr), the exit code still comes back.
 */
export async function run(argv: readonly string[], given: CliIo): Promise<number> {
  const lang = languageOf(argv);
  // Every stderr line is escaped here, whichever command wrote it: a name, note, id or message
  // quoting the input never sends control characters to the terminal. (One-line messages also
  // escape their own line breaks, so that an input cannot forge a second line.)
  const io: CliIo = { ...given, stderr: (text) => given.stderr(escapeTerminal(text)) };
  try {
    return await dispatch(io, argv, lang);
  } catch (error) {
    try {
      return report(io, error, argv, lang);
    } catch {
      return EXIT.internal;
    }
  }
}
