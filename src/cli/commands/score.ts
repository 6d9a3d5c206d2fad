import type { Catalogue } from '../../model/catalogue.js';
import type { Language } from '../../model/localized.js';
import type { ScoreOptions } from '../../model/options.js';
import type { ScoreResult } from '../../model/result.js';
import { renderCsv } from '../../report/csv-output.js';
import { renderHtml, type HtmlExtras } from '../../report/html.js';
import { renderComparisonMarkdown } from '../../report/comparison-text.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderPlanMarkdown } from '../../report/plan-text.js';
import { renderTable } from '../../report/table.js';
import { safeScore } from '../../scoring/score.js';
import { resolveCatalogue } from '../catalogues.js';
import { commandFlags, type Command } from '../command.js';
import { InputIssues } from '../errors.js';
import { FAIL_UNDER_FLAG, failUnder } from '../fail-under.js';
import { EXIT, type CliIo } from '../io.js';
import { loadAssessment } from '../load-assessment.js';
import { choice, positionals, stringOption, type Flags, type Format, type Parsed } from '../options.js';
import { emit, jsonText } from '../output.js';
import { cliWording } from '../wording.js';

/** Flags that change how an assessment is scored, shared by every command that scores one. */
export const SCORING_FLAGS = {
  missing: {
    type: 'string',
    choices: ['reject', 'partial'],
    help: { id: 'hitung penilaian yang tidak lengkap (partial) alih-alih menolaknya', en: 'score an incomplete assessment (partial) instead of refusing it' },
  },
  na: { type: 'string', choices: ['exclude', 'minimum'], help: { id: 'cara indikator "na" dihitung (bawaan: exclude)', en: 'how "na" indicators count (default: exclude)' } },
  'allow-na': { type: 'boolean', help: { id: 'izinkan "na" pada semua indikator', en: 'allow "na" on every indicator' } },
  'allow-zero': { type: 'boolean', help: { id: 'terima tingkat 0 (ditandai sebagai peringatan)', en: 'accept level 0 (flagged as a warning)' } },
} as const satisfies Flags;

export const DETAIL_FLAG = {
  detail: { type: 'boolean', help: { id: 'tambahkan satu baris per indikator (table, md)', en: 'add one row per indicator (table, md)' } },
} as const satisfies Flags;

export function scoreOptions(values: Parsed['values']): ScoreOptions {
  return {
    missing: choice(values, 'missing', 'reject'),
    notApplicable: choice(values, 'na', 'exclude'),
    ...(values['allow-na'] === true ? { allowNotApplicable: true } : {}),
    ...(values['allow-zero'] === true ? { allowZero: true } : {}),
  };
}

/** Reads and scores one assessment file; issues stop the command with exit code 1. */
export async function scoreFile(io: CliIo, catalogue: Catalogue, file: string, options: ScoreOptions, lang: Language): Promise<ScoreResult> {
  const assessment = await loadAssessment(io, file, catalogue, lang);
  const outcome = safeScore(catalogue, assessment, options);
  if (!outcome.success) throw new InputIssues(outcome.issues);
  return outcome.output;
}

/** Renders a result in the chosen format; `json` is exactly the library's result object. */
export function renderResult(
  catalogue: Catalogue,
  result: ScoreResult,
  format: Format,
  lang: Language,
  detail: boolean,
  extras: HtmlExtras = {},
): string {
  if (format === 'json') return jsonText(result);
  // Warnings in readable formats name the command's flags, not the library's option keys.
  const shown = cliWording(result);
  switch (format) {
    case 'csv':
      return renderCsv(catalogue, shown, { lang });
    case 'md':
      // The comparison and the plan of `spbe report` follow the result as their own sections.
      return [
        renderMarkdown(catalogue, shown, { lang, detail }),
        ...(extras.comparison ? [renderComparisonMarkdown(extras.comparison, { lang })] : []),
        ...(extras.plan ? [renderPlanMarkdown(extras.plan, { lang })] : []),
      ].join('\n');
    case 'html':
      return renderHtml(catalogue, shown, { lang, ...extras });
    case 'table':
      return renderTable(catalogue, shown, { lang, detail });
  }
}

/** Writes the output, then applies `--fail-under`: exit code 4 when the result is below the bar. */
export async function emitResult(io: CliIo, out: string | undefined, text: string, catalogue: Catalogue, result: ScoreResult, values: Parsed['values'], lang: Language): Promise<number> {
  const bar = stringOption(values, 'fail-under');
  // Checked before writing, so that a mistyped bar is a usage error and no half-finished run.
  const failure = bar === undefined ? undefined : failUnder(catalogue, result, bar, lang);
  await emit(io, out, text);
  if (failure === undefined) return EXIT.ok;
  io.stderr(`spbe: ${failure}\n`);
  return EXIT.belowBar;
}

export const scoreCommand: Command = {
  flags: commandFlags({ ...DETAIL_FLAG, ...SCORING_FLAGS, 'fail-under': FAIL_UNDER_FLAG }),
  async run(io, parsed, lang) {
    const [file] = positionals(parsed, 1, 1, 'spbe score <file|->');
    const format = choice<Format>(parsed.values, 'format', 'table');
    const out = stringOption(parsed.values, 'out');
    const catalogue = await resolveCatalogue(io, stringOption(parsed.values, 'catalogue'));
    const result = await scoreFile(io, catalogue, file as string, scoreOptions(parsed.values), lang);
    const text = renderResult(catalogue, result, format, lang, parsed.values['detail'] === true);
    return emitResult(io, out, text, catalogue, result, parsed.values, lang);
  },
};
