import { parseFraction } from '../arithmetic/rational.js';
import type { CityPlan } from '../analysis/city/plan-city.js';
import { allUnits } from '../analysis/rollup/all-units.js';
import type { Rollup } from '../analysis/rollup/rollup.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import type { IndicatorScore, ScoreResult } from '../model/result.js';
import { percentText } from './band-notes.js';
import { levelShown } from './exact-display.js';
import { indexName, shortIndicatorName, t } from './labels.js';
import { formatDecimal } from './number-format.js';
import type { OptionKeys } from './render-options.js';

/**
 * An earlier year of the city, for the trend: its consolidated result (`rollup(...).consolidated`,
 * or a city result scored directly) and the year it belongs to.
 *
 * @example
 * ```ts
 * const history: CityHistoryEntry[] = [{ year: 2024, result: rollup(permenpanrb592020, units2024).consolidated }];
 * ```
 * @category Reports
 */
export interface CityHistoryEntry {
  readonly year: number;
  readonly result: ScoreResult;
}

/**
 * Options of the city report renderers ({@link renderCityHtml}, {@link renderCityMarkdown},
 * {@link renderCityTable}).
 *
 * @example
 * ```ts
 * renderCityHtml(permenpanrb592020, city, { lang: 'en', plan: planCity(permenpanrb592020, units, { index: '3.5' }), history });
 * ```
 * @category Reports
 */
export interface CityReportOptions {
  /** Language of labels and number format; default `id`. */
  readonly lang?: Language;
  /** The city plan (`planCity`) for the same units: each unit's action list is shown. */
  readonly plan?: CityPlan;
  /**
   * Earlier years of the city, in any order: the trend shows them with this year, and a change of
   * instrument (another catalogue) as a break, never as one continuous line.
   */
  readonly history?: readonly CityHistoryEntry[];
  /** Lines shown under the HTML page's header (the command line says which catalogue and why). */
  readonly notes?: readonly string[];
}

/** The keys of {@link CityReportOptions}: every city renderer takes exactly these. */
export const CITY_OPTION_KEYS = { lang: true, plan: true, history: true, notes: true } as const satisfies OptionKeys<CityReportOptions>;

/** One table: headers, which columns are numbers, and the rows as display text. */
export interface CityTable {
  readonly headers: readonly string[];
  readonly numeric: readonly boolean[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * The level target as every city section shows it: as a level, the way the levels it is compared
 * with are shown ("4", "Tingkat 4"), never as "4,00", which reads as an index value and sits
 * beside the index target in the same table.
 */
function levelTargetShown(rollup: Rollup, lang: Language): string {
  return levelShown(rollup.belowTarget.level, lang);
}

/** The headline: the consolidated index, its predikat and what is missing to the next band. */
export function cityHeadline(rollup: Rollup, lang: Language): { subject: string; facts: [string, string][] } {
  const result = rollup.consolidated;
  const subject = [result.assessment.agency, result.assessment.year?.toString()].filter((part) => part !== undefined && part !== '').join(' · ');
  const facts: [string, string][] = [
    [t('strategy', lang), rollup.strategy],
    [t('unitCount', lang), String(allUnits(rollup).length)],
    [t('target', lang), `${indexName(result.meta.catalogue, lang)} ${formatDecimal(rollup.belowTarget.index.value, lang)} · ${t('level', lang)} ${levelTargetShown(rollup, lang)}`],
  ];
  if (!result.complete) facts.push([t('coverage', lang), `${percentText(result.coverage, lang)} ${t('ofWeight', lang)}`]);
  return { subject, facts };
}

export function rankingTable(rollup: Rollup, lang: Language): CityTable {
  return {
    headers: [t('rank', lang), t('unit', lang), t('value', lang), t('predicate', lang), t('coverage', lang)],
    numeric: [true, false, true, false, true],
    rows: rollup.units.map((u) => [String(u.rank), u.unit, formatDecimal(u.index.value, lang), u.index.predicate.label[lang], percentText(u.coverage, lang)]),
  };
}

export function unrankedTable(rollup: Rollup, lang: Language): CityTable {
  return {
    headers: [t('unit', lang), t('value', lang), t('coverage', lang)],
    numeric: [false, true, true],
    rows: rollup.unranked.map((u) => [u.unit, formatDecimal(u.index.value, lang), percentText(u.coverage, lang)]),
  };
}

export function distributionTable(rollup: Rollup, lang: Language): CityTable {
  const d = rollup.distribution;
  return {
    headers: ['n', 'min', 'Q1', t('median', lang), 'Q3', 'max', t('mean', lang)],
    numeric: [true, true, true, true, true, true, true],
    rows: [[String(d.count), ...[d.min, d.q1, d.median, d.q3, d.max, d.mean].map((v) => formatDecimal(v.value, lang))]],
  };
}

export function shortfallTable(rollup: Rollup, lang: Language): CityTable {
  return {
    headers: ['', t('indicator', lang), t('level', lang), t('shortfallCost', lang), t('unitsBelowLevel', lang)],
    numeric: [true, false, true, true, false],
    rows: rollup.belowTarget.shortfalls.map((s) => [
      s.indicator,
      shortIndicatorName(s.label[lang]),
      levelShown(s.level.exact, lang),
      formatDecimal(s.cost.value, lang),
      s.units.length === 0 ? t('noneListed', lang) : s.units.join(', '),
    ]),
  };
}

/** Each unit's share of both shortfalls, in the order of the index shares, then the totals. */
export function attributionTable(rollup: Rollup, lang: Language): CityTable {
  const { index, level } = rollup.attribution;
  const levelShare = new Map(level.units.map((u) => [u.unit, u.share.value]));
  return {
    headers: [t('unit', lang), `${t('toIndexTarget', lang)} ${formatDecimal(index.target.value, lang)}`, `${t('toLevelTarget', lang)} ${levelTargetShown(rollup, lang)}`],
    numeric: [false, true, true],
    rows: [
      ...index.units.map((u) => [u.unit, formatDecimal(u.share.value, lang), formatDecimal(levelShare.get(u.unit), lang)]),
      [t('shortfall', lang), formatDecimal(index.shortfall.value, lang), formatDecimal(level.shortfall.value, lang)],
    ],
  };
}

/** One heat-map cell: the text shown, the whole level that picks its colour, and whether it counted. */
export interface HeatCell {
  readonly text: string;
  /** The whole level below or at the value (the colour band); null when there is no level. */
  readonly band: number | null;
  readonly status: 'assessed' | 'missing' | 'not-applicable';
  /** Whether the unit's level entered the city's value (false for a non-owner under `owner`). */
  readonly counted: boolean;
}

export interface HeatRow {
  readonly unit: string;
  readonly cells: readonly HeatCell[];
}

export interface HeatMap {
  readonly columns: readonly { readonly id: string; readonly name: string }[];
  /** Ranked units in rank order, then the unranked ones; empty when the roll-up kept no unit results. */
  readonly rows: readonly HeatRow[];
  readonly city: readonly HeatCell[];
  readonly levels: readonly number[];
}

/** The whole level at or below an exact level ("7/2" → 3); the colour band, never a shown value. */
function bandOf(level: number | string): number | null {
  if (typeof level === 'number') return level;
  const value = parseFraction(level);
  return value === undefined ? null : Number(value.num / value.den);
}

/** Compact text for a map cell: the level, "–" not assessed, "na" not applicable. */
function cellText(level: number | string | null, status: string, lang: Language): string {
  if (level !== null) return levelShown(level, lang);
  return status === 'not-applicable' ? 'na' : '–';
}

function heatCell(indicator: Pick<IndicatorScore, 'level' | 'status'>, counted: boolean, lang: Language): HeatCell {
  const status = indicator.status === 'assessed' ? 'assessed' : indicator.status === 'not-applicable' ? 'not-applicable' : 'missing';
  return {
    text: cellText(indicator.level, indicator.status, lang),
    band: indicator.level === null ? null : bandOf(indicator.level),
    status,
    // Only a level can be left out of the consolidation; an empty cell has nothing to leave out.
    counted: counted || status !== 'assessed',
  };
}

/** Whether a cell of the map, the city row included, shows a rounded value ("≈1,17"): the legend then says so. */
export function hasRoundedCell(map: HeatMap): boolean {
  return [...map.rows.flatMap((r) => r.cells), ...map.city].some((cell) => cell.text.startsWith('≈'));
}

export function heatMap(catalogue: Catalogue, rollup: Rollup, lang: Language): HeatMap {
  const contributors = rollup.indicators.map((indicator) => new Set(indicator.contributors));
  const units = allUnits(rollup);
  const rows: HeatRow[] = [];
  for (const unit of units) {
    if (unit.result === null) return { columns: [], rows: [], city: [], levels: [] };
    rows.push({ unit: unit.unit, cells: unit.result.indicators.map((indicator, i) => heatCell(indicator, contributors[i]?.has(unit.unit) ?? false, lang)) });
  }
  const levels: number[] = [];
  for (let level = catalogue.range.min; level <= catalogue.range.max; level++) levels.push(level);
  return {
    columns: catalogue.indicators.map((indicator) => ({ id: indicator.id, name: shortIndicatorName(indicator.name[lang]) })),
    rows,
    // The city's values by the units' rule (levelShown: "2,5", "≈2,54"), as the tables show them.
    city: rollup.consolidated.indicators.map((indicator) => heatCell(indicator, true, lang)),
    levels,
  };
}

/** One year of the trend; `instrumentChanged` when its catalogue differs from the year before. */
export interface TrendPoint {
  readonly year: string;
  readonly catalogue: string;
  readonly exact: string;
  readonly value: string;
  readonly predicate: string;
  readonly instrumentChanged: boolean;
}

/** The earlier years by year, then this one; empty without history. */
export function trendPoints(rollup: Rollup, history: readonly CityHistoryEntry[] | undefined, lang: Language): TrendPoint[] {
  if (history === undefined || history.length === 0) return [];
  const current = rollup.consolidated;
  const entries = [...history].sort((a, b) => a.year - b.year).map((entry) => ({ year: String(entry.year), result: entry.result }));
  entries.push({ year: current.assessment.year?.toString() ?? t('current', lang), result: current });
  return entries.map((entry, k) => ({
    year: entry.year,
    catalogue: entry.result.meta.catalogue.id,
    exact: entry.result.index.exact,
    value: formatDecimal(entry.result.index.value, lang),
    predicate: entry.result.index.predicate.label[lang],
    instrumentChanged: k > 0 && entries[k - 1]?.result.meta.catalogue.id !== entry.result.meta.catalogue.id,
  }));
}

/** The trend as a table; a change of instrument gets its own column only where there is one. */
export function trendTable(points: readonly TrendPoint[], lang: Language): CityTable {
  const changed = points.some((p) => p.instrumentChanged);
  return {
    headers: [t('year', lang), t('catalogue', lang), t('value', lang), t('predicate', lang), ...(changed ? [''] : [])],
    numeric: [true, false, true, false, false],
    rows: points.map((p) => [p.year, p.catalogue, p.value, p.predicate, ...(changed ? [p.instrumentChanged ? `← ${t('instrumentChange', lang)}` : ''] : [])]),
  };
}

/** The plan's headline lines: target, reachable and at what cost, the city after, or why not. */
export function planLines(plan: CityPlan, lang: Language): string[] {
  const name = indexName(plan.current.meta.catalogue, lang);
  const target = [
    ...(plan.target.index === null ? [] : [`${name} ≥ ${formatDecimal(plan.target.index.value, lang)}`]),
    ...Object.entries(plan.target.groups).map(([group, value]) => `${group} ≥ ${formatDecimal(value.value, lang)}`),
  ].join('; ');
  const lines = [`${t('target', lang)}: ${target}`];
  if (plan.reachable && plan.rollup !== null) {
    const index = plan.rollup.consolidated.index;
    lines.push(`${t('planReachable', lang)} ${formatDecimal(plan.totalCost, lang)}`);
    lines.push(`${t('planResult', lang)}: ${name} ${formatDecimal(index.value, lang)} (${index.predicate.label[lang]})`);
    if (!plan.optimal) lines.push(`${t('planNotOptimal', lang)} ${formatDecimal(plan.bound, lang)} ${t('planNotOptimalMore', lang)}`);
    if (plan.units.length === 0) lines.push(t('planNothing', lang));
  } else {
    lines.push(t('planUnreachable', lang), `${t('planBest', lang)}: ${name} ${formatDecimal(plan.best.index.value, lang)}`);
    for (const reason of plan.reasons) lines.push(`- ${reason.message[lang]}`);
  }
  return lines;
}

/** Each unit's raises as a table, with the unit's total cost. */
export function actionTables(plan: CityPlan, lang: Language): { unit: string; cost: string; table: CityTable }[] {
  return plan.units.map((unit) => ({
    unit: unit.unit,
    cost: formatDecimal(unit.cost, lang),
    table: {
      headers: ['', t('indicator', lang), t('raiseFrom', lang), t('raiseTo', lang), t('cost', lang)],
      numeric: [true, false, true, true, true],
      rows: unit.raises.map((raise) => [
        raise.indicator,
        shortIndicatorName(raise.label[lang]),
        levelShown(raise.from, lang),
        String(raise.to),
        formatDecimal(raise.cost, lang),
      ]),
    },
  }));
}
