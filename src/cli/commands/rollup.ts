import { safePlanCity, type CityPlan } from '../../analysis/city/plan-city.js';
import { safeRollup } from '../../analysis/rollup/rollup.js';
import { flagCatalogue } from '../catalogues.js';
import { loadHistory, HISTORY_FLAG } from '../city-history.js';
import { InputIssues, UsageError } from '../errors.js';
import { loadJson } from '../load-assessment.js';
import { listOption } from '../options.js';
import { parseTargets } from '../plan-input.js';
import { cityCosts, cityPath } from './city-plan.js';
import { TARGET_FLAGS } from './plan.js';
import { CONSOLIDATION_FLAGS, consolidationOptions, loadUnits, optionFilesOf, unitIssues } from '../city-input.js';
import { commandFlags, type Command } from '../command.js';
import { FAIL_UNDER_FLAG } from '../fail-under.js';
import { choice, positionals, stringOption, type Flags, type Format, type Parsed } from '../options.js';
import type { CliIo } from '../io.js';
import type { Language } from '../../model/localized.js';
import { cityOutput } from '../result-output.js';
import { DETAIL_FLAG, emitResult } from './score.js';

/** The flags of the city report: `spbe rollup`'s, which `spbe report` also takes for units. */
export const ROLLUP_FLAGS = {
  ...CONSOLIDATION_FLAGS,
  'minimum-coverage': {
    type: 'string',
    value: { id: '<0..1>', en: '<0..1>' },
    help: {
      id: 'bagian bobot katalog yang harus dinilai unit agar diberi peringkat (mis. 0,2; bawaan: lebih dari satu indikator)',
      en: "the share of the catalogue's weight a unit must cover to be ranked (e.g. 0.2; default: more than one indicator)",
    },
  },
  ...DETAIL_FLAG,
  'fail-under': FAIL_UNDER_FLAG,
  ...HISTORY_FLAG,
  ...TARGET_FLAGS,
} as const satisfies Flags;

/** The formats that show the city report, and so the trend (`--history`) and action lists (`--target`). */
const CITY_REPORT_FORMATS: readonly Format[] = ['table', 'md', 'html'];

/** `spbe rollup <dir|files...>`: one city from its departments' assessments. */
export const rollupCommand: Command = {
  flags: commandFlags(ROLLUP_FLAGS),
  async run(io, parsed, lang) {
    const args = positionals(parsed, 1, Number.MAX_SAFE_INTEGER, 'spbe rollup <dir|files...> [--strategy mean|weighted|median|min|max|owner] [--history city-2024.json] [--target 3.5]');
    return runCity(io, parsed, lang, args, choice<Format>(parsed.values, 'format', 'table'));
  },
};

/**
 * One city from its units' files, in a format: the city report (table, md, html), the roll-up
 * (json) or the consolidated result (csv). `spbe rollup` and `spbe report` given units.
 */
export async function runCity(io: CliIo, parsed: Parsed, lang: Language, args: readonly string[], format: Format): Promise<number> {
  const historyFiles = listOption(parsed.values, 'history');
  const targets = listOption(parsed.values, 'target');
  const costsFile = stringOption(parsed.values, 'costs');
  if ((historyFiles.length > 0 || targets.length > 0 || costsFile !== undefined) && !CITY_REPORT_FORMATS.includes(format)) {
    throw new UsageError({
      id: `--history, --target dan --costs hanya dipakai laporan kota (--format table, md atau html), bukan ${format}.`,
      en: `--history, --target and --costs only serve the city report (--format table, md or html), not ${format}.`,
    });
  }
  if (costsFile !== undefined && targets.length === 0) {
    throw new UsageError({ id: '--costs membutuhkan --target (daftar tindakan per OPD).', en: '--costs needs --target (the action list per unit).' });
  }
  const target = targets.length === 0 ? undefined : parseTargets(targets);
  const flag = await flagCatalogue(io, stringOption(parsed.values, 'catalogue'));
  const { files, assessments, chosen } = await loadUnits(io, args, flag, lang, optionFilesOf(parsed.values, ['costs', ...historyFiles]));
  const { catalogue } = chosen;
  const { options, files: optionFiles } = await consolidationOptions(io, parsed.values, catalogue, assessments, lang);
  // "0,2" as an Indonesian spreadsheet writes it; the library checks the value.
  const coverage = stringOption(parsed.values, 'minimum-coverage')?.replace(',', '.');
  const outcome = safeRollup(catalogue, assessments, { ...options, ...(coverage === undefined ? {} : { minimumCoverage: coverage }) });
  if (!outcome.success) throw unitIssues(outcome.issues, files, optionFiles);
  const rolled = outcome.output;
  const detail = parsed.values['detail'] === true;
  const all = [[args.join(' '), chosen]] as const;
  const history = historyFiles.length === 0 ? undefined : await loadHistory(io, historyFiles, catalogue, rolled.consolidated.assessment.year);
  let plan: CityPlan | undefined;
  if (target !== undefined) {
    const costs = cityCosts(costsFile === undefined ? undefined : await loadJson(io, costsFile));
    const planned = safePlanCity(catalogue, assessments, target, { rollup: { ...options, ...(coverage === undefined ? {} : { minimumCoverage: coverage }) }, ...costs });
    if (!planned.success) throw new InputIssues(planned.issues.map((issue) => ({ ...issue, path: cityPath(issue.path, files, optionFiles, costsFile) })));
    plan = planned.output;
  }
  const output = cityOutput(all, rolled, format, lang, detail, { ...(plan === undefined ? {} : { plan }), ...(history === undefined ? {} : { history }) });
  if (output.notice !== undefined) io.stderr(`spbe: ${output.notice}\n`);
  const text = output.text;
  return emitResult(io, stringOption(parsed.values, 'out'), text, catalogue, rolled.consolidated, parsed.values, lang);
}
