import type { Issue, Language, SafeResult } from '../index.js';
import type { Comparison, Frontier, PlanResult } from '../analysis.js';
import { formatDecimal, levelShown } from '../report.js';
import { el } from './dom.js';
import { frontierChart } from './frontier-chart.js';
import { t } from './labels.js';
import { issueList } from './result-view.js';

/** A signed change in the language ("+0,15"), or "–". */
const signed = (delta: string | null | undefined, lang: Language): string => formatDecimal(delta ?? null, lang);

/** The comparison with last year: the index change, each group's, and each changed indicator with its share of the change. */
export function comparisonView(comparison: Comparison, lang: Language): HTMLElement {
  const index = comparison.index;
  const groupRows = comparison.groups.map((group) =>
    el(
      'tr',
      { 'data-group-change': group.id },
      el('th', { scope: 'row' }, `${group.id} ${group.label[lang]}`),
      el('td', { class: 'num' }, formatDecimal(group.before.value, lang)),
      el('td', { class: 'num' }, formatDecimal(group.after.value, lang)),
      el('td', { class: 'num' }, signed(group.delta?.value, lang)),
    ),
  );
  const changed = comparison.indicators.filter((indicator) => indicator.levelDelta !== null && indicator.levelDelta !== '0');
  return el(
    'div',
    { class: 'comparison', 'data-testid': 'comparison' },
    !comparison.catalogues.same && el('p', { class: 'notice' }, t('differentCatalogues', lang)),
    el(
      'p',
      { class: 'index-change' },
      el('strong', {}, `${t('value', lang)}: `),
      el('span', { 'data-testid': 'index-before' }, formatDecimal(index.before.value, lang)),
      ' → ',
      el('span', { 'data-testid': 'index-after' }, formatDecimal(index.after.value, lang)),
      ' (',
      el('span', { 'data-testid': 'index-delta' }, signed(index.delta?.value, lang)),
      ')',
      index.predicateChanged ? ` · ${index.before.predicate?.label[lang] ?? '–'} → ${index.after.predicate?.label[lang] ?? '–'}` : '',
    ),
    el(
      'table',
      {},
      el('caption', {}, t('groupChanges', lang)),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('group', lang)), ...(['previous', 'current', 'delta'] as const).map((key) => el('th', { scope: 'col', class: 'num' }, t(key, lang))))),
      el('tbody', {}, ...groupRows),
    ),
    el(
      'table',
      {},
      el('caption', {}, t('indicatorsChanged', lang)),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('indicator', lang)), ...(['previous', 'current', 'attribution'] as const).map((key) => el('th', { scope: 'col', class: 'num' }, t(key, lang))))),
      el(
        'tbody',
        {},
        ...changed.map((indicator) =>
          el(
            'tr',
            { 'data-indicator-change': indicator.id },
            el('th', { scope: 'row' }, `${indicator.id} ${indicator.label[lang]}`),
            el('td', { class: 'num' }, levelShown(indicator.before, lang)),
            el('td', { class: 'num' }, levelShown(indicator.after, lang)),
            el('td', { class: 'num' }, signed(indicator.attribution.value, lang)),
          ),
        ),
      ),
    ),
  );
}

/** The cheapest plan: reachable or not, its cost and the index after, and every raise. */
export function planView(outcome: SafeResult<PlanResult>, lang: Language): HTMLElement {
  if (!outcome.success) return el('div', { class: 'notice error', role: 'alert', 'data-testid': 'plan' }, issueList(outcome.issues, lang));
  const plan = outcome.output;
  if (!plan.reachable) {
    return el('div', { class: 'notice', 'data-testid': 'plan' }, el('p', {}, `${t('planUnreachable', lang)} ${t('planBest', lang)}: ${formatDecimal(plan.best.index.value, lang)}`), issueList(plan.reasons as readonly Issue[], lang));
  }
  return el(
    'div',
    { class: 'plan', 'data-testid': 'plan' },
    el(
      'p',
      {},
      el('strong', {}, `${t('totalCost', lang)}: `),
      el('span', { 'data-testid': 'plan-cost' }, formatDecimal(plan.totalCost, lang)),
      plan.result === null ? '' : ` · ${t('planAfter', lang)}: `,
      plan.result === null ? '' : el('span', { 'data-testid': 'plan-index' }, `${formatDecimal(plan.result.index.value, lang)} ${plan.result.index.predicate.label[lang]}`),
    ),
    plan.raises.length === 0
      ? el('p', {}, t('nothingToRaise', lang))
      : el(
          'table',
          {},
          el('caption', {}, t('planRaises', lang)),
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('indicator', lang)), ...(['raiseFrom', 'raiseTo', 'costColumn', 'gain'] as const).map((key) => el('th', { scope: 'col', class: 'num' }, t(key, lang))))),
          el(
            'tbody',
            {},
            ...plan.raises.map((raise) =>
              el(
                'tr',
                { 'data-raise': raise.indicator },
                el('th', { scope: 'row' }, `${raise.indicator} ${raise.label[lang]}`),
                el('td', { class: 'num' }, levelShown(raise.from, lang)),
                el('td', { class: 'num' }, String(raise.to)),
                el('td', { class: 'num' }, formatDecimal(raise.cost, lang)),
                el('td', { class: 'num' }, formatDecimal(raise.gain.value, lang)),
              ),
            ),
          ),
        ),
  );
}

/** The frontier: the chart, and the same points as a table for those who do not read charts. */
export function frontierView(outcome: SafeResult<Frontier>, lang: Language): HTMLElement {
  if (!outcome.success) return el('div', { class: 'notice error', role: 'alert' }, issueList(outcome.issues, lang));
  const frontier = outcome.output;
  if (!frontier.feasible || frontier.points.length === 0) return el('div', { class: 'notice' }, issueList(frontier.reasons as readonly Issue[], lang));
  return el(
    'figure',
    { class: 'frontier', 'data-testid': 'frontier' },
    el('figcaption', {}, t('frontierTitle', lang)),
    frontierChart(frontier, lang, { title: t('frontierTitle', lang), cost: t('costColumn', lang), index: t('value', lang) }),
    el(
      'details',
      {},
      el('summary', {}, t('frontierTable', lang)),
      el(
        'table',
        {},
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', class: 'num' }, t('costColumn', lang)), el('th', { scope: 'col', class: 'num' }, t('value', lang)), el('th', { scope: 'col' }, t('predicate', lang)))),
        el('tbody', {}, ...frontier.points.map((point) => el('tr', {}, el('td', { class: 'num' }, formatDecimal(point.cost, lang)), el('td', { class: 'num' }, formatDecimal(point.index.value, lang)), el('td', {}, point.index.predicate.label[lang])))),
      ),
    ),
  );
}
