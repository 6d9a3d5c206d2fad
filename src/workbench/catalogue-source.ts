import { safeDefineCatalogue, type Catalogue, type SafeResult } from '../index.js';
import { builtinCatalogues, safeCatalogueForYear } from '../catalogues/index.js';
import type { CatalogueSource } from './state.js';

/** The catalogue a source names: the built-in one for the year, or the user's definition compiled by the library. */
export function safeCatalogueOf(source: CatalogueSource): SafeResult<Catalogue> {
  return source.kind === 'year' ? safeCatalogueForYear(source.year) : safeDefineCatalogue(source.definition);
}

/** The evaluation years offered: from the first SPBE evaluation (2018) to next year. */
export function yearsOffered(now: number): number[] {
  const last = Math.max(now + 1, 2027);
  return Array.from({ length: last - 2018 + 1 }, (_, i) => last - i);
}

/**
 * The source for a loaded assessment or result: its built-in catalogue id wins (with its year
 * when that year belongs to it), then its year; otherwise the current catalogue stays.
 */
export function sourceFor(catalogueId: string | undefined, year: number | undefined, current: CatalogueSource): CatalogueSource {
  const builtin = builtinCatalogues.find((entry) => entry.catalogue.id === catalogueId);
  if (builtin !== undefined) {
    const fits = year !== undefined && year >= builtin.from && (builtin.to === null || year <= builtin.to);
    return { kind: 'year', year: fits ? year : builtin.from, named: true };
  }
  if (catalogueId === undefined && year !== undefined && safeCatalogueForYear(year).success) return { kind: 'year', year };
  // A file that names nothing takes the catalogue on screen by its year.
  return current.kind === 'year' ? { kind: 'year', year: current.year } : current;
}
