import type { Language, ScoreResult } from '../index.js';
import type { HtmlExtras } from '../report.js';
import { resultOutput, type CatalogueChoice } from '../cli/result-output.js';

/** One file the user can take away. */
export interface Download {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** The formats offered, with their media types. */
const FORMATS = { html: 'text/html', csv: 'text/csv', md: 'text/markdown', json: 'application/json' } as const;
export type DownloadFormat = keyof typeof FORMATS;

/** A file name part from the agency ("Pemerintah Kota Contoh" → "pemerintah-kota-contoh"). */
export function slug(text: string | undefined): string {
  const slugged = (text ?? '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
  return slugged === '' ? 'spbe' : slugged.slice(0, 60);
}

/** The base of the download names: agency and year ("pemerintah-kota-contoh-2024"). */
export function baseName(result: ScoreResult): string {
  return `${slug(result.assessment.agency)}${result.assessment.year === undefined ? '' : `-${result.assessment.year}`}`;
}

/** What the downloads hold: the result, its catalogue choice, and the comparison and plan when made. */
export interface DownloadInputs {
  readonly result: ScoreResult;
  /** The catalogue choice of the result, then of last year's file when there is a comparison. */
  readonly choices: readonly (readonly [string, CatalogueChoice])[];
  readonly extras: Pick<HtmlExtras, 'comparison' | 'plan'>;
}

/**
 * The file `spbe report <file> --format html|csv|md|json` writes for the same assessment (with
 * `--previous` and `--target`/`--costs` when a comparison or a plan is on screen): the same
 * module renders both, so they are the same bytes.
 */
export function downloadOf(inputs: DownloadInputs, format: DownloadFormat, lang: Language): Download {
  return { name: `${baseName(inputs.result)}.${format}`, type: FORMATS[format], text: resultOutput(inputs.choices, inputs.result, format, lang, true, inputs.extras).text };
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
