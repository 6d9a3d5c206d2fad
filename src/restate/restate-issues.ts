import { bilingualIssue, type IssueBuilder } from '../model/issue.js';

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

/** Builds a restatement issue with its bilingual message. */
export const restateIssue: IssueBuilder<RestateIssueCode> = bilingualIssue;
