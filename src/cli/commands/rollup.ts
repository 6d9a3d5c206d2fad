import { safeRollup } from '../../analysis/rollup/rollup.js';
import { renderRollupTable } from '../../report/rollup-text.js';
import { choiceJson, choiceLine, flagCatalogue, jsonWithChoice, withChoiceLine } from '../catalogues.js';
import { CONSOLIDATION_FLAGS, consolidationOptions, loadUnits, optionFilesOf, unitIssues } from '../city-input.js';
import { commandFlags, type Command } from '../command.js';
import { FAIL_UNDER_FLAG } from '../fail-under.js';
import { choice, positionals, stringOption, type Flags, type Format } from '../options.js';
import { DETAIL_FLAG, emitResult, renderResult } from './score.js';

const ROLLUP_FLAGS = {
  ...CONSOLIDATION_FLAGS,
  'minimum-coverage': {
    type: 'string',
    value: { id: '<0..1>', en: '<0..1>' },
    help: {
      id: 'bagian bobot katalog yang harus dinilai unit agar diberi peringkat (mis. 0,2)',
      en: "the share of the catalogue's weight a unit must cover to be ranked (e.g. 0.2)",
    },
  },
  ...DETAIL_FLAG,
  'fail-under': FAIL_UNDER_FLAG,
} as const satisfies Flags;

/** `spbe rollup <dir|files...>`: one city from its departments' assessments. */
export const rollupCommand: Command = {
  flags: commandFlags(ROLLUP_FLAGS),
  async run(io, parsed, lang) {
    const args = positionals(parsed, 1, Number.MAX_SAFE_INTEGER, 'spbe rollup <dir|files...> [--strategy mean|weighted|median|min|max|owner]');
    const format = choice<Format>(parsed.values, 'format', 'table');
    const flag = await flagCatalogue(io, stringOption(parsed.values, 'catalogue'));
    const { files, assessments, chosen } = await loadUnits(io, args, flag, lang, optionFilesOf(parsed.values));
    const { catalogue } = chosen;
    const { options, files: optionFiles } = await consolidationOptions(io, parsed.values);
    // "0,2" as an Indonesian spreadsheet writes it; the library checks the value.
    const coverage = stringOption(parsed.values, 'minimum-coverage')?.replace(',', '.');
    const outcome = safeRollup(catalogue, assessments, { ...options, ...(coverage === undefined ? {} : { minimumCoverage: coverage }) });
    if (!outcome.success) throw unitIssues(outcome.issues, files, optionFiles);
    const rolled = outcome.output;
    const detail = parsed.values['detail'] === true;
    const all = [[args.join(' '), chosen]] as const;
    const text =
      format === 'json'
        ? jsonWithChoice(io, rolled, choiceJson(chosen), choiceLine(all, lang))
        : format === 'table'
          ? withChoiceLine(io, renderRollupTable(rolled, { lang }), format, choiceLine(all, lang))
          : renderResult(io, all, rolled.consolidated, format, lang, detail);
    return emitResult(io, stringOption(parsed.values, 'out'), text, catalogue, rolled.consolidated, parsed.values, lang);
  },
};
