import { safePlanCity, type CityPlanOptions } from '../../analysis/city/plan-city.js';
import type { PlanOptions } from '../../analysis/plan/plan-options.js';
import type { PathSegment } from '../../model/issue.js';
import { renderCityPlanMarkdown, renderCityPlanTable } from '../../report/plan-city-text.js';
import { choiceJson, choiceLine, flagCatalogue, jsonWithChoice, withChoiceLine } from '../catalogues.js';
import { CONSOLIDATION_FLAGS, consolidationOptions, loadUnits, optionFilesOf, withFiles } from '../city-input.js';
import { commandFlags, type Command } from '../command.js';
import { InputIssues, UsageError } from '../errors.js';
import { loadJson } from '../load-assessment.js';
import { choice, listOption, positionals, stringOption } from '../options.js';
import { emit } from '../output.js';
import { parseTargets } from '../plan-input.js';
import { TARGET_FLAGS } from './plan.js';

const CITY_PLAN_FORMATS = ['table', 'md', 'json'] as const;

/**
 * A city costs file: `plan`'s options for every unit, and under `units` each unit's own. A value
 * that is not an object goes to the library as it is, to be reported there.
 */
export function cityCosts(value: unknown): Pick<CityPlanOptions, 'costs' | 'units'> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, 'units')) return value === undefined ? {} : { costs: value as PlanOptions };
  const { units, ...costs } = value as { units: CityPlanOptions['units'] };
  return { costs, ...(units === undefined ? {} : { units }) };
}

/**
 * A city plan issue's path, naming files: the roll-up's (under "assessments") as `rollup` names
 * them, and the costs file's (under "costs" and "units") by that file.
 */
export function cityPath(path: readonly PathSegment[], units: readonly string[], files: Parameters<typeof withFiles>[2], costsFile: string | undefined): PathSegment[] {
  const [first, ...rest] = path;
  if (first === 'assessments') return withFiles(rest, units, files);
  if (costsFile !== undefined && first === 'costs') return [costsFile, ...rest];
  if (costsFile !== undefined && first === 'units') return [costsFile, ...path];
  return [...path];
}

/** `spbe city-plan <dir|files...> --target ...`: each OPD's cheapest raises for a city target. */
export const cityPlanCommand: Command = {
  flags: commandFlags({ ...TARGET_FLAGS, ...CONSOLIDATION_FLAGS }, CITY_PLAN_FORMATS),
  async run(io, parsed, lang) {
    const args = positionals(parsed, 1, Number.MAX_SAFE_INTEGER, 'spbe city-plan <dir|files...> --target 3.5|sangat-baik|D3=2.6 [--costs costs.json]');
    const targets = listOption(parsed.values, 'target');
    if (targets.length === 0) {
      throw new UsageError({
        id: 'spbe city-plan membutuhkan --target (mis. --target 3.5, --target sangat-baik, --target D3=2.6).',
        en: 'spbe city-plan needs --target (e.g. --target 3.5, --target sangat-baik, --target D3=2.6).',
      });
    }
    const format = choice<(typeof CITY_PLAN_FORMATS)[number]>(parsed.values, 'format', 'table');
    const target = parseTargets(targets);
    const flag = await flagCatalogue(io, stringOption(parsed.values, 'catalogue'));
    const { files, assessments, chosen } = await loadUnits(io, args, flag, lang, optionFilesOf(parsed.values, ['costs']));
    const { catalogue } = chosen;
    const { options: rollup, files: optionFiles } = await consolidationOptions(io, parsed.values, catalogue, assessments, lang);
    const costsFile = stringOption(parsed.values, 'costs');
    const costs = cityCosts(costsFile === undefined ? undefined : await loadJson(io, costsFile));
    const outcome = safePlanCity(catalogue, assessments, target, { rollup, ...costs });
    if (!outcome.success) throw new InputIssues(outcome.issues.map((issue) => ({ ...issue, path: cityPath(issue.path, files, optionFiles, costsFile) })));
    const planned = outcome.output;
    const line = choiceLine([[args.join(' '), chosen]], lang);
    const text =
      format === 'json'
        ? jsonWithChoice(io, planned, choiceJson(chosen), line)
        : withChoiceLine(io, format === 'md' ? renderCityPlanMarkdown(planned, { lang }) : renderCityPlanTable(planned, { lang }), format, line);
    await emit(io, stringOption(parsed.values, 'out'), text);
    return 0;
  },
};
