import { safeCompare } from '../../analysis/compare.js';
import { safeExplain } from '../../analysis/explain.js';
import { safeLeverage } from '../../analysis/leverage.js';
import { safeMargin } from '../../analysis/margin.js';
import { renderExplanation } from '../../report/render-explanation.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { Issue, SafeResult } from '../../model/issue.js';
import type { Language } from '../../model/localized.js';
import type { ScoreResult } from '../../model/result.js';
import { renderLeverageView, renderMarginView } from '../../report/analysis-tables.js';
import { renderComparisonMarkdown, renderComparisonTable } from '../../report/comparison-text.js';
import { choiceJson, choiceLine, flagCatalogue, jsonWithChoice, withChoiceLine } from '../catalogues.js';
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

/**
 * A command that analyses one scored file: scores it (with its catalogue choice), runs the
 * analysis and writes it as a table, Markdown (the choice line under the title) or JSON (the
 * choice as `catalogueChoice`).
 */
function oneFileAnalysis<T extends object>(
  usage: string,
  analyse: (catalogue: Catalogue, result: ScoreResult) => SafeResult<T>,
  render: (catalogue: Catalogue, output: T, format: 'table' | 'md', lang: Language) => string,
): Command {
  return {
    flags: commandFlags(SCORING_FLAGS, ANALYSIS_FORMATS),
    async run(io, parsed, lang) {
      const [file] = positionals(parsed, 1, 1, usage) as [string];
      const format = choice<(typeof ANALYSIS_FORMATS)[number]>(parsed.values, 'format', 'table');
      const flag = await flagCatalogue(io, stringOption(parsed.values, 'catalogue'));
      const { result, chosen } = await scoreFile(io, flag, file, scoreOptions(parsed.values), lang);
      const output = unwrapOr(analyse(chosen.catalogue, result));
      const line = choiceLine([[file, chosen]], lang);
      const text = format === 'json' ? jsonWithChoice(io, output, choiceJson(chosen), line) : withChoiceLine(io, render(chosen.catalogue, output, format, lang), format, line);
      await emit(io, stringOption(parsed.values, 'out'), text);
      return 0;
    },
  };
}

/** `spbe explain <file>`: how every value of the result is derived. */
export const explainCommand: Command = oneFileAnalysis('spbe explain <file>', safeExplain, (_catalogue, explanation, format, lang) => {
  const rendered = renderExplanation(explanation, { lang, format: format === 'md' ? 'markdown' : 'text' });
  return rendered.endsWith('\n') ? rendered : `${rendered}\n`;
});

const COMPARE_FLAGS = {
  'self-assessment': {
    type: 'boolean',
    help: {
      id: '<sebelum> adalah penilaian mandiri, <sesudah> tingkat akhir asesor',
      en: '<before> is the self-assessment, <after> the assessors\' final levels',
    },
  },
  'allow-different-catalogues': {
    type: 'boolean',
    help: {
      id: 'bandingkan hasil dari katalog berbeda; antara Indeks SPBE dan Indeks Pemdi hanya indeks dan predikatnya',
      en: 'compare results of different catalogues; between the SPBE and Pemdi indices only the index and its predikat',
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
    const flag = await flagCatalogue(io, stringOption(parsed.values, 'catalogue'));
    // Two files, each with its own catalogue choice: each one's issues name it.
    const first = await inFile(before, () => scoreFile(io, flag, before, options, lang));
    const second = await inFile(after, () => scoreFile(io, flag, after, options, lang));
    const comparison = unwrapOr(
      safeCompare([first.chosen.catalogue, second.chosen.catalogue], first.result, second.result, {
        ...(parsed.values['self-assessment'] === true ? { mode: 'self-assessment' as const } : {}),
        ...(parsed.values['allow-different-catalogues'] === true ? { allowDifferentCatalogues: true } : {}),
      }),
    );
    const text =
      format === 'json'
        ? jsonText({ ...comparison, catalogueChoice: { before: choiceJson(first.chosen), after: choiceJson(second.chosen) } })
        : withChoiceLine(
            io,
            format === 'md' ? renderComparisonMarkdown(comparison, { lang }) : renderComparisonTable(comparison, { lang }),
            format,
            choiceLine([[before, first.chosen], [after, second.chosen]], lang),
          );
    await emit(io, stringOption(parsed.values, 'out'), text);
    return 0;
  },
};

/** `spbe margin <file>`: how safe each predikat is. */
export const marginCommand: Command = oneFileAnalysis('spbe margin <file>', safeMargin, renderMarginView);

/** `spbe leverage <file>`: where one more level is worth most. */
export const leverageCommand: Command = oneFileAnalysis('spbe leverage <file>', safeLeverage, (_catalogue, leverage, format, lang) => renderLeverageView(leverage, format, lang));
