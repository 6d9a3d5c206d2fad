import type { Catalogue, SafeResult } from '../index.js';
import { safeCatalogueForYear } from '../catalogues/index.js';
import { chooseOneCatalogue, type ChoiceSource } from '../cli/catalogue-choice.js';
import { InputIssues } from '../cli/errors.js';
import type { CatalogueChoice } from '../cli/result-output.js';
import type { CatalogueSource, CityState } from './state.js';

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
 * The catalogue `spbe rollup` chooses for a city's OPD files, by its own function: a CSV unit names
 * nothing and follows the JSON ones; files naming different catalogues are its
 * `input.catalogues_differ`. `flag` stands for `--catalogue`.
 */
export function safeFilesChoice(flag: Catalogue | undefined, city: Pick<CityState, 'units' | 'csvUnits'>): SafeResult<CatalogueChoice> {
  const sources = city.units.map((unit, k): [string, ChoiceSource] => {
    const name = typeof unit.agency === 'string' ? unit.agency : String(k);
    return [name, city.csvUnits.includes(name) ? { csv: true } : { json: unit }];
  });
  try {
    return { success: true, output: chooseOneCatalogue(flag, sources) };
  } catch (error) {
    if (error instanceof InputIssues) return { success: false, issues: error.issues };
    throw error;
  }
}

/**
 * The choice for the OPD files of a city as the catalogue line says it: {@link safeFilesChoice}, with
 * a catalogue of the user's own as `--catalogue <file>`; a built-in one on screen other than the
 * files' choice is what `spbe rollup --catalogue <id>` would say.
 */
export function safeUnitsChoice(catalogue: Catalogue, source: CatalogueSource, city: Pick<CityState, 'units' | 'csvUnits'>): SafeResult<CatalogueChoice> {
  const chosen = safeFilesChoice(source.kind === 'custom' ? catalogue : undefined, city);
  if (!chosen.success) return chosen;
  return { success: true, output: chosen.output.catalogue.id === catalogue.id ? { ...chosen.output, catalogue } : { catalogue, source: 'flag' } };
}
