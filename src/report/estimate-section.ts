import { instrumentOf } from '../analysis/instrument.js';
import { verifyResult } from '../analysis/verify-result.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import type { ScoreResult } from '../model/result.js';
import type { Restatement } from '../restate/restate.js';
import { exactWithFraction, percentText } from './band-notes.js';
import { escapeHtml } from './html-escape.js';
import { escapeMarkdown } from './markdown-escape.js';
import { formatDecimal } from './number-format.js';
import { estimateMark, mappedCount, unmappedLine } from './restatement-text.js';
import { predicateName, t } from './labels.js';
import { escapeControl } from './terminal-text.js';
import { wrap } from './text-layout.js';
import { renderOptions } from './render-options.js';

/**
 * An estimate of another catalogue's index for the same agency: a restatement (`restate`) of the
 * reported result, scored with the target catalogue (`score(catalogue, restatement.assessment,
 * { missing: 'partial' })`). The reports show it as its own section, marked as an estimate.
 *
 * @example
 * ```ts
 * const restatement = restate(result, mapping, { from: permenpanrb592020, to: permenpanrb82026 });
 * const estimate = { restatement, catalogue: permenpanrb82026, result: score(permenpanrb82026, restatement.assessment, { missing: 'partial' }) };
 * renderHtml(permenpanrb592020, result, { estimate });
 * ```
 * @category Reports
 */
export interface RestatedEstimate {
  readonly restatement: Restatement;
  /** The target catalogue the restated assessment was scored with. */
  readonly catalogue: Catalogue;
  /** The restated assessment's result: partial when targets are unmapped. */
  readonly result: ScoreResult;
}

/** The section's lines, shared by every format: title, mark, figures, coverage and what is left out. */
function estimateLines(estimate: RestatedEstimate, lang: Language) {
  const { restatement, catalogue } = estimate;
  // The estimate's figures are published too: they must follow from its result's parts.
  const result = verifyResult(catalogue, estimate.result);
  const name = instrumentOf(catalogue)?.name[lang] ?? catalogue.title[lang];
  const { mapping } = restatement;
  return {
    title: `${t('estimateOf', lang)} ${name}`,
    mark: estimateMark(restatement, lang),
    notice: restatement.notice[lang],
    value: `${formatDecimal(result.index.value, lang)} (${predicateName(result.index.predicate, lang)})`,
    valueLabel: t('estimateValue', lang),
    exact: exactWithFraction(result.index.exact, lang),
    exactLabel: t('estimateExact', lang),
    source:
      `${t('estimateRestatedFrom', lang)} ${mapping.from} ${t('estimateRestatedTo', lang)} ${mapping.to}` +
      (mapping.title === null ? '' : `: ${mapping.title[lang]}`),
    coverage: result.complete
      ? undefined
      : `${t('estimatePartial', lang)} ${percentText(result.coverage, lang)} ${t('estimateOfWeight', lang)}; ${mappedCount(restatement, lang)}.`,
    unmapped: restatement.unmapped.length === 0 ? undefined : unmappedLine(restatement, lang),
  };
}

/**
 * The estimate as an HTML section, marked as an estimate (and, for an indicative mapping, as not
 * an official crosswalk).
 */
export function estimateHtml(estimate: RestatedEstimate, lang: Language): string {
  const l = estimateLines(estimate, lang);
  return (
    `<section class="estimate"><h2>${escapeHtml(l.title)}</h2>` +
    `<p class="notice estimate-mark"><strong>${escapeHtml(l.mark)}.</strong> ${escapeHtml(l.notice)}</p>` +
    `<dl class="meta"><dt>${escapeHtml(l.valueLabel)}</dt><dd>${escapeHtml(l.value)}</dd><dt>${escapeHtml(l.exactLabel)}</dt><dd>${escapeHtml(l.exact)}</dd></dl>` +
    `<p>${escapeHtml(l.source)}</p>` +
    (l.coverage === undefined ? '' : `<p class="notice">${escapeHtml(l.coverage)}</p>`) +
    (l.unmapped === undefined ? '' : `<p>${escapeHtml(l.unmapped)}</p>`) +
    `</section>`
  );
}

/**
 * The estimate as a Markdown section of a report.
 * The estimate's result is verified first (with the estimate's catalogue), as `verifyResult`
 * does: an edited one throws a `SpbeError` with its `result.inconsistent` issues.
 *
 * @example
 * ```ts
 * const md = `${renderMarkdown(catalogue, result)}\n${renderEstimateMarkdown(estimate, { lang: 'id' })}`;
 * ```
 * @category Reports
 */
export function renderEstimateMarkdown(estimate: RestatedEstimate, given: { readonly lang?: Language } = {}): string {
  const options = renderOptions(given, { lang: true });
  const lang = options.lang ?? 'id';
  const l = estimateLines(estimate, lang);
  const lines = [
    `## ${escapeMarkdown(l.title)}`,
    '',
    `> **${escapeMarkdown(l.mark)}.** ${escapeMarkdown(l.notice)}`,
    '',
    `**${escapeMarkdown(l.valueLabel)}: ${escapeMarkdown(l.value)}** · ${escapeMarkdown(l.exactLabel)}: ${escapeMarkdown(l.exact)}`,
    '',
    escapeMarkdown(l.source),
    ...(l.coverage === undefined ? [] : ['', `> ${escapeMarkdown(l.coverage)}`]),
    ...(l.unmapped === undefined ? [] : ['', escapeMarkdown(l.unmapped)]),
    '',
  ];
  return lines.map(escapeControl).join('\n');
}

/**
 * The estimate as a plain-text section for a terminal (at most 80 columns).
 * The estimate's result is verified first (with the estimate's catalogue), as `verifyResult`
 * does: an edited one throws a `SpbeError` with its `result.inconsistent` issues.
 *
 * @example
 * ```ts
 * console.log(renderTable(catalogue, result) + '\n' + renderEstimateTable(estimate, { lang: 'en' }));
 * ```
 * @category Reports
 */
export function renderEstimateTable(estimate: RestatedEstimate, given: { readonly lang?: Language } = {}): string {
  const options = renderOptions(given, { lang: true });
  const lang = options.lang ?? 'id';
  const l = estimateLines(estimate, lang);
  const lines = [
    l.title.toUpperCase(),
    ...wrap(`${l.mark.toUpperCase()}. ${l.notice}`),
    `${l.valueLabel}: ${l.value}  (${l.exactLabel.toLowerCase()} ${l.exact})`,
    ...wrap(l.source),
    ...(l.coverage === undefined ? [] : wrap(l.coverage)),
    ...(l.unmapped === undefined ? [] : wrap(l.unmapped)),
  ];
  return `${lines.map(escapeControl).join('\n')}\n`;
}
