import { safeScore, type Catalogue, type Issue, type Language, type LevelInput, type SafeResult } from '../index.js';
import { safeFrontier, safePlan, safePlanCity, type CityPlan, type Frontier, type PlanOptions, type PlanResult } from '../analysis.js';
import { assessmentForm, type AssessmentForm } from './assessment-form.js';
import { catalogueOf, sourceFor, yearsOffered } from './catalogue-source.js';
import { citySection, cityRollupOptions } from './city-section.js';
import { comparePlanContent, planTargetOf, type PreviousResult, type TargetEntry } from './compare-plan-section.js';
import { el, replace } from './dom.js';
import { downloadsOf, save } from './downloads.js';
import { fileDrop } from './file-drop.js';
import { readFile, withIndicatorIds, type FileIssue, type LoadedFile } from './files.js';
import { issuePlace } from './issue-place.js';
import { t } from './labels.js';
import { issueList, resultView } from './result-view.js';
import { scoreForm, type ScoredForm } from './scoring.js';
import { stateOf, stateText } from './state-file.js';
import { assessmentOf, initialState, metaOf, withLevel, type CatalogueSource, type WorkbenchState } from './state.js';

/** What one loaded file did, shown in the file list. */
interface FileReport {
  readonly name: string;
  readonly outcome: string;
  readonly issues: readonly FileIssue[];
}

/** The outcome of each loaded file, with its issues (row and column for a CSV cell). */
function fileReportList(reports: readonly FileReport[], lang: Language): HTMLElement | null {
  if (reports.length === 0) return null;
  return el(
    'ul',
    { class: 'file-reports', 'aria-live': 'polite' },
    ...reports.map((report) =>
      el('li', { 'data-file': report.name }, el('strong', {}, report.name), ` · ${report.outcome}`, report.issues.length > 0 && issueList(report.issues as readonly Issue[], lang, (issue) => issuePlace(issue, lang))),
    ),
  );
}

/**
 * The workbench page. The state holds only what the user entered; everything shown is derived
 * from it. A change of language, catalogue or loaded files rebuilds the page; typing in a field
 * only re-scores and redraws the result, so the field keeps its focus.
 */
export function startWorkbench(root: HTMLElement, now: Date): void {
  let state: WorkbenchState = initialState(now.getFullYear(), 'id');
  let compiled: { source: CatalogueSource; found: SafeResult<Catalogue> } | undefined;
  let fileReports: FileReport[] = [];
  let cityReports: FileReport[] = [];
  let cityPlan: SafeResult<CityPlan> | undefined;
  let cityTarget = '';
  let previous: PreviousResult | undefined;
  let costs: { readonly name: string; readonly options: PlanOptions } | undefined;
  let target: TargetEntry = { predicate: '', index: '', groups: {} };
  let planned: SafeResult<PlanResult> | undefined;
  let frontiered: SafeResult<Frontier> | undefined;
  const comparePlanHost = el('section', { class: 'compare-plan', 'aria-labelledby': 'compare-plan-title' });
  let form: AssessmentForm | undefined;
  let scored: ScoredForm | undefined;
  const resultHost = el('section', { class: 'result-panel', 'aria-live': 'polite', 'aria-labelledby': 'result-title' });
  const downloadHost = el('div', { class: 'downloads' });

  const catalogue = (): SafeResult<Catalogue> => {
    if (compiled?.source !== state.source) compiled = { source: state.source, found: catalogueOf(state.source) };
    return compiled.found;
  };

  /** Re-scores the entries and redraws what depends on them. */
  const refresh = (): void => {
    const found = catalogue();
    if (!found.success) return;
    scored = scoreForm(found.output, assessmentOf(state, found.output.id));
    form?.showIssues(scored.fieldIssues);
    replace(resultHost, el('h2', { id: 'result-title' }, t('resultSection', state.lang)), resultView(found.output, scored, state.lang));
    renderDownloads(found.output);
    renderComparePlan(found.output);
  };

  const renderComparePlan = (cat: Catalogue): void => {
    replace(
      comparePlanHost,
      comparePlanContent({
        catalogue: cat,
        result: scored?.result ?? null,
        lang: state.lang,
        previous,
        costsName: costs?.name,
        target,
        plan: planned,
        frontier: frontiered,
        onPrevious: (files) => void loadPrevious(files),
        onCosts: (files) => void loadCosts(files),
        onTarget: (next) => {
          target = next;
        },
        onPlan: () => analyse('plan'),
        onFrontier: () => analyse('frontier'),
      }),
    );
  };

  /** Plans or draws the frontier for the result on screen; the button keeps the focus. */
  const analyse = (what: 'plan' | 'frontier'): void => {
    const found = catalogue();
    const result = scored?.result ?? null;
    if (!found.success || result === null) return;
    const options = costs?.options ?? {};
    const goal = planTargetOf(target);
    if (what === 'plan') planned = safePlan(found.output, result, goal, options);
    else frontiered = safeFrontier(found.output, result, { ...options, ...(goal.groups === undefined ? {} : { groups: goal.groups }) });
    renderComparePlan(found.output);
    document.getElementById(what === 'plan' ? 'make-plan' : 'make-frontier')?.focus();
  };

  /** Last year's result: a result file as it is, an assessment scored with the catalogue it names. */
  const loadPrevious = async (files: readonly File[]): Promise<void> => {
    const [file] = files;
    if (file === undefined) return;
    const current = catalogue();
    const loaded = await readFile(file, current.success ? current.output : undefined);
    if (loaded.kind === 'result') {
      previous = { name: loaded.name, result: loaded.result as unknown as NonNullable<PreviousResult['result']>, issues: [] };
    } else if (loaded.kind === 'assessment') {
      const own = catalogueOf(sourceFor(loaded.assessment.catalogue, loaded.assessment.year, state.source));
      const found = own.success ? own : current;
      const outcome = found.success ? safeScore(found.output, withIndicatorIds(loaded.assessment, found.output)) : found;
      previous = outcome.success ? { name: loaded.name, result: outcome.output, issues: [] } : { name: loaded.name, result: null, issues: outcome.issues };
    } else {
      previous = { name: loaded.name, result: null, issues: loaded.kind === 'failed' ? [...loaded.issues, ...loaded.warnings] as Issue[] : [] };
    }
    refresh();
  };

  /** A costs file, as `spbe plan --costs` reads it; the planner checks what it says. */
  const loadCosts = async (files: readonly File[]): Promise<void> => {
    const [file] = files;
    if (file === undefined) return;
    try {
      costs = { name: file.name, options: JSON.parse(await file.text()) as PlanOptions };
    } catch {
      costs = undefined;
      planned = { success: false, issues: [{ code: 'input.json_invalid', path: [file.name], message: { id: `${file.name} bukan JSON yang valid.`, en: `${file.name} is not valid JSON.` } }] };
    }
    refresh();
  };

  const renderDownloads = (cat: Catalogue): void => {
    const lang = state.lang;
    const result = scored?.result ?? null;
    if (result === null) {
      replace(downloadHost, el('p', {}, t('downloadNeedsResult', lang)));
      return;
    }
    const files = downloadsOf(cat, result, lang);
    const button = (key: keyof typeof files, label: string) => el('button', { type: 'button', 'data-download': key, onclick: () => save(files[key]) }, label);
    replace(
      downloadHost,
      button('html', t('downloadHtml', lang)),
      button('csv', t('downloadCsv', lang)),
      button('md', t('downloadMarkdown', lang)),
      button('json', t('downloadJson', lang)),
      el('button', { type: 'button', 'data-action': 'print', onclick: () => window.print() }, t('print', lang)),
    );
  };

  const setEntry = (id: string, input: LevelInput | undefined): void => {
    state = withLevel(state, id, input);
    // A plan or frontier of other levels would be stale.
    planned = undefined;
    frontiered = undefined;
    refresh();
  };

  /** Takes the files in: the last assessment or result becomes the entries, a catalogue the catalogue. */
  const loadFiles = async (files: readonly File[]): Promise<void> => {
    const reports: FileReport[] = [];
    planned = undefined;
    frontiered = undefined;
    for (const file of files) {
      const current = catalogue();
      const loaded = await readFile(file, current.success ? current.output : undefined);
      reports.push(take(loaded));
    }
    fileReports = reports;
    render();
  };

  const take = (loaded: LoadedFile): FileReport => {
    const lang = state.lang;
    switch (loaded.kind) {
      case 'failed':
        return { name: loaded.name, outcome: t('fileIssues', lang), issues: [...loaded.issues, ...loaded.warnings] };
      case 'catalogue':
        state = { ...state, source: { kind: 'custom', name: loaded.name, definition: loaded.definition }, levels: {} };
        return { name: loaded.name, outcome: t('loadedCatalogue', lang), issues: [] };
      case 'state': {
        const next = stateOf(loaded.state);
        if (next === undefined) return { name: loaded.name, outcome: t('stateInvalid', lang), issues: [] };
        state = next;
        return { name: loaded.name, outcome: t('stateImported', next.lang), issues: [] };
      }
      case 'responsibilities':
        return { name: loaded.name, outcome: t('responsibilitiesElsewhere', lang), issues: [] };
      case 'assessment':
      case 'result': {
        const assessment = loaded.assessment;
        const source = state.source.kind === 'custom' ? state.source : sourceFor(assessment.catalogue, assessment.year, state.source);
        // A CSV has no year: it is the evaluation year chosen.
        const year = assessment.year ?? (source.kind === 'year' ? source.year : undefined);
        state = { ...state, source, meta: { ...metaOf(assessment), ...(year === undefined ? {} : { year }) }, levels: {} };
        const found = catalogue();
        const levels = found.success ? withIndicatorIds(assessment, found.output).levels : assessment.levels;
        state = { ...state, levels };
        return { name: loaded.name, outcome: t(loaded.kind === 'result' ? 'loadedResult' : 'loadedAssessment', lang), issues: loaded.kind === 'assessment' ? loaded.warnings : [] };
      }
    }
  };

  const header = (): HTMLElement => {
    const lang = state.lang;
    const importInput = el('input', { type: 'file', id: 'import-state', accept: '.json,application/json', class: 'file-input' });
    importInput.addEventListener('change', () => {
      const files = [...(importInput.files ?? [])];
      importInput.value = '';
      void loadFiles(files);
    });
    return el(
      'header',
      { class: 'top' },
      el('div', {}, el('h1', {}, t('title', lang)), el('p', { class: 'tagline' }, t('tagline', lang))),
      el(
        'div',
        { class: 'toolbar' },
        el('button', { type: 'button', id: 'switch-language', lang: lang === 'id' ? 'en' : 'id', 'aria-label': t('switchLanguageName', lang), onclick: () => switchLanguage() }, t('switchLanguage', lang)),
        el('button', { type: 'button', id: 'export-state', onclick: () => save({ name: 'spbe-workbench.json', type: 'application/json', text: stateText(state) }) }, t('exportState', lang)),
        el('label', { for: 'import-state', class: 'button' }, t('importState', lang)),
        importInput,
        el('button', { type: 'button', id: 'clear-entries', onclick: () => { state = initialState(now.getFullYear(), state.lang); compiled = undefined; fileReports = []; cityReports = []; cityPlan = undefined; previous = undefined; costs = undefined; planned = undefined; frontiered = undefined; render(); } }, t('clearAll', lang)),
      ),
    );
  };

  const switchLanguage = (): void => {
    state = { ...state, lang: state.lang === 'id' ? 'en' : 'id' };
    render();
    document.getElementById('switch-language')?.focus();
  };

  const catalogueSection = (found: SafeResult<Catalogue>): HTMLElement => {
    const lang = state.lang;
    const source = state.source;
    const yearSelect = el(
      'select',
      { id: 'year' },
      ...yearsOffered(now.getFullYear()).map((year) => {
        const cat = catalogueOf({ kind: 'year', year });
        return el('option', { value: year, selected: source.kind === 'year' && source.year === year }, `${year}${cat.success ? ` · ${cat.output.title[lang]}` : ''}`);
      }),
    );
    yearSelect.addEventListener('change', () => {
      const before = found.success ? found.output.id : undefined;
      const year = Number(yearSelect.value);
      planned = undefined;
      frontiered = undefined;
      state = { ...state, source: { kind: 'year', year }, meta: { ...state.meta, year } };
      // Levels of one catalogue mean nothing in another: a change of catalogue starts afresh.
      const after = catalogue();
      if (!after.success || after.output.id !== before) state = { ...state, levels: {} };
      render();
      document.getElementById('year')?.focus();
    });
    const agency = el('input', { type: 'text', id: 'agency', value: state.meta.agency ?? '', autocomplete: 'organization' });
    agency.addEventListener('input', () => {
      state = { ...state, meta: { ...state.meta, agency: agency.value } };
      refresh();
    });
    return el(
      'section',
      { class: 'catalogue', 'aria-labelledby': 'catalogue-title' },
      el('h2', { id: 'catalogue-title' }, t('catalogueSection', lang)),
      source.kind === 'year'
        ? el('p', { class: 'field' }, el('label', { for: 'year' }, t('evaluationYear', lang)), yearSelect)
        : el('p', { class: 'field' }, el('strong', {}, `${t('customCatalogue', lang)}: ${source.name}`), ' ', el('button', { type: 'button', id: 'use-builtin', onclick: () => { state = { ...state, source: { kind: 'year', year: now.getFullYear() }, levels: {} }; render(); } }, t('useBuiltin', lang))),
      found.success ? el('p', { class: 'catalogue-title', 'data-testid': 'catalogue-id' }, `${found.output.title[lang]} (${found.output.id} rev. ${found.output.revision})`) : el('div', { class: 'notice error', role: 'alert' }, issueList(found.issues, lang, (issue) => issuePlace(issue, lang))),
      el('p', { class: 'field' }, el('label', { for: 'agency' }, t('agency', lang)), agency),
    );
  };

  const filesSection = (): HTMLElement => {
    const lang = state.lang;
    return el(
      'section',
      { class: 'files', 'aria-labelledby': 'files-title' },
      el('h2', { id: 'files-title' }, t('filesSection', lang)),
      fileDrop({ id: 'load-files', label: t('pickFiles', lang), hint: t('filesHint', lang), accept: '.json,.csv,.txt,application/json,text/csv', multiple: true, onFiles: (files) => void loadFiles(files) }),
      fileReportList(fileReports, lang),
    );
  };

  /** Takes OPD files (assessments or results) and a responsibilities file into the city evaluation. */
  const loadCityFiles = async (files: readonly File[]): Promise<void> => {
    const lang = state.lang;
    const reports: FileReport[] = [];
    let { units, responsibilities } = state.city;
    for (const file of files) {
      const current = catalogue();
      const loaded = await readFile(file, current.success ? current.output : undefined);
      if (loaded.kind === 'assessment' || loaded.kind === 'result') {
        // A CSV has no agency: the file name names the unit.
        const agency = loaded.assessment.agency ?? file.name.replace(/\.[^.]+$/u, '');
        units = [...units.filter((unit) => unit.agency !== agency), { ...loaded.assessment, agency }];
        reports.push({ name: loaded.name, outcome: t('loadedUnit', lang), issues: loaded.kind === 'assessment' ? loaded.warnings : [] });
      } else if (loaded.kind === 'responsibilities') {
        responsibilities = loaded.responsibilities;
        reports.push({ name: loaded.name, outcome: t('responsibilitiesLoaded', lang), issues: [] });
      } else {
        reports.push({ name: loaded.name, outcome: t('fileIssues', lang), issues: loaded.kind === 'failed' ? [...loaded.issues, ...loaded.warnings] : [] });
      }
    }
    // The first OPD file picks the catalogue, as a single assessment does.
    const first = units[0];
    if (state.city.units.length === 0 && first !== undefined && state.source.kind === 'year') {
      const before = catalogue();
      const source = sourceFor(first.catalogue, first.year, state.source);
      const after = catalogueOf(source);
      if (after.success && (!before.success || after.output.id !== before.output.id)) state = { ...state, source, meta: { ...state.meta, ...(source.kind === 'year' ? { year: source.year } : {}) }, levels: {} };
    }
    state = { ...state, city: { units, responsibilities } };
    cityReports = reports;
    cityPlan = undefined;
    render();
  };

  const planTheCity = (target: string): void => {
    const found = catalogue();
    if (!found.success) return;
    cityTarget = target;
    cityPlan = safePlanCity(found.output, state.city.units, { predicate: target }, { rollup: cityRollupOptions(state.city) });
    render();
    document.getElementById('make-city-plan')?.focus();
  };

  /** Rebuilds the whole page from the state. */
  const render = (): void => {
    const lang = state.lang;
    document.documentElement.lang = lang;
    document.title = t('title', lang);
    const found = catalogue();
    form = found.success ? assessmentForm(found.output, state.levels, lang, setEntry) : undefined;
    replace(
      root,
      header(),
      el(
        'main',
        {},
        el(
          'div',
          { class: 'layout' },
          el(
            'div',
            { class: 'inputs' },
            catalogueSection(found),
            filesSection(),
            form && el('section', { class: 'entry', 'aria-labelledby': 'entry-title' }, el('h2', { id: 'entry-title' }, t('entrySection', lang)), form.element),
          ),
          el('div', { class: 'outputs' }, resultHost, el('section', { class: 'take-away', 'aria-labelledby': 'downloads-title' }, el('h2', { id: 'downloads-title' }, t('downloadSection', lang)), downloadHost)),
        ),
        comparePlanHost,
        found.success &&
          citySection({
            catalogue: found.output,
            city: state.city,
            lang,
            fileList: fileReportList(cityReports, lang),
            plan: cityPlan,
            target: cityTarget,
            onFiles: (files) => void loadCityFiles(files),
            onClear: () => {
              state = { ...state, city: { units: [], responsibilities: null } };
              cityReports = [];
              cityPlan = undefined;
              render();
            },
            onPlan: planTheCity,
          }),
      ),
    );
    refresh();
  };

  render();
}
