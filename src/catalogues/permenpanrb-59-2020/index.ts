import type { Catalogue } from '../../model/catalogue.js';
// Built-ins skip the validator (a test pins that safeCompileCatalogue accepts them unchanged), so
// importing a catalogue does not pull in the checks and their messages.
import { assembleBuiltIn, assembleCatalogue, writtenWeights } from '../../catalogue/assemble.js';
import { definition } from './definition.js';

// The definition's checksum, computed by the build (scripts/build-defines.ts); from source, here.
declare const __SPBE_CHECKSUM_59_2020__: string | undefined;

/** The predikat ids of the 59/2020 catalogue. @category Catalogues */
export type Predicate592020 = (typeof definition.predicates)[number]['id'];

/**
 * The built-in catalogue of PermenPANRB 59/2020 (SPBE evaluations 2021–2025): 4 domains,
 * 8 aspects, 47 indicators, compiled and frozen.
 *
 * @example
 * ```ts
 * import { score } from 'spbe-index';
 * import { permenpanrb592020 } from 'spbe-index/catalogues/permenpanrb-59-2020';
 *
 * permenpanrb592020.indicators.length; // 47
 * score(permenpanrb592020, assessment).index.predicate.id; // "memuaskan" | "sangat-baik" | ...
 * ```
 * @category Catalogues
 */
export const permenpanrb592020: Catalogue<Predicate592020> =
  typeof __SPBE_CHECKSUM_59_2020__ === 'string'
    ? assembleBuiltIn(definition, writtenWeights, __SPBE_CHECKSUM_59_2020__)
    : assembleCatalogue(definition, writtenWeights);

/** The plain definition the catalogue is compiled from, for deriving catalogues. @category Catalogues */
export { definition as permenpanrb592020Definition };

export default permenpanrb592020;
