import type { Language } from '../index.js';
import { el } from './dom.js';
import { t } from './labels.js';

/** What the toolbar's buttons do. */
export interface HeaderActions {
  readonly onSwitchLanguage: () => void;
  readonly onExport: () => void;
  readonly onImport: (files: readonly File[]) => void;
  readonly onClear: () => void;
}

/** The page's title (naming the index on screen) and toolbar: language, export, import and clear. */
export function headerView(lang: Language, title: string, actions: HeaderActions): HTMLElement {
  const importInput = el('input', { type: 'file', id: 'import-state', accept: '.json,application/json', class: 'file-input' });
  importInput.addEventListener('change', () => {
    const files = [...(importInput.files ?? [])];
    importInput.value = '';
    actions.onImport(files);
  });
  return el(
    'header',
    { class: 'top' },
    el('div', {}, el('h1', {}, title), el('p', { class: 'tagline' }, t('tagline', lang))),
    el(
      'div',
      { class: 'toolbar' },
      el('button', { type: 'button', id: 'switch-language', lang: lang === 'id' ? 'en' : 'id', 'aria-label': t('switchLanguageName', lang), onclick: actions.onSwitchLanguage }, t('switchLanguage', lang)),
      el('button', { type: 'button', id: 'export-state', onclick: actions.onExport }, t('exportState', lang)),
      el('label', { for: 'import-state', class: 'button' }, t('importState', lang)),
      importInput,
      el('button', { type: 'button', id: 'clear-entries', onclick: actions.onClear }, t('clearAll', lang)),
    ),
  );
}
