import { compareRatios } from '../arithmetic/ratio.js';
import type { Catalogue, Predicate } from '../model/catalogue.js';
import type { PredicateRef } from '../model/result.js';

/**
 * The one rule for a predikat: the highest band whose inclusive lower bound the value reaches.
 * Values below the lowest band (only possible with level 0 under `allowZero`) get the lowest
 * band. Callers pass the exact value (official) or the rounded one (`predicateFrom: "rounded"`).
 *
 * @example
 * ```ts
 * predicateOf(catalogue, 6997, 2000).id; // 3.4985 → "baik", although it displays as "3.50"
 * ```
 * @category Scoring
 */
export function predicateOf<P extends string>(
  catalogue: Catalogue<P>,
  num: number | bigint,
  den: number | bigint,
): Predicate<P> {
  const bands = catalogue.predicates;
  for (const band of bands) {
    if (compareRatios(num, den, band.lower.num, band.lower.den) >= 0) return band;
  }
  return bands[bands.length - 1] as Predicate<P>;
}

// One frozen ref per band (bands belong to frozen catalogues): results share it rather than
// allocating a copy per value, which adds up over thousands of results in a roll-up.
const refs = new WeakMap<Predicate<string>, PredicateRef<string>>();

/** The `{ id, label, maturity? }` form of a band that results carry (shared and frozen). */
export function predicateRef<P extends string>(band: Predicate<P>): PredicateRef<P> {
  let ref = refs.get(band);
  if (ref === undefined) {
    ref = Object.freeze(band.maturity === null ? { id: band.id, label: band.label } : { id: band.id, label: band.label, maturity: band.maturity });
    refs.set(band, ref);
  }
  return ref as PredicateRef<P>;
}
