import type { Catalogue, SafeResult } from '../index.js';
import { safeCatalogueOf, yearsOffered } from './catalogue-source.js';
import { el } from './dom.js';
import { issuePlace } from './issue-place.js';
import { t } from './labels.js';
import { issueList } from './result-view.js';
import type { WorkbenchState } from './state.js';

/** What the catalogue section's controls do. */
export interface CatalogueActions {
  readonly onYear: (year: number) => void;
  readonly onAgency: (agency: string) => void;
  readonly onBuiltin: () => void;
}

/** The catalogue (by year, or the custom one loaded) and the agency name. */
export function catalogueSection(state: WorkbenchState, found: SafeResult<Catalogue>, now: number, actions: CatalogueActions): HTMLElement {
  const { lang, source } = state;
  const yearSelect = el(
    'select',
    { id: 'year' },
    ...yearsOffered(now).map((year) => {
      const cat = safeCatalogueOf({ kind: 'year', year });
      return el('option', { value: year, selected: source.kind === 'year' && source.year === year }, `${year}${cat.success ? ` · ${cat.output.title[lang]}` : ''}`);
    }),
  );
  yearSelect.addEventListener('change', () => actions.onYear(Number(yearSelect.value)));
  const agency = el('input', { type: 'text', id: 'agency', value: state.meta.agency ?? '', autocomplete: 'organization' });
  agency.addEventListener('input', () => actions.onAgency(agency.value));
  return el(
    'section',
    { class: 'catalogue', 'aria-labelledby': 'catalogue-title' },
    el('h2', { id: 'catalogue-title' }, t('catalogueSection', lang)),
    source.kind === 'year'
      ? el('p', { class: 'field' }, el('label', { for: 'year' }, t('evaluationYear', lang)), yearSelect)
      : el('p', { class: 'field' }, el('strong', {}, `${t('customCatalogue', lang)}: ${source.name}`), ' ', el('button', { type: 'button', id: 'use-builtin', onclick: actions.onBuiltin }, t('useBuiltin', lang))),
    found.success
      ? el('p', { class: 'catalogue-title', 'data-testid': 'catalogue-id' }, `${found.output.title[lang]} (${found.output.id} rev. ${found.output.revision})`)
      : el('div', { class: 'notice error', role: 'alert' }, issueList(found.issues, lang, (issue) => issuePlace(issue, lang))),
    el('p', { class: 'field' }, el('label', { for: 'agency' }, t('agency', lang)), agency),
  );
}
