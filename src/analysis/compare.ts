import { add, compare as compareRational, parseFraction, sub, toFractionString, ZERO, type Rational } from '../arithmetic/rational.js';
import { SpbeError, type Issue, type PathSegment, type SafeResult } from '../model/issue.js';
import type { Localized } from '../model/localized.js';
import type { PredicateRef, ScoreResult } from '../model/result.js';
import { analysisIssue } from './analysis-issues.js';
import { checkResult } from './check-result.js';
import { signedValue, type Display, type ExactValue } from './exact-value.js';

/**
 * Options of `compare`.
 *
 * @example
 * ```ts
 * compare(selfResult, finalResult, { mode: 'self-assessment' });
 * compare(result2020, result2024, { allowDifferentCatalogues: true });
 * ```
 * @category Analysis
 */
export interface CompareOptions {
  /**
   * Compare results of different catalogues (id or checksum) anyway, matching groups and
   * indicators by id; the output then says so in `catalogues.same: false`. Off by default.
   */
  readonly allowDifferentCatalogues?: boolean;
  /**
   * `change` (default): before and after, e.g. last year and this year. `self-assessment`: before
   * is the agency's self-assessment and after the assessors' final result; adds `selfAssessment`.
   */
  readonly mode?: 'change' | 'self-assessment';
}

/**
 * A value on both sides of a comparison.
 *
 * @example
 * ```ts
 * compare(before, after).index; // { before: { value: '2.95', ... }, after: { value: '3.75', ... }, delta: { value: '+0.81', ... }, predicateChanged: true }
 * ```
 * @category Analysis
 */
export interface ValueChange<P extends string = string> {
  readonly before: { readonly value: string | null; readonly exact: string | null; readonly predicate: PredicateRef<P> | null };
  readonly after: { readonly value: string | null; readonly exact: string | null; readonly predicate: PredicateRef<P> | null };
  /** after − before, exact and signed display; null when either side has no value. */
  readonly delta: ExactValue | null;
  readonly predicateChanged: boolean;
}

/**
 * A group (domain, aspect) on both sides.
 *
 * @example
 * ```ts
 * compare(before, after).domains.map((d) => [d.id, d.delta?.value]); // [['D1', '+0.70'], ...]
 * ```
 * @category Analysis
 */
export interface GroupChange<P extends string = string> extends ValueChange<P> {
  readonly id: string;
  readonly tier: string;
  readonly label: Localized;
}

/**
 * An indicator on both sides.
 *
 * @example
 * ```ts
 * compare(before, after).indicators.find((i) => i.id === '12'); // { before: 3, after: 4, levelDelta: '1', attribution: { value: '+0.0250', ... } }
 * ```
 * @category Analysis
 */
export interface IndicatorChange {
  readonly id: string;
  readonly label: Localized;
  readonly before: number | string | null;
  readonly after: number | string | null;
  /** after − before as an exact fraction ("1", "-2", "1/3"); null when either side has no level. */
  readonly levelDelta: string | null;
  /**
   * The indicator's share of the index change: its contribution after minus before (level delta ×
   * weight / total weight when both results are complete). The shares add up to the index delta
   * exactly.
   */
  readonly attribution: ExactValue;
}

/**
 * A predikat that changed.
 *
 * @example
 * ```ts
 * compare(before, after).predicateChanges; // [{ scope: 'index', id: 'index', from: { id: 'baik', ... }, to: { id: 'sangat-baik', ... } }]
 * ```
 * @category Analysis
 */
export interface PredicateChange<P extends string = string> {
  readonly scope: 'index' | 'group';
  /** "index", or the group id. */
  readonly id: string;
  readonly from: PredicateRef<P> | null;
  readonly to: PredicateRef<P> | null;
}

/**
 * Self-assessment against the assessors' final levels.
 *
 * @example
 * ```ts
 * compare(selfResult, finalResult, { mode: 'self-assessment' }).selfAssessment?.inflation.value; // "+0.33"
 * ```
 * @category Analysis
 */
export interface SelfAssessmentSummary {
  /** Indicators with a level on both sides. */
  readonly compared: number;
  /** Self-assessed higher than the final level. */
  readonly overRated: number;
  readonly underRated: number;
  readonly agreed: number;
  readonly overRatedIndicators: readonly string[];
  readonly underRatedIndicators: readonly string[];
  /** Σ (self − final) over the compared indicators, exact. */
  readonly levelDifference: string;
  /** By how much the self-assessment inflated the index: self index − final index (negative: deflated). */
  readonly inflation: ExactValue;
}

/**
 * What `compare` returns.
 *
 * @example
 * ```ts
 * const change: Comparison = compare(before, after);
 * change.index.delta?.value; // "+0.81"
 * ```
 * @category Analysis
 */
export interface Comparison<P extends string = string> {
  readonly catalogues: {
    readonly before: { readonly id: string; readonly revision: string; readonly checksum: string };
    readonly after: { readonly id: string; readonly revision: string; readonly checksum: string };
    /** False only under `allowDifferentCatalogues`: the figures then compare different instruments. */
    readonly same: boolean;
  };
  readonly index: ValueChange<P>;
  readonly domains: readonly GroupChange<P>[];
  readonly aspects: readonly GroupChange<P>[];
  /** Every group, in the after result's order, then groups only the before result has. */
  readonly groups: readonly GroupChange<P>[];
  readonly indicators: readonly IndicatorChange[];
  readonly predicateChanges: readonly PredicateChange<P>[];
  /** Present in `self-assessment` mode, else null. */
  readonly selfAssessment: SelfAssessmentSummary | null;
}

type Side = { value: string | null; exact: string | null; predicate: PredicateRef | null };

function exactOf(text: string | null, path: PathSegment[], issues: Issue[]): Rational | null {
  if (text === null) return null;
  const value = typeof text === 'string' ? parseFraction(text) : undefined;
  // Stryker disable next-line BlockStatement: checkResult has already passed, so every exact value parses and this block never runs
  if (value === undefined) {
    // Stryker disable next-line StringLiteral,ObjectLiteral: unreachable, checkResult has already refused unparseable exact values
    issues.push(analysisIssue('analysis.result_invalid', path, 'Nilai eksak dalam hasil tidak sah.', 'An exact value in the result is not valid.', { received: text }));
    return null;
  }
  return value;
}

function levelOf(level: number | string | null): Rational | null {
  if (level === null) return null;
  return parseFraction(String(level)) ?? null;
}

function side(entry: Side | undefined): Side {
  return { value: entry?.value ?? null, exact: entry?.exact ?? null, predicate: entry?.predicate ?? null };
}

function changeOf<P extends string>(before: Side | undefined, after: Side | undefined, path: PathSegment[], display: Display, issues: Issue[]): ValueChange<P> {
  const b = side(before);
  const a = side(after);
  // Stryker disable next-line ArrayDeclaration,StringLiteral: exactOf reports only an unparseable exact value, which checkResult has already refused, so this issue path is never used
  const x = exactOf(b.exact, ['before', ...path], issues);
  // Stryker disable next-line ArrayDeclaration,StringLiteral: exactOf reports only an unparseable exact value, which checkResult has already refused, so this issue path is never used
  const y = exactOf(a.exact, ['after', ...path], issues);
  return {
    before: b as ValueChange<P>['before'],
    after: a as ValueChange<P>['after'],
    delta: x === null || y === null ? null : signedValue(sub(y, x), display),
    predicateChanged: (b.predicate?.id ?? null) !== (a.predicate?.id ?? null),
  };
}

/**
 * Compares two results, returning issues instead of throwing. See {@link compare}.
 *
 * @example
 * ```ts
 * const outcome = safeCompare(lastYear, thisYear);
 * if (!outcome.success) console.error(outcome.issues[0].code); // "compare.catalogue_mismatch"
 * ```
 * @category Analysis
 */
export function safeCompare<P extends string>(
  before: ScoreResult<P>,
  after: ScoreResult<P>,
  options: CompareOptions = {},
): SafeResult<Comparison<P>> {
  const issues: Issue[] = [];
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return { success: false, issues: [analysisIssue('analysis.option_invalid', [], 'Opsi harus berupa objek.', 'The options must be an object.', { received: options })] };
  }
  issues.push(...checkResult(before, ['before']), ...checkResult(after, ['after']));
  const mode = options.mode ?? 'change';
  if (mode !== 'change' && mode !== 'self-assessment') {
    issues.push(analysisIssue('analysis.option_invalid', ['mode'], 'Mode harus "change" atau "self-assessment".', 'The mode must be "change" or "self-assessment".', { received: mode }));
  }
  if (issues.length > 0) return { success: false, issues };
  const catalogueBefore = before.meta.catalogue;
  const catalogueAfter = after.meta.catalogue;
  const same = catalogueBefore.id === catalogueAfter.id && catalogueBefore.checksum === catalogueAfter.checksum;
  if (!same && options.allowDifferentCatalogues !== true) {
    return {
      success: false,
      issues: [
        analysisIssue(
          'compare.catalogue_mismatch',
          ['after', 'meta', 'catalogue'],
          `Hasil dihitung dengan katalog berbeda (${catalogueBefore.id} dan ${catalogueAfter.id}, atau revisi berbeda); gunakan allowDifferentCatalogues untuk tetap membandingkan.`,
          `The results were computed with different catalogues (${catalogueBefore.id} and ${catalogueAfter.id}, or different revisions); pass allowDifferentCatalogues to compare them anyway.`,
          { expected: catalogueBefore.checksum, received: catalogueAfter.checksum },
        ),
      ],
    };
  }
  const display: Display = { decimals: after.meta.options.decimals, rounding: after.meta.options.rounding };
  const attributionDisplay: Display = { decimals: display.decimals + 2, rounding: display.rounding };

  // Stryker disable next-line ArrayDeclaration,StringLiteral: exactOf reports only an unparseable exact value, which checkResult has already refused, so this issue path is never used
  const index = changeOf<P>(before.index, after.index, ['index'], display, issues);
  const beforeGroups = new Map(before.groups.map((group) => [group.id, group]));
  const afterIds = new Set(after.groups.map((group) => group.id));
  const groupList = [...after.groups, ...before.groups.filter((group) => !afterIds.has(group.id))];
  const groups: GroupChange<P>[] = groupList.map((group, g) => ({
    id: group.id,
    tier: group.tier,
    label: group.label,
    // Stryker disable next-line ArrayDeclaration,StringLiteral: exactOf reports only an unparseable exact value, which checkResult has already refused, so this issue path is never used
    ...changeOf<P>(beforeGroups.get(group.id), after.groups.find((entry) => entry.id === group.id), ['groups', g], display, issues),
  }));

  const beforeIndicators = new Map(before.indicators.map((indicator) => [indicator.id, indicator]));
  const afterIndicators = new Map(after.indicators.map((indicator) => [indicator.id, indicator]));
  const afterIndicatorIds = new Set(afterIndicators.keys());
  const indicatorList = [...after.indicators, ...before.indicators.filter((indicator) => !afterIndicatorIds.has(indicator.id))];
  let overRated = 0;
  let underRated = 0;
  let agreed = 0;
  const over: string[] = [];
  const under: string[] = [];
  let levelDifference = ZERO;
  const indicators: IndicatorChange[] = indicatorList.map((indicator, k) => {
    const b = beforeIndicators.get(indicator.id);
    const a = afterIndicators.get(indicator.id);
    const x = b ? levelOf(b.level) : null;
    const y = a ? levelOf(a.level) : null;
    // Stryker disable next-line OptionalChaining,ArrayDeclaration,StringLiteral: checkResult has made every contribution an object with a parseable exact value, so neither the chain nor the issue path matters
    const cb = b ? exactOf(b.contribution?.exact ?? null, ['before', 'indicators', k, 'contribution'], issues) : ZERO;
    // Stryker disable next-line OptionalChaining,ArrayDeclaration,StringLiteral: checkResult has made every contribution an object with a parseable exact value, so neither the chain nor the issue path matters
    const ca = a ? exactOf(a.contribution?.exact ?? null, ['after', 'indicators', k, 'contribution'], issues) : ZERO;
    if (x !== null && y !== null) {
      const difference = sub(x, y); // self − final, in self-assessment terms
      const sign = compareRational(difference, ZERO);
      if (sign > 0) (overRated++, over.push(indicator.id));
      else if (sign < 0) (underRated++, under.push(indicator.id));
      else agreed++;
      levelDifference = add(levelDifference, difference);
    }
    return {
      id: indicator.id,
      label: indicator.label,
      before: b?.level ?? null,
      after: a?.level ?? null,
      levelDelta: x === null || y === null ? null : toFractionString(sub(y, x)),
      attribution: signedValue(sub(ca ?? ZERO, cb ?? ZERO), attributionDisplay),
    };
  });
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: exactOf never adds an issue after checkResult, so this return is unreachable
  if (issues.length > 0) return { success: false, issues };

  const predicateChanges: PredicateChange<P>[] = [];
  if (index.predicateChanged) predicateChanges.push({ scope: 'index', id: 'index', from: index.before.predicate, to: index.after.predicate });
  for (const group of groups) {
    if (group.predicateChanged) predicateChanges.push({ scope: 'group', id: group.id, from: group.before.predicate, to: group.after.predicate });
  }
  const selfAssessment: SelfAssessmentSummary | null =
    mode === 'self-assessment'
      ? {
          compared: overRated + underRated + agreed,
          overRated,
          underRated,
          agreed,
          overRatedIndicators: over,
          underRatedIndicators: under,
          levelDifference: toFractionString(levelDifference),
          inflation: signedValue(sub(parseFraction(before.index.exact) as Rational, parseFraction(after.index.exact) as Rational), display),
        }
      : null;
  return {
    success: true,
    output: {
      catalogues: {
        before: { id: catalogueBefore.id, revision: catalogueBefore.revision, checksum: catalogueBefore.checksum },
        after: { id: catalogueAfter.id, revision: catalogueAfter.revision, checksum: catalogueAfter.checksum },
        same,
      },
      index,
      domains: groups.filter((group) => group.tier === 'domain'),
      aspects: groups.filter((group) => group.tier === 'aspect'),
      groups,
      indicators,
      predicateChanges,
      selfAssessment,
    },
  };
}

/**
 * Compares two results of the same catalogue: the change of the index, every domain, aspect and
 * indicator (exact and display, signed), the predikat changes, and the attribution of the index
 * change to indicators (their shares add up to the index delta exactly). Refuses results of
 * different catalogues (`compare.catalogue_mismatch`) unless `allowDifferentCatalogues` is set,
 * which the output then flags. In `self-assessment` mode (before = self-assessment, after = the
 * assessors' final result) it also counts over- and under-rated indicators and gives by how much
 * the self-assessment inflated the index. Throws a {@link SpbeError} on bad input.
 *
 * @example
 * ```ts
 * const change = compare(score(catalogue, lastYear), score(catalogue, thisYear));
 * change.index.delta;                 // { exact: '41/100', value: '+0.41' }
 * change.indicators.filter((i) => i.levelDelta !== '0');
 * const review = compare(selfResult, finalResult, { mode: 'self-assessment' });
 * review.selfAssessment?.inflation;   // { exact: '13/40', value: '+0.33' }
 * ```
 * @category Analysis
 */
export function compare<P extends string>(before: ScoreResult<P>, after: ScoreResult<P>, options?: CompareOptions): Comparison<P> {
  const outcome = safeCompare(before, after, options);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
