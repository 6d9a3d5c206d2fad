import { safeDefineCatalogue } from '../catalogue/define.js';
import { permenpanrb52018 } from '../catalogues/permenpanrb-5-2018/index.js';
import { permenpanrb592020 } from '../catalogues/permenpanrb-59-2020/index.js';
import type { Catalogue } from '../model/catalogue.js';
import { InputIssues, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { loadJson } from './load-assessment.js';

/** The built-in catalogues the command knows by id; the first is the default. */
export const BUILTIN_CATALOGUES: readonly Catalogue[] = [permenpanrb592020, permenpanrb52018];

export const DEFAULT_CATALOGUE_ID = permenpanrb592020.id;

export function builtinCatalogue(id: string): Catalogue | undefined {
  return BUILTIN_CATALOGUES.find((catalogue) => catalogue.id === id);
}

/** `--catalogue`: a built-in id, or a path to a catalogue JSON file (anything ending in .json). */
export async function resolveCatalogue(io: CliIo, spec: string | undefined): Promise<Catalogue> {
  const id = spec ?? DEFAULT_CATALOGUE_ID;
  const builtin = builtinCatalogue(id);
  if (builtin) return builtin;
  if (!/\.json$/iu.test(id)) {
    throw new UsageError({
      id: `Katalog "${id}" tidak dikenal. Katalog bawaan: ${BUILTIN_CATALOGUES.map((c) => c.id).join(', ')}; atau berikan berkas .json.`,
      en: `Unknown catalogue "${id}". Built-in catalogues: ${BUILTIN_CATALOGUES.map((c) => c.id).join(', ')}; or give a .json file.`,
    });
  }
  return loadCatalogueFile(io, id);
}

/** A catalogue JSON file, validated and compiled by `safeDefineCatalogue`; issues stop with exit 1. */
export async function loadCatalogueFile(io: CliIo, file: string): Promise<Catalogue> {
  const defined = safeDefineCatalogue(await loadJson(io, file));
  if (!defined.success) throw new InputIssues(defined.issues);
  return defined.output;
}
