import type { Catalogue, Language, SafeResult } from '../index.js';
import { safeRollup, type CityPlan, type RollupOptions } from '../analysis.js';
import { el } from './dom.js';
import { cityPlanView, rollupView } from './city-view.js';
import { fileDrop } from './file-drop.js';
import { t } from './labels.js';
import { issueList } from './result-view.js';
import type { CityState } from './state.js';

/** The roll-up options a city asks for: by owner when a responsibilities file was loaded, else the mean. */
export function cityRollupOptions(city: CityState): RollupOptions {
  return city.responsibilities === null
    ? { unitResults: true }
    : { unitResults: true, strategy: 'owner', responsibilities: city.responsibilities as NonNullable<RollupOptions['responsibilities']> };
}

/** What the city section shows and does. */
export interface CitySectionOptions {
  readonly catalogue: Catalogue;
  readonly city: CityState;
  readonly lang: Language;
  readonly fileList: HTMLElement | null;
  readonly plan: SafeResult<CityPlan> | undefined;
  readonly target: string;
  readonly onFiles: (files: readonly File[]) => void;
  readonly onClear: () => void;
  readonly onPlan: (target: string) => void;
}

/** The city evaluation: OPD files in, the roll-up and, on request, the city plan out. */
export function citySection(options: CitySectionOptions): HTMLElement {
  const { catalogue, city, lang } = options;
  const rolled = city.units.length === 0 ? undefined : safeRollup(catalogue, city.units, cityRollupOptions(city));
  const target = el(
    'select',
    { id: 'city-target' },
    ...catalogue.predicates.map((band) => el('option', { value: band.id, selected: band.id === options.target }, band.label[lang])),
  );
  return el(
    'section',
    { class: 'city', 'aria-labelledby': 'city-title' },
    el('h2', { id: 'city-title' }, t('citySection', lang)),
    fileDrop({ id: 'city-files', label: t('pickCityFiles', lang), hint: t('cityHint', lang), accept: '.json,.csv,.txt,application/json,text/csv', multiple: true, onFiles: options.onFiles }),
    options.fileList,
    city.units.length > 0 &&
      el(
        'p',
        { class: 'field' },
        el('span', { 'data-testid': 'city-units' }, t('cityUnits', lang, { n: city.units.length })),
        city.responsibilities !== null && el('span', {}, ` · ${t('responsibilitiesLoaded', lang)}`),
        el('button', { type: 'button', id: 'clear-city', onclick: options.onClear }, t('clearCity', lang)),
      ),
    rolled !== undefined && !rolled.success && el('div', { class: 'notice error', role: 'alert' }, issueList(rolled.issues, lang)),
    rolled?.success === true && rollupView(catalogue, rolled.output, lang),
    rolled?.success === true &&
      el(
        'div',
        { class: 'city-plan-controls field' },
        el('label', { for: 'city-target' }, t('cityTarget', lang)),
        target,
        el('button', { type: 'button', id: 'make-city-plan', onclick: () => options.onPlan(target.value) }, t('cityPlanButton', lang)),
      ),
    options.plan !== undefined && (options.plan.success ? cityPlanView(options.plan.output, lang) : el('div', { class: 'notice error', role: 'alert' }, issueList(options.plan.issues, lang))),
  );
}
