import type { Catalogue, Indicator } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import { csvText } from './csv-output.js';
import { t } from './labels.js';

/**
 * The fill-in sheet for one unit (OPD): one row per indicator it owns, with the level choices and
 * their meanings, the criteria where the catalogue has them, and empty level, note and evidence
 * cells. Its headers are ones the assessment reader accepts (`indikator`, `tingkat`, `catatan`),
 * so a filled-in sheet is read back as it is; the other columns are ignored by the reader.
 */

/** One indicator's row of a fill-in sheet. */
export interface TemplateRow {
  readonly indicator: Indicator;
  readonly cells: readonly string[];
  /** The values the level cell accepts: whole levels, or for a fractional scale its range. */
  readonly levels: { readonly min: number; readonly max: number; readonly fractional: boolean };
}

/** A fill-in sheet: headers and rows, the level column's position among the cells. */
export interface TemplateSheet {
  readonly headers: readonly string[];
  readonly rows: readonly TemplateRow[];
  readonly levelColumn: number;
}

const HEADERS = ['templateNumber', 'templateIndicator', 'templateName', 'templateChoices', 'templateCriteria', 'templateLevel', 'templateNote', 'templateEvidence'] as const;

/** "1 = Rintisan: …; 2 = …", and for a fractional scale a line saying that values between count. */
function choicesText(indicator: Indicator, lang: Language): string {
  const { scale } = indicator;
  const levels = scale.levels.map((level) => `${level.level} = ${level.name[lang]}: ${level.meaning[lang]}`);
  const fractional =
    scale.values === 'fractional'
      ? [`${t('templateFractional', lang)} ${scale.min}–${scale.max} ${t('templateFractionalAllowed', lang)}`]
      : [];
  const na = indicator.notApplicable ? [t('templateNotApplicable', lang)] : [];
  return [...levels, ...fractional, ...na].join('\n');
}

/** The indicator's own criteria per level, else its scale's, as "2: a; b" lines; empty when none. */
function criteriaText(indicator: Indicator, lang: Language): string {
  const own = indicator.criteria;
  const perLevel = own ?? indicator.scale.levels.flatMap((level) => (level.criteria === undefined ? [] : [{ level: level.level, criteria: level.criteria }]));
  return perLevel
    .filter((entry) => entry.criteria.length > 0)
    .map((entry) => `${entry.level}: ${entry.criteria.map((criterion) => criterion.text[lang]).join('; ')}`)
    .join('\n');
}

/**
 * The fill-in sheet of the given indicators (ids, in catalogue order; all when omitted).
 */
export function templateSheet(catalogue: Catalogue, indicatorIds: readonly string[] | undefined, lang: Language): TemplateSheet {
  const wanted = indicatorIds === undefined ? undefined : new Set(indicatorIds);
  const rows = catalogue.indicators
    .filter((indicator) => wanted === undefined || wanted.has(indicator.id))
    .map(
      (indicator): TemplateRow => ({
        indicator,
        cells: [String(indicator.number), indicator.id, indicator.name[lang], choicesText(indicator, lang), criteriaText(indicator, lang), '', '', ''],
        levels: { min: indicator.scale.min, max: indicator.scale.max, fractional: indicator.scale.values === 'fractional' },
      }),
    );
  return { headers: HEADERS.map((key) => t(key, lang)), rows, levelColumn: 5 };
}

/**
 * The sheet as CSV the way a spreadsheet in the language opens it (`;` for `id`, `,` for `en`), with
 * a byte-order mark so Excel reads it as UTF-8, CRLF line ends and RFC 4180 quoting.
 */
export function templateCsv(sheet: TemplateSheet, lang: Language): string {
  // The mark is written here: csv-stringify's own (`bom: true`) is a Node Buffer.
  return `\uFEFF${csvText([sheet.headers, ...sheet.rows.map((row) => row.cells)], lang)}`;
}
