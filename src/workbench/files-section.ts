import type { Issue, Language } from '../index.js';
import { el } from './dom.js';
import { fileDrop } from './file-drop.js';
import { issuePlace } from './issue-place.js';
import { t } from './labels.js';
import { issueList } from './result-view.js';
import type { FileReport } from './session.js';

/** The outcome of each loaded file, with its issues (row and column for a CSV cell). */
export function fileReportList(reports: readonly FileReport[], lang: Language): HTMLElement | null {
  if (reports.length === 0) return null;
  return el(
    'ul',
    { class: 'file-reports', 'aria-live': 'polite' },
    ...reports.map((report) =>
      el('li', { 'data-file': report.name }, el('strong', {}, report.name), ` · ${t(report.outcome, lang)}`, report.issues.length > 0 && issueList(report.issues as readonly Issue[], lang, (issue) => issuePlace(issue, lang))),
    ),
  );
}

/** The "load files" section: a picker and drop box, and what each file did. */
export function filesSection(reports: readonly FileReport[], lang: Language, onFiles: (files: readonly File[]) => void): HTMLElement {
  return el(
    'section',
    { class: 'files', 'aria-labelledby': 'files-title' },
    el('h2', { id: 'files-title' }, t('filesSection', lang)),
    fileDrop({ id: 'load-files', label: t('pickFiles', lang), hint: t('filesHint', lang), accept: '.json,.csv,.txt,application/json,text/csv', multiple: true, onFiles }),
    fileReportList(reports, lang),
  );
}
