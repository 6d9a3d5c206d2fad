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
import { InputIssues } from '../errors.js';
import { helpText } from '../help.js';
import type { CliIo } from '../io.js';
import { loadAssessment } from '../load-assessment.js';
import { choice, FORMATS, language, parseCommand, positionals, stringOption, type Format, type Parsed } from '../options.js';
import { emit, jsonText } from '../output.js';

/** Options that change how an assessment is scored, shared by score and report. */
export const SCORING_OPTIONS = {
  detail: { type: 'boolean' },
  missing: { type: 'string' },
  na: { type: 'string' },
  'allow-na': { type: 'boolean' },
  'allow-zero': { type: 'boolean' },
} as const;

export function scoreOptions(values: Parsed['values']): ScoreOptions {
  return {
    missing: choice(values, 'missing', ['reject', 'partial'] as const, 'reject'),
    notApplicable: choice(values, 'na', ['exclude', 'minimum'] as const, 'exclude'),
    ...(values['allow-na'] === true ? { allowNotApplicable: true } : {}),
    ...(values['allow-zero'] === true ? { allowZero: true } : {}),
  };
}

/** Reads and scores one assessment file; issues stop the command with exit code 1. */
export async function scoreFile(io: CliIo, catalogue: Catalogue, file: string, options: ScoreOptions, lang: Language = 'id'): Promise<ScoreResult> {
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
  switch (format) {
    case 'json':
      return jsonText(result);
    case 'csv':
      return renderCsv(catalogue, result, { lang });
    case 'md':
      // The comparison and the plan of `spbe report` follow the result as their own sections.
      return [
        renderMarkdown(catalogue, result, { lang, detail }),
        ...(extras.comparison ? [renderComparisonMarkdown(extras.comparison, { lang })] : []),
        ...(extras.plan ? [renderPlanMarkdown(extras.plan, { lang })] : []),
      ].join('\n');
    case 'html':
      return renderHtml(catalogue, result, { lang, ...extras });
    case 'table':
      return renderTable(catalogue, result, { lang, detail });
  }
}

export async function scoreCommand(io: CliIo, argv: readonly string[]): Promise<number> {
  const parsed = parseCommand(argv, SCORING_OPTIONS);
  const lang = language(parsed.values);
  if (parsed.values['help'] === true) {
    io.stdout(helpText('score', lang));
    return 0;
  }
  const [file] = positionals(parsed, 1, 1, 'spbe score <file|->');
  const format = choice(parsed.values, 'format', FORMATS, 'table');
  const options = scoreOptions(parsed.values);
  const catalogue = await resolveCatalogue(io, stringOption(parsed.values, 'catalogue'));
  const result = await scoreFile(io, catalogue, file as string, options, lang);
  const text = renderResult(catalogue, result, format, lang, parsed.values['detail'] === true);
  await emit(io, stringOption(parsed.values, 'out'), text);
  return 0;
}
