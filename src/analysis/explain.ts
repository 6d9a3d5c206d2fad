import { formatExactDecimal } from '../arithmetic/decimal-string.js';
import { add, mul, ZERO, type Rational } from '../arithmetic/rational.js';
import type { RoundingMode } from '../arithmetic/rounding.js';
import { parseWeight } from '../catalogue/parse-weight.js';
import type { Catalogue } from '../model/catalogue.js';
import { capIssues, SpbeError, type Issue, type SafeResult } from '../model/issue.js';
import type { Localized } from '../model/localized.js';
import type { PredicateSource } from '../model/options.js';
import type { GroupScore, IndicatorScore, IndicatorStatus, PredicateRef, ScoreResult } from '../model/result.js';
import { instrumentOf } from './instrument.js';
import { readResult, type ResultView } from './read-result.js';
import { analysisCall } from './resolve-catalogue.js';

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

/** The index's label: its instrument's name for 8/2026; "Indeks SPBE" for the SPBE catalogues and a catalogue of one's own, as in 0.1. */
function indexLabel(catalogue: Catalogue): Localized {
  const instrument = instrumentOf(catalogue);
  return instrument === null || instrument.id === 'indeks-spbe' ? INDEX_LABEL : instrument.name;
}

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

interface Draft {
  readonly kind: 'group' | 'indicator';
  readonly id: string;
  readonly label: Localized;
  /** The checked view's exact value or level; null when it did not enter. */
  readonly exact: Rational | null;
  readonly display: string | null;
  /** The catalogue's weight as compiled ("1.3", "10/3"). */
  readonly weight: string;
  readonly status?: IndicatorStatus;
}

/** The derivation of one value from the terms that entered it; the view has checked every number. */
function nodeOf(
  id: string,
  tier: string,
  label: Localized,
  formula: Localized,
  drafts: readonly Draft[],
  scored: { value: string | null; exact: string | null; predicate: PredicateRef | null },
  exact: Rational | null,
  view: ResultView,
): ExplanationNode {
  let sum = ZERO;
  let total = ZERO;
  const terms: ExplanationTerm[] = drafts.map((draft) => {
    const value = draft.exact;
    // A compiled catalogue's weight always reads.
    const weight = parseWeight(draft.weight) as Rational;
    const product = value === null ? null : mul(value, weight);
    if (product !== null) {
      sum = add(sum, product);
      total = add(total, weight);
    }
    return {
      kind: draft.kind,
      id: draft.id,
      label: draft.label,
      value: value === null ? null : formatExactDecimal(value),
      display: draft.display,
      weight: draft.weight,
      product: product === null ? null : formatExactDecimal(product),
      entered: product !== null,
      ...(draft.status === undefined ? {} : { status: draft.status }),
    };
  });
  // A checked result's predikat is the catalogue's own band, so it is always found.
  const band = scored.predicate === null ? undefined : view.catalogue.predicates.find((predicate) => predicate.id === scored.predicate?.id);
  const { rounding, decimals, predicateFrom } = view.options;
  return {
    id,
    tier,
    label,
    formula,
    terms,
    weightedSum: formatExactDecimal(sum),
    totalWeight: formatExactDecimal(total),
    exact: scored.exact,
    exactDecimal: exact === null ? null : formatExactDecimal(exact),
    rounding: scored.value === null ? null : { mode: rounding, decimals, value: scored.value },
    predicate:
      band === undefined
        ? null
        : { ...(scored.predicate as PredicateRef), from: predicateFrom, min: band.min, max: band.max, maxInclusive: view.catalogue.predicates[0] === band },
  };
}

/** The positions of the entries that pass `test`. */
function positionsWhere<T>(entries: readonly T[], test: (entry: T) => boolean): number[] {
  const positions: number[] = [];
  entries.forEach((entry, k) => {
    if (test(entry)) positions.push(k);
  });
  return positions;
}

/** The explanation of a checked result. */
function explanationOf(view: ResultView): Explanation {
  const { catalogue, result } = view;
  // A checked result lists its groups and indicators in catalogue order: positions match the view's.
  const groupDraft = (g: number): Draft => {
    const group = result.groups[g] as GroupScore;
    return { kind: 'group', id: group.id, label: group.label, exact: view.groups[g] as Rational | null, display: group.value, weight: catalogue.groups[g]!.weight };
  };
  const indicatorDraft = (i: number): Draft => {
    const indicator = result.indicators[i] as IndicatorScore;
    const display = indicator.level === null ? null : String(indicator.level);
    return { kind: 'indicator', id: indicator.id, label: indicator.label, exact: view.levels[i] as Rational | null, display, weight: catalogue.indicators[i]!.weight, status: indicator.status };
  };
  const childrenOf = (parent: string | null): { drafts: Draft[]; tier: string } => {
    const groups = positionsWhere(result.groups, (group) => group.parent === parent);
    if (groups.length > 0) return { drafts: groups.map(groupDraft), tier: result.groups[groups[0]!]!.tier };
    return { drafts: positionsWhere(result.indicators, (indicator) => indicator.group === parent).map(indicatorDraft), tier: 'indicator' };
  };
  const top = childrenOf(null);
  const label = indexLabel(catalogue);
  const index = nodeOf('index', 'index', label, formulaOf(label, top.tier), top.drafts, result.index, view.index, view);
  const groups = result.groups.map((group, g) => {
    const children = childrenOf(group.id);
    const name = symbols(group.tier).name;
    const label = { id: `${name.id} ${group.id}`, en: `${name.en} ${group.id}` };
    return nodeOf(group.id, group.tier, group.label, formulaOf(label, children.tier), children.drafts, group, view.groups[g] as Rational | null, view);
  });
  return {
    catalogue: { ...result.meta.catalogue },
    fingerprint: result.meta.fingerprint,
    complete: result.complete,
    index,
    groups,
  };
}

/**
 * Explains a result, returning issues instead of throwing. See {@link explain}.
 *
 * @example
 * ```ts
 * const outcome = safeExplain(permenpanrb592020, JSON.parse(publishedResult));
 * if (!outcome.success) console.error(outcome.issues); // e.g. an edited value: result.inconsistent
 * ```
 * @category Analysis
 */
export function safeExplain(catalogue: Catalogue, result: ScoreResult): SafeResult<Explanation>;
/**
 * @deprecated Pass the catalogue first, `safeExplain(catalogue, result)`; this form goes in 0.3.
 * Without the catalogue, the one compiled in this process with the result's checksum is used
 * (`analysis.catalogue_unknown` when there is none).
 */
export function safeExplain(result: ScoreResult, catalogue?: Catalogue): SafeResult<Explanation>;
export function safeExplain(...args: unknown[]): SafeResult<Explanation> {
  const call = analysisCall(args);
  if (!call.success) return call;
  const issues: Issue[] = [];
  const view = readResult(call.output.catalogue, call.output.result, issues);
  return view === undefined ? { success: false, issues: capIssues(issues) } : { success: true, output: explanationOf(view) };
}

/**
 * Explains every number of a result: for the index and every domain and aspect, the formula, the
 * weights and the levels (or unrounded child values) that entered, the exact fraction, the one
 * rounding step (exact → display, with the rounding mode) and the predikat with its band's
 * bounds. The result is read with its catalogue and verified first (see {@link verifyResult}), so
 * an edited result is refused rather than explained. Render it with {@link report!renderExplanation}.
 * Throws a {@link SpbeError} on bad input.
 *
 * @example
 * ```ts
 * const why = explain(permenpanrb592020, result);
 * why.index.formula.en;       // "SPBE index = Σ (DI × DW) / Σ DW"
 * why.index.exactDecimal;     // "3.282"
 * why.index.rounding;         // { mode: 'halfUp', decimals: 2, value: '3.28' }
 * console.log(renderExplanation(why, { format: 'markdown', lang: 'id' }));
 * ```
 * @category Analysis
 */
export function explain(catalogue: Catalogue, result: ScoreResult): Explanation;
/**
 * @deprecated Pass the catalogue first, `explain(catalogue, result)`; this form goes in 0.3.
 * Without the catalogue, the one compiled in this process with the result's checksum is used
 * (`analysis.catalogue_unknown` when there is none).
 */
export function explain(result: ScoreResult, catalogue?: Catalogue): Explanation;
export function explain(...args: unknown[]): Explanation {
  const outcome = (safeExplain as (...rest: unknown[]) => SafeResult<Explanation>)(...args);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
