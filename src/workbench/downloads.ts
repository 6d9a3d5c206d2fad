import type { Catalogue, Language, ScoreResult } from '../index.js';
import { renderCsv, renderHtml, renderMarkdown } from '../report.js';

/** One file the user can take away. */
export interface Download {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** A file name part from the agency ("Pemerintah Kota Contoh" → "pemerintah-kota-contoh"). */
function slug(text: string | undefined): string {
  const slugged = (text ?? '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
  return slugged === '' ? 'spbe' : slugged.slice(0, 60);
}

/** The outputs `spbe score --format html|csv|md|json` writes for the same result. */
export function downloadsOf(catalogue: Catalogue, result: ScoreResult, lang: Language): Record<'html' | 'csv' | 'md' | 'json', Download> {
  const base = `${slug(result.assessment.agency)}${result.assessment.year === undefined ? '' : `-${result.assessment.year}`}`;
  return {
    html: { name: `${base}.html`, type: 'text/html', text: renderHtml(catalogue, result, { lang }) },
    csv: { name: `${base}.csv`, type: 'text/csv', text: renderCsv(catalogue, result, { lang }) },
    md: { name: `${base}.md`, type: 'text/markdown', text: renderMarkdown(catalogue, result, { lang }) },
    json: { name: `${base}.json`, type: 'application/json', text: `${JSON.stringify(result, null, 2)}\n` },
  };
}

/** Hands a file to the browser's download, from memory: nothing leaves the machine. */
export function save(download: Download): void {
  const url = URL.createObjectURL(new Blob([download.text], { type: `${download.type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = download.name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
