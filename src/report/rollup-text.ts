import { catalogueOfResult } from '../analysis/resolve-catalogue.js';
import type { Rollup } from '../analysis/rollup/rollup.js';
import { verifyRollup } from '../analysis/rollup/verify-rollup.js';
import { SpbeError } from '../model/issue.js';
import { percentText } from './band-notes.js';
import { indexName, shortIndicatorName, t } from './labels.js';
import { levelShown } from './exact-display.js';
import { formatDecimal } from './number-format.js';
import { escapeControl } from './terminal-text.js';
import { renderOptions, RENDER_OPTION_KEYS, type RenderOptions } from './render-options.js';
import { layoutTable, wrap } from './text-layout.js';
import { attributionTable, shortfallTable, unrankedTable } from './city-sections.js';
import { textTable, wrappedTable } from './city-text.js';

/**
 * Renders a roll-up (from `rollup`) as plain text of at most 80 columns: the consolidated index,
 * the units by rank and the units not ranked (with their coverage), the distribution of their
 * indexes, what nobody assessed, the units below the index target, the indicators below the level
 * target by what they cost the city (with the units below it by name), each unit's share of the
 * shortfalls, and the indicators on which units differ most. {@link renderCityTable} adds the map
 * of levels, the action lists and the trend.
 *
 * The roll-up is verified first, as `verifyRollup` does (without the options it does not record),
 * with the catalogue compiled in this process under the checksum its consolidated result records
 * (none is passed here): one with an edited part (a rank, the median, a share, the consolidated
 * result) throws a `SpbeError` with its `result.inconsistent` issues, and one whose catalogue this
 * process has not compiled throws `analysis.catalogue_unknown`.
 *
 * @example
 * ```ts
 * import { rollup } from 'spbe-index/analysis';
 * import { renderRollupTable } from 'spbe-index/report';
 *
 * console.log(renderRollupTable(rollup(catalogue, departmentAssessments, { strategy: 'median' })));
 * ```
 * @category Reports
 */
export function renderRollupTable(rollup: Rollup, given: RenderOptions = {}): string {
  const options = renderOptions(given, RENDER_OPTION_KEYS);
  const lang = options.lang ?? 'id';
  const catalogue = catalogueOfResult(rollup.consolidated);
  if (!catalogue.success) throw new SpbeError(catalogue.issues);
  const index = verifyRollup(catalogue.output, rollup).rollup.consolidated.index;
  const d = rollup.distribution;
  const lines = [
    `${t('rollupTitle', lang)} (${t('strategy', lang)}: ${rollup.strategy})`,
    `${indexName(rollup.consolidated.meta.catalogue, lang)}  ${formatDecimal(index.value, lang)}  ${index.predicate.label[lang]}`,
  ];
  if (!rollup.consolidated.complete) lines.push(t('incomplete', lang));
  lines.push('');
  lines.push(
    ...layoutTable(
      [
        { header: t('rank', lang), align: 'right' },
        { header: t('unit', lang), align: 'left', flex: true },
        { header: t('value', lang), align: 'right' },
        { header: t('predicate', lang), align: 'left' },
        { header: t('coverage', lang), align: 'right' },
      ],
      rollup.units.map((u) => [String(u.rank), u.unit, formatDecimal(u.index.value, lang), u.index.predicate.label[lang], percentText(u.coverage, lang)]),
    ),
    '',
  );
  if (rollup.unranked.length > 0) lines.push(t('unranked', lang), ...wrap(t('unrankedNote', lang)), ...textTable(unrankedTable(rollup, lang), 0), '');
  const f = (v: { value: string }): string => formatDecimal(v.value, lang);
  lines.push(`${t('distribution', lang)} (n = ${d.count}):`);
  lines.push(`  min ${f(d.min)} · Q1 ${f(d.q1)} · median ${f(d.median)} · Q3 ${f(d.q3)} · max ${f(d.max)} · mean ${f(d.mean)}`);
  const list = (ids: readonly string[]): string => (ids.length === 0 ? t('noneListed', lang) : ids.join(', '));
  lines.push(...wrap(`${t('unassessed', lang)}: ${list(rollup.unassessed)}`));
  lines.push(...wrap(`${t('unitsBelowTarget', lang)} ${formatDecimal(rollup.belowTarget.index.value, lang)}: ${list(rollup.belowTarget.units)}`));
  lines.push(...wrap(`${t('indicatorsBelowTarget', lang)} ${rollup.belowTarget.level}: ${list(rollup.belowTarget.indicators)}`));
  const shortfalls = shortfallTable(rollup, lang);
  if (shortfalls.rows.length > 0) lines.push('', t('shortfallsTitle', lang), ...wrappedTable(shortfalls, 1));
  lines.push('', t('attributionTitle', lang), ...wrap(t('attributionLegend', lang)), ...textTable(attributionTable(rollup, lang), 0));
  if (rollup.widestSpread.length > 0) {
    const names = new Map(rollup.indicators.map((i) => [i.id, shortIndicatorName(i.label[lang])]));
    lines.push(
      '',
      t('widestSpread', lang),
      ...layoutTable(
        [
          { header: '', align: 'right' },
          { header: t('indicator', lang), align: 'left', flex: true },
          { header: 'min', align: 'right' },
          { header: 'max', align: 'right' },
        ],
        rollup.widestSpread.map((s) => [s.indicator, names.get(s.indicator) ?? '', levelShown(s.min, lang), levelShown(s.max, lang)]),
      ),
    );
  }
  return `${lines.map(escapeControl).join('\n')}\n`;
}
