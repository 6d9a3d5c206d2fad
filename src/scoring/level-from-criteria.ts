import type { LevelCriteriaDefinition } from '../model/catalogue.js';
import type { CriterionInconsistency, DerivedLevel } from '../model/levels.js';

/** The first level whose criteria are not all met, and the ids it lacks. */
interface Incomplete {
  readonly level: number;
  readonly missing: readonly string[];
}

/** The ids of an entry's criteria not in `met`. */
const lacking = (entry: LevelCriteriaDefinition | undefined, met: ReadonlySet<string>): string[] =>
  (entry?.criteria ?? []).filter((criterion) => !met.has(criterion.id)).map((criterion) => criterion.id);

/**
 * The cumulative rule, in one place: level n holds when every criterion of every level from the
 * scale minimum to n is met. The minimum holds even when its own criteria are not (there is
 * nothing lower); criteria met above the first incomplete level are inconsistencies.
 * `checklist` is the compiled, min..max ordered list; `met` holds known criterion ids. Scoring
 * needs only this; `levelFromCriteria` adds the next level to reach.
 */
export function criteriaLevel(
  checklist: readonly LevelCriteriaDefinition[],
  met: ReadonlySet<string>,
): Omit<DerivedLevel, 'next'> & { readonly incomplete?: Incomplete } {
  let incomplete: Incomplete | undefined;
  for (const entry of checklist) {
    const missing = lacking(entry, met);
    if (missing.length > 0) {
      incomplete = { level: entry.level, missing };
      break;
    }
  }
  const min = checklist[0]?.level ?? 0;
  if (incomplete === undefined) return { level: checklist[checklist.length - 1]?.level ?? min, inconsistencies: [] };
  const inconsistencies: CriterionInconsistency[] = [];
  for (const entry of checklist) {
    if (entry.level <= incomplete.level) continue;
    for (const criterion of entry.criteria) {
      if (met.has(criterion.id)) inconsistencies.push({ criterion: criterion.id, level: entry.level, incompleteLevel: incomplete.level });
    }
  }
  return { level: Math.max(min, incomplete.level - 1), inconsistencies, incomplete };
}

/** The level derived from the criteria met, its inconsistencies, and what the next level lacks. */
export function levelFromCriteria(checklist: readonly LevelCriteriaDefinition[], met: ReadonlySet<string>): DerivedLevel {
  const { level, inconsistencies, incomplete } = criteriaLevel(checklist, met);
  if (incomplete === undefined) return { level, inconsistencies, next: null };
  const top = checklist[checklist.length - 1]?.level as number;
  // When the minimum itself is incomplete the next level to reach is the one above it, and it
  // lacks the minimum's criteria as well as its own.
  const next =
    incomplete.level === level
      ? { level: level + 1, missing: [...incomplete.missing, ...lacking(checklist.find((entry) => entry.level === level + 1), met)] }
      : incomplete;
  return { level, inconsistencies, next: next.level > top ? null : next };
}
