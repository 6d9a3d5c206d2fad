import { safeCompare } from '../../analysis/compare.js';
import { safePlan } from '../../analysis/plan/plan.js';
import type { HtmlExtras } from '../../report/html.js';
import { flagCatalogue, type CatalogueChoice } from '../catalogues.js';
import { commandFlags, type Command } from '../command.js';
import { UsageError } from '../errors.js';
import { FAIL_UNDER_FLAG } from '../fail-under.js';
import { inFile } from '../load-assessment.js';
import { choice, FORMATS, listOption, stringOption, positionals, type Flags, type Format } from '../options.js';
import { loadCosts, parseTargets } from '../plan-input.js';
import { unwrapOr } from './analysis.js';
import { TARGET_FLAGS } from './plan.js';
import { MAPPING_FLAG } from './restate.js';
import { emitResult, mappingEstimate, renderResult, SCORING_FLAGS, scoreFile, scoreOptions } from './score.js';

const REPORT_FLAGS = {
  previous: {
    type: 'string',
    value: { id: '<berkas>', en: '<file>' },
    help: { id: 'penilaian sebelumnya dari instansi yang sama: nilai lama dan selisih', en: 'an earlier assessment of the same agency: earlier values and changes' },
  },
  ...TARGET_FLAGS,
  ...SCORING_FLAGS,
  'fail-under': FAIL_UNDER_FLAG,
  ...MAPPING_FLAG,
} as const satisfies Flags;

/** `spbe report`: the HTML report of one assessment, with the comparison and the plan when asked. */
export const reportCommand: Command = {
  flags: commandFlags(REPORT_FLAGS, FORMATS, 'html'),
  async run(io, parsed, lang) {
    const [file] = positionals(parsed, 1, 1, 'spbe report <file> [-o report.html]') as [string];
    const format = choice<Format>(parsed.values, 'format', 'html');
    const targets = listOption(parsed.values, 'target');
    const costsFile = stringOption(parsed.values, 'costs');
    if (costsFile !== undefined && targets.length === 0) {
      throw new UsageError({ id: '--costs hanya berlaku bersama --target.', en: '--costs only applies together with --target.' });
    }
    const target = targets.length > 0 ? parseTargets(targets) : undefined;
    const options = scoreOptions(parsed.values);
    const flag = await flagCatalogue(io, stringOption(parsed.values, 'catalogue'));
    const previousFile = stringOption(parsed.values, 'previous');
    // With --previous there are two assessments: each one's issues name its file.
    const read = (name: string) => (previousFile === undefined ? scoreFile(io, flag, name, options, lang) : inFile(name, () => scoreFile(io, flag, name, options, lang)));
    const scored = await read(file);
    const { result, chosen } = scored;
    const { catalogue } = chosen;
    const choices: [string, CatalogueChoice][] = [[file, chosen]];

    const extras: { -readonly [K in keyof HtmlExtras]: HtmlExtras[K] } = {};
    if (previousFile !== undefined) {
      const previous = await read(previousFile);
      choices.push([previousFile, previous.chosen]);
      extras.comparison = unwrapOr(safeCompare([previous.chosen.catalogue, catalogue], previous.result, result));
    }
    if (target !== undefined) {
      extras.plan = unwrapOr(safePlan(catalogue, result, target, await loadCosts(io, costsFile)));
    }
    Object.assign(extras, await mappingEstimate(io, parsed.values, format, file, scored));
    const text = renderResult(io, choices, result, format, lang, true, extras);
    return emitResult(io, stringOption(parsed.values, 'out'), text, catalogue, result, parsed.values, lang);
  },
};
