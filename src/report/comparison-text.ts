import type { Comparison } from '../analysis/compare.js';
import type { Language } from '../model/localized.js';
import { instrumentIndexName, shortIndicatorName, t } from './labels.js';
import { escapeMarkdown } from './markdown-escape.js';
import { formatDecimal } from './number-format.js';
import { escapeControl } from './terminal-text.js';
import { layoutTable, wrap } from './text-layout.js';
import { renderOptions, RENDER_OPTION_KEYS, type RenderOptions } from './render-options.js';
import { levelShown } from './exact-display.js';

/** Rows of a comparison as plain cells, shared by the text and Markdown forms. */
function sections(comparison: Comparison, lang: Language) {
  const groups = comparison.groups.map((g) => [
    g.id,
    g.label[lang],
    formatDecimal(g.before.value, lang),
    formatDecimal(g.after.value, lang),
    formatDecimal(g.delta?.value ?? null, lang),
    // An unchanged group still shows its predikat: a blank cell would read as "none".
    g.predicateChanged ? `${g.before.predicate?.label[lang] ?? '–'} → ${g.after.predicate?.label[lang] ?? '–'}` : (g.after.predicate?.label[lang] ?? '–'),
  ]);
  const indicators = comparison.indicators
    .filter((i) => i.levelDelta !== null && i.levelDelta !== '0')
    .map((i) => [
      i.id,
      shortIndicatorName(i.label[lang]),
      levelShown(i.before, lang),
      levelShown(i.after, lang),
      formatDecimal(i.attribution.value, lang),
    ]);
  return { groups, indicators };
}

function summaryLines(comparison: Comparison, lang: Language): string[] {
  const { index } = comparison;
  const { before, after, same } = comparison.instruments;
  // Across instruments there is no one index name: the line says "Indeks" and the next says which two.
  const name = same ? instrumentIndexName(after, lang) : t('value', lang);
  const lines = [
    `${name}  ${formatDecimal(index.before.value, lang)} → ${formatDecimal(index.after.value, lang)}  (${formatDecimal(index.delta.value, lang)})` +
      `  ${index.before.predicate.label[lang]}${index.predicateChanged ? ` → ${index.after.predicate.label[lang]}` : ''}`,
  ];
  // Different instruments say more than different catalogues: which two, and what is compared.
  if (!same) lines.push(`${t('differentInstruments', lang)} (${before?.name[lang] ?? '–'} → ${after?.name[lang] ?? '–'}); ${t('onlyIndexCompared', lang)}`);
  else if (!comparison.catalogues.same) lines.push(t('differentCatalogues', lang));
  const self = comparison.selfAssessment;
  if (self) {
    lines.push(
      `${t('selfAssessment', lang)}: ${self.overRated} ${t('overRated', lang)}, ${self.underRated} ${t('underRated', lang)}, ${self.agreed} ${t('agreed', lang)}; ` +
        `${t('inflation', lang)} ${formatDecimal(self.inflation.value, lang)}`,
    );
  }
  return lines;
}

/**
 * Renders a comparison (from `compare`) as an aligned plain-text table of at most 80 columns: the
 * index before and after with its change, every group, and the indicators whose level changed
 * with their exact share of the index change.
 *
 * @example
 * ```ts
 * import { compare } from 'spbe-index/analysis';
 * import { renderComparisonTable } from 'spbe-index/report';
 *
 * console.log(renderComparisonTable(compare(permenpanrb592020, lastYear, thisYear), { lang: 'id' }));
 * // Indeks SPBE  2,95 → 3,75  (+0,80)  Baik → Sangat Baik ...
 * ```
 * @category Reports
 */
export function renderComparisonTable(comparison: Comparison, given: RenderOptions = {}): string {
  const options = renderOptions(given, RENDER_OPTION_KEYS);
  const lang = options.lang ?? 'id';
  const { groups, indicators } = sections(comparison, lang);
  const lines = [...summaryLines(comparison, lang).flatMap((line) => wrap(line)), ''];
  // Across instruments only the index is compared: no groups or indicators to set side by side.
  if (!comparison.instruments.same) return `${lines.map(escapeControl).join('\n')}\n`;
  lines.push(
    ...layoutTable(
      [
        { header: '', align: 'left' },
        { header: t('group', lang), align: 'left', flex: true },
        { header: t('before', lang), align: 'right' },
        { header: t('after', lang), align: 'right' },
        { header: t('delta', lang), align: 'right' },
        { header: t('predicate', lang), align: 'left' },
      ],
      groups,
    ),
    '',
  );
  if (indicators.length === 0) lines.push(t('noIndicatorChanged', lang));
  else
    lines.push(
      t('indicatorsChanged', lang),
      ...layoutTable(
        [
          { header: '', align: 'right' },
          { header: t('indicator', lang), align: 'left', flex: true },
          { header: t('before', lang), align: 'right' },
          { header: t('after', lang), align: 'right' },
          { header: t('attribution', lang), align: 'right' },
        ],
        indicators,
      ),
    );
  return `${lines.map(escapeControl).join('\n')}\n`;
}

/**
 * Renders a comparison (from `compare`) as Markdown: summary, a group table and the indicators
 * whose level changed, with their exact share of the index change.
 *
 * @example
 * ```ts
 * import { compare } from 'spbe-index/analysis';
 * import { renderComparisonMarkdown } from 'spbe-index/report';
 *
 * writeFileSync('perubahan.md', renderComparisonMarkdown(compare(permenpanrb592020, lastYear, thisYear), { lang: 'id' }));
 * ```
 * @category Reports
 */
export function renderComparisonMarkdown(comparison: Comparison, given: RenderOptions = {}): string {
  const options = renderOptions(given, RENDER_OPTION_KEYS);
  const lang = options.lang ?? 'id';
  const { groups, indicators } = sections(comparison, lang);
  const row = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  const lines = [`# ${t('comparisonTitle', lang)}`, '', ...summaryLines(comparison, lang).map((line) => `${escapeMarkdown(line)}  `), ''];
  if (!comparison.instruments.same) return `${lines.map(escapeControl).join('\n')}\n`;
  lines.push(row(['', t('group', lang), t('before', lang), t('after', lang), t('delta', lang), t('predicate', lang)]));
  lines.push('|:---|:---|---:|---:|---:|:---|', ...groups.map(row), '');
  lines.push(`## ${t('indicatorsChanged', lang)}`, '');
  if (indicators.length === 0) lines.push(t('noIndicatorChanged', lang));
  else {
    lines.push(row(['No', t('indicator', lang), t('before', lang), t('after', lang), t('attribution', lang)]));
    lines.push('|---:|:---|---:|---:|---:|', ...indicators.map(row));
  }
  return `${lines.map(escapeControl).join('\n')}\n`;
}
