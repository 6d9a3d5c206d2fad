import { formatExactDecimal, parseDecimal } from '../arithmetic/decimal-string.js';
import { add, compare, div, mul, parseFraction, ZERO, type Rational } from '../arithmetic/rational.js';
import type { RoundingMode } from '../arithmetic/rounding.js';
import type { Catalogue } from '../model/catalogue.js';
import { SpbeError, type Issue, type SafeResult } from '../model/issue.js';
import type { Localized } from '../model/localized.js';
import type { PredicateSource } from '../model/options.js';
import type { GroupScore, IndicatorStatus, PredicateRef, ScoreResult } from '../model/result.js';
import { analysisIssue, catalogueMismatch } from './analysis-issues.js';
import { checkResult } from './check-result.js';

/**
 * One value that entered (or did not enter) a derivation.
 *
 * @example
 * ```ts
 * explain(result).groups.find((g) => g.id === 'A2')?.terms[0]; // { kind: 'indicator', id: '11', value: '3', weight: '2.5', product: '7.5', entered: true, ... }
 * ```
 * @category Analysis
 */
export interface ExplanationTerm {
  readonly kind: 'group' | 'indicator';
  readonly id: string;
  readonly label: Localized;
  /** The exact value used: an indicator's level, or a group's unrounded value, as a terminating decimal or fraction; null when it did not enter. */
  readonly value: string | null;
  /** A group's display value (for reference only: never used in the formula); an indicator's level. */
  readonly display: string | null;
  /** The weight, in catalogue units ("1.3", "16.5"). */
  readonly weight: string;
  /** value × weight, exact; null when the term did not enter. */
  readonly product: string | null;
  /** Whether the term entered the sum (missing and excluded not-applicable indicators, and empty groups, do not). */
  readonly entered: boolean;
  /** For indicators: how it entered the score. */
  readonly status?: IndicatorStatus;
}

/**
 * The derivation of one value: the index, a domain or an aspect.
 *
 * @example
 * ```ts
 * const node = explain(result).index;
 * node.weightedSum; // "328.2"
 * node.totalWeight; // "100"
 * ```
 * @category Analysis
 */
export interface ExplanationNode {
  /** "index", or the group id. */
  readonly id: string;
  /** "index", or the group's tier. */
  readonly tier: string;
  readonly label: Localized;
  /** The formula, in words of the regulation. */
  readonly formula: Localized;
  readonly terms: readonly ExplanationTerm[];
  /** Σ value × weight over the terms that entered, exact. */
  readonly weightedSum: string;
  /** Σ weight over the terms that entered. */
  readonly totalWeight: string;
  /** The exact value: weightedSum / totalWeight, as a reduced fraction; null when nothing entered. */
  readonly exact: string | null;
  /** The exact value as a terminating decimal when it is one ("3.282"), else the fraction. */
  readonly exactDecimal: string | null;
  /** The only rounding step: exact → display. */
  readonly rounding: { readonly mode: RoundingMode; readonly decimals: number; readonly value: string } | null;
  /** The predikat and where it is read from; the band's bounds when the catalogue was given. */
  readonly predicate:
    | (PredicateRef & { readonly from: PredicateSource; readonly min?: string; readonly max?: string; readonly maxInclusive?: boolean })
    | null;
}

/**
 * What `explain` returns.
 *
 * @example
 * ```ts
 * const why: Explanation = explain(result, permenpanrb592020);
 * why.groups.map((node) => node.id); // ['D1', 'A1', 'D2', 'A2', ...]
 * ```
 * @category Analysis
 */
export interface Explanation {
  readonly catalogue: { readonly id: string; readonly revision: string; readonly checksum: string };
  readonly fingerprint: string | null;
  readonly complete: boolean;
  readonly index: ExplanationNode;
  /** Every group, in tree order (domains, then their aspects). */
  readonly groups: readonly ExplanationNode[];
}

const INDEX_LABEL: Localized = { id: 'Indeks SPBE', en: 'SPBE index' };

/** Symbols of the regulation's formulas: value and weight of each kind of term. */
function symbols(tier: string): { value: Localized; weight: Localized; name: Localized } {
  switch (tier) {
    case 'domain':
      return { value: { id: 'ND', en: 'DI' }, weight: { id: 'BD', en: 'DW' }, name: { id: 'Indeks Domain', en: 'Domain index' } };
    case 'aspect':
      return { value: { id: 'NA', en: 'AI' }, weight: { id: 'BA', en: 'AW' }, name: { id: 'Indeks Aspek', en: 'Aspect index' } };
    case 'indicator':
      return { value: { id: 'NI', en: 'IL' }, weight: { id: 'BI', en: 'IW' }, name: { id: 'Tingkat Indikator', en: 'Indicator level' } };
    default:
      return { value: { id: `N(${tier})`, en: `V(${tier})` }, weight: { id: `B(${tier})`, en: `W(${tier})` }, name: { id: `Indeks ${tier}`, en: `${tier} index` } };
  }
}

function formulaOf(name: Localized, childTier: string): Localized {
  const s = symbols(childTier);
  return {
    id: `${name.id} = Σ (${s.value.id} × ${s.weight.id}) / Σ ${s.weight.id}`,
    en: `${name.en} = Σ (${s.value.en} × ${s.weight.en}) / Σ ${s.weight.en}`,
  };
}

function readNumber(text: string): Rational | undefined {
  return parseDecimal(text) ?? parseFraction(text);
}

interface Draft {
  readonly kind: 'group' | 'indicator';
  readonly id: string;
  readonly label: Localized;
  readonly exact: string | null;
  readonly display: string | null;
  readonly weight: string;
  readonly status?: IndicatorStatus;
}

function nodeOf(
  id: string,
  tier: string,
  label: Localized,
  formula: Localized,
  drafts: readonly Draft[],
  scored: { value: string | null; exact: string | null; predicate: PredicateRef | null },
  result: ScoreResult,
  catalogue: Catalogue | undefined,
  issues: Issue[],
): ExplanationNode {
  let sum = ZERO;
  let total = ZERO;
  const terms: ExplanationTerm[] = drafts.map((draft) => {
    const value = draft.exact === null ? undefined : readNumber(draft.exact);
    const weight = readNumber(draft.weight);
    // Stryker disable next-line BlockStatement: unreachable; checkResult has already refused every weight, level and exact value that readNumber cannot read (it uses the same parsers)
    if (weight === undefined || (draft.exact !== null && value === undefined)) {
      // Stryker disable next-line StringLiteral,ArrayDeclaration: unreachable, see the guard above
      issues.push(analysisIssue('analysis.result_invalid', [id, draft.id], `Nilai atau bobot ${draft.id} dalam hasil tidak sah.`, `The value or weight of ${draft.id} in the result is not valid.`));
    }
    const entered = value !== undefined && weight !== undefined;
    const product = entered ? mul(value, weight) : null;
    if (product !== null && weight !== undefined) {
      sum = add(sum, product);
      total = add(total, weight);
    }
    return {
      kind: draft.kind,
      id: draft.id,
      label: draft.label,
      value: value === undefined ? null : formatExactDecimal(value),
      display: draft.display,
      weight: draft.weight,
      product: product === null ? null : formatExactDecimal(product),
      entered,
      ...(draft.status === undefined ? {} : { status: draft.status }),
    };
  });
  const exact = compare(total, ZERO) > 0 ? div(sum, total) : null;
  const recorded = scored.exact === null ? null : parseFraction(scored.exact);
  if ((exact === null) !== (recorded === null) || (exact !== null && recorded != null && compare(exact, recorded) !== 0)) {
    issues.push(
      analysisIssue(
        'analysis.result_invalid',
        [id],
        `Nilai ${id} dalam hasil tidak sesuai dengan komponennya: hasil telah diubah atau rusak.`,
        `The value of ${id} in the result does not follow from its parts: the result was edited or is corrupt.`,
        { expected: exact === null ? 'null' : formatExactDecimal(exact), received: scored.exact },
      ),
    );
  }
  const band = scored.predicate === null ? undefined : catalogue?.predicates.find((predicate) => predicate.id === scored.predicate?.id);
  const { rounding, decimals, predicateFrom } = result.meta.options;
  return {
    id,
    tier,
    label,
    formula,
    terms,
    weightedSum: formatExactDecimal(sum),
    totalWeight: formatExactDecimal(total),
    exact: exact === null ? null : scored.exact,
    exactDecimal: exact === null ? null : formatExactDecimal(exact),
    rounding: scored.value === null ? null : { mode: rounding, decimals, value: scored.value },
    predicate:
      scored.predicate === null
        ? null
        // Stryker disable next-line OptionalChaining: a band is found only when the catalogue was given, so catalogue is defined here
        : { ...scored.predicate, from: predicateFrom, ...(band === undefined ? {} : { min: band.min, max: band.max, maxInclusive: catalogue?.predicates[0] === band }) },
  };
}

/**
 * Explains a result, returning issues instead of throwing. See {@link explain}.
 *
 * @example
 * ```ts
 * const outcome = safeExplain(JSON.parse(publishedResult), permenpanrb592020);
 * if (!outcome.success) console.error(outcome.issues); // e.g. an edited value that does not add up
 * ```
 * @category Analysis
 */
export function safeExplain(result: ScoreResult, catalogue?: Catalogue): SafeResult<Explanation> {
  const issues: Issue[] = [];
  const problems = checkResult(result);
  if (problems.length > 0) return { success: false, issues: problems };
  if (catalogue !== undefined && catalogue.checksum !== result.meta.catalogue.checksum) {
    return { success: false, issues: [catalogueMismatch(['meta', 'catalogue'], result.meta.catalogue, catalogue)] };
  }
  const groupDraft = (group: GroupScore): Draft => ({
    kind: 'group',
    id: group.id,
    label: group.label,
    exact: group.exact,
    display: group.value,
    weight: group.weight,
  });
  const childrenOf = (parent: string | null): { drafts: Draft[]; tier: string } => {
    const groups = result.groups.filter((group) => group.parent === parent);
    if (groups.length > 0) return { drafts: groups.map(groupDraft), tier: groups[0]!.tier };
    const indicators = result.indicators.filter((indicator) => indicator.group === parent);
    return {
      tier: 'indicator',
      drafts: indicators.map((indicator) => ({
        kind: 'indicator',
        id: indicator.id,
        label: indicator.label,
        exact: indicator.level === null ? null : String(indicator.level),
        display: indicator.level === null ? null : String(indicator.level),
        weight: indicator.weight,
        status: indicator.status,
      })),
    };
  };
  const top = childrenOf(null);
  const index = nodeOf('index', 'index', INDEX_LABEL, formulaOf(INDEX_LABEL, top.tier), top.drafts, result.index, result, catalogue, issues);
  const groups = result.groups.map((group) => {
    const children = childrenOf(group.id);
    const name = symbols(group.tier).name;
    const label = { id: `${name.id} ${group.id}`, en: `${name.en} ${group.id}` };
    return nodeOf(group.id, group.tier, group.label, formulaOf(label, children.tier), children.drafts, group, result, catalogue, issues);
  });
  if (issues.length > 0) return { success: false, issues };
  return {
    success: true,
    output: {
      catalogue: { ...result.meta.catalogue },
      fingerprint: result.meta.fingerprint ?? null,
      complete: result.complete,
      index,
      groups,
    },
  };
}

/**
 * Explains every number of a result: for the index and every domain and aspect, the formula, the
 * weights and the levels (or unrounded child values) that entered, the exact fraction, the one
 * rounding step (exact → display, with the rounding mode) and the predikat. The derivation is
 * rebuilt from the result and checked against it, so an edited result is caught. The catalogue is
 * optional: given, it must be the one the result was computed with (checked by checksum) and the
 * predikat bands' bounds are added. Render it with {@link renderExplanation}. Throws a
 * {@link SpbeError} on bad input.
 *
 * @example
 * ```ts
 * const why = explain(result, permenpanrb592020);
 * why.index.formula.en;       // "SPBE index = Σ (DI × DW) / Σ DW"
 * why.index.exactDecimal;     // "3.282"
 * why.index.rounding;         // { mode: 'halfUp', decimals: 2, value: '3.28' }
 * console.log(renderExplanation(why, { format: 'markdown', lang: 'id' }));
 * ```
 * @category Analysis
 */
export function explain(result: ScoreResult, catalogue?: Catalogue): Explanation {
  const outcome = safeExplain(result, catalogue);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
