import type { Catalogue } from '../model/catalogue.js';
import { makeIssue, SpbeError, type SafeResult } from '../model/issue.js';
import { permenpanrb52018 } from './permenpanrb-5-2018/index.js';
import { permenpanrb592020 } from './permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from './permenpanrb-8-2026/index.js';

/*
 * Every built-in catalogue and the evaluation years each applies to. Its own entry
 * (`spbe-index/catalogues`), so that a bundle which scores with one catalogue does not carry all
 * of them.
 */

/**
 * A built-in catalogue and the evaluation years it applies to: `from` to `to` inclusive, `to`
 * null while it is the current instrument.
 * @category Catalogues
 */
export interface BuiltinCatalogue {
  readonly catalogue: Catalogue;
  readonly from: number;
  readonly to: number | null;
}

/**
 * The built-in catalogues, newest first: PermenPANRB 8/2026 (Indeks Pemerintah Digital, 2026
 * onward), 59/2020 (Indeks SPBE, 2021–2025) and 5/2018 (Indeks SPBE, 2018–2020).
 * @category Catalogues
 */
export const builtinCatalogues: readonly BuiltinCatalogue[] = Object.freeze([
  Object.freeze({ catalogue: permenpanrb82026 as Catalogue, from: 2026, to: null }),
  Object.freeze({ catalogue: permenpanrb592020 as Catalogue, from: 2021, to: 2025 }),
  Object.freeze({ catalogue: permenpanrb52018 as Catalogue, from: 2018, to: 2020 }),
]);

export { CATALOGUE_YEAR_ISSUE_CODES, type CatalogueYearIssueCode } from './year-issues.js';

/**
 * The built-in catalogue for an evaluation year, or an issue: `year.invalid` for anything but a
 * whole number, `year.before_2018` for a year before the first SPBE evaluation.
 *
 * @example
 * ```ts
 * import { safeCatalogueForYear } from 'spbe-index/catalogues';
 *
 * const found = safeCatalogueForYear(2024);
 * if (found.success) found.output.id; // "permenpanrb-59-2020"
 * ```
 * @category Catalogues
 */
export function safeCatalogueForYear(year: unknown): SafeResult<Catalogue> {
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    return {
      success: false,
      issues: [
        makeIssue(
          'year.invalid',
          ['year'],
          { id: 'Tahun evaluasi harus bilangan bulat, misalnya 2026.', en: 'The evaluation year must be a whole number, such as 2026.' },
          { expected: 'integer', received: typeof year === 'number' ? String(year) : typeof year },
        ),
      ],
    };
  }
  const entry = builtinCatalogues.find(({ from, to }) => year >= from && (to === null || year <= to));
  if (entry === undefined) {
    return {
      success: false,
      issues: [
        makeIssue(
          'year.before_2018',
          ['year'],
          {
            id: `Tidak ada katalog untuk tahun ${year}: evaluasi SPBE dimulai tahun 2018 (PermenPANRB 5/2018).`,
            en: `There is no catalogue for ${year}: SPBE evaluations began in 2018 (PermenPANRB 5/2018).`,
          },
          { expected: '>= 2018', received: String(year) },
        ),
      ],
    };
  }
  return { success: true, output: entry.catalogue };
}

/**
 * The built-in catalogue for an evaluation year: 2018–2020 → PermenPANRB 5/2018, 2021–2025 →
 * 59/2020, 2026 onward → 8/2026 (Indeks Pemerintah Digital). Throws a {@link SpbeError} for a
 * year before 2018 or a value that is not a whole number.
 *
 * @example
 * ```ts
 * import { score } from 'spbe-index';
 * import { catalogueForYear } from 'spbe-index/catalogues';
 *
 * const catalogue = catalogueForYear(assessment.year ?? 2026);
 * score(catalogue, assessment);
 * ```
 * @category Catalogues
 */
export function catalogueForYear(year: number): Catalogue {
  const found = safeCatalogueForYear(year);
  if (!found.success) throw new SpbeError(found.issues);
  return found.output;
}

export { permenpanrb52018, permenpanrb592020, permenpanrb82026 };
