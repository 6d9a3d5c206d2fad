import type { Catalogue, Issue } from '../index.js';
import type { PlanOptions, PlanTarget, StepCosts } from '../analysis.js';
import { readPlanOptions } from '../analysis/plan/plan-options.js';
import type { TargetEntry } from './compare-plan-section.js';
import { indicatorIdOf } from './level-keys.js';
import type { IndicatorPlanEntry, PlanState } from './state.js';
import { typedDecimal } from './typed-decimal.js';

/**
 * Costs typed as a person types them: "2,5" is 2.5 and "1; 1; 2; 4" one cost per step, as
 * strings the planner reads exactly (and answers a bad one with its own `plan.cost_invalid`).
 */
export function typedStepCosts(text: string): StepCosts {
  const steps = text.split(';').map(typedDecimal);
  return steps.length === 1 ? (steps[0] as string) : steps;
}

/**
 * A typed level for a cap: a number when it reads as one ("4", "4,0"), else the text itself, so
 * the planner answers "4,5" or "empat" with its own `plan.level_invalid` instead of the page
 * guessing.
 */
export function typedLevel(text: string): number | string {
  const typed = typedDecimal(text);
  return /^[+-]?\d+(?:\.\d+)?$/u.test(typed) ? Number(typed) : typed;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A per-indicator option of the costs file with the typed ones in place of the file's for the
 * same indicator, whichever name (id or code) the file used. A value that is not an object is
 * the file's mistake and is left for the planner to report.
 */
function merged(catalogue: Catalogue, fromFile: unknown, typed: Readonly<Record<string, unknown>>): unknown {
  if (Object.keys(typed).length === 0 || (fromFile !== undefined && !isRecord(fromFile))) return fromFile;
  const replaced = (name: string): boolean => Object.hasOwn(typed, indicatorIdOf(catalogue, name) ?? '');
  return { ...Object.fromEntries(Object.entries(fromFile ?? {}).filter(([name]) => !replaced(name))), ...typed };
}

/** The typed entries' values of one kind, by indicator id, leaving out empty ones. */
function typedOf(entries: PlanState['indicators'], read: (entry: IndicatorPlanEntry) => unknown): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entries)
      .map(([id, entry]) => [id, read(entry)] as const)
      .filter(([, value]) => value !== undefined),
  );
}

/**
 * The plan options: the costs file's, with the cost per step typed in place of its `defaultCost`,
 * and each indicator's typed cost and cap in place of the file's for it; a typed lock adds the
 * indicator to the file's `locked`.
 */
export function planOptionsOf(plan: PlanState, catalogue: Catalogue): PlanOptions {
  const file = plan.costs?.options ?? {};
  // Options that are not an object are the planner's to refuse, as they are.
  if (!isRecord(file)) return file as PlanOptions;
  const options: Record<string, unknown> = { ...file };
  if (plan.defaultCost.trim() !== '') options['defaultCost'] = typedStepCosts(plan.defaultCost);
  const costs = merged(catalogue, file['costs'], typedOf(plan.indicators, (entry) => (entry.cost.trim() === '' ? undefined : typedStepCosts(entry.cost))));
  const caps = merged(catalogue, file['caps'], typedOf(plan.indicators, (entry) => (entry.cap.trim() === '' ? undefined : typedLevel(entry.cap))));
  if (costs !== undefined) options['costs'] = costs;
  if (caps !== undefined) options['caps'] = caps;
  const locks = Object.keys(plan.indicators).filter((id) => plan.indicators[id]?.locked === true);
  if (locks.length > 0) {
    const fileLocks = file['locked'];
    // A file's `locked` that is not a list is the planner's to report; the typed locks wait.
    if (fileLocks === undefined || Array.isArray(fileLocks)) {
      const again = (name: unknown): boolean => typeof name === 'string' && locks.includes(indicatorIdOf(catalogue, name) ?? '');
      options['locked'] = [...(fileLocks ?? []).filter((name: unknown) => !again(name)), ...locks];
    }
  }
  return options as PlanOptions;
}

/** The typed target as the planner reads it; decimal commas become points, empty fields say nothing. */
export function planTargetOf(entry: TargetEntry): PlanTarget {
  const groups = Object.fromEntries(Object.entries(entry.groups).filter(([, value]) => value.trim() !== '').map(([id, value]) => [id, typedDecimal(value)]));
  return {
    ...(entry.predicate === '' ? {} : { predicate: entry.predicate }),
    ...(entry.index.trim() === '' ? {} : { index: typedDecimal(entry.index) }),
    ...(Object.keys(groups).length === 0 ? {} : { groups }),
  };
}

/** Which typed field of which indicator an issue of the planner's options is about. */
export interface PlanFieldIssue {
  readonly id: string;
  readonly field: 'cost' | 'cap';
  readonly issue: Issue;
}

/**
 * The planner's own issues about the typed per-indicator costs and caps, as it reads the options
 * (`costs.<id>…`, `caps.<id>`), to show at the field; issues of the file's own entries stay in
 * the plan's issue list.
 */
export function planFieldIssues(plan: PlanState, catalogue: Catalogue): PlanFieldIssue[] {
  const issues: Issue[] = [];
  readPlanOptions(catalogue, planOptionsOf(plan, catalogue), issues);
  return issues.flatMap((issue): PlanFieldIssue[] => {
    const [key, id] = issue.path;
    const field = key === 'costs' ? 'cost' : key === 'caps' ? 'cap' : undefined;
    const entry = typeof id === 'string' ? plan.indicators[id] : undefined;
    return field === undefined || entry === undefined || entry[field].trim() === '' ? [] : [{ id: id as string, field, issue }];
  });
}
