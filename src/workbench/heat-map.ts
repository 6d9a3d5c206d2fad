import type { Catalogue, Language } from '../index.js';
import { allUnits, type Rollup } from '../analysis.js';
import { levelShown } from '../report.js';
import { el } from './dom.js';
import { t } from './labels.js';

/** The class of a level cell: its whole level (a colour step); "na" and missing have their own. */
function cellClass(level: number | string | null): string {
  if (level === null) return 'heat heat-none';
  if (typeof level === 'number') return `heat heat-${level}`;
  const whole = /^\d+/u.exec(level)?.[0];
  return whole === undefined ? 'heat heat-none' : `heat heat-${whole}`;
}

/**
 * The OPD × indicator heat map: one row per unit (in rank order), one column per indicator, each
 * cell the level the unit entered. It scrolls sideways inside a focusable region, so a keyboard
 * reaches all of it.
 */
export function heatMap(catalogue: Catalogue, rolled: Rollup, lang: Language): HTMLElement {
  const units = allUnits(rolled);
  const head = el('tr', {}, el('th', { scope: 'col' }, t('unit', lang)), ...catalogue.indicators.map((indicator) => el('th', { scope: 'col', class: 'num', title: indicator.name[lang] }, indicator.id)));
  const rows = units.map((unit) =>
    el(
      'tr',
      { 'data-unit': unit.unit },
      el('th', { scope: 'row' }, unit.unit),
      ...catalogue.indicators.map((indicator, i) => {
        const scored = unit.result?.indicators[i];
        const level = scored?.status === 'assessed' ? scored.level : null;
        const shown = scored?.status === 'not-applicable' ? 'na' : level === null ? '' : levelShown(level, lang);
        return el('td', { class: cellClass(level), 'data-indicator': indicator.id }, shown);
      }),
    ),
  );
  return el(
    'div',
    { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': t('heatMap', lang) },
    el('table', { class: 'heat-map' }, el('caption', {}, t('heatMap', lang)), el('thead', {}, head), el('tbody', {}, ...rows)),
  );
}
