import type { Rollup } from '../analysis/rollup/rollup.js';
import { verifyRollup } from '../analysis/rollup/verify-rollup.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import { exactWithFraction, nextBandMargin } from './band-notes.js';
import {
  actionTables,
  attributionTable,
  CITY_OPTION_KEYS,
  cityHeadline,
  distributionTable,
  hasRoundedCell,
  heatMap,
  planLines,
  rankingTable,
  shortfallTable,
  trendPoints,
  trendTable,
  unrankedTable,
  type CityReportOptions,
  type CityTable,
  type HeatMap,
} from './city-sections.js';
import { indexName, t } from './labels.js';
import { codeSpan, escapeMarkdown } from './markdown-escape.js';
import { formatDecimal } from './number-format.js';
import { escapeControl } from './terminal-text.js';
import { layoutTable, wrap, type Column } from './text-layout.js';
import { renderOptions } from './render-options.js';

const WIDTH = 80;
const GAP = 2;

/** A table as aligned text; the first non-numeric column with the most text shrinks to fit. */
export function textTable(table: CityTable, flex: number): string[] {
  const columns: Column[] = table.headers.map((header, i) => ({ header, align: table.numeric[i] ? 'right' : 'left', ...(i === flex ? { flex: true } : {}) }));
  return layoutTable(columns, table.rows, WIDTH);
}

/**
 * A table whose last column (a list of names) goes under its row, labelled by its header and
 * wrapped, instead of being cut to fit 80 columns.
 */
export function wrappedTable(table: CityTable, flex: number): string[] {
  const last = table.headers.length - 1;
  const laid = textTable({ headers: table.headers.slice(0, last), numeric: table.numeric.slice(0, last), rows: table.rows.map((row) => row.slice(0, last)) }, flex);
  const out = laid.slice(0, 2);
  table.rows.forEach((row, r) => {
    out.push(laid[r + 2] as string, ...wrap(`${table.headers[last]}: ${row[last]}`, WIDTH - 4, '  ').map((line) => `    ${line}`));
  });
  return out;
}

/** The heat map as blocks of indicator columns, each block at most 80 columns wide. */
function heatText(map: HeatMap, lang: Language): string[] {
  if (map.rows.length === 0) return wrap(t('heatmapNoResults', lang));
  const rows = [...map.rows.map((r) => ({ label: r.unit, cells: r.cells })), { label: t('cityRow', lang), cells: map.city }];
  const labelWidth = Math.min(22, Math.max(...rows.map((r) => [...r.label].length)));
  const widths = map.columns.map((c, i) => Math.max([...c.id].length, ...rows.map((r) => [...(r.cells[i]?.text ?? '')].length)));
  const lines: string[] = [];
  let start = 0;
  while (start < map.columns.length) {
    let used = labelWidth;
    let end = start;
    while (end < map.columns.length && used + GAP + (widths[end] as number) <= WIDTH) used += GAP + (widths[end++] as number);
    const columns: Column[] = [{ header: t('unit', lang), align: 'left', flex: true }, ...map.columns.slice(start, end).map((c): Column => ({ header: c.id, align: 'right' }))];
    const cells = rows.map((r) => [r.label, ...r.cells.slice(start, end).map((cell) => (cell.counted ? cell.text : `(${cell.text})`))]);
    lines.push(...layoutTable(columns, cells, WIDTH), '');
    start = end;
  }
  return lines;
}

function heatLegend(map: HeatMap, lang: Language): string {
  const aside = map.rows.some((r) => r.cells.some((cell) => !cell.counted && cell.status === 'assessed'));
  const rounded = hasRoundedCell(map) ? `; ≈ ${t('roundedMark', lang)}` : '';
  return `${t('heatmapLegend', lang)} – ${t('missingMark', lang)}; na ${t('notApplicableMark', lang)}${aside ? `; (n) ${t('heatmapNotCounted', lang)}` : ''}${rounded}.`;
}

/**
 * Renders a city's roll-up as plain text of at most 80 columns, with the same content as
 * {@link renderCityHtml}: the index, predikat and margin to the next band, the ranking and the
 * units not ranked, the unit × indicator map of levels (in blocks of columns), the distribution,
 * the indicators below target with their units, each unit's share of the shortfalls, and with
 * `plan` and `history` the action lists and the trend.
 * The roll-up is verified first, as `verifyRollup` does (without the options it does not record):
 * one with an edited part (a rank, the median, a share, the consolidated result) throws a
 * `SpbeError` with its `result.inconsistent` issues, so a report never publishes it.
 *
 * @example
 * ```ts
 * import { rollup } from 'spbe-index/analysis';
 * import { renderCityTable } from 'spbe-index/report';
 *
 * console.log(renderCityTable(permenpanrb592020, rollup(permenpanrb592020, opdAssessments), { lang: 'en' }));
 * ```
 * @category Reports
 */
export function renderCityTable(catalogue: Catalogue, rollup: Rollup, given: CityReportOptions = {}): string {
  const options = renderOptions(given, CITY_OPTION_KEYS);
  const lang = options.lang ?? 'id';
  const result = verifyRollup(catalogue, rollup).rollup.consolidated;
  const { subject, facts } = cityHeadline(rollup, lang);
  const lines = [t('cityTitle', lang)];
  if (subject) lines.push(subject);
  lines.push(`${t('catalogue', lang)}: ${catalogue.id}`, '');
  lines.push(`${indexName(catalogue, lang)}  ${formatDecimal(result.index.value, lang)}  ${result.index.predicate.label[lang]}`);
  lines.push(...wrap(`${t('exact', lang)}: ${exactWithFraction(result.index.exact, lang)}`));
  const nextBand = nextBandMargin(catalogue, result, lang);
  if (nextBand !== undefined) lines.push(...wrap(`${t('nextBand', lang)}: ${nextBand}`));
  for (const [label, value] of facts) lines.push(...wrap(`${label}: ${value}`));
  if (!result.complete) lines.push(t('incomplete', lang));
  const points = trendPoints(rollup, options.history, lang);
  if (points.length > 0) {
    lines.push('', t('trendTitle', lang), ...textTable(trendTable(points, lang), 1));
    if (points.some((p) => p.instrumentChanged)) lines.push(...wrap(t('instrumentNote', lang)));
  }
  lines.push('', t('unitsRanked', lang), ...textTable(rankingTable(rollup, lang), 1));
  if (rollup.unranked.length > 0) lines.push('', t('unranked', lang), ...wrap(t('unrankedNote', lang)), ...textTable(unrankedTable(rollup, lang), 0));
  lines.push('', t('distribution', lang), ...textTable(distributionTable(rollup, lang), -1));
  const map = heatMap(catalogue, rollup, lang);
  lines.push('', t('heatmapTitle', lang), ...wrap(heatLegend(map, lang)), '', ...heatText(map, lang));
  const shortfalls = shortfallTable(rollup, lang);
  lines.push(t('shortfallsTitle', lang), ...(shortfalls.rows.length === 0 ? [t('noneListed', lang)] : wrappedTable(shortfalls, 1)));
  lines.push('', t('attributionTitle', lang), ...wrap(t('attributionLegend', lang)), ...textTable(attributionTable(rollup, lang), 0));
  if (options.plan !== undefined) {
    lines.push('', t('actionsTitle', lang), ...planLines(options.plan, lang).flatMap((line) => wrap(line)));
    for (const list of actionTables(options.plan, lang)) lines.push('', `${list.unit} · ${t('cost', lang)} ${list.cost}`, ...textTable(list.table, 1));
  }
  return `${lines.map(escapeControl).join('\n')}\n`;
}

function markdownTable(table: CityTable): string[] {
  return [
    `| ${table.headers.map(escapeMarkdown).join(' | ')} |`,
    `|${table.numeric.map((n) => (n ? '---:' : ':---')).join('|')}|`,
    ...table.rows.map((row) => `| ${row.map(escapeMarkdown).join(' | ')} |`),
  ];
}

function heatMarkdown(map: HeatMap, lang: Language): string[] {
  if (map.rows.length === 0) return [escapeMarkdown(t('heatmapNoResults', lang))];
  const row = (label: string, cells: HeatMap['city'], strong: boolean): string => {
    const texts = cells.map((cell) => escapeMarkdown(cell.counted ? cell.text : `(${cell.text})`));
    return `| ${strong ? `**${escapeMarkdown(label)}**` : escapeMarkdown(label)} | ${(strong ? texts.map((text) => `**${text}**`) : texts).join(' | ')} |`;
  };
  return [
    escapeMarkdown(heatLegend(map, lang)),
    '',
    `| ${escapeMarkdown(t('unit', lang))} | ${map.columns.map((c) => escapeMarkdown(c.id)).join(' | ')} |`,
    `|:---|${map.columns.map(() => '---:').join('|')}|`,
    ...map.rows.map((r) => row(r.unit, r.cells, false)),
    row(t('cityRow', lang), map.city, true),
    '',
    map.columns.map((c) => `**${escapeMarkdown(c.id)}** ${escapeMarkdown(c.name)}`).join(' · '),
  ];
}

/**
 * Renders a city's roll-up as Markdown, with the same content as {@link renderCityHtml}: the
 * index, predikat and margin to the next band, the ranking and the units not ranked, the unit ×
 * indicator map of levels, the distribution, the indicators below target with their units, each
 * unit's share of the shortfalls, and with `plan` and `history` the action lists and the trend.
 * The roll-up is verified first, as `verifyRollup` does (without the options it does not record):
 * one with an edited part (a rank, the median, a share, the consolidated result) throws a
 * `SpbeError` with its `result.inconsistent` issues, so a report never publishes it.
 *
 * @example
 * ```ts
 * import { rollup } from 'spbe-index/analysis';
 * import { renderCityMarkdown } from 'spbe-index/report';
 *
 * writeFileSync('kota.md', renderCityMarkdown(permenpanrb592020, rollup(permenpanrb592020, opdAssessments)));
 * ```
 * @category Reports
 */
export function renderCityMarkdown(catalogue: Catalogue, rollup: Rollup, given: CityReportOptions = {}): string {
  const options = renderOptions(given, CITY_OPTION_KEYS);
  const lang = options.lang ?? 'id';
  const result = verifyRollup(catalogue, rollup).rollup.consolidated;
  const { subject, facts } = cityHeadline(rollup, lang);
  const lines = [`# ${escapeMarkdown(t('cityTitle', lang))}${subject ? `: ${escapeMarkdown(subject)}` : ''}`, ''];
  lines.push(`**${escapeMarkdown(indexName(catalogue, lang))}: ${formatDecimal(result.index.value, lang)}** (${escapeMarkdown(result.index.predicate.label[lang])})`, '');
  const nextBand = nextBandMargin(catalogue, result, lang);
  const items: [string, string][] = [
    [t('exact', lang), escapeMarkdown(exactWithFraction(result.index.exact, lang))],
    ...(nextBand === undefined ? [] : ([[t('nextBand', lang), escapeMarkdown(nextBand)]] as [string, string][])),
    [t('catalogue', lang), codeSpan(catalogue.id)],
    ...facts.map(([label, value]): [string, string] => [label, escapeMarkdown(value)]),
  ];
  lines.push(...items.map(([label, value]) => `- ${escapeMarkdown(label)}: ${value}`));
  if (!result.complete) lines.push('', `> ${escapeMarkdown(t('incomplete', lang))}`);
  const points = trendPoints(rollup, options.history, lang);
  if (points.length > 0) {
    lines.push('', `## ${escapeMarkdown(t('trendTitle', lang))}`, '', ...markdownTable(trendTable(points, lang)));
    if (points.some((p) => p.instrumentChanged)) lines.push('', `> ${escapeMarkdown(t('instrumentNote', lang))}`);
  }
  lines.push('', `## ${escapeMarkdown(t('unitsRanked', lang))}`, '', ...markdownTable(rankingTable(rollup, lang)));
  if (rollup.unranked.length > 0) {
    lines.push('', `### ${escapeMarkdown(t('unranked', lang))}`, '', escapeMarkdown(t('unrankedNote', lang)), '', ...markdownTable(unrankedTable(rollup, lang)));
  }
  lines.push('', `## ${escapeMarkdown(t('distribution', lang))}`, '', ...markdownTable(distributionTable(rollup, lang)));
  lines.push('', `## ${escapeMarkdown(t('heatmapTitle', lang))}`, '', ...heatMarkdown(heatMap(catalogue, rollup, lang), lang));
  const shortfalls = shortfallTable(rollup, lang);
  lines.push('', `## ${escapeMarkdown(t('shortfallsTitle', lang))}`, '', ...(shortfalls.rows.length === 0 ? [escapeMarkdown(t('noneListed', lang))] : markdownTable(shortfalls)));
  lines.push('', `## ${escapeMarkdown(t('attributionTitle', lang))}`, '', escapeMarkdown(t('attributionLegend', lang)), '', ...markdownTable(attributionTable(rollup, lang)));
  if (options.plan !== undefined) {
    lines.push('', `## ${escapeMarkdown(t('actionsTitle', lang))}`, '', ...planLines(options.plan, lang).map((line) => `${escapeMarkdown(line)}  `));
    for (const list of actionTables(options.plan, lang)) {
      lines.push('', `### ${escapeMarkdown(list.unit)} · ${escapeMarkdown(t('cost', lang))} ${list.cost}`, '', ...markdownTable(list.table));
    }
  }
  lines.push('', `<sub>${escapeMarkdown(t('generatedBy', lang))} ${escapeMarkdown(result.meta.library.name)} ${escapeMarkdown(result.meta.library.version)} · ${escapeMarkdown(t('fingerprint', lang))} ${codeSpan(result.meta.fingerprint)}</sub>`, '');
  return lines.map(escapeControl).join('\n');
}
