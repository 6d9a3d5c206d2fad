import type { Catalogue } from '../src/model/catalogue.js';
import { builtinCatalogues as entries } from '../src/catalogues/index.js';

/** Every built-in catalogue, for generated docs and their freshness test. */
export const builtinCatalogues: readonly Catalogue[] = entries.map((entry) => entry.catalogue);
