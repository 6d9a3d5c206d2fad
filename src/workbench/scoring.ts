import { safeScore, type Assessment, type Catalogue, type Issue, type ScoreResult } from '../index.js';
import { entryKeys, indicatorIdOf } from './level-keys.js';

/** A scored form: the result (null while nothing can be scored) and the issues, by field where they have one. */
export interface ScoredForm {
  readonly result: ScoreResult | null;
  /** Issues of one indicator's entry, by indicator id. */
  readonly fieldIssues: ReadonlyMap<string, readonly Issue[]>;
  /** Issues about the assessment as a whole. */
  readonly otherIssues: readonly Issue[];
}

/** The indicator id an issue is about, when its path is `["levels", key, …]` and the key names one ("5", "I5"). */
function fieldOf(catalogue: Catalogue, issue: Issue): string | undefined {
  return issue.path[0] === 'levels' && typeof issue.path[1] === 'string' ? indicatorIdOf(catalogue, issue.path[1]) : undefined;
}

/**
 * Scores the form as it stands. A complete assessment is scored with the library's defaults, so
 * its result is the one `spbe score` writes for the same file; an incomplete one with
 * `missing: 'partial'`, so the index follows the typing. Entries the library refuses are shown
 * with its issue and left out, and the rest is still scored.
 */
export function scoreForm(catalogue: Catalogue, assessment: Assessment): ScoredForm {
  const ids = Object.keys(assessment.levels);
  if (ids.length === 0) return { result: null, fieldIssues: new Map(), otherIssues: [] };
  const keys = entryKeys(catalogue, assessment.levels);
  const complete = catalogue.indicators.every((indicator) => keys.has(indicator.id));
  const first = safeScore(catalogue, assessment, complete ? {} : { missing: 'partial' });
  if (first.success) return { result: first.output, fieldIssues: new Map(), otherIssues: [] };

  const fieldIssues = new Map<string, Issue[]>();
  const otherIssues: Issue[] = [];
  for (const issue of first.issues) {
    const field = fieldOf(catalogue, issue);
    // A key the catalogue does not know (from a loaded file) has no field to show its issue at.
    if (field === undefined) otherIssues.push(issue);
    else fieldIssues.set(field, [...(fieldIssues.get(field) ?? []), issue]);
  }
  const levels = Object.fromEntries(Object.entries(assessment.levels).filter(([key]) => !fieldIssues.has(indicatorIdOf(catalogue, key) ?? key)));
  const rest = Object.keys(levels).length > 0 && otherIssues.length === 0 ? safeScore(catalogue, { ...assessment, levels }, { missing: 'partial' }) : undefined;
  return { result: rest?.success === true ? rest.output : null, fieldIssues, otherIssues: rest?.success === false ? [...otherIssues, ...rest.issues] : otherIssues };
}
