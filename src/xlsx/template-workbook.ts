import type ExcelJS from 'exceljs';
import { isCompiledCatalogue } from '../catalogue/is-compiled.js';
import type { Catalogue } from '../model/catalogue.js';
import { capIssues, describeValue, makeIssue, SpbeError, type Issue } from '../model/issue.js';
import type { Language } from '../model/localized.js';
import { renderOptions, type OptionKeys } from '../report/render-options.js';
import { templateSheet, type TemplateRow } from '../report/template.js';
import { catalogueInvalid, unknownIndicator } from '../scoring/assessment-issues.js';

/**
 * Options of {@link templateWorkbook}.
 *
 * @example
 * ```ts
 * templateWorkbook(permenpanrb592020, { indicators: ['11', '12', '13'], unit: 'Bappeda', lang: 'id' });
 * ```
 * @category Input
 */
export interface TemplateOptions {
  /** The indicator ids on the sheet (a unit's own indicators), in catalogue order; default all. */
  readonly indicators?: readonly string[];
  /** The unit the sheet is for, recorded as the workbook's title. */
  readonly unit?: string;
  /** Language of the headers, names, meanings and criteria; default `id`. */
  readonly lang?: Language;
}

const TEMPLATE_OPTION_KEYS = { indicators: true, unit: true, lang: true } as const satisfies OptionKeys<TemplateOptions>;

const invalid = (key: string, id: string, en: string, expected: string, value: unknown): Issue =>
  makeIssue('option.invalid', ['options', key], { id, en }, { expected, received: describeValue(value) });

/**
 * The options checked as the renderers check theirs (unknown keys, `lang`, own properties only),
 * then the unit and the indicator ids: an id the catalogue does not have would otherwise leave
 * its row out of the sheet without a word. Throws a `SpbeError` with every issue.
 */
function templateOptions(catalogue: Catalogue, given: TemplateOptions | undefined): TemplateOptions {
  if (!isCompiledCatalogue(catalogue)) throw new SpbeError([catalogueInvalid(catalogue)]);
  const issues: Issue[] = [];
  let options: TemplateOptions = {};
  try {
    options = renderOptions(given, TEMPLATE_OPTION_KEYS);
  } catch (error) {
    if (!(error instanceof SpbeError)) throw error;
    issues.push(...error.issues);
    // Still check the unit and the ids, so that every issue is reported at once.
    if (typeof given === 'object' && given !== null) options = { ...given };
  }
  const { indicators, unit } = options;
  if (indicators !== undefined && !Array.isArray(indicators)) {
    issues.push(invalid('indicators', 'Opsi "indicators" harus berupa daftar id indikator.', 'Option "indicators" must be a list of indicator ids.', 'string[]', indicators));
  } else if (indicators !== undefined) {
    indicators.forEach((id, k) => {
      if (typeof id !== 'string' || catalogue.lookup.indicators[id] === undefined) issues.push(unknownIndicator(String(id), catalogue.id, ['options', 'indicators', k]));
    });
  }
  if (unit !== undefined && typeof unit !== 'string') issues.push(invalid('unit', 'Opsi "unit" harus berupa teks.', 'Option "unit" must be text.', 'string', unit));
  if (issues.length > 0) throw new SpbeError(capIssues(issues));
  return options;
}

/** Excel refuses a list validation longer than 255 characters; level lists are far shorter. */
function levelValidation(row: TemplateRow, lang: Language): ExcelJS.DataValidation {
  const { min, max, fractional } = row.levels;
  const title = lang === 'id' ? 'Tingkat' : 'Level';
  if (fractional) {
    return {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [min, max],
      showErrorMessage: true,
      errorTitle: title,
      error: lang === 'id' ? `Isi nilai ${min}–${max}.` : `Enter a value from ${min} to ${max}.`,
    };
  }
  const levels = Array.from({ length: max - min + 1 }, (_, k) => String(min + k));
  if (row.indicator.notApplicable) levels.push('na');
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${levels.join(',')}"`],
    showErrorMessage: true,
    errorTitle: title,
    error: lang === 'id' ? `Pilih salah satu: ${levels.join(', ')}.` : `Choose one of: ${levels.join(', ')}.`,
  };
}

/**
 * A fill-in workbook (.xlsx) for one unit: one row per indicator it owns with the indicator's
 * number, id and name, the level choices with their meanings (and the criteria where the
 * catalogue has them), then a level cell with a drop-down of the valid levels (a decimal range
 * for fractional scales such as PermenPANRB 8/2026), a note cell and an evidence-links cell. Its
 * headers are the assessment reader's, so `safeReadAssessmentXlsx` (or, saved as CSV,
 * `safeParseAssessmentCsv`) reads the filled-in sheet back. Node only (`spbe-index/xlsx`).
 *
 * @example
 * ```ts
 * import { templateWorkbook } from 'spbe-index/xlsx';
 *
 * writeFileSync('bappeda.xlsx', await templateWorkbook(permenpanrb592020, { indicators: ['11', '12'], unit: 'Bappeda' }));
 * ```
 * @category Input
 */
export async function templateWorkbook(catalogue: Catalogue, given: TemplateOptions = {}): Promise<Uint8Array> {
  const options = templateOptions(catalogue, given);
  const lang = options.lang ?? 'id';
  const sheet = templateSheet(catalogue, options.indicators, lang);
  // Loaded when first used, so that the command line starts without it.
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  workbook.creator = 'spbe-index';
  if (options.unit !== undefined) workbook.title = options.unit;
  const worksheet = workbook.addWorksheet(lang === 'id' ? 'Penilaian' : 'Assessment', { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.headers.map((header, i) => ({ header, width: [8, 10, 40, 60, 60, 10, 30, 30][i] ?? 20 }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    const added = worksheet.addRow([...row.cells]);
    added.alignment = { wrapText: true, vertical: 'top' };
    const level = added.getCell(sheet.levelColumn + 1);
    level.dataValidation = levelValidation(row, lang);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
