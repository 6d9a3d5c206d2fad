import { safeCompare } from '../../analysis/compare.js';
import { safeExplain } from '../../analysis/explain.js';
import { safeLeverage } from '../../analysis/leverage.js';
import { safeMargin } from '../../analysis/margin.js';
import { renderExplanation } from '../../report/render-explanation.js';
import type { Issue } from '../../model/issue.js';
import { renderLeverageView, renderMarginView } from '../../report/analysis-tables.js';
import { renderComparisonMarkdown, renderComparisonTable } from '../../report/comparison-text.js';
import { resolveCatalogue } from '../catalogues.js';
import { commandFlags, type Command } from '../command.js';
import { InputIssues } from '../errors.js';
import { inFile } from '../load-assessment.js';
import { choice, positionals, stringOption, type Flags } from '../options.js';
import { emit, jsonText } from '../output.js';
import { SCORING_FLAGS, scoreFile, scoreOptions } from './score.js';

/** The output of a `safe*` function, or its issues as the command's input issues (exit 1). */
export function unwrapOr<T>(outcome: { success: true; output: T } | { success: false; issues: readonly Issue[] }): T {
  if (!outcome.success) throw new InputIssues(outcome.issues);
  return outcome.output;
}

const ANALYSIS_FORMATS = ['table', 'md', 'json'] as const;

/** `spbe explain <file>`: how every value of the result is derived. */
export const explainCommand: Command = {
  flags: commandFlags(SCORING_FLAGS, ANALYSIS_FORMATS),
  async run(io, parsed, lang) {
    const [file] = positionals(parsed, 1, 1, 'spbe explain <file>');
    const format = choice<(typeof ANALYSIS_FORMATS)[number]>(parsed.values, 'format', 'table');
    const catalogue = await resolveCatalogue(io, stringOption(parsed.values, 'catalogue'));
    const result = await scoreFile(io, catalogue, file as string, scoreOptions(parsed.values), lang);
    const explanation = unwrapOr(safeExplain(catalogue, result));
    const text = format === 'json' ? jsonText(explanation) : renderExplanation(explanation, { lang, format: format === 'md' ? 'markdown' : 'text' });
    await emit(io, stringOption(parsed.values, 'out'), text.endsWith('\n') ? text : `${text}\n`);
    return 0;
  },
};

const COMPARE_FLAGS = {
  'self-assessment': {
    type: 'boolean',
    help: {
      id: '<sebelum> adalah penilaian mandiri, <sesudah> tingkat akhir asesor',
      en: '<before> is the self-assessment, <after> the assessors\' final levels',
    },
  },
  ...SCORING_FLAGS,
} as const satisfies Flags;

/** `spbe compare <before> <after>`: changes, predikat changes and exact attribution. */
export const compareCommand: Command = {
  flags: commandFlags(COMPARE_FLAGS, ANALYSIS_FORMATS),
  async run(io, parsed, lang) {
    const [before, after] = positionals(parsed, 2, 2, 'spbe compare <before> <after>') as [string, string];
    const format = choice<(typeof ANALYSIS_FORMATS)[number]>(parsed.values, 'format', 'table');
    const options = scoreOptions(parsed.values);
    const catalogue = await resolveCatalogue(io, stringOption(parsed.values, 'catalogue'));
    // Two files: each one's issues name it.
    const first = await inFile(before, () => scoreFile(io, catalogue, before, options, lang));
    const second = await inFile(after, () => scoreFile(io, catalogue, after, options, lang));
    const comparison = unwrapOr(safeCompare(first, second, parsed.values['self-assessment'] === true ? { mode: 'self-assessment' } : {}));
    const text =
      format === 'json'
        ? jsonText(comparison)
        : format === 'md'
          ? renderComparisonMarkdown(comparison, { lang })
          : renderComparisonTable(comparison, { lang });
    await emit(io, stringOption(parsed.values, 'out'), text);
    return 0;
  },
};

/** `spbe margin <file>`: how safe each predikat is. */
export const marginCommand: Command = {
  flags: commandFlags(SCORING_FLAGS, ANALYSIS_FORMATS),
  async run(io, parsed, lang) {
    const [file] = positionals(parsed, 1, 1, 'spbe margin <file>');
    const format = choice<(typeof ANALYSIS_FORMATS)[number]>(parsed.values, 'format', 'table');
    const catalogue = await resolveCatalogue(io, stringOption(parsed.values, 'catalogue'));
    const result = await scoreFile(io, catalogue, file as string, scoreOptions(parsed.values), lang);
    const margin = unwrapOr(safeMargin(catalogue, result));
    await emit(io, stringOption(parsed.values, 'out'), format === 'json' ? jsonText(margin) : renderMarginView(margin, format, lang));
    return 0;
  },
};

/** `spbe leverage <file>`: where one more level is worth most. */
export const leverageCommand: Command = {
  flags: commandFlags(SCORING_FLAGS, ANALYSIS_FORMATS),
  async run(io, parsed, lang) {
    const [file] = positionals(parsed, 1, 1, 'spbe leverage <file>');
    const format = choice<(typeof ANALYSIS_FORMATS)[number]>(parsed.values, 'format', 'table');
    const catalogue = await resolveCatalogue(io, stringOption(parsed.values, 'catalogue'));
    const result = await scoreFile(io, catalogue, file as string, scoreOptions(parsed.values), lang);
    const leverage = unwrapOr(safeLeverage(catalogue, result));
    await emit(io, stringOption(parsed.values, 'out'), format === 'json' ? jsonText(leverage) : renderLeverageView(leverage, format, lang));
    return 0;
  },
};
