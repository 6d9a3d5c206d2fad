import { compare, parseFraction, rational, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { Issue } from '../../model/issue.js';
import type { ScoreResult } from '../../model/result.js';
import { analysisIssue } from '../analysis-issues.js';

/** What a plan or a frontier point claims, checked against its re-scored result. */
export interface PlanClaim {
  /** The least index the plan must reach (a target), or null. */
  readonly atLeast: Rational | null;
  /** The exact index the plan claims to reach (a frontier point), or null. */
  readonly exactly: Rational | null;
  /** Least value per group position. */
  readonly groups: ReadonlyMap<number, Rational>;
  /** Least level per indicator position (the minimums the plan had to meet). */
  readonly minimums: readonly Rational[];
}

function unverified(path: (string | number)[], id: string, en: string): Issue {
  return analysisIssue(
    'internal.plan_unverified',
    path,
    `Kesalahan internal: rencana yang dihitung tidak memenuhi targetnya saat dinilai ulang (${id}). Mohon laporkan ini.`,
    `Internal error: the computed plan does not meet its target when scored again (${en}). Please report this.`,
  );
}

/**
 * Checks a plan's re-scored result against everything the plan promised: the index, every
 * targeted group and every minimum level. A plan that fails is never returned: the issues say
 * the planner is wrong, not the input.
 */
export function verifyPlan(catalogue: Catalogue, rescored: ScoreResult, claim: PlanClaim): Issue[] {
  const issues: Issue[] = [];
  const index = parseFraction(rescored.index.exact) as Rational;
  if (claim.atLeast !== null && compare(index, claim.atLeast) < 0) {
    issues.push(unverified(['target', 'index'], `indeks ${rescored.index.exact}`, `index ${rescored.index.exact}`));
  }
  if (claim.exactly !== null && compare(index, claim.exactly) !== 0) {
    issues.push(unverified(['index'], `indeks ${rescored.index.exact}`, `index ${rescored.index.exact}`));
  }
  for (const [position, value] of claim.groups) {
    const id = catalogue.groups[position]!.id;
    const exact = rescored.groups.find((group) => group.id === id)?.exact;
    const reached = typeof exact === 'string' ? parseFraction(exact) : undefined;
    if (reached === undefined || compare(reached, value) < 0) {
      issues.push(unverified(['target', 'groups', id], `kelompok ${id}`, `group ${id}`));
    }
  }
  const levels = new Map(rescored.indicators.map((indicator) => [indicator.id, indicator.level]));
  claim.minimums.forEach((minimum, i) => {
    const id = catalogue.indicators[i]!.id;
    const entry = levels.get(id);
    const level = typeof entry === 'number' ? rational(entry) : typeof entry === 'string' ? parseFraction(entry) : undefined;
    if (level === undefined || compare(level, minimum) < 0) {
      issues.push(unverified(['options', 'minimums', id], `indikator ${id}`, `indicator ${id}`));
    }
  });
  return issues;
}
