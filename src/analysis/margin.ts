import { parseDecimal } from '../arithmetic/decimal-string.js';
import { add, compare, rational, sub, ZERO, type Rational } from '../arithmetic/rational.js';
import type { Catalogue, Predicate } from '../model/catalogue.js';
import { capIssues, SpbeError, type Issue, type SafeResult } from '../model/issue.js';
import type { PredicateRef, ScoreResult } from '../model/result.js';
import { predicateOf, predicateRef } from '../scoring/predicate.js';
import { exactValue, type Display, type ExactValue } from './exact-value.js';
import { readResult, type ResultView } from './read-result.js';
import { analysisCall } from './resolve-catalogue.js';
import { sharesOf } from './shares.js';

/**
 * The distance from a value to a predikat boundary.
 *
 * @example
 * ```ts
 * margin(result).index.above; // { predicate: { id: 'memuaskan', ... }, bound: '4.2', distance: { value: '0.45', ... } }
 * ```
 * @category Analysis
 */
export interface BandDistance<P extends string = string> {
  /** The band on the other side of the boundary. */
  readonly predicate: PredicateRef<P>;
  /** The boundary, as the catalogue writes it ("3.5"). */
  readonly bound: string;
  /** Exact distance (non-negative). Above: bound − value; below: value − bound. */
  readonly distance: ExactValue;
}

/**
 * One single-level drop in a demotion.
 *
 * @example
 * ```ts
 * margin(result).index.demotion?.drops[0]; // { indicator: '42', from: 4, to: 3, loss: { value: '0.03', ... } }
 * ```
 * @category Analysis
 */
export interface LevelDrop {
  readonly indicator: string;
  readonly from: number | string;
  readonly to: number | string;
  /** Exact loss of the value this drop causes. */
  readonly loss: ExactValue;
}

/**
 * The smallest set of single-level drops (one level each, on distinct indicators) that demotes a value.
 *
 * @example
 * ```ts
 * const demotion = margin(result).index.demotion;
 * demotion?.count; // 9
 * demotion?.resulting.predicate.id; // "baik"
 * ```
 * @category Analysis
 */
export interface Demotion<P extends string = string> {
  readonly count: number;
  /** Largest losses first. */
  readonly drops: readonly LevelDrop[];
  /** The value after the drops, with its (lower) predikat. */
  readonly resulting: ExactValue & { readonly predicate: PredicateRef<P> };
}

/**
 * How safe one value's predikat is.
 *
 * @example
 * ```ts
 * margin(result).groups.filter((g) => g.fragile).map((g) => g.id);
 * ```
 * @category Analysis
 */
export interface ValueMargin<P extends string = string> {
  /** "index", or the group id. */
  readonly id: string;
  /** "index", or the group's tier. */
  readonly tier: string;
  readonly value: string;
  readonly exact: string;
  /** The predikat of the exact value (the official rule). */
  readonly predicate: PredicateRef<P>;
  /** The next boundary up; null in the top band. */
  readonly above: BandDistance<P> | null;
  /** The boundary below (the current band's lower bound); null in the lowest band. */
  readonly below: BandDistance<P> | null;
  /** The band the display value would suggest ("3.50" suggests Sangat Baik). */
  readonly displayPredicate: PredicateRef<P>;
  /** True when the display value shows a band the exact value does not reach (exact 3.4985 shows "3.50" but is Baik). */
  readonly fragile: boolean;
  /** The fewest single-level drops that would demote it; null when none can (lowest band, or even every drop is not enough). */
  readonly demotion: Demotion<P> | null;
}

/**
 * What `margin` returns.
 *
 * @example
 * ```ts
 * const safety: Margin = margin(result);
 * safety.index.below?.distance.value; // "0.25"
 * ```
 * @category Analysis
 */
export interface Margin<P extends string = string> {
  readonly index: ValueMargin<P>;
  /** Every group that has a value, in tree order. */
  readonly groups: readonly ValueMargin<P>[];
}

function levelText(level: Rational): number | string {
  return level.den === 1n ? Number(level.num) : `${level.num}/${level.den}`;
}

interface Candidate {
  readonly position: number;
  readonly share: Rational;
}

function marginOf<P extends string>(
  catalogue: Catalogue<P>,
  id: string,
  tier: string,
  display: string,
  value: Rational,
  candidates: readonly Candidate[],
  levels: readonly (Rational | null)[],
  format: Display,
): ValueMargin<P> {
  const bands = catalogue.predicates;
  const band = predicateOf(catalogue, value.num, value.den);
  const b = bands.indexOf(band);
  const lowerOf = (p: Predicate<P>) => rational(p.lower.num, p.lower.den);
  const higher = b > 0 ? (bands[b - 1] as Predicate<P>) : null;
  const lower = b < bands.length - 1 ? (bands[b + 1] as Predicate<P>) : null;
  // The display value of a checked result is the library's own rounding: always a decimal.
  const shown = parseDecimal(display) as Rational;
  const displayBand = predicateOf(catalogue, shown.num, shown.den);

  let demotion: Demotion<P> | null = null;
  if (lower !== null) {
    // Demoted when the loss exceeds value − bound. Largest shares first gives the fewest drops
    // (any k drops lose at most the k largest shares).
    const room = sub(value, lowerOf(band));
    const sorted = [...candidates].sort((x, y) => compare(y.share, x.share) || x.position - y.position);
    let loss = ZERO;
    const chosen: Candidate[] = [];
    for (const candidate of sorted) {
      if (compare(loss, room) > 0) break;
      chosen.push(candidate);
      loss = add(loss, candidate.share);
    }
    if (compare(loss, room) > 0) {
      const after = sub(value, loss);
      demotion = {
        count: chosen.length,
        drops: chosen.map((candidate) => {
          const level = levels[candidate.position] as Rational;
          return {
            indicator: catalogue.indicators[candidate.position]!.id,
            from: levelText(level),
            to: levelText(sub(level, rational(1))),
            loss: exactValue(candidate.share, format),
          };
        }),
        resulting: { ...exactValue(after, format), predicate: predicateRef(predicateOf(catalogue, after.num, after.den)) },
      };
    }
  }
  return {
    id,
    tier,
    value: display,
    exact: exactValue(value, format).exact,
    predicate: predicateRef(band),
    above: higher === null ? null : { predicate: predicateRef(higher), bound: higher.min, distance: exactValue(sub(lowerOf(higher), value), format) },
    below: lower === null ? null : { predicate: predicateRef(lower), bound: band.min, distance: exactValue(sub(value, lowerOf(band)), format) },
    displayPredicate: predicateRef(displayBand),
    fragile: displayBand.id !== band.id,
    demotion,
  };
}

/** The margins of a checked result. */
function marginsOf<P extends string>(view: ResultView<P>): Margin<P> {
  const { catalogue, result, levels, statuses, display } = view;
  const shares = sharesOf(catalogue, levels.map((level) => level !== null));
  // A drop is possible where an assessed level is at least one above its scale minimum.
  const droppable = catalogue.indicators.map((indicator, i) => {
    const level = levels[i];
    return statuses[i] === 'assessed' && level != null && compare(level, rational(indicator.scale.min + 1)) >= 0;
  });
  const indexCandidates = catalogue.indicators.flatMap((_, i) => (droppable[i] ? [{ position: i, share: shares.index[i] as Rational }] : []));
  const index = marginOf(catalogue, 'index', 'index', result.index.value, view.index, indexCandidates, levels, display);
  const groups: ValueMargin<P>[] = [];
  catalogue.groups.forEach((group, g) => {
    // The reader has checked the result's groups against the catalogue's, row by row, so a
    // group's display value is there exactly when its exact value is.
    const value = view.groups[g] as Rational | null;
    if (value === null) return;
    const candidates: Candidate[] = [];
    for (let i = group.from; i < group.to; i++) {
      if (!droppable[i]) continue;
      const share = shares.groups[i]!.find(([position]) => position === g)?.[1];
      if (share !== undefined) candidates.push({ position: i, share });
    }
    groups.push(marginOf(catalogue, group.id, group.tier, result.groups[g]!.value as string, value, candidates, levels, display));
  });
  return { index, groups };
}

/**
 * How safe a result's predikat is, returning issues instead of throwing. See {@link margin}.
 *
 * @example
 * ```ts
 * const outcome = safeMargin(permenpanrb592020, JSON.parse(saved));
 * if (outcome.success) console.log(outcome.output.index.fragile);
 * ```
 * @category Analysis
 */
export function safeMargin<P extends string>(catalogue: Catalogue<P>, result: ScoreResult<P>): SafeResult<Margin<P>>;
/**
 * @deprecated Pass the catalogue first, `safeMargin(catalogue, result)`; this form goes in 0.3.
 * Without the catalogue, the one compiled in this process with the result's checksum is used
 * (`analysis.catalogue_unknown` when there is none).
 */
export function safeMargin<P extends string>(result: ScoreResult<P>, catalogue?: Catalogue<P>): SafeResult<Margin<P>>;
export function safeMargin(...args: unknown[]): SafeResult<Margin> {
  const call = analysisCall(args);
  if (!call.success) return call;
  const issues: Issue[] = [];
  const view = readResult(call.output.catalogue, call.output.result, issues);
  return view === undefined ? { success: false, issues: capIssues(issues) } : { success: true, output: marginsOf(view) };
}

/**
 * How safe the predikat is: for the index and every domain and aspect, the exact distance to the
 * next predikat boundary above and to the one below, the fewest single-level drops that would
 * demote it (which indicators, and where it would land), and a `fragile` flag when the display
 * value shows a band the exact value does not reach (an exact 3.4985 shows "3.50" but is Baik).
 * The result is read with its catalogue and verified first (see {@link verifyResult}): a result
 * computed with another catalogue, or one whose values do not follow from its levels, is refused.
 * Throws a {@link SpbeError} on bad input.
 *
 * @example
 * ```ts
 * const safety = margin(permenpanrb592020, result);
 * safety.index.below?.distance.value;  // "0.06": 0.06 above the Baik/Cukup boundary
 * safety.index.demotion?.count;        // 2 single-level drops would demote the index
 * safety.index.fragile;                // false
 * ```
 * @category Analysis
 */
export function margin<P extends string>(catalogue: Catalogue<P>, result: ScoreResult<P>): Margin<P>;
/**
 * @deprecated Pass the catalogue first, `margin(catalogue, result)`; this form goes in 0.3.
 * Without the catalogue, the one compiled in this process with the result's checksum is used
 * (`analysis.catalogue_unknown` when there is none).
 */
export function margin<P extends string>(result: ScoreResult<P>, catalogue?: Catalogue<P>): Margin<P>;
export function margin(...args: unknown[]): Margin {
  const outcome = (safeMargin as (...rest: unknown[]) => SafeResult<Margin>)(...args);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
