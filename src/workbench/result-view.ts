import type { Catalogue, Issue, Language, ScoreResult } from '../index.js';
import { safeMargin } from '../analysis.js';
import { formatDecimal } from '../report.js';
import { el, type Child } from './dom.js';
import { issuePlace } from './issue-place.js';
import { t } from './labels.js';
import type { ScoredForm } from './scoring.js';

/** The next band and, when the rounded display suggests another band than the exact value, the warning. */
function bandLines(catalogue: Catalogue, result: ScoreResult, lang: Language): Child[] {
  const found = safeMargin(catalogue, result);
  if (!found.success) return [];
  const index = found.output.index;
  const above = index.above;
  const next = above === null
    ? t('topBand', lang)
    : t('nextBandText', lang, { gap: formatDecimal(above.distance.value, lang), band: above.predicate.label[lang], bound: formatDecimal(above.bound, lang) });
  return [
    el('p', { class: 'next-band' }, el('strong', {}, `${t('nextBand', lang)}: `), next),
    index.fragile &&
      el(
        'p',
        { class: 'notice fragile', role: 'note' },
        t('fragile', lang, { shown: formatDecimal(index.value, lang), display: index.displayPredicate.label[lang], exact: index.exact, band: index.predicate.label[lang] }),
      ),
  ];
}

/** One table per tier (domains, aspects): weight, index and predikat of each group. */
function groupTables(catalogue: Catalogue, result: ScoreResult, lang: Language): HTMLElement[] {
  return catalogue.tiers.map((tier) => {
    const rows = result.groups
      .filter((group) => group.tier === tier.id)
      .map((group) =>
        el(
          'tr',
          { 'data-group': group.id },
          el('th', { scope: 'row' }, `${group.id} ${group.label[lang]}`),
          el('td', { class: 'num' }, formatDecimal(group.weight, lang)),
          el('td', { class: 'num' }, formatDecimal(group.value, lang)),
          el('td', {}, group.predicate?.label[lang] ?? '–'),
        ),
      );
    return el(
      'table',
      { class: 'groups' },
      el('caption', {}, tier.plural[lang]),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, tier.label[lang]), el('th', { scope: 'col', class: 'num' }, t('weight', lang)), el('th', { scope: 'col', class: 'num' }, t('value', lang)), el('th', { scope: 'col' }, t('predicate', lang)))),
      el('tbody', {}, ...rows),
    );
  });
}

/** A list of issues in the language, each with its code. */
export function issueList(issues: readonly Issue[], lang: Language, describe: (issue: Issue) => string = () => ''): HTMLElement {
  return el('ul', { class: 'issues' }, ...issues.map((issue) => el('li', { 'data-code': issue.code }, `${describe(issue)}${issue.message[lang]}`)));
}

/** The result panel: index, predikat, exact value, next band, fragile-display warning, groups. */
export function resultView(catalogue: Catalogue, scored: ScoredForm, lang: Language): HTMLElement {
  const result = scored.result;
  const issues = scored.otherIssues.length > 0 ? el('div', { class: 'notice error', role: 'alert' }, el('strong', {}, t('issues', lang)), issueList(scored.otherIssues, lang)) : null;
  if (result === null) return el('div', { class: 'result' }, issues ?? el('p', {}, t('nothingYet', lang)));
  const missing = result.indicators.filter((indicator) => indicator.status === 'missing').length;
  return el(
    'div',
    { class: 'result' },
    issues,
    el(
      'div',
      { class: 'index-card' },
      el('div', { class: 'index-label' }, catalogue.title[lang]),
      el('output', { class: 'index-value', 'data-testid': 'index-value' }, formatDecimal(result.index.value, lang)),
      el('div', { class: 'index-predicate', 'data-testid': 'index-predicate' }, result.index.predicate.label[lang]),
    ),
    el('p', {}, el('strong', {}, `${t('exact', lang)}: `), el('span', { 'data-testid': 'index-exact' }, result.index.exact)),
    missing > 0 && el('p', { class: 'notice' }, t('incomplete', lang, { n: missing })),
    // As `spbe` reports them: each at the key the file used ("levels.I5.value").
    result.warnings.length > 0 && el('div', { class: 'notice warnings', 'data-testid': 'warnings' }, el('strong', {}, t('warnings', lang)), issueList(result.warnings, lang, (issue) => issuePlace(issue, lang))),
    ...bandLines(catalogue, result, lang),
    ...groupTables(catalogue, result, lang),
  );
}
