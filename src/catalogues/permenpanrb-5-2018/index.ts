import type { Catalogue } from '../../model/catalogue.js';
// Built-ins skip the validator (a test pins that safeCompileCatalogue accepts them unchanged), so
// importing a catalogue does not pull in the checks and their messages.
import { assembleBuiltIn, assembleCatalogue } from '../../catalogue/assemble.js';
import { resolveWeights } from '../../catalogue/resolve-weights.js';
import { definition } from './definition.js';

// The definition's checksum, computed by the build (scripts/build-defines.ts); from source, here.
declare const __SPBE_CHECKSUM_5_2018__: string | undefined;

/** The predikat ids of the 5/2018 catalogue. @category Catalogues */
export type Predicate52018 = (typeof definition.predicates)[number]['id'];

/**
 * The built-in catalogue of PermenPANRB 5/2018 (SPBE evaluations 2018–2020): 3 domains,
 * 7 aspects, 35 indicators (indicator 35 as three public-service items "35.1"–"35.3"), one
 * 0–5 scale, compiled and frozen. Its weights and predikat bands rest on a single source; see
 * `provenance`.
 *
 * @example
 * ```ts
 * import { score } from 'spbe-index';
 * import { permenpanrb52018 } from 'spbe-index/catalogues/permenpanrb-5-2018';
 *
 * permenpanrb52018.indicators.length; // 37 items (indicators 1–34 and 35.1–35.3)
 * score(permenpanrb52018, assessment2018).index.value; // e.g. "2.47"
 * ```
 * @category Catalogues
 */
export const permenpanrb52018: Catalogue<Predicate52018> =
  typeof __SPBE_CHECKSUM_5_2018__ === 'string'
    ? assembleBuiltIn(definition, resolveWeights, __SPBE_CHECKSUM_5_2018__)
    : assembleCatalogue(definition, resolveWeights);

/** The plain definition the catalogue is compiled from, for deriving catalogues. @category Catalogues */
export { definition as permenpanrb52018Definition };

export default permenpanrb52018;
