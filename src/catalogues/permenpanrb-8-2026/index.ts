import type { Catalogue } from '../../model/catalogue.js';
// Built-ins skip the validator (a test pins that safeCompileCatalogue accepts them unchanged), so
// importing a catalogue does not pull in the checks and their messages.
import { assembleBuiltIn, assembleCatalogue, writtenWeights } from '../../catalogue/assemble.js';
import { definition } from './definition.js';

// The definition's checksum, computed by the build (scripts/build-defines.ts); from source, here.
declare const __SPBE_CHECKSUM_8_2026__: string | undefined;

/** The predikat ids of the 8/2026 catalogue. @category Catalogues */
export type Predicate82026 = (typeof definition.predicates)[number]['id'];

/**
 * The built-in catalogue of PermenPANRB 8/2026, the Indeks Pemerintah Digital (evaluations from
 * 2026 on): 7 aspects, 20 indicators, no domains, compiled and frozen. Indicator values may be
 * exact fractions or decimals in [1, 5]; indicators 5, 6 and 7 also take the source index's value
 * (`{ value: 68.4 }`); indicators may be named by their codes "I5" or "3.1".
 *
 * @example
 * ```ts
 * import { score } from 'spbe-index';
 * import { permenpanrb82026 } from 'spbe-index/catalogues/permenpanrb-8-2026';
 *
 * const result = score(permenpanrb82026, { catalogue: 'permenpanrb-8-2026', levels: { I1: '7/6', ... } });
 * result.index.predicate; // { id: 'baik', label: { id: 'Baik', ... }, maturity: { id: 'Berkembang', en: 'Developing' } }
 * ```
 * @category Catalogues
 */
export const permenpanrb82026: Catalogue<Predicate82026> =
  typeof __SPBE_CHECKSUM_8_2026__ === 'string'
    ? assembleBuiltIn(definition, writtenWeights, __SPBE_CHECKSUM_8_2026__)
    : assembleCatalogue(definition, writtenWeights);

/** The plain definition the catalogue is compiled from, for deriving catalogues. @category Catalogues */
export { definition as permenpanrb82026Definition };

export default permenpanrb82026;
