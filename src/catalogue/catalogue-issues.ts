import { bilingualIssue, type Issue, type IssueBuilder } from '../model/issue.js';

/** Issue builders for catalogue definitions: every code and its bilingual message, in one place. */

/** Every issue code a catalogue definition can produce. @category Errors */
export const CATALOGUE_ISSUE_CODES = /* @__PURE__ */ Object.freeze([
  'catalogue.invalid_type',
  'catalogue.invalid_value',
  'catalogue.duplicate_id',
  'catalogue.id_invalid',
  'catalogue.unknown_tier',
  'catalogue.tier_order',
  'catalogue.unknown_scale',
  'catalogue.empty_group',
  'catalogue.group_children',
  'catalogue.scale_invalid',
  'catalogue.scale_gap',
  'catalogue.weight_invalid',
  'catalogue.weight_not_positive',
  'catalogue.weight_mismatch',
  'catalogue.weight_total_mismatch',
  'catalogue.weight_undetermined',
  'catalogue.weight_too_fine',
  'catalogue.predicate_invalid',
  'catalogue.predicate_overlap',
  'catalogue.predicate_gap',
  'catalogue.predicate_outside_scale',
  'catalogue.predicate_order',
  'catalogue.forbidden_key',
  'catalogue.missing_language',
  'catalogue.unknown_key',
  'catalogue.missing_name',
  'catalogue.criteria_invalid',
  'catalogue.measure_invalid',
  'catalogue.measure_overlap',
  'catalogue.measure_gap',
  'catalogue.measure_outside_range',
  'catalogue.derive_invalid',
  'catalogue.derive_unknown_id',
  'catalogue.derive_empty',
  'catalogue.code_conflict',
] as const);

/** An issue code of catalogue definitions. @category Errors */
export type CatalogueIssueCode = (typeof CATALOGUE_ISSUE_CODES)[number];

/** Builds a catalogue issue with its bilingual message. */
export const catalogueIssue: IssueBuilder<CatalogueIssueCode> = bilingualIssue;

/**
 * The answer for catalogue input that throws while it is read (a getter or proxy in hand-made
 * input, or no definition at all): one `catalogue.invalid_type` issue, never a crash.
 */
export function unreadableCatalogue(id: string, en: string, expected: string): { success: false; issues: Issue[] } {
  return { success: false, issues: [catalogueIssue('catalogue.invalid_type', [], id, en, { expected })] };
}
