import { bilingualIssue, type Issue, type IssueBuilder, type PathSegment } from '../model/issue.js';

/**
 * Every issue code the analysis functions can report.
 *
 * @example
 * ```ts
 * if (!outcome.success && outcome.issues.some((i) => ANALYSIS_ISSUE_CODES.includes(i.code as AnalysisIssueCode))) showAnalysisProblem(outcome.issues);
 * ```
 * @category Errors
 */
export const ANALYSIS_ISSUE_CODES = /* @__PURE__ */ Object.freeze([
  'analysis.catalogue_invalid',
  'analysis.catalogue_mismatch',
  'analysis.catalogue_unknown',
  'analysis.result_invalid',
  'analysis.result_incomplete',
  'analysis.option_invalid',
  'options.unknown',
  'result.inconsistent',
  'compare.catalogue_mismatch',
  'plan.target_invalid',
  'plan.unknown_indicator',
  'plan.unknown_group',
  'plan.unknown_predicate',
  'plan.cost_invalid',
  'plan.level_invalid',
  'plan.costs_too_large',
  'plan.too_large',
  'plan.levels_too_fine',
  'plan.index_unreachable',
  'plan.group_unreachable',
  'plan.minimum_unreachable',
  'rollup.no_units',
  'rollup.duplicate_unit',
  'rollup.weight_invalid',
  'rollup.nothing_assessed',
  'rollup.too_many_units',
  'internal.plan_unverified',
  'city.responsibilities_invalid',
  'city.responsibilities_missing',
  'city.unknown_indicator',
  'city.unknown_unit',
  'city.duplicate_owner',
  'city.lead_not_owner',
  'city.unowned_indicator',
] as const);

/**
 * An issue code of the analysis functions.
 *
 * @example
 * ```ts
 * const code: AnalysisIssueCode = 'compare.catalogue_mismatch';
 * ```
 * @category Errors
 */
export type AnalysisIssueCode = (typeof ANALYSIS_ISSUE_CODES)[number];

/** Builds an analysis issue; `received` is described safely when given. */
export const analysisIssue: IssueBuilder<AnalysisIssueCode> = bilingualIssue;

/** The result was computed with another catalogue than the one given. */
export function catalogueMismatch(
  path: readonly PathSegment[],
  result: { id: string; checksum: string },
  catalogue: { id: string; checksum: string },
): Issue {
  return analysisIssue(
    'analysis.catalogue_mismatch',
    path,
    `Hasil dihitung dengan katalog ${result.id} (${result.checksum.slice(0, 15)}…), bukan katalog ${catalogue.id} (${catalogue.checksum.slice(0, 15)}…) yang diberikan.`,
    `The result was computed with catalogue ${result.id} (${result.checksum.slice(0, 15)}…), not with the given catalogue ${catalogue.id} (${catalogue.checksum.slice(0, 15)}…).`,
    { expected: catalogue.checksum, received: result.checksum },
  );
}

/** No catalogue was given and the result's catalogue is not one compiled in this process. */
export function catalogueUnknown(path: readonly PathSegment[], id: string, checksum: string): Issue {
  return analysisIssue(
    'analysis.catalogue_unknown',
    path,
    `Katalog hasil ini, ${id} (${checksum.slice(0, 15)}…), tidak dimuat dalam proses ini: berikan katalognya sebagai argumen pertama.`,
    `The result's catalogue, ${id} (${checksum.slice(0, 15)}…), is not loaded in this process: pass the catalogue as the first argument.`,
    { received: checksum },
  );
}
