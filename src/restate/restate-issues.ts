import { bilingualIssue, type Issue, type PathSegment } from '../model/issue.js';

/** Every issue code of `restate` and `safeRestate`. @category Errors */
export const RESTATE_ISSUE_CODES = /* @__PURE__ */ Object.freeze([
  'restate.mapping_invalid',
  'restate.input_invalid',
  'restate.catalogue_mismatch',
  'restate.unknown_target',
  'restate.unknown_source',
  'restate.duplicate_target',
] as const);

/** An issue code of restatement. @category Errors */
export type RestateIssueCode = (typeof RESTATE_ISSUE_CODES)[number];

export function restateIssue(
  code: RestateIssueCode,
  path: readonly PathSegment[],
  id: string,
  en: string,
  details: { expected?: string; received?: unknown } = {},
): Issue {
  return bilingualIssue(code, path, id, en, details);
}
