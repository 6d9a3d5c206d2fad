import type { LevelCriteriaDefinition } from '../model/catalogue.js';
import type { CriterionInconsistency, DerivedLevel } from '../model/levels.js';

/**
 * The cumulative rule, in one place: level n holds when every criterion of every level from the
 * scale minimum to n is met. The minimum holds even when its own criteria are not (there is
 * nothing lower); criteria met above the first incomplete level are inconsistencies.
 * `checklist` is the compiled, min..max ordered list; `met` holds known criterion ids.
 */
export function levelFromCriteria(checklist: readonly LevelCriteriaDefinition[], met: ReadonlySet<string>): DerivedLevel {
  const min = checklist[0]?.level ?? 0;
  let incomplete: number | undefined;
  // Stryker disable next-line ArrayDeclaration: read only after the loop has set it together with `incomplete`
  let missing: string[] = [];
  for (const entry of checklist) {
    const lacking = entry.criteria.filter((criterion) => !met.has(criterion.id)).map((criterion) => criterion.id);
    if (lacking.length > 0) {
      incomplete = entry.level;
      missing = lacking;
      break;
    }
  }
  const top = checklist[checklist.length - 1]?.level ?? min;
  if (incomplete === undefined) return { level: top, inconsistencies: [], next: null };
  const level = Math.max(min, incomplete - 1);
  const inconsistencies: CriterionInconsistency[] = [];
  for (const entry of checklist) {
    if (entry.level <= incomplete) continue;
    for (const criterion of entry.criteria) {
      if (met.has(criterion.id)) inconsistencies.push({ criterion: criterion.id, level: entry.level, incompleteLevel: incomplete });
    }
  }
  // When the minimum itself is incomplete the next level to reach is the one above it.
  const next = incomplete === level ? { level: incomplete + 1, missing: nextMissing(checklist, incomplete + 1, met, missing) } : { level: incomplete, missing };
  return { level, inconsistencies, next: next.level > top ? null : next };
}

/** Criteria still lacking to reach `target` from an incomplete minimum: the minimum's and the target's. */
function nextMissing(
  checklist: readonly LevelCriteriaDefinition[],
  target: number,
  met: ReadonlySet<string>,
  lackingAtMinimum: readonly string[],
): string[] {
  const at = checklist.find((entry) => entry.level === target);
  return [...lackingAtMinimum, ...(at?.criteria ?? []).filter((criterion) => !met.has(criterion.id)).map((criterion) => criterion.id)];
}
