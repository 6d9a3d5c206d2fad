import { isCompiledCatalogue } from '../catalogue/is-compiled.js';
import type { Catalogue } from '../model/catalogue.js';
import { capIssues, SpbeError, type Issue, type SafeResult } from '../model/issue.js';
import type { DerivedLevel } from '../model/levels.js';
import * as assessmentIssues from './assessment-issues.js';
import { levelFromCriteria } from './level-from-criteria.js';
import { readCriteria } from './read-level-input.js';

/**
 * Derives an indicator's level from the criteria met, under the cumulative rule, and returns
 * every issue instead of throwing (unknown indicator or criterion, an indicator without criteria).
 *
 * @example
 * ```ts
 * import { safeDeriveLevel } from 'spbe-index';
 * import { permenpanrb592020 } from 'spbe-index/catalogues/permenpanrb-59-2020';
 *
 * const outcome = safeDeriveLevel(permenpanrb592020, '12', ['p2.plan', 'p2.monitor', 'p2.enacted']);
 * if (outcome.success) outcome.output.level; // 2
 * ```
 * @category Scoring
 */
export function safeDeriveLevel(catalogue: Catalogue, indicatorId: string, met: readonly string[]): SafeResult<DerivedLevel> {
  if (!isCompiledCatalogue(catalogue)) return { success: false, issues: [assessmentIssues.catalogueInvalid(catalogue)] };
  const position = typeof indicatorId === 'string' ? catalogue.lookup.indicators[indicatorId] : undefined;
  const indicator = position === undefined ? undefined : catalogue.indicators[position];
  if (indicator === undefined) {
    return { success: false, issues: [assessmentIssues.unknownIndicator(String(indicatorId), catalogue.id)] };
  }
  const issues: Issue[] = [];
  const level = readCriteria(indicator, met, ['criteria'], issues, []);
  if (level === undefined || indicator.criteria === null) return { success: false, issues: capIssues(issues) };
  return { success: true, output: levelFromCriteria(indicator.criteria, new Set(met)) };
}

/**
 * Derives an indicator's level from the criteria met. Levels are cumulative: level n needs every
 * criterion of every level up to n; the scale minimum holds when it has no criteria. Criteria met
 * above a level that is not complete are returned as `inconsistencies` (they do not count).
 * Throws a {@link SpbeError} on bad input.
 *
 * @example
 * ```ts
 * import { deriveLevel } from 'spbe-index';
 * import { permenpanrb592020 } from 'spbe-index/catalogues/permenpanrb-59-2020';
 *
 * const { level, inconsistencies, next } = deriveLevel(permenpanrb592020, '12', ['p2.plan', 'p3.standard']);
 * level;           // 1: level 2 lacks "p2.monitor", so "p3.standard" does not count yet
 * inconsistencies; // [{ criterion: 'p3.standard', level: 3, incompleteLevel: 2 }]
 * next;            // { level: 2, missing: ['p2.monitor', ...] }
 * ```
 * @category Scoring
 */
export function deriveLevel(catalogue: Catalogue, indicatorId: string, met: readonly string[]): DerivedLevel {
  const outcome = safeDeriveLevel(catalogue, indicatorId, met);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
