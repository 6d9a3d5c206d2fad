import { safeCompare } from '../../analysis/compare.js';
import { safeExplain } from '../../analysis/explain.js';
import { safeLeverage } from '../../analysis/leverage.js';
import { safeMargin } from '../../analysis/margin.js';
import { renderExplanation } from '../../report/render-explanation.js';
import type { Issue } from '../../model/issue.js';
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

/** `spbe explain <file>`: how every value of the result is derived. */
export const explainCommand: Command = {
  flags: commandFlags(SCORING_FLAGS, ANALYSIS_FORMATS),
  async run(io, parsed, lang) {
    const [file] = positionals(parsed, 1, 1, 'spbe explain <file>');
    const format = choice<(typeof ANALYSIS_FORMATS)[number]>(parsed.values, 'format', 'table');
    const flag = await flagCatalogue(io, stringOption(parsed.values, 'catalogue'));
    const { result, chosen } = await scoreFile(io, flag, file as string, scoreOptions(parsed.values), lang);
    const explanation = unwrapOr(safeExplain(chosen.catalogue, result));
    const rendered = format === 'json' ? jsonWithChoice(io, explanation, choiceJson(chosen), choiceLine([[file as string, chosen]], lang)) : renderExplanation(explanation, { lang, format: format === 'md' ? 'markdown' : 'text' });
    const text = withChoiceLine(io, rendered.endsWith('\n') ? rendered : `${rendered}\n`, format, choiceLine([[file as string, chosen]], lang));
    await emit(io, stringOption(parsed.values, 'out'), text);
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
export const marginCommand: Command = {
  flags: commandFlags(SCORING_FLAGS, ANALYSIS_FORMATS),
  async run(io, parsed, lang) {
    const [file] = positionals(parsed, 1, 1, 'spbe margin <file>');
    const format = choice<(typeof ANALYSIS_FORMATS)[number]>(parsed.values, 'format', 'table');
    const flag = await flagCatalogue(io, stringOption(parsed.values, 'catalogue'));
    const { result, chosen } = await scoreFile(io, flag, file as string, scoreOptions(parsed.values), lang);
    const margin = unwrapOr(safeMargin(chosen.catalogue, result));
    const text =
      format === 'json'
        ? jsonWithChoice(io, margin, choiceJson(chosen), choiceLine([[file as string, chosen]], lang))
        : withChoiceLine(io, renderMarginView(chosen.catalogue, margin, format, lang), format, choiceLine([[file as string, chosen]], lang));
    await emit(io, stringOption(parsed.values, 'out'), text);
    return 0;
  },
};

/** `spbe leverage <file>`: where one more level is worth most. */
export const leverageCommand: Command = {
  flags: commandFlags(SCORING_FLAGS, ANALYSIS_FORMATS),
  async run(io, parsed, lang) {
    const [file] = positionals(parsed, 1, 1, 'spbe leverage <file>');
    const format = choice<(typeof ANALYSIS_FORMATS)[number]>(parsed.values, 'format', 'table');
    const flag = await flagCatalogue(io, stringOption(parsed.values, 'catalogue'));
    const { result, chosen } = await scoreFile(io, flag, file as string, scoreOptions(parsed.values), lang);
    const leverage = unwrapOr(safeLeverage(chosen.catalogue, result));
    const text =
      format === 'json'
        ? jsonWithChoice(io, leverage, choiceJson(chosen), choiceLine([[file as string, chosen]], lang))
        : withChoiceLine(io, renderLeverageView(leverage, format, lang), format, choiceLine([[file as string, chosen]], lang));
    await emit(io, stringOption(parsed.values, 'out'), text);
    return 0;
  },
};
