import type { Catalogue, Language, ScoreResult } from '../index.js';
import { el, type Child } from './dom.js';
import { downloadsOf, save } from './downloads.js';
import { t } from './labels.js';

/** The download buttons for the result on screen, and Print; a notice while there is no result. */
export function downloadButtons(catalogue: Catalogue, result: ScoreResult | null, lang: Language): Child[] {
  if (result === null) return [el('p', {}, t('downloadNeedsResult', lang))];
  const files = downloadsOf(catalogue, result, lang);
  const button = (key: keyof typeof files, label: string) => el('button', { type: 'button', 'data-download': key, onclick: () => save(files[key]) }, label);
  return [
    button('html', t('downloadHtml', lang)),
    button('csv', t('downloadCsv', lang)),
    button('md', t('downloadMarkdown', lang)),
    button('json', t('downloadJson', lang)),
    el('button', { type: 'button', 'data-action': 'print', onclick: () => window.print() }, t('print', lang)),
  ];
}
