import type { Catalogue, LevelInput, SafeResult, ScoreResult } from '../index.js';
import { safeFrontier, safePlan, safePlanCity, type Comparison } from '../analysis.js';
import { assessmentForm, type AssessmentForm } from './assessment-form.js';
import { catalogueSection } from './catalogue-section.js';
import { citySection, cityRollupOptions } from './city-section.js';
import { entriesChoice } from './choice.js';
import { comparePlanContent, comparisonOf } from './compare-plan-section.js';
import { el, replace } from './dom.js';
import { baseName, save, type DownloadInputs } from './downloads.js';
import { downloadButtons } from './downloads-view.js';
import { fileReportList, filesSection } from './files-section.js';
import { headerView } from './header-view.js';
import { inOrder } from './in-order.js';
import { t, workbenchTitle } from './labels.js';
import { planFieldIssues, planOptionsOf, planTargetOf } from './plan-entries.js';
import { loadCityFiles, loadCosts, loadFiles, loadPrevious, readCitySheets } from './loading.js';
import { resultView } from './result-view.js';
import { scoreForm, type ScoredForm } from './scoring.js';
import { dropAnalyses, freshSession, safeSessionCatalogue, type Session } from './session.js';
import { stateText } from './state-file.js';
import { assessmentOf, EMPTY_CITY, withIndicatorPlan, withLevel } from './state.js';

/**
 * The workbench page. The session's state holds only what the user entered; everything shown is
 * derived from it. A change of language, catalogue or loaded files rebuilds the page; typing in a
 * field only re-scores and redraws the result, so the field keeps its focus.
 */
export function startWorkbench(root: HTMLElement, now: Date): void {
  const year = now.getFullYear();
  let session: Session = freshSession(year, 'id');
  let form: AssessmentForm | undefined;
  let scored: ScoredForm | undefined;
  const comparePlanHost = el('section', { class: 'compare-plan', 'aria-labelledby': 'compare-plan-title' });
  const resultHost = el('section', { class: 'result-panel', 'aria-live': 'polite', 'aria-labelledby': 'result-title' });
  const downloadHost = el('div', { class: 'downloads' });

  /** Runs a loader, then rebuilds the page; loaders run in the order the files were given. */
  const queue = inOrder();
  const after = (load: (session: Session, files: readonly File[]) => Promise<void>, redraw: () => void) => (files: readonly File[]) =>
    void queue(async () => {
      await load(session, files);
      redraw();
    });

  /** Re-scores the entries and redraws what depends on them. */
  const refresh = (): void => {
    const found = safeSessionCatalogue(session);
    if (!found.success) return;
    const { state } = session;
    const catalogue = found.output;
    scored = scoreForm(catalogue, assessmentOf(state, catalogue.id));
    form?.showIssues(scored.fieldIssues);
    replace(resultHost, el('h2', { id: 'result-title' }, t('resultSection', state.lang)), resultView(catalogue, scored, state.lang));
    const { result } = scored;
    const comparison = comparisonOf(session.previous, catalogue, result);
    replace(downloadHost, ...downloadButtons(result === null ? null : downloadInputs(catalogue, result, comparison), state.lang));
    replace(
      comparePlanHost,
      comparePlanContent({
        catalogue,
        result,
        lang: state.lang,
        previous: session.previous,
        comparison,
        costsName: state.plan.costs?.name,
        target: state.plan.target,
        defaultCost: state.plan.defaultCost,
        plan: session.planned,
        frontier: session.frontiered,
        onPrevious: after(loadPrevious, refresh),
        onCosts: after(loadCosts, refresh),
        onTarget: (change) => {
          // Kept without a redraw: the field keeps its focus; Plan reads it.
          session.state = { ...session.state, plan: { ...session.state.plan, target: change(session.state.plan.target) } };
        },
        onDefaultCost: (defaultCost) => {
          session.state = { ...session.state, plan: { ...session.state.plan, defaultCost } };
        },
        indicators: state.plan.indicators,
        fieldIssues: planFieldIssues(state.plan, catalogue),
        onIndicator: (id, entry) => {
          // Kept without a redraw, like the target; Plan and Frontier read it.
          session.state = { ...session.state, plan: withIndicatorPlan(session.state.plan, id, entry) };
          return planFieldIssues(session.state.plan, catalogue);
        },
        onPlan: () => analyse('plan'),
        onFrontier: () => analyse('frontier'),
      }),
    );
  };

  /** What the downloads hold: the result, and the comparison and plan on screen, as `spbe report` adds them. */
  const downloadInputs = (catalogue: Catalogue, result: ScoreResult, comparison: SafeResult<Comparison> | undefined): DownloadInputs => {
    const choice = entriesChoice(catalogue, session.state.source, session.state.meta.year);
    const previous = session.previous;
    const plan = session.planned?.success === true ? session.planned.output : undefined;
    const compared = comparison?.success === true && previous?.scored != null ? { comparison: comparison.output, choice: [previous.name, previous.scored.choice] as const } : undefined;
    return {
      result,
      choices: [[`${baseName(result)}.json`, choice], ...(compared === undefined ? [] : [compared.choice])],
      extras: { ...(compared === undefined ? {} : { comparison: compared.comparison }), ...(plan === undefined ? {} : { plan }) },
    };
  };

  /** Plans or draws the frontier for the result on screen; the button keeps the focus. */
  const analyse = (what: 'plan' | 'frontier'): void => {
    const found = safeSessionCatalogue(session);
    const result = scored?.result ?? null;
    if (!found.success || result === null) return;
    const options = planOptionsOf(session.state.plan, found.output);
    const goal = planTargetOf(session.state.plan.target);
    if (what === 'plan') session.planned = safePlan(found.output, result, goal, options);
    else session.frontiered = safeFrontier(found.output, result, { ...options, ...(goal.groups === undefined ? {} : { groups: goal.groups }) });
    // The downloads take the plan in.
    refresh();
    document.getElementById(what === 'plan' ? 'make-plan' : 'make-frontier')?.focus();
  };

  const setEntry = (id: string, input: LevelInput | undefined): void => {
    const found = safeSessionCatalogue(session);
    if (!found.success) return;
    session.state = withLevel(session.state, found.output, id, input);
    // A plan or frontier of other levels would be stale.
    dropAnalyses(session);
    refresh();
  };

  const chooseYear = (chosen: number): void => {
    const before = safeSessionCatalogue(session);
    dropAnalyses(session);
    session.state = { ...session.state, source: { kind: 'year', year: chosen }, meta: { ...session.state.meta, year: chosen } };
    // Levels of one catalogue mean nothing in another: a change of catalogue starts afresh.
    const found = safeSessionCatalogue(session);
    if (!found.success || !before.success || found.output.id !== before.output.id) session.state = { ...session.state, levels: {} };
    render();
    document.getElementById('year')?.focus();
  };

  const switchLanguage = (): void => {
    session.state = { ...session.state, lang: session.state.lang === 'id' ? 'en' : 'id' };
    render();
    document.getElementById('switch-language')?.focus();
  };

  const planTheCity = (target: string): void => {
    const found = safeSessionCatalogue(session);
    if (!found.success) return;
    session.state = { ...session.state, city: { ...session.state.city, target } };
    session.cityPlan = safePlanCity(found.output, session.state.city.units, { predicate: target }, { rollup: cityRollupOptions(session.state.city) });
    render();
    document.getElementById('make-city-plan')?.focus();
  };

  /** Rebuilds the whole page from the session. */
  const render = (): void => {
    readCitySheets(session);
    const { state } = session;
    const lang = state.lang;
    const found = safeSessionCatalogue(session);
    document.documentElement.lang = lang;
    document.title = workbenchTitle(found.success ? found.output : null, lang);
    form = found.success ? assessmentForm(found.output, state.levels, lang, setEntry) : undefined;
    replace(
      root,
      headerView(lang, document.title, {
        onSwitchLanguage: switchLanguage,
        onExport: () => save({ name: 'spbe-workbench.json', type: 'application/json', text: stateText(session.state) }),
        onImport: after(loadFiles, render),
        onClear: () => {
          session = freshSession(year, session.state.lang);
          render();
        },
      }),
      el(
        'main',
        {},
        el(
          'div',
          { class: 'layout' },
          el(
            'div',
            { class: 'inputs' },
            catalogueSection(state, found, year, {
              onYear: chooseYear,
              onAgency: (agency) => {
                session.state = { ...session.state, meta: { ...session.state.meta, agency } };
                refresh();
              },
              onBuiltin: () => {
                session.state = { ...session.state, source: { kind: 'year', year }, levels: {} };
                render();
              },
            }),
            filesSection(session.fileReports, lang, after(loadFiles, render)),
            form && el('section', { class: 'entry', 'aria-labelledby': 'entry-title' }, el('h2', { id: 'entry-title' }, t('entrySection', lang)), form.element),
          ),
          el('div', { class: 'outputs' }, resultHost, el('section', { class: 'take-away', 'aria-labelledby': 'downloads-title' }, el('h2', { id: 'downloads-title' }, t('downloadSection', lang)), downloadHost)),
        ),
        comparePlanHost,
        found.success &&
          citySection({
            catalogue: found.output,
            city: state.city,
            source: state.source,
            lang,
            fileList: fileReportList(session.cityReports, lang),
            plan: session.cityPlan,
            sheetIssues: session.citySheetIssues,
            onTarget: (target) => {
              session.state = { ...session.state, city: { ...session.state.city, target } };
            },
            onMinimumCoverage: (minimumCoverage) => {
              session.state = { ...session.state, city: { ...session.state.city, minimumCoverage } };
              session.cityPlan = undefined;
              render();
              document.getElementById('city-min-coverage')?.focus();
            },
            onStrategy: (strategy) => {
              session.state = { ...session.state, city: { ...session.state.city, strategy } };
              session.cityPlan = undefined;
              render();
              document.getElementById('city-strategy')?.focus();
            },
            onFiles: after(loadCityFiles, render),
            onClear: () => {
              session.state = { ...session.state, city: EMPTY_CITY };
              session.cityReports = [];
              session.citySheetIssues = [];
              session.cityPlan = undefined;
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
