import { allUnits } from '../analysis/rollup/all-units.js';
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
  type HeatCell,
  type HeatMap,
} from './city-sections.js';
import { CITY_CSS } from './city-style.js';
import { escapeHtml } from './html-escape.js';
import { htmlPageStart, indexCardHtml } from './html-page.js';
import { t } from './labels.js';
import { formatDecimal } from './number-format.js';
import { distributionChart } from './svg-distribution.js';
import { trendChart } from './svg-trend.js';
import { renderOptions } from './render-options.js';

const PALETTE_SIZE = 5;

function tableHtml(table: CityTable, className = '', totalRow = false): string {
  const head = table.headers.map((h, i) => `<th${table.numeric[i] ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('');
  const body = table.rows
    .map(
      (row, r) =>
        `<tr${totalRow && r === table.rows.length - 1 ? ' class="total"' : ''}>${row.map((cell, i) => `<td${table.numeric[i] ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table${className ? ` class="${className}"` : ''}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The colour class of a level: the catalogue's levels spread over the five colours. */
function colourOf(band: number, levels: readonly number[]): string {
  const min = levels[0] as number;
  const max = levels[levels.length - 1] as number;
  const clamped = Math.max(min, Math.min(band, max));
  const position = max === min ? PALETTE_SIZE - 1 : Math.round(((clamped - min) * (PALETTE_SIZE - 1)) / (max - min));
  return `b${position}`;
}

function cellHtml(cell: HeatCell, unit: string, column: { id: string; name: string }, levels: readonly number[], lang: Language): string {
  const classes = [cell.band === null ? cell.status : colourOf(cell.band, levels), ...(cell.counted ? [] : ['aside'])];
  const status = cell.status === 'missing' ? t('missingMark', lang) : cell.status === 'not-applicable' ? t('notApplicableMark', lang) : cell.text;
  const title = `${unit} · ${column.id} ${column.name}: ${status}${cell.counted ? '' : ` (${t('heatmapNotCounted', lang)})`}`;
  return `<td class="${classes.join(' ')}" title="${escapeHtml(title)}">${escapeHtml(cell.text)}</td>`;
}

function heatHtml(map: HeatMap, lang: Language): string {
  if (map.rows.length === 0) return `<p class="notice">${escapeHtml(t('heatmapNoResults', lang))}</p>`;
  const head = map.columns.map((c) => `<th scope="col" title="${escapeHtml(`${c.id} ${c.name}`)}">${escapeHtml(c.id)}</th>`).join('');
  const row = (unit: string, label: string, cells: readonly HeatCell[], className = ''): string =>
    `<tr${className ? ` class="${className}"` : ''}><th scope="row" title="${escapeHtml(label)}">${escapeHtml(label)}</th>${cells
      .map((cell, i) => cellHtml(cell, unit, map.columns[i] as { id: string; name: string }, map.levels, lang))
      .join('')}</tr>`;
  const body = [...map.rows.map((r) => row(r.unit, r.unit, r.cells)), row(t('cityRow', lang), t('cityRow', lang), map.city, 'city-row')].join('');
  const swatches = map.levels.map((level) => `<li><span class="swatch ${colourOf(level, map.levels)}">${level}</span>${escapeHtml(`${t('level', lang)} ${level}`)}</li>`);
  swatches.push(`<li><span class="swatch">–</span>${escapeHtml(t('missingMark', lang))}</li>`, `<li><span class="swatch">na</span>${escapeHtml(t('notApplicableMark', lang))}</li>`);
  if (map.rows.some((r) => r.cells.some((cell) => !cell.counted && cell.status === 'assessed'))) {
    swatches.push(`<li><span class="swatch aside">3</span>${escapeHtml(t('heatmapNotCounted', lang))}</li>`);
  }
  if (hasRoundedCell(map)) swatches.push(`<li><span class="swatch">≈</span>${escapeHtml(t('roundedMark', lang))}</li>`);
  // On screen the map scrolls under sticky headers; in print it takes the page width.
  const minWidth = 190 + map.columns.length * 30;
  return (
    `<p class="note">${escapeHtml(t('heatmapLegend', lang))}</p>` +
    `<ul class="legend">${swatches.join('')}</ul>` +
    `<div class="heat-wrap"><table class="heat" style="min-width: ${minWidth}px"><colgroup><col class="unit-col"><col span="${map.columns.length}"></colgroup>` +
    `<thead><tr><th class="corner" scope="col">${escapeHtml(t('unit', lang))}</th>${head}</tr></thead><tbody>${body}</tbody></table></div>` +
    `<ol class="indicator-names">${map.columns.map((c) => `<li><b>${escapeHtml(c.id)}</b><span>${escapeHtml(c.name)}</span></li>`).join('')}</ol>`
  );
}

/**
 * Renders a city's roll-up (from `rollup`) as one self-contained HTML page: no scripts, no
 * external resources (a Content-Security-Policy forbids them), inline CSS, printed on landscape
 * A4. It shows the consolidated index, predikat and margin to the next band; the units ranked
 * with their coverage and the units not ranked; a unit × indicator map of levels (each cell
 * shows its number, coloured by level, with a legend; sticky headers on screen, the page width
 * in print); the distribution of the unit indexes; the indicators below the level target by what
 * they cost the city, with their units by name; each unit's share of the shortfalls; with
 * `plan`, each unit's action list; with `history`, the trend over the years, a change of
 * instrument marked and never joined into one line. All text is HTML-escaped.
 * The roll-up is verified first, as `verifyRollup` does (without the options it does not record):
 * one with an edited part (a rank, the median, a share, the consolidated result) throws a
 * `SpbeError` with its `result.inconsistent` issues, so a report never publishes it.
 *
 * @example
 * ```ts
 * import { planCity, rollup } from 'spbe-index/analysis';
 * import { renderCityHtml } from 'spbe-index/report';
 * import { permenpanrb592020 } from 'spbe-index/catalogues/permenpanrb-59-2020';
 *
 * const city = rollup(permenpanrb592020, opdAssessments, { strategy: 'owner', responsibilities, minimumCoverage: '0.05' });
 * const cityPlan = planCity(permenpanrb592020, opdAssessments, { predicate: 'baik' }, { rollup: { strategy: 'owner', responsibilities } });
 * writeFileSync('kota.html', renderCityHtml(permenpanrb592020, city, { lang: 'id', plan: cityPlan }));
 * ```
 * @category Reports
 */
export function renderCityHtml(catalogue: Catalogue, rollup: Rollup, given: CityReportOptions = {}): string {
  const options = renderOptions(given, CITY_OPTION_KEYS);
  const lang = options.lang ?? 'id';
  const result = verifyRollup(catalogue, rollup).rollup.consolidated;
  const { subject, facts } = cityHeadline(rollup, lang);
  const nextBand = nextBandMargin(catalogue, result, lang);
  const dl = [
    [t('exact', lang), exactWithFraction(result.index.exact, lang)],
    ...(nextBand === undefined ? [] : [[t('nextBand', lang), nextBand]]),
    [t('catalogue', lang), `${catalogue.id} rev. ${catalogue.revision}`],
    ...facts,
  ]
    .map(([dt, dd]) => `<dt>${escapeHtml(dt as string)}</dt><dd>${escapeHtml(dd as string)}</dd>`)
    .join('');
  const sections: string[] = [];
  const points = trendPoints(rollup, options.history, lang);
  if (points.length > 0) {
    const changed = points.some((p) => p.instrumentChanged);
    sections.push(
      `<section class="trend"><h2>${escapeHtml(t('trendTitle', lang))}</h2>` +
        `<div class="columns"><div><figure>${trendChart(points, { max: catalogue.range.max, title: t('trendTitle', lang), changeLabel: t('instrumentChange', lang) })}</figure></div>` +
        `<div>${tableHtml(trendTable(points, lang))}${changed ? `<p class="note">${escapeHtml(t('instrumentNote', lang))}</p>` : ''}</div></div>` +
        `</section>`,
    );
  }
  const unranked = rollup.unranked.length === 0 ? '' : `<h3>${escapeHtml(t('unranked', lang))}</h3><p class="note">${escapeHtml(t('unrankedNote', lang))}</p>${tableHtml(unrankedTable(rollup, lang))}`;
  const d = rollup.distribution;
  const dots = allUnits(rollup).map((u) => ({ unit: u.unit, exact: u.index.exact, shown: formatDecimal(u.index.value, lang) }));
  sections.push(
    `<section class="columns"><div><h2>${escapeHtml(t('unitsRanked', lang))}</h2>${tableHtml(rankingTable(rollup, lang), 'ranking')}${unranked}</div>` +
      `<div><h2>${escapeHtml(t('distribution', lang))}</h2><figure>${distributionChart(dots, {
        max: catalogue.range.max,
        title: t('distribution', lang),
        min: d.min.exact,
        q1: d.q1.exact,
        median: d.median.exact,
        q3: d.q3.exact,
        maxValue: d.max.exact,
        target: rollup.belowTarget.index.exact,
        targetShown: `${t('target', lang)} ${formatDecimal(rollup.belowTarget.index.value, lang)}`,
      })}</figure>${tableHtml(distributionTable(rollup, lang))}` +
      `<h2>${escapeHtml(t('attributionTitle', lang))}</h2><p class="note">${escapeHtml(t('attributionLegend', lang))}</p>${tableHtml(attributionTable(rollup, lang), 'attribution', true)}</div></section>`,
  );
  sections.push(`<section class="heat-section"><h2>${escapeHtml(t('heatmapTitle', lang))}</h2>${heatHtml(heatMap(catalogue, rollup, lang), lang)}</section>`);
  const shortfalls = shortfallTable(rollup, lang);
  sections.push(
    `<section class="shortfalls"><h2>${escapeHtml(t('shortfallsTitle', lang))}</h2>${shortfalls.rows.length === 0 ? `<p>${escapeHtml(t('noneListed', lang))}</p>` : tableHtml(shortfalls, 'shortfalls')}</section>`,
  );
  if (options.plan !== undefined) {
    const lists = actionTables(options.plan, lang)
      .map((list) => `<section class="unit-actions"><h3>${escapeHtml(list.unit)} · ${escapeHtml(t('cost', lang))} ${escapeHtml(list.cost)}</h3>${tableHtml(list.table)}</section>`)
      .join('');
    sections.push(`<section class="actions"><h2>${escapeHtml(t('actionsTitle', lang))}</h2>${planLines(options.plan, lang).map((line) => `<p>${escapeHtml(line)}</p>`).join('')}${lists}</section>`);
  }
  return `${htmlPageStart({ lang, heading: t('cityTitle', lang), subject, catalogue, css: CITY_CSS, notes: options.notes })}
<section class="summary">
${indexCardHtml(catalogue, result, lang)}
<dl class="meta">${dl}</dl>
</section>
${result.complete ? '' : `<p class="notice">${escapeHtml(t('incomplete', lang))}</p>`}
${sections.join('\n')}
<footer>${escapeHtml(t('generatedBy', lang))} ${escapeHtml(result.meta.library.name)} ${escapeHtml(result.meta.library.version)} · ${escapeHtml(t('fingerprint', lang))} ${escapeHtml(result.meta.fingerprint)}</footer>
</main>
</body>
</html>
`;
}
