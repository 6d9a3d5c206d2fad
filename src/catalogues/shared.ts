import type { PredicateDefinition, TierDefinition } from '../model/catalogue.js';

/** Domain and aspect tiers of the 2018 and 2020 SPBE catalogues. */
export const SPBE_TIERS = [
  { id: 'domain', label: { id: 'Domain', en: 'Domain' }, plural: { id: 'Domain', en: 'Domains' } },
  { id: 'aspect', label: { id: 'Aspek', en: 'Aspect' }, plural: { id: 'Aspek', en: 'Aspects' } },
] as const satisfies readonly TierDefinition[];

/**
 * The five official predikat bands over an index range starting at `floor` ("1" for 59/2020,
 * "0" for 5/2018, whose scale starts at 0).
 */
export function spbePredicates<F extends string>(floor: F) {
  return [
    { id: 'memuaskan', label: { id: 'Memuaskan', en: 'Excellent' }, min: '4.2', max: '5' },
    { id: 'sangat-baik', label: { id: 'Sangat Baik', en: 'Very good' }, min: '3.5', max: '4.2' },
    { id: 'baik', label: { id: 'Baik', en: 'Good' }, min: '2.6', max: '3.5' },
    { id: 'cukup', label: { id: 'Cukup', en: 'Fair' }, min: '1.8', max: '2.6' },
    { id: 'kurang', label: { id: 'Kurang', en: 'Poor' }, min: floor, max: '1.8' },
  ] as const satisfies readonly PredicateDefinition[];
}
