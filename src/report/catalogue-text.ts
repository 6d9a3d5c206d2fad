import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import { t } from './labels.js';
import { formatDecimal } from './number-format.js';
import { escapeControl } from './terminal-text.js';
import { layoutTable } from './text-layout.js';

/*
 * A catalogue as text for a terminal: the list of built-in catalogues (`spbe catalogue list`) and
 * one catalogue's tree (`spbe catalogue show`). Its Markdown form is `catalogueSnapshot`.
 */

/** Numbered indicators; when some are scored as several items (2018: 35.1–35.3), the items too. */
export function indicatorCounts(catalogue: Catalogue): { indicators: number; items: number } {
  return { indicators: new Set(catalogue.indicators.map((indicator) => indicator.number)).size, items: catalogue.indicators.length };
}

/** "35 (37 butir)" for the 2018 catalogue, as its README entry says; "47" where they agree. */
function indicatorCount(catalogue: Catalogue, lang: Language): string {
  const { indicators, items } = indicatorCounts(catalogue);
  return indicators === items ? String(indicators) : `${indicators} (${items} ${t('catalogueItems', lang)})`;
}

/** The evaluation years a built-in applies to: "2021–2025", or "2026–" while it is current. */
function yearRange(from: number, to: number | null): string {
  return `${from}–${to ?? ''}`;
}

/** The built-in catalogues as a table: id, the years each applies to, indicators and title. */
export function renderCatalogueList(entries: readonly { readonly catalogue: Catalogue; readonly from: number; readonly to: number | null }[], lang: Language): string {
  const rows = entries.map(({ catalogue: c, from, to }) => [c.id, yearRange(from, to), indicatorCount(c, lang), c.title[lang]]);
  return `${layoutTable(
    [
      { header: t('catalogueId', lang), align: 'left' },
      { header: t('catalogueYears', lang), align: 'left' },
      { header: t('indicators', lang), align: 'right' },
      { header: t('catalogueTitle', lang), align: 'left', flex: true },
    ],
    rows,
  ).join('\n')}\n`;
}

/** The catalogue tree as indented text: groups with weights, indicators with weight and scale. */
export function renderCatalogueTree(catalogue: Catalogue, lang: Language): string {
  // A catalogue file's own text (id, title, labels) is shown escaped, never sent raw to the terminal.
  const lines = [`${catalogue.id} rev. ${catalogue.revision}`, catalogue.title[lang], catalogue.checksum, ''].map(escapeControl);
  const rows: string[][] = [];
  for (const group of catalogue.groups) {
    rows.push([`${'  '.repeat(group.depth)}${group.id}`, group.name[lang], formatDecimal(group.weight, lang), '']);
    if (group.childKind === 'indicator') {
      for (const indicator of catalogue.indicators.slice(group.from, group.to)) {
        rows.push([`${'  '.repeat(group.depth + 1)}${indicator.id}`, indicator.name[lang], formatDecimal(indicator.weight, lang), `${indicator.scale.min}–${indicator.scale.max}`]);
      }
    }
  }
  lines.push(
    ...layoutTable(
      [
        { header: t('catalogueId', lang), align: 'left' },
        { header: t('name', lang), align: 'left', flex: true },
        { header: t('weight', lang), align: 'right' },
        { header: t('catalogueScale', lang), align: 'left' },
      ],
      rows,
    ),
  );
  // A scale that takes fractional values says so: "1–5" alone reads as whole levels.
  for (const scale of catalogue.scales.filter((entry) => entry.values === 'fractional')) {
    lines.push('', escapeControl(`${scale.name[lang]} ${scale.min}–${scale.max}: ${t('fractionalScale', lang)}`));
  }
  lines.push('', `${t('catalogueBands', lang)}:`);
  const width = Math.max(...catalogue.predicates.map((band) => formatDecimal(band.min, lang).length));
  for (const band of catalogue.predicates) {
    const min = formatDecimal(band.min, lang);
    const line = band.maturity === null ? min : `${min.padEnd(width)}  ${band.maturity[lang]}`;
    lines.push(escapeControl(`  ${band.label[lang].padEnd(14)} ≥ ${line}`));
  }
  return `${lines.join('\n')}\n`;
}
