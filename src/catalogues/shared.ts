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

/** One indicator of an aspect: its number (also its id), its name in Indonesian and English, and any other names. */
type IndicatorRow = readonly [number: number, id: string, en: string, aliases?: readonly string[]];

/**
 * The indicators of an aspect whose indicators share one scale and one weight, written as rows
 * `[number, name in Indonesian, name in English, other names?]`: each becomes `{ id: "<number>",
 * number, name, aliases?, scale, weight }`. Rows rather than object literals because the
 * definition is in every browser bundle that scores with the catalogue (0.15 kB gzipped of 59/2020's,
 * docs/performance.md).
 */
export function aspectIndicators<const S extends string, const W extends string, const R extends readonly IndicatorRow[]>(
  scale: S,
  weight: W,
  rows: R,
): {
  // Written out, not through a type alias: the definition's type names no unexported type.
  readonly [K in keyof R]: {
    readonly id: `${R[K][0]}`;
    readonly number: R[K][0];
    readonly name: { readonly id: R[K][1]; readonly en: R[K][2] };
    readonly scale: S;
    readonly weight: W;
  } & (R[K][3] extends readonly string[] ? { readonly aliases: R[K][3] } : unknown);
} {
  return rows.map(([number, id, en, aliases]) => ({ id: `${number}`, number, name: { id, en }, ...(aliases && { aliases }), scale, weight })) as never;
}
