import type { Catalogue, Issue, Language } from '../index.js';
import { allUnits, type CityPlan, type Rollup } from '../analysis.js';
import { formatDecimal, levelShown } from '../report.js';
import { el } from './dom.js';
import { heatMap } from './heat-map.js';
import { t } from './labels.js';
import { percentText } from '../report/band-notes.js';
import { issueList, resultView } from './result-view.js';

/** The ranking: rank, unit, index, predikat and the share of the catalogue's weight each unit assessed. */
function ranking(rolled: Rollup, lang: Language): HTMLElement {
  const row = (unit: Rollup['units'][number]) =>
    el(
      'tr',
      { 'data-rank': unit.rank },
      el('td', { class: 'num' }, unit.rank > 0 ? String(unit.rank) : '–'),
      el('th', { scope: 'row' }, unit.unit),
      el('td', { class: 'num' }, formatDecimal(unit.index.value, lang)),
      el('td', {}, unit.index.predicate.label[lang]),
      el('td', { class: 'num' }, percentText(unit.coverage, lang)),
    );
  return el(
    'table',
    { class: 'ranking' },
    el('caption', {}, t('ranking', lang)),
    el(
      'thead',
      {},
      el('tr', {}, ...(['rank', 'unit', 'value', 'predicate', 'coverage'] as const).map((key) => el('th', { scope: 'col', class: key === 'unit' || key === 'predicate' ? '' : 'num' }, t(key, lang)))),
    ),
    el('tbody', {}, ...allUnits(rolled).map(row)),
  );
}

/** Indicators whose consolidated level is below the target level, with the units that hold them down. */
function belowTarget(rolled: Rollup, lang: Language): HTMLElement {
  const shortfalls = rolled.belowTarget.shortfalls;
  return el(
    'div',
    { class: 'below-target' },
    el('h3', {}, t('belowTargetTitle', lang, { level: rolled.belowTarget.level })),
    shortfalls.length === 0
      ? el('p', {}, t('noneBelow', lang))
      : el(
          'ul',
          {},
          ...shortfalls.map((shortfall) =>
            el('li', { 'data-indicator': shortfall.indicator }, el('strong', {}, `${shortfall.indicator} ${shortfall.label[lang]}`), ` · ${levelShown(shortfall.level.exact, lang)} · ${shortfall.units.join(', ')}`),
          ),
        ),
  );
}

/** The roll-up of the city: consolidated result, ranking with coverage, heat map, indicators below target. */
export function rollupView(catalogue: Catalogue, rolled: Rollup, lang: Language): HTMLElement {
  return el(
    'div',
    { class: 'city-rollup' },
    el('h3', {}, t('consolidated', lang)),
    resultView(catalogue, { result: rolled.consolidated, fieldIssues: new Map(), otherIssues: [] }, lang),
    ranking(rolled, lang),
    heatMap(catalogue, rolled, lang),
    belowTarget(rolled, lang),
  );
}

/** The city plan: whether the target is reachable, its total cost, and each OPD's action list. */
export function cityPlanView(cityPlan: CityPlan, lang: Language): HTMLElement {
  if (!cityPlan.reachable) {
    return el('div', { class: 'city-plan notice', 'data-testid': 'city-plan' }, el('p', {}, t('cityUnreachable', lang)), issueList(cityPlan.reasons as readonly Issue[], lang));
  }
  const after = cityPlan.rollup?.consolidated.index;
  return el(
    'div',
    { class: 'city-plan', 'data-testid': 'city-plan' },
    el('p', {}, el('strong', {}, `${t('totalCost', lang)}: `), el('span', { 'data-testid': 'city-plan-cost' }, formatDecimal(cityPlan.totalCost, lang)), after === undefined ? '' : ` · ${t('cityAfter', lang)}: ${formatDecimal(after.value, lang)} ${after.predicate.label[lang]}`),
    cityPlan.units.length === 0 && el('p', {}, t('nothingToRaise', lang)),
    ...cityPlan.units.map((unit) =>
      el(
        'section',
        { class: 'unit-actions', 'data-unit': unit.unit },
        el('h4', {}, `${unit.unit} · ${t('cost', lang)} ${formatDecimal(unit.cost, lang)}`),
        el('ol', {}, ...unit.raises.map((raise) => el('li', {}, `${raise.indicator} ${raise.label[lang]}: ${levelShown(raise.from, lang)} → ${raise.to} (${t('cost', lang)} ${formatDecimal(raise.cost, lang)})`))),
      ),
    ),
  );
}
