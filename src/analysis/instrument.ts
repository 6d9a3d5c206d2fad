import type { Localized } from '../model/localized.js';

/**
 * The national index a catalogue measures. The SPBE catalogues (PermenPANRB 5/2018 and 59/2020)
 * measure the Indeks SPBE; PermenPANRB 8/2026, which revoked 59/2020, measures the Indeks
 * Pemerintah Digital: another instrument, with other aspects, indicators and predikat bounds.
 *
 * @example
 * ```ts
 * compare([permenpanrb592020, permenpanrb82026], result2025, result2026, { allowDifferentCatalogues: true }).instruments;
 * // { before: { id: 'indeks-spbe', ... }, after: { id: 'indeks-pemdi', ... }, same: false }
 * ```
 * @category Analysis
 */
export interface Instrument {
  readonly id: 'indeks-spbe' | 'indeks-pemdi';
  readonly name: Localized;
}

const SPBE: Instrument = Object.freeze({ id: 'indeks-spbe', name: Object.freeze({ id: 'Indeks SPBE', en: 'SPBE Index' }) });
const PEMDI: Instrument = Object.freeze({ id: 'indeks-pemdi', name: Object.freeze({ id: 'Indeks Pemerintah Digital', en: 'Digital Government Index' }) });

/** Built-in catalogue ids by the instrument they measure (ids only: no catalogue data here). */
const BY_CATALOGUE: Readonly<Record<string, Instrument>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, Instrument>, {
    'permenpanrb-5-2018': SPBE,
    'permenpanrb-59-2020': SPBE,
    'permenpanrb-8-2026': PEMDI,
  }),
);

/**
 * The instrument a catalogue measures: a built-in catalogue's, or the one of the built-in
 * catalogue it was derived from (a department's subset is the same instrument); null for a
 * catalogue of the user's own.
 */
export function instrumentOf(catalogue: { readonly id: string; readonly base: { readonly id: string } | null }): Instrument | null {
  return BY_CATALOGUE[catalogue.id] ?? (catalogue.base === null ? undefined : BY_CATALOGUE[catalogue.base.id]) ?? null;
}

/** Whether two catalogues measure different known instruments (an own catalogue is not known to differ). */
export function instrumentsDiffer(before: Instrument | null, after: Instrument | null): boolean {
  return before !== null && after !== null && before.id !== after.id;
}
