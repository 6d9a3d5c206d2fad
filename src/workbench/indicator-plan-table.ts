import type { Catalogue, Indicator, Language } from '../index.js';
import { el, replace } from './dom.js';
import { t } from './labels.js';
import type { PlanFieldIssue } from './plan-entries.js';
import { EMPTY_INDICATOR_PLAN, type IndicatorPlanEntry, type PlanState } from './state.js';

export interface IndicatorPlanTableOptions {
  readonly catalogue: Catalogue;
  readonly lang: Language;
  readonly entries: PlanState['indicators'];
  readonly issues: readonly PlanFieldIssue[];
  /** Keeps the entry and answers the planner's issues about every typed field, shown at their fields. */
  readonly onChange: (id: string, entry: IndicatorPlanEntry) => readonly PlanFieldIssue[];
}

/** A typed field and the place of its issue. */
interface Field {
  readonly input: HTMLInputElement;
  readonly issue: HTMLElement;
}

/** One text field of a row (cost or cap), labelled with its column and the indicator. */
function textField(indicator: Indicator, kind: 'cost' | 'cap', value: string, lang: Language): Field {
  const id = `plan-${kind}-${indicator.id}`;
  const issue = el('p', { class: 'field-issue', id: `${id}-issue`, hidden: true });
  const input = el('input', {
    type: 'text',
    id,
    inputmode: kind === 'cost' ? 'decimal' : 'numeric',
    autocomplete: 'off',
    size: kind === 'cost' ? 12 : 3,
    value,
    'aria-label': `${t(kind === 'cost' ? 'indicatorCost' : 'indicatorCap', lang)} ${indicator.id}`,
    'aria-describedby': `${id}-issue`,
    'data-indicator': indicator.id,
  });
  return { input, issue };
}

/** Shows the issues at their fields and clears the fields that have none. */
function showIssues(fields: ReadonlyMap<string, Field>, issues: readonly PlanFieldIssue[], lang: Language): void {
  for (const [key, field] of fields) {
    const own = issues.filter((entry) => `${entry.field}:${entry.id}` === key);
    field.issue.hidden = own.length === 0;
    replace(field.issue, own.map((entry) => entry.issue.message[lang]).join(' '));
    if (own.length === 0) field.input.removeAttribute('aria-invalid');
    else field.input.setAttribute('aria-invalid', 'true');
  }
}

/**
 * Per indicator, the cost of each level step, the cap (highest level the plan may raise it to) and
 * a lock (keep its level), typed in place of the costs file's for that indicator. Every change is
 * kept without a redraw, so the field keeps its focus, and the planner's own issues about the
 * typed values are shown at their fields as they are typed.
 */
export function indicatorPlanTable(options: IndicatorPlanTableOptions): HTMLElement {
  const { catalogue, lang, entries } = options;
  const fields = new Map<string, Field>();
  const rows = catalogue.indicators.map((indicator) => {
    const entry = entries[indicator.id] ?? EMPTY_INDICATOR_PLAN;
    const cost = textField(indicator, 'cost', entry.cost, lang);
    const cap = textField(indicator, 'cap', entry.cap, lang);
    const lock = el('input', { type: 'checkbox', id: `plan-lock-${indicator.id}`, checked: entry.locked, 'aria-label': `${t('indicatorLock', lang)} ${indicator.id}`, 'data-indicator': indicator.id });
    fields.set(`cost:${indicator.id}`, cost);
    fields.set(`cap:${indicator.id}`, cap);
    const changed = (): void => showIssues(fields, options.onChange(indicator.id, { cost: cost.input.value, cap: cap.input.value, locked: lock.checked }), lang);
    cost.input.addEventListener('input', changed);
    cap.input.addEventListener('input', changed);
    lock.addEventListener('change', changed);
    return el(
      'tr',
      { 'data-plan-indicator': indicator.id },
      el('th', { scope: 'row' }, `${indicator.id} ${indicator.name[lang]}`),
      el('td', {}, cost.input, cost.issue),
      el('td', {}, cap.input, el('small', {}, ` ${indicator.scale.min}–${indicator.scale.max}`), cap.issue),
      el('td', {}, lock),
    );
  });
  showIssues(fields, options.issues, lang);
  return el(
    'details',
    { class: 'indicator-plan', open: Object.keys(entries).length > 0 },
    el('summary', {}, t('indicatorPlan', lang)),
    el('p', { class: 'hint' }, t('indicatorPlanHint', lang)),
    el(
      'div',
      { class: 'scroll' },
      el(
        'table',
        {},
        el('thead', {}, el('tr', {}, ...(['indicator', 'indicatorCost', 'indicatorCap', 'indicatorLock'] as const).map((key) => el('th', { scope: 'col' }, t(key, lang))))),
        el('tbody', {}, ...rows),
      ),
    ),
  );
}
