import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { safeCompare } from '../../analysis/compare.js';
import { safeExplain } from '../../analysis/explain.js';
import { safePlan } from '../../analysis/plan/plan.js';
import { renderExplanation } from '../../analysis/render-explanation.js';
import { safeRollup } from '../../analysis/rollup/rollup.js';
import type { Assessment } from '../../model/assessment.js';
import type { Issue } from '../../model/issue.js';
import { renderComparisonMarkdown, renderComparisonTable } from '../../report/comparison-text.js';
import { renderPlanMarkdown, renderPlanTable } from '../../report/plan-text.js';
import { renderRollupTable } from '../../report/rollup-text.js';
import { resolveCatalogue } from '../catalogues.js';
import { InputIssues, UsageError } from '../errors.js';
import { helpText } from '../help.js';
import type { CliIo } from '../io.js';
import { loadAssessment } from '../load-assessment.js';
import { choice, FORMATS, language, parseCommand, positionals, stringOption, type Parsed } from '../options.js';
import { emit, jsonText } from '../output.js';
import { loadCosts, parseTargets } from '../plan-input.js';
import { renderResult, SCORING_OPTIONS, scoreFile, scoreOptions } from './score.js';

/** Parses a subcommand's arguments; returns undefined after printing help for --help. */
function start(io: CliIo, argv: readonly string[], command: string, options: Parameters<typeof parseCommand>[1]): Parsed | undefined {
  const parsed = parseCommand(argv, options);
  if (parsed.values['help'] === true) {
    io.stdout(helpText(command, language(parsed.values)));
    return undefined;
  }
  return parsed;
}

function unwrapOr<T>(outcome: { success: true; output: T } | { success: false; issues: readonly Issue[] }): T {
  if (!outcome.success) throw new InputIssues(outcome.issues);
  return outcome.output;
}

/** `spbe explain <file>`: how every value of the result is derived. */
export async function explainCommand(io: CliIo, argv: readonly string[]): Promise<number> {
  const parsed = start(io, argv, 'explain', SCORING_OPTIONS);
  if (!parsed) return 0;
  const lang = language(parsed.values);
  const [file] = positionals(parsed, 1, 1, 'spbe explain <file>');
  const format = choice(parsed.values, 'format', ['table', 'md', 'json'], 'table');
  const catalogue = await resolveCatalogue(io, stringOption(parsed.values, 'catalogue'));
  const result = await scoreFile(io, catalogue, file as string, scoreOptions(parsed.values), lang);
  const explanation = unwrapOr(safeExplain(result, catalogue));
  const text = format === 'json' ? jsonText(explanation) : renderExplanation(explanation, { lang, format: format === 'md' ? 'markdown' : 'text' });
  await emit(io, stringOption(parsed.values, 'out'), text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}

/** `spbe compare <before> <after>`: changes, predikat changes and exact attribution. */
export async function compareCommand(io: CliIo, argv: readonly string[]): Promise<number> {
  const parsed = start(io, argv, 'compare', {
    ...SCORING_OPTIONS,
    'self-assessment': { type: 'boolean' },
  });
  if (!parsed) return 0;
  const lang = language(parsed.values);
  const [before, after] = positionals(parsed, 2, 2, 'spbe compare <before> <after>');
  const format = choice(parsed.values, 'format', ['table', 'md', 'json'], 'table');
  const options = scoreOptions(parsed.values);
  const catalogue = await resolveCatalogue(io, stringOption(parsed.values, 'catalogue'));
  const first = await scoreFile(io, catalogue, before as string, options, lang);
  const second = await scoreFile(io, catalogue, after as string, options, lang);
  const comparison = unwrapOr(safeCompare(first, second, parsed.values['self-assessment'] === true ? { mode: 'self-assessment' } : {}));
  const text =
    format === 'json'
      ? jsonText(comparison)
      : format === 'md'
        ? renderComparisonMarkdown(comparison, { lang })
        : renderComparisonTable(comparison, { lang });
  await emit(io, stringOption(parsed.values, 'out'), text);
  return 0;
}

/** `spbe plan <file> --target ...`: the cheapest set of level raises that reaches the target. */
export async function planCommand(io: CliIo, argv: readonly string[]): Promise<number> {
  const parsed = start(io, argv, 'plan', {
    ...SCORING_OPTIONS,
    target: { type: 'string', multiple: true },
    costs: { type: 'string' },
  });
  if (!parsed) return 0;
  const lang = language(parsed.values);
  const [file] = positionals(parsed, 1, 1, 'spbe plan <file> --target 3.5|sangat-baik|D3=2.6 [--costs costs.json]');
  const targets = (parsed.values['target'] as unknown as string[] | undefined) ?? [];
  if (targets.length === 0) {
    throw new UsageError({
      id: 'spbe plan membutuhkan --target (mis. --target 3.5, --target sangat-baik, --target D3=2.6).',
      en: 'spbe plan needs --target (e.g. --target 3.5, --target sangat-baik, --target D3=2.6).',
    });
  }
  const format = choice(parsed.values, 'format', ['table', 'md', 'json'], 'table');
  const target = parseTargets(targets);
  const catalogue = await resolveCatalogue(io, stringOption(parsed.values, 'catalogue'));
  const result = await scoreFile(io, catalogue, file as string, scoreOptions(parsed.values), lang);
  const costs = await loadCosts(io, stringOption(parsed.values, 'costs'));
  const planned = unwrapOr(safePlan(catalogue, result, target, costs));
  const text = format === 'json' ? jsonText(planned) : format === 'md' ? renderPlanMarkdown(planned, { lang }) : renderPlanTable(planned, { lang });
  await emit(io, stringOption(parsed.values, 'out'), text);
  return 0;
}

const UNIT_EXTENSIONS = new Set(['.json', '.csv']);

/** The unit files: every .json/.csv file of each directory (sorted by name), and files as given. */
async function unitFiles(io: CliIo, args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push(arg);
      continue;
    }
    let info;
    try {
      info = await stat(resolve(io.cwd, arg));
    } catch {
      throw new UsageError({ id: `${arg} tidak ditemukan.`, en: `${arg} not found.` });
    }
    if (info.isDirectory()) {
      const names = (await readdir(resolve(io.cwd, arg))).filter((name) => UNIT_EXTENSIONS.has(extname(name).toLowerCase())).sort();
      files.push(...names.map((name) => join(arg, name)));
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) {
    throw new UsageError({ id: 'Tidak ada berkas .json atau .csv untuk dikonsolidasi.', en: 'No .json or .csv files to roll up.' });
  }
  return files;
}

/** `spbe rollup <dir|files...>`: one city from its departments' assessments. */
export async function rollupCommand(io: CliIo, argv: readonly string[]): Promise<number> {
  const parsed = start(io, argv, 'rollup', {
    ...SCORING_OPTIONS,
    strategy: { type: 'string' },
    name: { type: 'string' },
  });
  if (!parsed) return 0;
  const lang = language(parsed.values);
  const args = positionals(parsed, 1, Number.MAX_SAFE_INTEGER, 'spbe rollup <dir|files...> [--strategy mean|median|min|max]');
  const strategy = choice(parsed.values, 'strategy', ['mean', 'median', 'min', 'max'], 'mean');
  const format = choice(parsed.values, 'format', FORMATS, 'table');
  const catalogue = await resolveCatalogue(io, stringOption(parsed.values, 'catalogue'));
  const files = await unitFiles(io, args);
  const assessments: Assessment[] = [];
  const issues: Issue[] = [];
  for (const file of files) {
    try {
      const read = (await loadAssessment(io, file, catalogue, lang)) as Assessment;
      // A unit without a name (a CSV, say) is named after its file, so issues and ranks say which.
      const named = typeof read === 'object' && read !== null && read.agency === undefined ? { ...read, agency: basename(file, extname(file)) } : read;
      assessments.push(named);
    } catch (error) {
      if (!(error instanceof InputIssues)) throw error;
      issues.push(...error.issues.map((issue) => ({ ...issue, path: [file, ...issue.path] })));
    }
  }
  if (issues.length > 0) throw new InputIssues(issues);
  const name = stringOption(parsed.values, 'name');
  const { missing: _missing, ...score } = scoreOptions(parsed.values);
  const outcome = safeRollup(catalogue, assessments, { strategy, score, ...(name === undefined ? {} : { name }) });
  if (!outcome.success) {
    // Issue paths start with the unit's position: name its file instead.
    throw new InputIssues(
      outcome.issues.map((issue) => {
        const [first, ...rest] = issue.path;
        return typeof first === 'number' && files[first] !== undefined ? { ...issue, path: [files[first] as string, ...rest] } : issue;
      }),
    );
  }
  const rolled = outcome.output;
  const detail = parsed.values['detail'] === true;
  const text =
    format === 'json' ? jsonText(rolled) : format === 'table' ? renderRollupTable(rolled, { lang }) : renderResult(catalogue, rolled.consolidated, format, lang, detail);
  await emit(io, stringOption(parsed.values, 'out'), text);
  return 0;
}
