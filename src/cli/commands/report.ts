import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
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
import { ROLLUP_FLAGS, runCity } from './rollup.js';
import type { CliIo } from '../io.js';
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

/** The flags that only make sense for a city (units): any of them makes `spbe report` one. */
const CITY_ONLY_FLAGS = ['strategy', 'responsibilities', 'owner-mode', 'unit-weights', 'minimum-coverage', 'history', 'name'] as const;

/** The flags that only make sense for one assessment. */
const SINGLE_ONLY_FLAGS = ['previous', 'mapping', 'missing'] as const;

async function isDirectory(io: CliIo, path: string): Promise<boolean> {
  if (path === '-') return false;
  try {
    return (await stat(resolve(io.cwd, path))).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `spbe report`: the HTML report of one assessment, with the comparison and the plan when asked;
 * given units (several files, a directory, or a consolidation flag such as --responsibilities),
 * the city report, as `spbe rollup --format html` gives it.
 */
export const reportCommand: Command = {
  flags: commandFlags({ ...ROLLUP_FLAGS, ...REPORT_FLAGS }, FORMATS, 'html'),
  async run(io, parsed, lang) {
    const args = positionals(parsed, 1, Number.MAX_SAFE_INTEGER, 'spbe report <file> [-o report.html] | spbe report <dir|files...> [--responsibilities file] [-o city.html]');
    const format = choice<Format>(parsed.values, 'format', 'html');
    const cityFlags = CITY_ONLY_FLAGS.filter((name) => parsed.values[name] !== undefined);
    if (args.length > 1 || cityFlags.length > 0 || (await isDirectory(io, args[0] as string))) {
      const single = SINGLE_ONLY_FLAGS.filter((name) => parsed.values[name] !== undefined);
      if (single.length > 0) {
        throw new UsageError({
          id: `--${single[0]} berlaku untuk satu penilaian, bukan untuk laporan kota dari beberapa unit.`,
          en: `--${single[0]} applies to one assessment, not to the city report of several units.`,
        });
      }
      return runCity(io, parsed, lang, args, format);
    }
    const [file] = args as [string];
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
