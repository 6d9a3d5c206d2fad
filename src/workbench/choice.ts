import type { Assessment, Catalogue } from '../index.js';
import { safeCatalogueForYear } from '../catalogues/index.js';
import type { CatalogueChoice } from '../cli/result-output.js';
import type { CatalogueSource } from './state.js';

/**
 * How `spbe` says it chose the catalogue of an assessment, so that the downloads carry the line
 * the command writes: a catalogue of the user's own is `--catalogue <file>`; else the one the
 * assessment names in `catalogue`, else the one for its year, else the current instrument.
 */
export function choiceOf(catalogue: Catalogue, own: boolean, named: string | undefined, year: number | undefined): CatalogueChoice {
  if (own) return { catalogue, source: 'flag' };
  if (named !== undefined) return { catalogue, source: 'assessment' };
  if (year !== undefined) return { catalogue, source: 'year', year };
  return { catalogue, source: 'default' };
}

/**
 * The choice for the entries on screen: they name their catalogue when the loaded file did, or
 * when their year does not lead to it (entries of 2024 with the 8/2026 catalogue).
 */
export function entriesChoice(catalogue: Catalogue, source: CatalogueSource, year: number | undefined): CatalogueChoice {
  const byYear = year === undefined ? undefined : safeCatalogueForYear(year);
  const named = (source.kind === 'year' && source.named === true) || byYear?.success !== true || byYear.output.id !== catalogue.id;
  return choiceOf(catalogue, source.kind === 'custom', named ? catalogue.id : undefined, year);
}

/**
 * The choice for the OPD files of a city, as `spbe rollup` makes it for them: the strongest
 * reason any file gives (a named catalogue, then a year), with the year when all share one.
 */
export function unitsChoice(catalogue: Catalogue, source: CatalogueSource, units: readonly Assessment[]): CatalogueChoice {
  if (source.kind === 'custom') return { catalogue, source: 'flag' };
  if (units.some((unit) => typeof unit.catalogue === 'string')) return { catalogue, source: 'assessment' };
  const years = new Set(units.map((unit) => unit.year));
  const [year] = years;
  if (!units.some((unit) => unit.year !== undefined)) return { catalogue, source: 'default' };
  return { catalogue, source: 'year', ...(years.size === 1 && year !== undefined ? { year } : {}) };
}
