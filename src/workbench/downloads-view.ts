import type { Language } from '../index.js';
import { el, type Child } from './dom.js';
import { downloadOf, save, type DownloadFormat, type DownloadInputs } from './downloads.js';
import { t } from './labels.js';

/** The download buttons for the result on screen, and Print; a notice while there is no result. */
export function downloadButtons(inputs: DownloadInputs | null, lang: Language): Child[] {
  if (inputs === null) return [el('p', {}, t('downloadNeedsResult', lang))];
  // Rendered when clicked: the HTML report is the largest thing the page makes.
  const button = (format: DownloadFormat, label: string) => el('button', { type: 'button', 'data-download': format, onclick: () => save(downloadOf(inputs, format, lang)) }, label);
  return [
    button('html', t('downloadHtml', lang)),
    button('csv', t('downloadCsv', lang)),
    button('md', t('downloadMarkdown', lang)),
    button('json', t('downloadJson', lang)),
    el('button', { type: 'button', 'data-action': 'print', onclick: () => window.print() }, t('print', lang)),
  ];
}
