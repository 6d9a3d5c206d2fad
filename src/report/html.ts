import type { Comparison } from '../analysis/compare.js';
import { estimateHtml, type RestatedEstimate } from './estimate-section.js';
import type { PlanResult } from '../analysis/plan/plan.js';
import { verifyResult } from '../analysis/verify-result.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import type { GroupScore, ScoreResult } from '../model/result.js';
import { escapeHtml } from './html-escape.js';
import { htmlPageStart, indexCardHtml } from './html-page.js';
import { REPORT_CSS } from './html-style.js';
import { exactWithFraction, fragileNote, nextBandMargin, percentText } from './band-notes.js';
import { indexName, reportTitle, shortIndicatorName, t } from './labels.js';
import { formatDecimal } from './number-format.js';
import { fractionAsDecimal, levelShown, levelText } from './exact-display.js';
import { subjectOf, tiersOf } from './result-sections.js';
import { gapToTarget, reachesTarget, targetLevel } from './targets.js';
import { planHeaders, planRows, planSummary } from './plan-text.js';
import { barChart } from './svg-bars.js';
import { radarChart } from './svg-radar.js';
import { renderOptions, type OptionKeys } from './render-options.js';

/**
 * What the HTML report may show besides the result itself.
 *
 * @example
 * ```ts
 * const extras: HtmlExtras = { comparison: compare(lastYear, result), plan: plan(catalogue, result, { index: '3.5' }) };
 * ```
 * @category Reports
 */
export interface HtmlExtras {
  /**
   * The comparison of an earlier result with this one (`compare(previous, result)`): the earlier
   * values and the exact changes stand beside the current values.
   */
  readonly comparison?: Comparison;
  /** An improvement plan for this result (`plan(catalogue, result, ...)`), shown as its own section. */
  readonly plan?: PlanResult;
  /**
   * Another catalogue's index estimated by restating this result (`restate`, then `score`): a
   * section of its own, marked as an estimate (for an indicative mapping: not an official crosswalk).
   */
  readonly estimate?: RestatedEstimate;
  /** Lines shown under the header, such as which catalogue the `spbe` command chose and why. */
  readonly notes?: readonly string[];
}

/**
 * Options of {@link renderHtml}.
 *
 * @example
 * ```ts
 * renderHtml(catalogue, result, { lang: 'en', comparison: compare(lastYear, result) });
 * ```
 * @category Reports
 */
export interface HtmlOptions extends HtmlExtras {
  /** Language of labels and number format; default `id`. */
  readonly lang?: Language;
}

const HTML_OPTION_KEYS = { lang: true, comparison: true, plan: true, estimate: true, notes: true } as const satisfies OptionKeys<HtmlOptions>;


/** The plan as a section: its summary lines and a table of raises. */
function planHtml(plan: PlanResult, lang: Language, name: string): string {
  const summary = planSummary(plan, lang, name).map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  const headers = planHeaders(lang)
    .map((header, i) => `<th${i === 1 ? '' : ' class="num"'}>${escapeHtml(header)}</th>`)
    .join('');
  const rows = planRows(plan, lang)
    .map((row) => `<tr>${row.map((cell, i) => `<td${i === 1 ? '' : ' class="num"'}>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<section class="plan"><h2>${escapeHtml(t('planTitle', lang))}</h2>${summary}${rows ? `<table><thead><tr>${headers}</tr></thead><tbody>${rows}</tbody></table>` : ''}</section>`;
}

/** A signed change with a class for its direction ("+0,80" up, "-0,15" down). */
function deltaCell(delta: string | null, lang: Language): string {
  const direction = delta === null ? '' : delta.startsWith('+') ? ' delta-up' : delta.startsWith('-') ? ' delta-down' : '';
  return `<td class="num${direction}">${escapeHtml(formatDecimal(delta, lang))}</td>`;
}

function groupRows(groups: readonly GroupScore[], lang: Language, comparison: Comparison | undefined, target: string | null): string {
  return groups
    .map((group) => {
      const change = comparison?.groups.find((g) => g.id === group.id);
      const below = target !== null && group.exact !== null && !reachesTarget(group.exact, target);
      return (
        `<tr${below ? ' class="below-target"' : ''}><td>${escapeHtml(group.id)}</td><td>${escapeHtml(group.label[lang])}</td>` +
        `<td class="num">${escapeHtml(formatDecimal(group.weight, lang))}</td>` +
        (comparison ? `<td class="num">${escapeHtml(formatDecimal(change?.before.value ?? null, lang))}</td>` : '') +
        `<td class="num level">${escapeHtml(formatDecimal(group.value, lang))}</td>` +
        (comparison ? deltaCell(change?.delta?.value ?? null, lang) : '') +
        `<td>${escapeHtml(group.predicate?.label[lang] ?? '–')}</td></tr>`
      );
    })
    .join('');
}

/**
 * Renders a result as one self-contained HTML page: no scripts, no external resources (a
 * Content-Security-Policy forbids them), inline CSS, print-friendly on A4. It shows the index and
 * predikat, a radar chart of the aspects and a bar chart of the domains against the catalogue's
 * target (both SVG drawn by this library), the group tables and the indicator table with levels
 * and gaps to the target level; with `previous`, the earlier values beside the current ones.
 * Every printed number is one of the result's display strings; all text is HTML-escaped.
 * The result is verified first, as `verifyResult` does: one whose numbers do not follow from its
 * levels, statuses and options (an edited result) throws a `SpbeError` with its
 * `result.inconsistent` issues, so a report never publishes them.
 *
 * @example
 * ```ts
 * import { score } from 'spbe-index';
 * import { renderHtml } from 'spbe-index/report';
 * import { permenpanrb592020 } from 'spbe-index/catalogues/permenpanrb-59-2020';
 *
 * const html = renderHtml(permenpanrb592020, score(permenpanrb592020, assessment), { lang: 'id' });
 * writeFileSync('laporan.html', html);
 * ```
 * @category Reports
 */
export function renderHtml(catalogue: Catalogue, result: ScoreResult, given: HtmlOptions = {}): string {
  const options = renderOptions(given, HTML_OPTION_KEYS);
  verifyResult(catalogue, result);
  const lang = options.lang ?? 'id';
  const comparison = options.comparison;
  const before = comparison?.index.before ?? null;
  const target = catalogue.targets?.index ?? null;
  const level = targetLevel(catalogue);
  const subject = subjectOf(result);
  const max = catalogue.range.max;
  const tiers = tiersOf(catalogue, result, lang).filter((tier) => tier.groups.length > 0);
  const radarTier = tiers.find((tier) => tier.tier === 'aspect') ?? tiers[tiers.length - 1];
  const barTier = tiers.find((tier) => tier.tier === 'domain') ?? tiers[0];

  const radar = radarTier
    ? radarChart(
        radarTier.groups.map((g) => ({ id: g.id, name: g.label[lang], exact: g.exact, shown: formatDecimal(g.value, lang) })),
        {
          max,
          target,
          title: t('radarTitle', lang),
          legend: { value: t('value', lang), target: `${t('target', lang)} ${formatDecimal(target, lang)}` },
        },
      )
    : '';
  const bars = barTier
    ? barChart(
        barTier.groups.map((g) => ({
          id: g.id,
          name: g.label[lang],
          exact: g.exact,
          shown: formatDecimal(g.value, lang),
          meetsTarget: target === null || reachesTarget(g.exact, target),
        })),
        { max, target, targetShown: `${t('target', lang)} ${formatDecimal(target, lang)}`, title: t('barsTitle', lang) },
      )
    : '';

  const groupTables = tiers
    .map(
      (tier) =>
        `<h2>${escapeHtml(tier.plural)}</h2><table><thead><tr><th></th><th>${escapeHtml(tier.plural)}</th>` +
        `<th class="num">${t('weight', lang)}</th>` +
        (comparison ? `<th class="num">${t('previous', lang)}</th>` : '') +
        `<th class="num">${comparison ? t('current', lang) : t('value', lang)}</th>` +
        (comparison ? `<th class="num">${t('delta', lang)}</th>` : '') +
        `<th>${t('predicate', lang)}</th></tr></thead>` +
        `<tbody>${groupRows(tier.groups, lang, comparison, target)}</tbody></table>`,
    )
    .join('');

  const indicatorRows = result.indicators
    .map((indicator) => {
      const gap = gapToTarget(indicator, level);
      const below = gap !== null && gap !== '0';
      const change = comparison?.indicators.find((i) => i.id === indicator.id);
      return (
        `<tr${below ? ' class="below-target"' : ''}><td class="num">${escapeHtml(indicator.id)}</td>` +
        `<td>${escapeHtml(shortIndicatorName(indicator.label[lang]))}</td><td>${escapeHtml(indicator.group)}</td>` +
        `<td class="num">${escapeHtml(formatDecimal(fractionAsDecimal(indicator.weight), lang))}</td>` +
        (comparison ? `<td class="num">${escapeHtml(levelShown(change?.before ?? null, lang))}</td>` : '') +
        `<td class="num level">${escapeHtml(levelText(indicator, lang))}</td>` +
        `<td class="num">${escapeHtml(formatDecimal(gap, lang))}</td></tr>`
      );
    })
    .join('');

  const previousLine =
    comparison && before
      ? `<dt>${t('previous', lang)}</dt><dd>${escapeHtml(formatDecimal(before.value, lang))} · ${escapeHtml(before.predicate?.label[lang] ?? '–')} (${escapeHtml(formatDecimal(comparison.index.delta?.value ?? null, lang))})</dd>`
      : '';
  const planSection = options.plan ? planHtml(options.plan, lang, indexName(catalogue, lang)) : '';
  const fragile = fragileNote(catalogue, result, lang);
  const nextBand = nextBandMargin(catalogue, result, lang);
  const heading = reportTitle(catalogue, lang);
  return `${htmlPageStart({ lang, heading, subject, catalogue, css: REPORT_CSS, notes: options.notes })}
<section class="summary">
${indexCardHtml(catalogue, result, lang)}
<dl class="meta"><dt>${t('exact', lang)}</dt><dd>${escapeHtml(exactWithFraction(result.index.exact, lang))}</dd>${nextBand === undefined ? '' : `<dt>${t('nextBand', lang)}</dt><dd>${escapeHtml(nextBand)}</dd>`}<dt>${t('catalogue', lang)}</dt><dd>${escapeHtml(catalogue.id)} rev. ${escapeHtml(catalogue.revision)}</dd>${target === null ? '' : `<dt>${t('target', lang)}</dt><dd>${escapeHtml(formatDecimal(target, lang))} · ${t('level', lang)} ${level}</dd>`}${previousLine}</dl>
</section>
${fragile === undefined ? '' : `<p class="notice fragile">${escapeHtml(fragile)}</p>`}${result.complete ? '' : `<p class="notice">${escapeHtml(`${t('incomplete', lang)} ${t('coverage', lang)}: ${percentText(result.coverage, lang)} ${t('ofWeight', lang)}.`)}</p>`}
<section class="charts">
${radar ? `<figure><figcaption>${t('radarTitle', lang)}</figcaption>${radar}</figure>` : ''}
${bars ? `<figure><figcaption>${t('barsTitle', lang)}</figcaption>${bars}</figure>` : ''}
</section>
${groupTables}
<h2>${t('indicatorTable', lang)}</h2>
<table class="indicators"><thead><tr><th class="num">No</th><th>${t('indicator', lang)}</th><th></th><th class="num">${t('weight', lang)}</th>${comparison ? `<th class="num">${t('previous', lang)}</th>` : ''}<th class="num">${t('level', lang)}</th><th class="num">${t('gap', lang)} ${level}</th></tr></thead>
<tbody>${indicatorRows}</tbody></table>
${planSection}${options.estimate ? estimateHtml(options.estimate, lang) : ''}
${result.warnings.length > 0 ? `<h2>${t('warnings', lang)}</h2><ul>${result.warnings.map((w) => `<li>${escapeHtml(w.message[lang])}</li>`).join('')}</ul>` : ''}
<footer>${t('generatedBy', lang)} ${escapeHtml(result.meta.library.name)} ${escapeHtml(result.meta.library.version)} · ${t('fingerprint', lang)} ${escapeHtml(result.meta.fingerprint)}</footer>
</main>
</body>
</html>
`;
}
