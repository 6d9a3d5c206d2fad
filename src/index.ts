/**
 * spbe-index: exact Indeks SPBE scoring. The public entry holds functions and types only; each
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
export { formatDecimal } from './report/number-format.js';
export type { RenderOptions } from './report/render-options.js';
export { renderTable } from './report/table.js';
export { renderCsv } from './report/csv-output.js';
export { renderMarkdown } from './report/markdown.js';
export { renderHtml, type HtmlExtras, type HtmlOptions } from './report/html.js';
export { renderComparisonMarkdown, renderComparisonTable } from './report/comparison-text.js';
export { renderPlanMarkdown, renderPlanTable } from './report/plan-text.js';
export { renderRollupTable } from './report/rollup-text.js';
export { renderCityHtml } from './report/city-html.js';
export { renderCityMarkdown, renderCityTable } from './report/city-text.js';
export type { CityHistoryEntry, CityReportOptions } from './report/city-sections.js';
export { verifyFingerprint } from './scoring/fingerprint.js';
export { ANALYSIS_ISSUE_CODES, type AnalysisIssueCode } from './analysis/analysis-issues.js';
export type { ExactValue } from './analysis/exact-value.js';
export { safeVerifyResult, verifyResult } from './analysis/verify-result.js';
export { explain, safeExplain, type Explanation, type ExplanationNode, type ExplanationTerm } from './analysis/explain.js';
export { renderExplanation, type RenderExplanationOptions } from './report/render-explanation.js';
export {
  compare,
  safeCompare,
  type CompareOptions,
  type Comparison,
  type GroupChange,
  type IndexChange,
  type IndicatorChange,
  type PredicateChange,
  type SelfAssessmentSummary,
  type ValueChange,
} from './analysis/compare.js';
export type { Instrument } from './analysis/instrument.js';
export { margin, safeMargin, type BandDistance, type Demotion, type LevelDrop, type Margin, type ValueMargin } from './analysis/margin.js';
export { leverage, safeLeverage, type Gain, type IndicatorLeverage } from './analysis/leverage.js';
export { plan, safePlan, type PlanResult } from './analysis/plan/plan.js';
export type { PlanRaise } from './analysis/plan/raises.js';
export type { Cost, PlanOptions, StepCosts } from './analysis/plan/plan-options.js';
export type { CatalogueTarget, PlanTarget } from './analysis/plan/target.js';
export { frontier, safeFrontier, type Frontier, type FrontierOptions, type FrontierPoint } from './analysis/plan/frontier.js';
export {
  rollup,
  safeRollup,
  type Rollup,
  type RollupAttribution,
  type RollupIndicator,
  type RollupShortfall,
  type RollupUnit,
} from './analysis/rollup/rollup.js';
export type { Responsibilities, ResponsibilityEntry } from './analysis/rollup/responsibilities.js';
export {
  planCity,
  safePlanCity,
  type CityIndicatorChange,
  type CityPlan,
  type CityPlanOptions,
  type CityRaise,
  type CityUnitActions,
} from './analysis/city/plan-city.js';
export type { RollupOptions } from './analysis/rollup/rollup-options.js';
export { ROLLUP_STRATEGIES, type RollupStrategy } from './analysis/rollup/consolidate.js';
