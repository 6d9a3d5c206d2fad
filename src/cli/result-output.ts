import type { Rollup } from '../analysis/rollup/rollup.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import type { ScoreResult } from '../model/result.js';
import { renderCityHtml } from '../report/city-html.js';
import type { CityReportOptions } from '../report/city-sections.js';
import { renderCityMarkdown, renderCityTable } from '../report/city-text.js';
import { renderComparisonMarkdown } from '../report/comparison-text.js';
import { renderCsv } from '../report/csv-output.js';
import { renderEstimateMarkdown, renderEstimateTable } from '../report/estimate-section.js';
import { renderHtml, type HtmlExtras } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import { escapeMarkdown } from '../report/markdown-escape.js';
import { renderPlanMarkdown } from '../report/plan-text.js';
import { renderTable } from '../report/table.js';
import { escapeControl, escapeTerminal } from '../report/terminal-text.js';
import type { Format } from './options.js';
import { cliWording } from './wording.js';

/*
 * What `spbe score`, `spbe report` and `spbe rollup` write for a result, in every format, as text: no node:
 * import, so that the workbench (a browser page) writes its downloads with the same code and
 * they are the same bytes.
 */

/**
 * Why the command scored with the catalogue it did: `--catalogue` given, the assessment's
 * `catalogue` field, the assessment's `year`, or none of them (the current instrument).
 */
export type CatalogueSource = 'flag' | 'assessment' | 'year' | 'default';

/** The catalogue a command uses for one input, and why. */
export interface CatalogueChoice {
  readonly catalogue: Catalogue;
  readonly source: CatalogueSource;
  /** The assessment's year, when it decided. */
  readonly year?: number;
}

/** What `--format json` records of a choice: plain data beside the output. */
export interface CatalogueChoiceJson {
  readonly id: string;
  readonly source: CatalogueSource;
  readonly year?: number;
}

/** One output: its text, and the line the command writes to stderr beside it (CSV's catalogue choice). */
export interface ResultOutput {
  readonly text: string;
  readonly notice?: string;
}

/** Pretty JSON with a final newline: what `--format json` prints. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function choiceJson(choice: CatalogueChoice): CatalogueChoiceJson {
  return {
    id: choice.catalogue.id,
    source: choice.source,
    ...(choice.year === undefined ? {} : { year: choice.year }),
  };
}

/** Why, in words: "from --catalogue", "named by the assessment", "for the year 2024", "the default". */
function reason(source: CatalogueSource, years: readonly number[], lang: Language): string {
  switch (source) {
    case 'flag':
      return lang === 'id' ? 'dari --catalogue' : 'from --catalogue';
    case 'assessment':
      return lang === 'id' ? 'sesuai isian "catalogue" pada penilaian' : 'named in the assessment\'s "catalogue" field';
    case 'year':
      return lang === 'id' ? `menurut tahun penilaian ${years.join(', ')}` : `for the assessment year ${years.join(', ')}`;
    case 'default':
      return lang === 'id' ? 'bawaan: instrumen yang berlaku (tanpa --catalogue, "catalogue" atau "year")' : 'the default: the current instrument (no --catalogue, "catalogue" or "year")';
  }
}

/** Why one choice was made, in words: "for the assessment year 2024". */
export function choiceReason(choice: CatalogueChoice, lang: Language): string {
  return reason(choice.source, choice.year === undefined ? [] : [choice.year], lang);
}

/** One choice in words: `permenpanrb-8-2026 (from --catalogue)`. */
export function choiceText(choice: CatalogueChoice, lang: Language): string {
  return `${choice.catalogue.id} (${choiceReason(choice, lang)})`;
}

/** The last part of a path, on either separator (node:path's basename, for both platforms' paths). */
function baseName(path: string): string {
  return (
    path
      .replace(/[\\/]+$/u, '')
      .split(/[\\/]/u)
      .pop() ?? path
  );
}

/**
 * The header of every readable output: which catalogue, and why. Inputs that agree (two years
 * scored with the same catalogue by their years) share one line; otherwise each file has its own.
 */
export function choiceLine(choices: readonly (readonly [string, CatalogueChoice])[], lang: Language): string {
  const label = lang === 'id' ? 'Katalog' : 'Catalogue';
  const [first] = choices;
  if (first === undefined) return '';
  const [, one] = first;
  if (choices.every(([, choice]) => choice.catalogue === one.catalogue && choice.source === one.source)) {
    const years = [...new Set(choices.flatMap(([, choice]) => (choice.year === undefined ? [] : [choice.year])))];
    return `${label}: ${one.catalogue.id} (${reason(one.source, years, lang)})`;
  }
  return choices.map(([file, choice]) => `${label} (${baseName(file)}): ${choiceText(choice, lang)}`).join('\n');
}

/**
 * A readable output with the catalogue choice as its header line: the first line of a table,
 * the line under a Markdown title. CSV stays a plain table for spreadsheets, so the line is the
 * notice (stderr); JSON carries the choice as the `catalogueChoice` field and HTML as a note
 * under its header (the renderer's `notes`), so for them the text is returned as it is.
 */
export function withChoice(text: string, format: Format, choice: string): ResultOutput {
  // The line names a catalogue file's id and the input files: escaped like the text around it.
  switch (format) {
    case 'table':
      return { text: `${escapeTerminal(choice)}\n\n${text}` };
    case 'md': {
      const line = choice
        .split('\n')
        .map((one) => escapeControl(escapeMarkdown(one)))
        .join('\n');
      if (!text.startsWith('# ')) return { text: `${line}\n\n${text}` };
      const end = text.indexOf('\n');
      return {
        text: end < 0 ? `${text}\n\n${line}\n` : `${text.slice(0, end)}\n\n${line}\n${text.slice(end)}`,
      };
    }
    case 'csv':
      return { text, notice: choice };
    default:
      return { text };
  }
}

/**
 * A result in one format, headed by the catalogue choice (the first choice is the result's own;
 * a comparison adds the earlier file's). `json` is the library's result object with the
 * `catalogueChoice` field; `md` has the comparison, plan and estimate as sections after the
 * result; `html` has them in the report.
 */
export function resultOutput(choices: readonly (readonly [string, CatalogueChoice])[], result: ScoreResult, format: Format, lang: Language, detail: boolean, extras: HtmlExtras = {}): ResultOutput {
  const [[, chosen]] = choices as [readonly [string, CatalogueChoice]];
  const { catalogue } = chosen;
  const line = choiceLine(choices, lang);
  if (format === 'json')
    return {
      text: jsonText({ ...result, catalogueChoice: choiceJson(chosen) }),
    };
  return withChoice(
    renderReadable(catalogue, result, format, lang, detail, {
      ...extras,
      notes: [line, ...(extras.notes ?? [])],
    }),
    format,
    line
  );
}

function renderReadable(catalogue: Catalogue, result: ScoreResult, format: Exclude<Format, 'json'>, lang: Language, detail: boolean, extras: HtmlExtras): string {
  // Warnings in readable formats name the command's flags, not the library's option keys.
  const shown = cliWording(result);
  switch (format) {
    case 'csv':
      return renderCsv(catalogue, shown, { lang });
    case 'md':
      return [
        renderMarkdown(catalogue, shown, { lang, detail }),
        ...(extras.comparison ? [renderComparisonMarkdown(extras.comparison, { lang })] : []),
        ...(extras.plan ? [renderPlanMarkdown(catalogue, extras.plan, { lang })] : []),
        ...(extras.estimate ? [renderEstimateMarkdown(extras.estimate, { lang })] : []),
      ].join('\n');
    case 'html':
      return renderHtml(catalogue, shown, { lang, ...extras });
    case 'table':
      return [renderTable(catalogue, shown, { lang, detail }), ...(extras.estimate ? [renderEstimateTable(extras.estimate, { lang })] : [])].join('\n');
  }
}

/**
 * The city (`spbe rollup`) in one format, headed by the catalogue choice: the city report for
 * table, md and html (with the plan and trend of `report`), the roll-up object with the
 * `catalogueChoice` field for json, and the consolidated result for csv.
 */
export function cityOutput(
  choices: readonly (readonly [string, CatalogueChoice])[],
  rolled: Rollup,
  format: Format,
  lang: Language,
  detail: boolean,
  report: Pick<CityReportOptions, 'plan' | 'history'> = {},
): ResultOutput {
  const [[, chosen]] = choices as [readonly [string, CatalogueChoice]];
  const { catalogue } = chosen;
  const line = choiceLine(choices, lang);
  const options = { lang, ...report };
  switch (format) {
    case 'json':
      return { text: jsonText({ ...rolled, catalogueChoice: choiceJson(chosen) }) };
    case 'table':
      return withChoice(renderCityTable(catalogue, rolled, options), format, line);
    case 'md':
      return withChoice(renderCityMarkdown(catalogue, rolled, options), format, line);
    case 'html':
      return { text: renderCityHtml(catalogue, rolled, { ...options, notes: [line] }) };
    case 'csv':
      return resultOutput(choices, rolled.consolidated, format, lang, detail);
  }
}
