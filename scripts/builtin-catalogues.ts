import type { Catalogue } from '../src/model/catalogue.js';
import { permenpanrb592020 } from '../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb52018 } from '../src/catalogues/permenpanrb-5-2018/index.js';

/** Every built-in catalogue, for generated docs and their freshness test. */
export const builtinCatalogues: readonly Catalogue[] = [permenpanrb592020, permenpanrb52018];
