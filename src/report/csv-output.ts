/*! Includes csv-stringify, MIT License, (c) 2010 Adaltas */
import { stringify } from 'csv-stringify/sync';
import { verifyResult } from '../analysis/verify-result.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import type { ScoreResult } from '../model/result.js';
import { indexName, t } from './labels.js';
import { formatDecimal } from './number-format.js';
import { exactLevelText, fractionAsDecimal } from './exact-display.js';
import { renderOptions, RENDER_OPTION_KEYS, type RenderOptions } from './render-options.js';

/** The field separator a spreadsheet in that language expects: `;` where the decimal mark is `,`. */
export function csvSeparator(lang: Language): ',' | ';' {
  return lang === 'id' ? ';' : ',';
}

/**
 * Rows as CSV text, written by csv-stringify (the csv-parse project's writer, which the reader
 * already trusts): RFC 4180 quoting (fields holding the separator, a quote, CR or LF are quoted
 * with quotes doubled), CRLF after every row, and every cell that a spreadsheet would run as a
 * formula (leading `=`, `+`, `-`, `@`, tab, CR, or their full-width forms) prefixed with an
 * apostrophe, so a catalogue label can never become a formula. Numbers in a result are never
 * negative, so only text is ever prefixed.
 */
export function csvText(rows: readonly (readonly string[])[], lang: Language): string {
  return stringify(rows as string[][], { delimiter: csvSeparator(lang), record_delimiter: '\r\n', quote_record_delimiter: true, escape_formulas: true });
}

/** The columns, by their keys in the label table. */
const CSV_HEADERS = ['csvKind', 'csvId', 'csvName', 'csvParent', 'csvWeight', 'csvLevel', 'csvValue', 'csvContribution', 'csvPredicate', 'csvExactLevel'] as const;

/**
 * Renders a result as CSV for a spreadsheet: one row for the index, one per group and one per
 * indicator with its level, weight and exact contribution (rounded to the result's contribution
 * decimals). With `lang: "id"` the file is written the way Excel in an Indonesian locale reads
 * it: `;` between fields and a decimal comma ("3,83"); with `en`, `,` and a decimal point.
 * Lines end in CRLF (RFC 4180).
 *
 * The level column shows a level that does not end as a decimal rounded to 4 places ("2,3333"),
 * so a spreadsheet reads it as a number; the last column, `tingkat eksak` / `exact level`,
 * holds every level exactly: the decimal in full ("3,125") or, when it does not end, the fraction
 * ("7/3", as the CSV reader and a JSON assessment take it, but text, or a date, to a spreadsheet).
 * The result is verified first, as `verifyResult` does: one whose numbers do not follow from its
 * levels, statuses and options (an edited result) throws a `SpbeError` with its
 * `result.inconsistent` issues, so a report never publishes them.
 *
 * @example
 * ```ts
 * import { renderCsv } from 'spbe-index/report';
 *
 * writeFileSync('hasil.csv', renderCsv(catalogue, result, { lang: 'id' }));
 * // jenis;id;nama;induk;bobot;tingkat;nilai;kontribusi;predikat;tingkat eksak
 * // index;;Indeks SPBE;;100;;3,83;;Sangat Baik;
 * ```
 * @category Reports
 */
export function renderCsv(catalogue: Catalogue, result: ScoreResult, given: RenderOptions = {}): string {
  const options = renderOptions(given, RENDER_OPTION_KEYS);
  verifyResult(catalogue, result);
  const lang = options.lang ?? 'id';
  const num = (text: string | null): string => (text === null ? '' : formatDecimal(text, lang));
  const rows: string[][] = [CSV_HEADERS.map((key) => t(key, lang))];
  rows.push(['index', '', indexName(catalogue, lang), '', num(catalogue.totalWeight), '', num(result.index.value), '', result.index.predicate.label[lang], '']);
  for (const group of result.groups) {
    rows.push([group.tier, group.id, group.label[lang], group.parent ?? '', num(group.weight), '', num(group.value), '', group.predicate?.label[lang] ?? '', '']);
  }
  for (const indicator of result.indicators) {
    const absent = indicator.status === 'missing' ? '' : 'na';
    // Fractional levels (7/3 from a roll-up, 7/6 on a Pemdi scale): 4 decimals here, a number to
    // a spreadsheet; exact in the last column.
    const level = indicator.level === null ? absent : num(fractionAsDecimal(indicator.level, 4, false));
    const exact = indicator.level === null ? absent : num(exactLevelText(indicator.level));
    rows.push(['indicator', indicator.id, indicator.label[lang], indicator.group, num(fractionAsDecimal(indicator.weight, 4, false)), level, '', num(indicator.contribution.value), '', exact]);
  }
  return csvText(rows, lang);
}
