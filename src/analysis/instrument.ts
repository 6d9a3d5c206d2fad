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

/** The instrument of a built-in catalogue id (ids only: no catalogue data here); a function, not a table, so nothing is built at import. */
function builtIn(id: string): Instrument | undefined {
  switch (id) {
    case 'permenpanrb-5-2018':
    case 'permenpanrb-59-2020':
      return { id: 'indeks-spbe', name: { id: 'Indeks SPBE', en: 'SPBE Index' } };
    case 'permenpanrb-8-2026':
      return { id: 'indeks-pemdi', name: { id: 'Indeks Pemerintah Digital', en: 'Digital Government Index' } };
    default:
      return undefined;
  }
}

/**
 * The instrument a catalogue measures: a built-in catalogue's, or the one of the built-in
 * catalogue it was derived from (a department's subset is the same instrument); null for a
 * catalogue of the user's own.
 */
export function instrumentOf(catalogue: { readonly id: string; readonly base: { readonly id: string } | null }): Instrument | null {
  return builtIn(catalogue.id) ?? (catalogue.base === null ? undefined : builtIn(catalogue.base.id)) ?? null;
}

/** Whether two catalogues measure different known instruments (an own catalogue is not known to differ). */
export function instrumentsDiffer(before: Instrument | null, after: Instrument | null): boolean {
  return before !== null && after !== null && before.id !== after.id;
}
