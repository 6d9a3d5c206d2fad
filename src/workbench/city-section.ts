import type { Catalogue, Issue, Language, SafeResult } from '../index.js';
import { safeRollup, type CityPlan, type Rollup, type RollupOptions } from '../analysis.js';
import { choiceLine, cityOutput, type CatalogueChoice } from '../cli/result-output.js';
import { safeUnitsChoice } from './choice.js';
import { save, type Download } from './downloads.js';
import { el } from './dom.js';
import { cityPlanView, rollupView } from './city-view.js';
import { fileDrop } from './file-drop.js';
import { t } from './labels.js';
import { issueList } from './result-view.js';
import { CITY_STRATEGIES, type CatalogueSource, type CityState, type CityStrategy } from './state.js';
import { typedDecimal } from './typed-decimal.js';

/** The strategy in use: the one chosen, else by owner when a responsibilities file was loaded, else the mean. */
function strategyOf(city: CityState): CityStrategy {
  return city.strategy ?? (city.responsibilities === null ? 'mean' : 'owner');
}

/**
 * The roll-up options a city asks for: its strategy, with the responsibilities for the owner
 * strategy, and the minimum coverage when one is typed ("0,2" as an Indonesian spreadsheet writes
 * it, read as `spbe rollup --minimum-coverage` reads it; the library checks the value).
 */
export function cityRollupOptions(city: CityState): RollupOptions {
  const strategy = strategyOf(city);
  const coverage = city.minimumCoverage.trim();
  return {
    unitResults: true,
    strategy,
    ...(strategy === 'owner' && city.responsibilities !== null ? { responsibilities: city.responsibilities as NonNullable<RollupOptions['responsibilities']> } : {}),
    ...(coverage === '' ? {} : { minimumCoverage: typedDecimal(coverage) }),
  };
}

/** What the city section shows and does. */
export interface CitySectionOptions {
  readonly catalogue: Catalogue;
  readonly city: CityState;
  /** Where the catalogue came from: how `spbe rollup` would say it chose it. */
  readonly source: CatalogueSource;
  readonly lang: Language;
  readonly fileList: HTMLElement | null;
  readonly plan: SafeResult<CityPlan> | undefined;
  /** CSV sheets the catalogue on screen cannot read: the city is not rolled up, as `spbe rollup` stops. */
  readonly sheetIssues: readonly Issue[];
  readonly onStrategy: (strategy: CityStrategy) => void;
  /** A new minimum coverage typed (on change, not on every key). */
  readonly onMinimumCoverage: (coverage: string) => void;
  /** Keeps the target chosen (no redraw), so that Export has it before the plan is made. */
  readonly onTarget: (target: string) => void;
  readonly onFiles: (files: readonly File[]) => void;
  readonly onClear: () => void;
  readonly onPlan: (target: string) => void;
}

/** The city evaluation: OPD files in, the roll-up and, on request, the city plan out. */
export function citySection(options: CitySectionOptions): HTMLElement {
  const { catalogue, city, lang } = options;
  // The files choose the catalogue as for spbe rollup; files that disagree are refused as there.
  const choice = city.units.length === 0 ? undefined : safeUnitsChoice(catalogue, options.source, city);
  const unread = options.sheetIssues;
  const rolled = choice?.success === true && unread.length === 0 ? safeRollup(catalogue, city.units, cityRollupOptions(city)) : undefined;
  const target = el(
    'select',
    { id: 'city-target' },
    ...catalogue.predicates.map((band) => el('option', { value: band.id, selected: band.id === city.target }, band.label[lang])),
  );
  const strategy = el(
    'select',
    { id: 'city-strategy' },
    ...CITY_STRATEGIES.map((id) => el('option', { value: id, selected: id === strategyOf(city) }, t(`strategy_${id}`, lang))),
  );
  strategy.addEventListener('change', () => options.onStrategy(strategy.value as CityStrategy));
  const coverage = el('input', { id: 'city-min-coverage', type: 'text', inputmode: 'decimal', value: city.minimumCoverage, placeholder: t('minimumCoverageDefault', lang), 'aria-describedby': 'city-min-coverage-hint' });
  coverage.addEventListener('change', () => options.onMinimumCoverage(coverage.value));
  target.addEventListener('change', () => options.onTarget(target.value));
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
    city.units.length > 0 && el('p', { class: 'field' }, el('label', { for: 'city-strategy' }, t('cityStrategy', lang)), strategy),
    city.units.length > 0 &&
      el(
        'p',
        { class: 'field' },
        el('label', { for: 'city-min-coverage' }, t('minimumCoverage', lang)),
        coverage,
        el('small', { id: 'city-min-coverage-hint' }, t('minimumCoverageHint', lang)),
      ),
    choice?.success === true && el('p', { class: 'catalogue-title', 'data-testid': 'city-catalogue' }, choiceLine([[t('cityFileName', lang), choice.output]], lang)),
    choice !== undefined && !choice.success && el('div', { class: 'notice error', role: 'alert' }, issueList(choice.issues, lang)),
    unread.length > 0 && el('div', { class: 'notice error', role: 'alert', 'data-testid': 'city-sheet-issues' }, issueList(unread, lang)),
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
    rolled?.success === true && choice?.success === true && cityDownload(choice.output, options, rolled.output),
  );
}

/** The city report as `spbe rollup --format html` writes it for the same files (with `--target` when a plan was made). */
function cityDownload(choice: CatalogueChoice, options: CitySectionOptions, rolled: Rollup): HTMLElement {
  const { lang } = options;
  const plan = options.plan?.success === true ? options.plan.output : undefined;
  const download = (): Download => {
    const year = rolled.consolidated.assessment.year;
    return {
      name: `${t('cityFileName', lang)}${year === undefined ? '' : `-${year}`}.html`,
      type: 'text/html',
      text: cityOutput([[t('cityFileName', lang), choice]], rolled, 'html', lang, false, plan === undefined ? {} : { plan }).text,
    };
  };
  return el('p', { class: 'toolbar' }, el('button', { type: 'button', id: 'download-city', onclick: () => save(download()) }, t('downloadCity', lang)));
}
