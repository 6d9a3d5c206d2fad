import type { Catalogue, Issue, Language, SafeResult, ScoreResult } from '../index.js';
import { safeCompare, type Comparison, type Frontier, type PlanResult } from '../analysis.js';
import type { CatalogueChoice } from '../cli/result-output.js';
import { comparisonView, frontierView, planView } from './compare-plan-view.js';
import { el } from './dom.js';
import { fileDrop } from './file-drop.js';
import { t } from './labels.js';
import { issueList } from './result-view.js';
import { indicatorPlanTable } from './indicator-plan-table.js';
import type { PlanFieldIssue } from './plan-entries.js';
import type { IndicatorPlanEntry, PlanState } from './state.js';

/** What the user typed as a target: a predikat id, a minimum index and minimums per group, as text. */
export interface TargetEntry {
  readonly predicate: string;
  readonly index: string;
  readonly groups: Readonly<Record<string, string>>;
}

/** Last year's result with how `spbe` would have chosen its catalogue, or the issues of the file that should have given it. */
export interface PreviousResult {
  readonly name: string;
  readonly scored: { readonly result: ScoreResult; readonly choice: CatalogueChoice } | null;
  readonly issues: readonly Issue[];
}

/** The comparison of last year's result with this one, as `spbe report --previous` makes it. */
export function comparisonOf(previous: PreviousResult | undefined, catalogue: Catalogue, result: ScoreResult | null): SafeResult<Comparison> | undefined {
  if (result === null || previous?.scored == null) return undefined;
  return safeCompare([previous.scored.choice.catalogue, catalogue], previous.scored.result, result);
}

export interface ComparePlanOptions {
  readonly catalogue: Catalogue;
  readonly result: ScoreResult | null;
  readonly lang: Language;
  readonly previous: PreviousResult | undefined;
  readonly comparison: SafeResult<Comparison> | undefined;
  readonly costsName: string | undefined;
  readonly target: TargetEntry;
  /** The cost per step as typed ('' for none). */
  readonly defaultCost: string;
  readonly plan: SafeResult<PlanResult> | undefined;
  readonly frontier: SafeResult<Frontier> | undefined;
  readonly onPrevious: (files: readonly File[]) => void;
  readonly onCosts: (files: readonly File[]) => void;
  /** Changes the target as it stands when the field changes (the fields are not redrawn while typing). */
  readonly onTarget: (change: (target: TargetEntry) => TargetEntry) => void;
  /** Keeps the cost per step as typed (no redraw); Plan and Frontier read it. */
  readonly onDefaultCost: (cost: string) => void;
  /** The costs, caps and locks typed per indicator. */
  readonly indicators: PlanState['indicators'];
  /** Keeps one indicator's typed entry (no redraw) and answers the planner's issues about the typed fields. */
  readonly onIndicator: (id: string, entry: IndicatorPlanEntry) => readonly PlanFieldIssue[];
  /** The planner's issues about the typed fields as they stand. */
  readonly fieldIssues: readonly PlanFieldIssue[];
  readonly onPlan: () => void;
  readonly onFrontier: () => void;
}

/** The target fields: predikat, minimum index, and a minimum per domain or aspect. */
function targetFields(options: ComparePlanOptions): HTMLElement {
  const { catalogue, lang, target } = options;
  const predicate = el(
    'select',
    { id: 'plan-predicate' },
    el('option', { value: '', selected: target.predicate === '' }, t('noTarget', lang)),
    ...catalogue.predicates.map((band) => el('option', { value: band.id, selected: band.id === target.predicate }, band.label[lang])),
  );
  predicate.addEventListener('change', () => options.onTarget((current) => ({ ...current, predicate: predicate.value })));
  const index = el('input', { type: 'text', id: 'plan-index', inputmode: 'decimal', autocomplete: 'off', value: target.index });
  index.addEventListener('input', () => options.onTarget((current) => ({ ...current, index: index.value })));
  const groups = catalogue.groups.map((group) => {
    const field = el('input', { type: 'text', id: `plan-group-${group.id}`, inputmode: 'decimal', autocomplete: 'off', value: target.groups[group.id] ?? '' });
    field.addEventListener('input', () => options.onTarget((current) => ({ ...current, groups: { ...current.groups, [group.id]: field.value } })));
    return el('p', { class: 'field' }, el('label', { for: `plan-group-${group.id}` }, `${group.id} ${group.name[lang]}`), field);
  });
  return el(
    'div',
    { class: 'target' },
    el('p', { class: 'field' }, el('label', { for: 'plan-predicate' }, t('targetPredicate', lang)), predicate),
    el('p', { class: 'field' }, el('label', { for: 'plan-index' }, t('targetIndex', lang)), index),
    // Open while a minimum is typed, so that a redraw (a plan made) does not hide it.
    el('details', { open: Object.values(target.groups).some((value) => value.trim() !== '') }, el('summary', {}, t('groupMinimums', lang)), ...groups),
  );
}

/** The cost of each level step, typed: one cost, or one per step separated by ";". */
function defaultCostField(options: ComparePlanOptions): HTMLElement {
  const { lang } = options;
  const field = el('input', { type: 'text', id: 'plan-default-cost', inputmode: 'decimal', autocomplete: 'off', value: options.defaultCost, 'aria-describedby': 'plan-default-cost-hint' });
  field.addEventListener('input', () => options.onDefaultCost(field.value));
  return el('p', { class: 'field' }, el('label', { for: 'plan-default-cost' }, t('defaultCost', lang)), field, el('small', { id: 'plan-default-cost-hint' }, t('defaultCostHint', lang)));
}

/** Compare with last year, and plan the cheapest way to a target, with the frontier as a chart. */
export function comparePlanContent(options: ComparePlanOptions): HTMLElement {
  const { lang, result, previous, comparison } = options;
  return el(
    'div',
    {},
    el('h2', { id: 'compare-plan-title' }, t('comparePlanSection', lang)),
    fileDrop({ id: 'previous-file', label: t('pickPrevious', lang), hint: t('previousHint', lang), accept: '.json,.csv,application/json,text/csv', multiple: false, onFiles: options.onPrevious }),
    previous !== undefined && el('p', { 'data-file': previous.name }, el('strong', {}, `${t('previousLoaded', lang)}: `), previous.name),
    previous !== undefined && previous.issues.length > 0 && el('div', { class: 'notice error', role: 'alert' }, issueList(previous.issues, lang)),
    comparison !== undefined && (comparison.success ? comparisonView(comparison.output, lang) : el('div', { class: 'notice error', role: 'alert' }, issueList(comparison.issues, lang))),
    el('h3', {}, t('targetSection', lang)),
    result === null
      ? el('p', {}, t('needsResult', lang))
      : el(
          'div',
          { class: 'planning' },
          targetFields(options),
          fileDrop({ id: 'costs-file', label: t('pickCosts', lang), hint: t('costsHint', lang), accept: '.json,application/json', multiple: false, onFiles: options.onCosts }),
          options.costsName !== undefined && el('p', { 'data-testid': 'costs-name' }, `${t('costsLoaded', lang)}: ${options.costsName}`),
          defaultCostField(options),
          indicatorPlanTable({ catalogue: options.catalogue, lang: options.lang, entries: options.indicators, issues: options.fieldIssues, onChange: options.onIndicator }),
          el(
            'p',
            { class: 'toolbar' },
            el('button', { type: 'button', id: 'make-plan', onclick: options.onPlan }, t('makePlan', lang)),
            el('button', { type: 'button', id: 'make-frontier', onclick: options.onFrontier }, t('makeFrontier', lang)),
          ),
          options.plan !== undefined && planView(options.plan, lang),
          options.frontier !== undefined && frontierView(options.frontier, lang),
        ),
  );
}
