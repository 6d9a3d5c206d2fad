import { compare, parseFraction, rational, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { Issue } from '../../model/issue.js';
import type { ScoreResult } from '../../model/result.js';
import { runKernel } from '../../scoring/kernel/run-kernel.js';
import { analysisIssue } from '../analysis-issues.js';

/** What a plan or a frontier point claims. */
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

/** Exact values scored from a plan's levels: the index and the value per group position. */
export interface PlannedValues {
  readonly index: Rational | null;
  readonly groups: readonly (Rational | null)[];
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
 * The exact values of a re-scored plan result (what `plan` returns), by group position: the
 * library has just scored it, so its groups are in catalogue order and every exact value reads.
 */
export function valuesOfResult(result: ScoreResult): PlannedValues {
  return {
    index: parseFraction(result.index.exact) as Rational,
    groups: result.groups.map((group) => (group.exact === null ? null : (parseFraction(group.exact) as Rational))),
  };
}

/** The exact values of planned levels straight from the scoring kernel (a frontier point). */
export function valuesOfLevels(catalogue: Catalogue, levels: readonly Rational[]): PlannedValues {
  const output = runKernel(catalogue, levels);
  return {
    index: output.index === null ? null : rational(output.index.num, output.index.den),
    groups: output.groups.map((value) => (value === null ? null : rational(value.num, value.den))),
  };
}

/**
 * Checks a plan's re-scored values against everything the plan promised: the index, every
 * targeted group and every minimum level. A plan that fails is never returned: the issues say
 * the planner is wrong, not the input.
 */
export function verifyPlan(catalogue: Catalogue, values: PlannedValues, levels: readonly Rational[], claim: PlanClaim): Issue[] {
  const issues: Issue[] = [];
  const { index } = values;
  if (claim.atLeast !== null && (index === null || compare(index, claim.atLeast) < 0)) {
    issues.push(unverified(['target', 'index'], 'indeks', 'index'));
  }
  if (claim.exactly !== null && (index === null || compare(index, claim.exactly) !== 0)) {
    issues.push(unverified(['index'], 'indeks', 'index'));
  }
  for (const [position, value] of claim.groups) {
    const reached = values.groups[position];
    if (reached === null || reached === undefined || compare(reached, value) < 0) {
      const id = catalogue.groups[position]!.id;
      issues.push(unverified(['target', 'groups', id], `kelompok ${id}`, `group ${id}`));
    }
  }
  claim.minimums.forEach((minimum, i) => {
    const level = levels[i];
    if (level === undefined || compare(level, minimum) < 0) {
      const id = catalogue.indicators[i]!.id;
      issues.push(unverified(['options', 'minimums', id], `indikator ${id}`, `indicator ${id}`));
    }
  });
  return issues;
}
