import { analysisIssue } from '../analysis/analysis-issues.js';
import { safeVerifyResult } from '../analysis/verify-result.js';
import { builtinCatalogues } from '../catalogues/index.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Issue } from '../model/issue.js';
import type { CityHistoryEntry } from '../report/city-sections.js';
import { InputIssues } from './errors.js';
import type { CliIo } from './io.js';
import { fromFile, loadJson } from './load-assessment.js';
import type { Flags } from './options.js';

/** `--history`: earlier years of the city for the city report's trend. */
export const HISTORY_FLAG = {
  history: {
    type: 'string',
    multiple: true,
    value: { id: '<kota-2024.json>', en: '<city-2024.json>' },
    help: {
      id: 'hasil kota tahun sebelumnya (keluaran spbe rollup --format json; boleh diulang) untuk tren di laporan kota',
      en: "an earlier year's city result (spbe rollup --format json output; repeatable) for the city report's trend",
    },
  },
} as const satisfies Flags;

/** The catalogue a result names: the one in use, else a built-in one; undefined when unknown. */
function catalogueOf(result: unknown, current: Catalogue): Catalogue | undefined {
  const id = (result as { meta?: { catalogue?: { id?: unknown } } } | null)?.meta?.catalogue?.id;
  if (id === current.id) return current;
  return builtinCatalogues.find((entry) => entry.catalogue.id === id)?.catalogue;
}

/**
 * Reads earlier city results: each file is what `spbe rollup --format json` writes (its
 * `consolidated` result is taken) or a scored result. Each is verified against its own catalogue
 * (the one in use, or a built-in one by its id, so a 59/2020 year can stand before a Pemdi
 * year) and must name its year, earlier than this year's; every file's issues are reported
 * together, naming the file.
 */
export async function loadHistory(io: CliIo, files: readonly string[], current: Catalogue, currentYear: number | undefined): Promise<CityHistoryEntry[]> {
  const entries: CityHistoryEntry[] = [];
  const issues: Issue[] = [];
  for (const file of files) {
    let value: unknown;
    try {
      value = await loadJson(io, file);
    } catch (error) {
      if (!(error instanceof InputIssues)) throw error;
      issues.push(...fromFile(file, error.issues));
      continue;
    }
    const isRollup = typeof value === 'object' && value !== null && Object.hasOwn(value, 'consolidated');
    const result = isRollup ? (value as { consolidated: unknown }).consolidated : value;
    const prefix = isRollup ? [file, 'consolidated'] : [file];
    const catalogue = catalogueOf(result, current);
    if (catalogue === undefined) {
      issues.push(
        analysisIssue(
          'analysis.result_invalid',
          [...prefix, 'meta', 'catalogue', 'id'],
          `Bukan hasil kota dengan katalog yang dikenal (keluaran spbe rollup --format json).`,
          `Not a city result with a known catalogue (the output of spbe rollup --format json).`,
        ),
      );
      continue;
    }
    const verified = safeVerifyResult(catalogue, result);
    if (!verified.success) {
      issues.push(...verified.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })));
      continue;
    }
    const year = verified.output.assessment.year;
    if (year === undefined) {
      issues.push(
        analysisIssue(
          'analysis.result_invalid',
          [...prefix, 'assessment', 'year'],
          `Hasil kota untuk tren harus menyebut tahunnya (year).`,
          `A city result for the trend must name its year.`,
        ),
      );
      continue;
    }
    if (currentYear !== undefined && year >= currentYear) {
      issues.push(
        analysisIssue('analysis.result_invalid', [...prefix, 'assessment', 'year'], `Tahun ${year} bukan tahun sebelum ${currentYear}.`, `The year ${year} is not before ${currentYear}.`, {
          expected: `< ${currentYear}`,
          received: year,
        }),
      );
      continue;
    }
    if (entries.some((entry) => entry.year === year)) {
      issues.push(
        analysisIssue('analysis.result_invalid', [...prefix, 'assessment', 'year'], `Tahun ${year} sudah diberikan oleh berkas lain.`, `The year ${year} is already given by another file.`, {
          received: year,
        }),
      );
      continue;
    }
    entries.push({ year, result: verified.output });
  }
  if (issues.length > 0) throw new InputIssues(issues);
  return entries;
}
