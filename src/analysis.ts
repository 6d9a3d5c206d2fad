/**
 * `spbe-index/analysis`: what to do with a score. Checking a result (`verifyResult`), explaining
 * it, comparing two, the margin to the next band, which indicators move the index most, the
 * cheapest plan to a target and its cost frontier, roll-ups of department assessments and the city
 * plan. Its own entry so that an app that only scores (or only defines catalogues) never bundles
 * the planners; the renderers for their outputs are in `spbe-index/report`.
 * @packageDocumentation
 */

export { ANALYSIS_ISSUE_CODES, type AnalysisIssueCode } from './analysis/analysis-issues.js';
export type { ExactValue } from './analysis/exact-value.js';
export { safeVerifyResult, verifyResult } from './analysis/verify-result.js';
export { explain, safeExplain, type Explanation, type ExplanationNode, type ExplanationTerm } from './analysis/explain.js';
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
export { allUnits } from './analysis/rollup/all-units.js';
export { safeVerifyRollup, verifyRollup, type RollupVerification, type VerifyRollupOptions } from './analysis/rollup/verify-rollup.js';
export type { UncheckedPart } from './analysis/rollup/verify-rollup-partial.js';
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
