/**
 * spbe-index: exact Indeks Pemerintah Digital and Indeks SPBE scoring. The public entry holds functions and types only; each
 * built-in catalogue is its own subpath (`spbe-index/catalogues/permenpanrb-59-2020`).
 * @packageDocumentation
 */

export type { Localized, Language } from './model/localized.js';
export { LANGUAGES } from './model/localized.js';
export type { InputIssueCode, Issue, IssueCode, PathSegment, SafeResult } from './model/issue.js';
export { MAX_ISSUES, SpbeError, unwrap } from './model/issue.js';
export type {
  Catalogue,
  CatalogueBase,
  CatalogueDefinition,
  Group,
  GroupDefinition,
  Indicator,
  IndicatorDefinition,
  LevelDefinition,
  Predicate,
  PredicateDefinition,
  PredicateId,
  Scale,
  ScaleDefinition,
  TargetsDefinition,
  TierDefinition,
} from './model/catalogue.js';
export type { Assessment, AssessmentMetadata, LevelInput } from './model/assessment.js';
export type {
  MissingPolicy,
  NotApplicablePolicy,
  PredicateSource,
  ResolvedScoreOptions,
  ScoreOptions,
} from './model/options.js';
export type {
  GroupScore,
  IndicatorScore,
  IndicatorStatus,
  PredicateRef,
  ResultMeta,
  ScoredValue,
  ScoreResult,
} from './model/result.js';
export type { RoundingMode } from './arithmetic/rounding.js';
export { ROUNDING_MODES } from './arithmetic/rounding.js';
export { compileCatalogue, safeCompileCatalogue } from './catalogue/compile.js';
export { defineCatalogue, safeDefineCatalogue, type BandIdsOf } from './catalogue/define.js';
export { deriveCatalogue, safeDeriveCatalogue, type CatalogueChanges } from './catalogue/derive.js';
export { deriveLevel, safeDeriveLevel } from './scoring/derive-level.js';
export type { CriterionInconsistency, DerivedLevel } from './model/levels.js';
export type {
  CriterionDefinition,
  LevelCriteriaDefinition,
  MeasureBandDefinition,
  MeasureDefinition,
} from './model/catalogue.js';
export type { CriteriaInput, MeasuredInput } from './model/assessment.js';
export { catalogueSnapshot } from './catalogue/snapshot.js';
export { findIndicator } from './catalogue/find-indicator.js';
export { restate, safeRestate, type Restatement, type RestatedIndicator, type RestateOptions, type UnmappedTarget } from './restate/restate.js';
export { RESTATE_ISSUE_CODES, type RestateIssueCode } from './restate/restate-issues.js';
export type { CatalogueMapping, MappingRule } from './model/mapping.js';
export type { ExactValueText } from './model/assessment.js';
export type { ScaleValues } from './model/catalogue.js';
export { CATALOGUE_ISSUE_CODES, type CatalogueIssueCode } from './catalogue/catalogue-issues.js';
export { ASSESSMENT_ISSUE_CODES, type AssessmentIssueCode } from './scoring/assessment-issues.js';
export { CATALOGUE_YEAR_ISSUE_CODES, type CatalogueYearIssueCode } from './catalogues/year-issues.js';
export { DEFAULT_SCORE_OPTIONS } from './scoring/resolve-options.js';
export { predicateOf } from './scoring/predicate.js';
export { safeScore, score } from './scoring/score.js';
export { LIBRARY_NAME, VERSION } from './version.js';
export { verifyFingerprint } from './scoring/fingerprint.js';
