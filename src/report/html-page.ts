import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import type { ScoreResult } from '../model/result.js';
import { escapeHtml } from './html-escape.js';
import { indexName, predicateName } from './labels.js';
import { formatDecimal } from './number-format.js';

/** What the opening of an HTML report says. */
export interface PageOpening {
  readonly lang: Language;
  /** The report's heading; the page title adds the subject. */
  readonly heading: string;
  readonly subject: string | undefined;
  readonly catalogue: Catalogue;
  readonly css: string;
  readonly notes: readonly string[] | undefined;
}

/**
 * The opening of a standalone HTML report, shared by the result and city reports: the head (a
 * Content-Security-Policy that allows no scripts and no fetches, only inline styles and data
 * images), then `<main>` with the header and the caller's notes.
 */
export function htmlPageStart({ lang, heading, subject, catalogue, css, notes }: PageOpening): string {
  const title = `${heading}${subject ? ` · ${subject}` : ''}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<main>
<header><div><h1>${escapeHtml(heading)}</h1>${subject ? `<p class="subject">${escapeHtml(subject)}</p>` : ''}</div><div class="meta">${escapeHtml(catalogue.title[lang])}</div></header>${(notes ?? []).map((note) => `\n<p class="note">${escapeHtml(note)}</p>`).join('')}`;
}

/** The index card of a report's summary: the index's name, its value and its predikat. */
export function indexCardHtml(catalogue: Catalogue, result: ScoreResult, lang: Language): string {
  return `<div class="index-card"><div class="index-label">${escapeHtml(indexName(catalogue, lang))}</div><div class="index-value">${escapeHtml(formatDecimal(result.index.value, lang))}</div><div class="index-predicate">${escapeHtml(predicateName(result.index.predicate, lang))}</div></div>`;
}
