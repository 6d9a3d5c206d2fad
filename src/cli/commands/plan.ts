import { safeFrontier } from '../../analysis/plan/frontier.js';
import { safePlan } from '../../analysis/plan/plan.js';
import { renderFrontierView } from '../../report/analysis-tables.js';
import { renderPlanMarkdown, renderPlanTable } from '../../report/plan-text.js';
import { choiceJson, choiceLine, flagCatalogue, jsonWithChoice, withChoiceLine } from '../catalogues.js';
import { commandFlags, type Command } from '../command.js';
import { UsageError } from '../errors.js';
import { choice, listOption, positionals, stringOption, type Flags } from '../options.js';
import { emit } from '../output.js';
import { inCostsFile, loadCosts, parseTargets } from '../plan-input.js';
import { unwrapOr } from './analysis.js';
import { SCORING_FLAGS, scoreFile, scoreOptions } from './score.js';

const COSTS_FLAG = {
  costs: {
    type: 'string',
    value: { id: '<biaya.json>', en: '<costs.json>' },
    help: { id: 'biaya, batas, kunci, dan minimum (lihat examples/kota-contoh-costs.json)', en: 'costs, caps, locks and minimums (see examples/kota-contoh-costs.json)' },
  },
} as const satisfies Flags;

/** `--target` as `plan` and `report` read it: repeatable, one of each kind. */
export const TARGET_FLAGS = {
  target: {
    type: 'string',
    multiple: true,
    value: { id: '<3.5|sangat-baik|D3=2.6>', en: '<3.5|sangat-baik|D3=2.6>' },
    help: { id: 'target (boleh diulang: satu indeks, satu predikat, tiap kelompok sekali)', en: 'target (repeatable: one index, one predikat, each group once)' },
  },
  ...COSTS_FLAG,
} as const satisfies Flags;

const PLAN_FORMATS = ['table', 'md', 'json'] as const;

/** `spbe plan <file> --target ...`: the cheapest set of level raises that reaches the target. */
export const planCommand: Command = {
  flags: commandFlags({ ...TARGET_FLAGS, ...SCORING_FLAGS }, PLAN_FORMATS),
  async run(io, parsed, lang) {
    const [file] = positionals(parsed, 1, 1, 'spbe plan <file> --target 3.5|sangat-baik|D3=2.6 [--costs costs.json]');
    const targets = listOption(parsed.values, 'target');
    if (targets.length === 0) {
      throw new UsageError({
        id: 'spbe plan membutuhkan --target (mis. --target 3.5, --target sangat-baik, --target D3=2.6).',
        en: 'spbe plan needs --target (e.g. --target 3.5, --target sangat-baik, --target D3=2.6).',
      });
    }
    const format = choice<(typeof PLAN_FORMATS)[number]>(parsed.values, 'format', 'table');
    const target = parseTargets(targets);
    const flag = await flagCatalogue(io, stringOption(parsed.values, 'catalogue'));
    const { result, chosen } = await scoreFile(io, flag, file as string, scoreOptions(parsed.values), lang);
    const costsFile = stringOption(parsed.values, 'costs');
    const costs = await loadCosts(io, costsFile);
    const planned = unwrapOr(inCostsFile(costsFile, safePlan(chosen.catalogue, result, target, costs)));
    const text =
      format === 'json'
        ? jsonWithChoice(io, planned, choiceJson(chosen), choiceLine([[file as string, chosen]], lang))
        : withChoiceLine(io, format === 'md' ? renderPlanMarkdown(chosen.catalogue, planned, { lang }) : renderPlanTable(chosen.catalogue, planned, { lang }), format, choiceLine([[file as string, chosen]], lang));
    await emit(io, stringOption(parsed.values, 'out'), text);
    return 0;
  },
};

const FRONTIER_FLAGS = {
  target: {
    type: 'string',
    multiple: true,
    value: { id: '<kelompok=nilai>', en: '<group=value>' },
    help: { id: 'minimum sebuah kelompok yang harus dipenuhi setiap titik (boleh diulang)', en: 'a group minimum every point must meet (repeatable)' },
  },
  ...COSTS_FLAG,
} as const satisfies Flags;

/** `spbe frontier <file>`: each least cost against the highest index it buys. */
export const frontierCommand: Command = {
  flags: commandFlags({ ...FRONTIER_FLAGS, ...SCORING_FLAGS }, PLAN_FORMATS),
  async run(io, parsed, lang) {
    const [file] = positionals(parsed, 1, 1, 'spbe frontier <file> [--costs costs.json] [--target D3=2.6]');
    const format = choice<(typeof PLAN_FORMATS)[number]>(parsed.values, 'format', 'table');
    const target = parseTargets(listOption(parsed.values, 'target'));
    if (target.index !== undefined || target.predicate !== undefined) {
      throw new UsageError({
        id: 'spbe frontier hanya menerima --target kelompok=nilai (minimum); frontier sendiri mencakup setiap indeks.',
        en: 'spbe frontier only takes --target group=value (minimums); the frontier itself covers every index.',
      });
    }
    const flag = await flagCatalogue(io, stringOption(parsed.values, 'catalogue'));
    const { result, chosen } = await scoreFile(io, flag, file as string, scoreOptions(parsed.values), lang);
    const costsFile = stringOption(parsed.values, 'costs');
    const costs = await loadCosts(io, costsFile);
    // Minimums from --target join the costs file's options (a malformed file is still the library's to report).
    const options = target.groups === undefined ? costs : { ...costs, groups: target.groups };
    const frontier = unwrapOr(inCostsFile(costsFile, safeFrontier(chosen.catalogue, result, options)));
    const text =
      format === 'json'
        ? jsonWithChoice(io, frontier, choiceJson(chosen), choiceLine([[file as string, chosen]], lang))
        : withChoiceLine(io, renderFrontierView(chosen.catalogue, frontier, format, lang), format, choiceLine([[file as string, chosen]], lang));
    await emit(io, stringOption(parsed.values, 'out'), text);
    return 0;
  },
};
