/**
 * A criterion met at a level above one that is not complete: under the cumulative rule it does
 * not count yet, and usually means either the lower level's evidence is missing or the answer
 * is wrong.
 * @category Model
 */
export interface CriterionInconsistency {
  /** Id of the criterion that is met. */
  readonly criterion: string;
  /** The level the criterion belongs to. */
  readonly level: number;
  /** The lowest level whose criteria are not all met. */
  readonly incompleteLevel: number;
}

/**
 * The level derived from a criteria checklist, with what stands in the way of the next one.
 * @category Model
 */
export interface DerivedLevel {
  /** The highest level n such that every criterion of every level up to n is met. */
  readonly level: number;
  /** Criteria met above the first incomplete level (they do not count). */
  readonly inconsistencies: readonly CriterionInconsistency[];
  /** The next level and the ids of its criteria not yet met; null at the top of the scale. */
  readonly next: { readonly level: number; readonly missing: readonly string[] } | null;
}
