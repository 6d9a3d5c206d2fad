import { verifyResult } from '../analysis/verify-result.js';
import type { Catalogue } from '../model/catalogue.js';
import type { ScoreResult } from '../model/result.js';
import { exactWithFraction, fragileNote, percentText } from './band-notes.js';
import { indexName, predicateName, shortIndicatorName, t } from './labels.js';
import { formatDecimal } from './number-format.js';
import { escapeControl } from './terminal-text.js';
import { fractionAsDecimal, levelText } from './exact-display.js';
import { renderOptions, RENDER_OPTION_KEYS, type RenderOptions } from './render-options.js';
import { subjectOf, tiersOf } from './result-sections.js';
import { layoutTable, wrap } from './text-layout.js';

/**
 * Renders a result as an aligned plain-text table for a terminal: the index and predikat, then
 * one table per tier (domains, aspects) and, with `detail`, one row per indicator. No line is
 * longer than 80 columns; long names are shortened with "…".
 * The result is verified first, as `verifyResult` does: one whose numbers do not follow from its
 * levels, statuses and options (an edited result) throws a `SpbeError` with its
 * `result.inconsistent` issues, so a report never publishes them.
 *
 * @example
 * ```ts
 * import { score } from 'spbe-index';
 * import { renderTable } from 'spbe-index/report';
 * import { permenpanrb592020 } from 'spbe-index/catalogues/permenpanrb-59-2020';
 *
 * const result = score(permenpanrb592020, assessment);
 * console.log(renderTable(permenpanrb592020, result, { lang: 'id', detail: true }));
 * // Indeks SPBE  3,83  Sangat Baik ...
 * ```
 * @category Reports
 */
export function renderTable(catalogue: Catalogue, result: ScoreResult, given: RenderOptions = {}): string {
  const options = renderOptions(given, RENDER_OPTION_KEYS);
  verifyResult(catalogue, result);
  const lang = options.lang ?? 'id';
  const lines: string[] = [];
  const subject = subjectOf(result);
  if (subject) lines.push(subject);
  lines.push(`${t('catalogue', lang)}: ${catalogue.id}`);
  lines.push('');
  const fragile = fragileNote(catalogue, result, lang);
  // A fragile display gets the exact decimal beside it and the line that says which value decided.
  const exactBeside = fragile === undefined ? '' : ` (${t('exact', lang).toLowerCase()} ${exactWithFraction(result.index.exact, lang)})`;
  lines.push(`${indexName(catalogue, lang)}  ${formatDecimal(result.index.value, lang)}${exactBeside}  ${predicateName(result.index.predicate, lang)}`);
  if (fragile !== undefined) lines.push(...wrap(fragile));
  if (!result.complete) lines.push(t('incomplete', lang), `${t('coverage', lang)}: ${percentText(result.coverage, lang)} ${t('ofWeight', lang)}`);

  for (const { plural, groups } of tiersOf(catalogue, result, lang)) {
    if (groups.length === 0) continue;
    lines.push('');
    const rows = groups.map((group) => [
      group.id,
      group.label[lang],
      formatDecimal(group.weight, lang),
      formatDecimal(group.value, lang),
      group.predicate?.label[lang] ?? '–',
    ]);
    lines.push(
      ...layoutTable(
        [
          { header: '', align: 'left' },
          { header: plural, align: 'left', flex: true },
          { header: t('weight', lang), align: 'right' },
          { header: t('value', lang), align: 'right' },
          { header: t('predicate', lang), align: 'left' },
        ],
        rows,
      ),
    );
  }

  if (options.detail) {
    lines.push('');
    const rows = result.indicators.map((indicator) => [
      indicator.id,
      shortIndicatorName(indicator.label[lang]),
      indicator.group,
      formatDecimal(fractionAsDecimal(indicator.weight), lang),
      levelText(indicator, lang),
      formatDecimal(indicator.contribution.value, lang),
    ]);
    lines.push(
      ...layoutTable(
        [
          { header: '', align: 'right' },
          { header: t('indicators', lang), align: 'left', flex: true },
          { header: '', align: 'left' },
          { header: t('weight', lang), align: 'right' },
          { header: t('level', lang), align: 'right' },
          { header: t('contribution', lang), align: 'right' },
        ],
        rows,
      ),
    );
  }
  for (const warning of result.warnings) lines.push(`${t('warnings', lang)}: ${warning.message[lang]}`);
  return `${lines.map(escapeControl).join('\n')}\n`;
}
