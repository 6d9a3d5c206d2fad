import type { Rollup, RollupUnit } from './rollup.js';

/**
 * Every unit of a roll-up: the ranked ones in rank order, then the unranked ones (below
 * `minimumCoverage`) by id. The one list for whatever covers all units, ranked or not: the city
 * plan, the heat map, the distribution's dots, the units below the index target.
 *
 * @example
 * ```ts
 * const city = rollup(permenpanrb592020, assessments);
 * allUnits(city).map((unit) => unit.unit); // every OPD, the ranked ones first
 * ```
 * @category Analysis
 */
export function allUnits<P extends string>(rollup: Pick<Rollup<P>, 'units' | 'unranked'>): readonly RollupUnit<P>[] {
  return [...rollup.units, ...rollup.unranked];
}
