import { add, compare as compareRational, sub, toFractionString, ZERO, type Rational } from '../arithmetic/rational.js';
import { catalogueByChecksum } from '../catalogue/registry.js';
import type { Catalogue } from '../model/catalogue.js';
import { capped, ownValue, SpbeError, unknownOptionIssues, type Issue, type SafeResult } from '../model/issue.js';
import type { Localized } from '../model/localized.js';
import type { PredicateRef, ScoreResult } from '../model/result.js';
import { analysisIssue, catalogueUnknown } from './analysis-issues.js';
import { signedValue, type Display, type ExactValue } from './exact-value.js';
import { instrumentOf, instrumentsDiffer, type Instrument } from './instrument.js';
import { checkShape, readResult, type ResultView } from './read-result.js';
import { compareCall } from './resolve-catalogue.js';

/**
 * Options of `compare`.
 *
 * @example
 * ```ts
 * compare(permenpanrb592020, selfResult, finalResult, { mode: 'self-assessment' });
 * compare([permenpanrb52018, permenpanrb592020], result2020, result2024, { allowDifferentCatalogues: true });
 * ```
 * @category Analysis
 */
export interface CompareOptions {
  /**
   * Compare results of different catalogues (id or checksum) anyway; the output then says so in
   * `catalogues.same: false`. Catalogues of one instrument (5/2018 and 59/2020, both the Indeks
   * SPBE) are compared in full, matching groups and indicators by id. Catalogues of different
   * instruments (an Indeks SPBE result and an Indeks Pemerintah Digital one) are compared on the
   * index and its predikat only, with `instruments.same: false`. Off by default.
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
 * compare(catalogue, before, after).index; // { before: { value: '2.95', ... }, after: { value: '3.75', ... }, delta: { value: '+0.81', ... }, predicateChanged: true }
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
 * The index on both sides: it always has a value, so its delta is never null.
 *
 * @example
 * ```ts
 * compare(catalogue, before, after).index.delta.value; // "+0.81"
 * ```
 * @category Analysis
 */
export interface IndexChange<P extends string = string> extends ValueChange<P> {
  readonly before: { readonly value: string; readonly exact: string; readonly predicate: PredicateRef<P> };
  readonly after: { readonly value: string; readonly exact: string; readonly predicate: PredicateRef<P> };
  /** after − before, exact and signed display. */
  readonly delta: ExactValue;
}

/**
 * A group (domain, aspect) on both sides.
 *
 * @example
 * ```ts
 * compare(catalogue, before, after).domains.map((d) => [d.id, d.delta?.value]); // [['D1', '+0.70'], ...]
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
 * compare(catalogue, before, after).indicators.find((i) => i.id === '12'); // { before: 3, after: 4, levelDelta: '1', attribution: { value: '+0.0250', ... } }
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
 * compare(catalogue, before, after).predicateChanges; // [{ scope: 'index', id: 'index', from: { id: 'baik', ... }, to: { id: 'sangat-baik', ... } }]
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
 * compare(catalogue, selfResult, finalResult, { mode: 'self-assessment' }).selfAssessment?.inflation.value; // "+0.33"
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
 * const change: Comparison = compare(catalogue, before, after);
 * change.index.delta.value; // "+0.81"
 * ```
 * @category Analysis
 */
export interface Comparison<P extends string = string> {
  readonly catalogues: {
    readonly before: { readonly id: string; readonly revision: string; readonly checksum: string };
    readonly after: { readonly id: string; readonly revision: string; readonly checksum: string };
    /** False only under `allowDifferentCatalogues`: the figures then compare different catalogues. */
    readonly same: boolean;
  };
  /**
   * The index each catalogue measures (null for a catalogue of the user's own). `same` is false
   * only under `allowDifferentCatalogues` with an Indeks SPBE and an Indeks Pemerintah Digital
   * result: only the index and its predikat are then compared, and `groups`, `domains`, `aspects`
   * and `indicators` are empty.
   */
  readonly instruments: { readonly before: Instrument | null; readonly after: Instrument | null; readonly same: boolean };
  readonly index: IndexChange<P>;
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

/** The option keys `compare` knows; any other own key is `options.unknown`. */
const COMPARE_OPTION_KEYS = ['allowDifferentCatalogues', 'mode'];

function side(entry: Side | undefined): Side {
  return { value: entry?.value ?? null, exact: entry?.exact ?? null, predicate: entry?.predicate ?? null };
}

function changeOf<P extends string>(before: Side | undefined, x: Rational | null, after: Side | undefined, y: Rational | null, display: Display): ValueChange<P> {
  const b = side(before);
  const a = side(after);
  return {
    before: b as ValueChange<P>['before'],
    after: a as ValueChange<P>['after'],
    delta: x === null || y === null ? null : signedValue(sub(y, x), display),
    predicateChanged: (b.predicate?.id ?? null) !== (a.predicate?.id ?? null),
  };
}

function indexChange<P extends string>(before: ResultView<P>, after: ResultView<P>, display: Display): IndexChange<P> {
  const b = before.result.index;
  const a = after.result.index;
  return {
    before: { value: b.value, exact: b.exact, predicate: b.predicate },
    after: { value: a.value, exact: a.exact, predicate: a.predicate },
    delta: signedValue(sub(after.index, before.index), display),
    predicateChanged: b.predicate.id !== a.predicate.id,
  };
}

/** A result's rows by id, each with the exact value the reader derived for it. */
function rowsById<T extends { readonly id: string }>(rows: readonly T[], exact: readonly (Rational | null)[]): Map<string, { row: T; exact: Rational | null }> {
  return new Map(rows.map((row, k) => [row.id, { row, exact: exact[k] as Rational | null }]));
}

/** Rows of `after` in its order, then the rows only `before` has. */
function unionById<T extends { readonly id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const afterIds = new Set(after.map((row) => row.id));
  return [...after, ...before.filter((row) => !afterIds.has(row.id))];
}

interface Counts {
  overRated: number;
  underRated: number;
  agreed: number;
  readonly over: string[];
  readonly under: string[];
  levelDifference: Rational;
}

function groupChanges<P extends string>(before: ResultView<P>, after: ResultView<P>, display: Display): GroupChange<P>[] {
  const b = rowsById(before.result.groups, before.groups);
  const a = rowsById(after.result.groups, after.groups);
  return unionById(before.result.groups, after.result.groups).map((group) => {
    const x = b.get(group.id);
    const y = a.get(group.id);
    return { id: group.id, tier: group.tier, label: group.label, ...changeOf<P>(x?.row, x?.exact ?? null, y?.row, y?.exact ?? null, display) };
  });
}

function indicatorChanges(before: ResultView, after: ResultView, display: Display, counts: Counts): IndicatorChange[] {
  const levels = (view: ResultView) => rowsById(view.result.indicators, view.levels);
  const contributions = (view: ResultView) => rowsById(view.result.indicators, view.contributions);
  const [levelsBefore, levelsAfter] = [levels(before), levels(after)];
  const [contributionsBefore, contributionsAfter] = [contributions(before), contributions(after)];
  return unionById(before.result.indicators, after.result.indicators).map((indicator) => {
    const b = levelsBefore.get(indicator.id);
    const a = levelsAfter.get(indicator.id);
    const x = b?.exact ?? null;
    const y = a?.exact ?? null;
    if (x !== null && y !== null) {
      const difference = sub(x, y); // self − final, in self-assessment terms
      const sign = compareRational(difference, ZERO);
      if (sign > 0) (counts.overRated++, counts.over.push(indicator.id));
      else if (sign < 0) (counts.underRated++, counts.under.push(indicator.id));
      else counts.agreed++;
      counts.levelDifference = add(counts.levelDifference, difference);
    }
    const contribution = (rows: Map<string, { exact: Rational | null }>) => rows.get(indicator.id)?.exact ?? ZERO;
    return {
      id: indicator.id,
      label: indicator.label,
      before: b?.row.level ?? null,
      after: a?.row.level ?? null,
      levelDelta: x === null || y === null ? null : toFractionString(sub(y, x)),
      attribution: signedValue(sub(contribution(contributionsAfter), contribution(contributionsBefore)), display),
    };
  });
}

function optionInvalid(path: string[], id: string, en: string, received: unknown): Issue {
  return analysisIssue('analysis.option_invalid', path, id, en, { received });
}

type Recorded = ScoreResult['meta']['catalogue'];

/** The results' catalogues differ and `allowDifferentCatalogues` was not given. */
function catalogueMismatch(before: Recorded, after: Recorded, instruments: readonly [Instrument | null, Instrument | null]): Issue {
  const [ib, ia] = instruments;
  if (ib !== null && ia !== null && instrumentsDiffer(ib, ia)) {
    return analysisIssue(
      'compare.catalogue_mismatch',
      ['after', 'meta', 'catalogue'],
      `${before.id} mengukur ${ib.name.id} dan ${after.id} mengukur ${ia.name.id}: instrumen berbeda, bukan indeks yang sama; gunakan allowDifferentCatalogues untuk membandingkan indeks dan predikatnya saja.`,
      `${before.id} measures the ${ib.name.en} and ${after.id} the ${ia.name.en}: different instruments, not the same index; pass allowDifferentCatalogues to compare only the index and its predikat.`,
      { expected: before.checksum, received: after.checksum },
    );
  }
  return analysisIssue(
    'compare.catalogue_mismatch',
    ['after', 'meta', 'catalogue'],
    `Hasil dihitung dengan katalog berbeda (${before.id} dan ${after.id}, atau revisi berbeda); gunakan allowDifferentCatalogues untuk tetap membandingkan.`,
    `The results were computed with different catalogues (${before.id} and ${after.id}, or different revisions); pass allowDifferentCatalogues to compare them anyway.`,
    { expected: before.checksum, received: after.checksum },
  );
}

/**
 * A result's catalogue: the one given (its instrument is the result's when the checksums agree),
 * or in the deprecated form the one compiled in this process with the result's checksum.
 */
function catalogueFor(given: Catalogue | undefined, recorded: Recorded): Catalogue | undefined {
  return given ?? catalogueByChecksum(recorded.checksum);
}

function instrumentFor(catalogue: Catalogue | undefined, recorded: Recorded): Instrument | null {
  return instrumentOf(catalogue !== undefined && catalogue.checksum === recorded.checksum ? catalogue : { id: recorded.id, base: null });
}

/**
 * Compares two results, returning issues instead of throwing. See {@link compare}.
 *
 * @example
 * ```ts
 * const outcome = safeCompare(permenpanrb592020, lastYear, thisYear);
 * if (!outcome.success) console.error(outcome.issues[0].code); // "compare.catalogue_mismatch"
 * ```
 * @category Analysis
 */
export function safeCompare<P extends string>(catalogue: Catalogue<P>, before: ScoreResult<P>, after: ScoreResult<P>, options?: CompareOptions): SafeResult<Comparison<P>>;
/**
 * Compares results of two catalogues (with `allowDifferentCatalogues`), each read with its own.
 */
export function safeCompare<P extends string, Q extends string>(
  catalogues: readonly [before: Catalogue<P>, after: Catalogue<Q>],
  before: ScoreResult<P>,
  after: ScoreResult<Q>,
  options?: CompareOptions,
): SafeResult<Comparison<P | Q>>;
/**
 * @deprecated Pass the catalogue first, `safeCompare(catalogue, before, after, options)`; this
 * form goes in 0.3. Each result's catalogue is the one compiled in this process with its checksum
 * (`analysis.catalogue_unknown` when there is none).
 */
export function safeCompare<P extends string>(before: ScoreResult<P>, after: ScoreResult<P>, options?: CompareOptions): SafeResult<Comparison<P>>;
export function safeCompare(...args: unknown[]): SafeResult<Comparison> {
  return capped(compareUncapped(args));
}

function compareUncapped(args: unknown[]): SafeResult<Comparison> {
  const call = compareCall(args);
  if (!call.success) return call;
  const { before, after } = call.output;
  const options = call.output.options === undefined ? {} : call.output.options;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return { success: false, issues: [optionInvalid([], 'Opsi harus berupa objek.', 'The options must be an object.', options)] };
  }
  const issues: Issue[] = [...checkShape(before, ['before']), ...checkShape(after, ['after']), ...unknownOptionIssues(options, COMPARE_OPTION_KEYS)];
  const mode = ownValue(options, 'mode') ?? 'change';
  if (mode !== 'change' && mode !== 'self-assessment') {
    issues.push(optionInvalid(['mode'], 'Mode harus "change" atau "self-assessment".', 'The mode must be "change" or "self-assessment".', mode));
  }
  const allow = ownValue(options, 'allowDifferentCatalogues') ?? false;
  if (typeof allow !== 'boolean') {
    issues.push(optionInvalid(['allowDifferentCatalogues'], 'allowDifferentCatalogues harus true atau false.', 'allowDifferentCatalogues must be true or false.', allow));
  }
  if (issues.length > 0) return { success: false, issues };

  // The shapes are checked: each result records its catalogue.
  const recorded = [(before as ScoreResult).meta.catalogue, (after as ScoreResult).meta.catalogue] as const;
  const catalogues = [catalogueFor(call.output.catalogues[0], recorded[0]), catalogueFor(call.output.catalogues[1], recorded[1])] as const;
  const instruments = [instrumentFor(catalogues[0], recorded[0]), instrumentFor(catalogues[1], recorded[1])] as const;
  const same = recorded[0].id === recorded[1].id && recorded[0].checksum === recorded[1].checksum;
  if (!same && !allow) return { success: false, issues: [catalogueMismatch(recorded[0], recorded[1], instruments)] };
  const sameInstrument = !instrumentsDiffer(...instruments);
  if (!sameInstrument && mode === 'self-assessment') {
    const issue = optionInvalid(
      ['mode'],
      'Mode self-assessment membandingkan tingkat per indikator, jadi kedua hasil harus dari instrumen yang sama.',
      'The self-assessment mode compares levels indicator by indicator, so both results must be of the same instrument.',
      mode,
    );
    return { success: false, issues: [issue] };
  }

  const sides = ['before', 'after'] as const;
  const views = sides.map((name, k) => {
    const catalogue = catalogues[k];
    if (catalogue !== undefined) return readResult(catalogue, k === 0 ? before : after, issues, [name]);
    issues.push(catalogueUnknown([name, 'meta', 'catalogue', 'checksum'], recorded[k]!.id, recorded[k]!.checksum));
    return undefined;
  });
  const [viewBefore, viewAfter] = views;
  if (viewBefore === undefined || viewAfter === undefined) return { success: false, issues };
  return { success: true, output: comparisonOf(viewBefore, viewAfter, { same, instruments, sameInstrument, mode: mode as 'change' | 'self-assessment' }) };
}

/** The comparison of two checked results. */
function comparisonOf(
  before: ResultView,
  after: ResultView,
  facts: { same: boolean; instruments: readonly [Instrument | null, Instrument | null]; sameInstrument: boolean; mode: 'change' | 'self-assessment' },
): Comparison {
  const display = after.display;
  const index = indexChange(before, after, display);
  // Different instruments: only the index and its predikat are the same kind of figure.
  const groups = facts.sameInstrument ? groupChanges(before, after, display) : [];
  const counts: Counts = { overRated: 0, underRated: 0, agreed: 0, over: [], under: [], levelDifference: ZERO };
  const attributionDisplay: Display = { decimals: display.decimals + 2, rounding: display.rounding };
  const indicators = facts.sameInstrument ? indicatorChanges(before, after, attributionDisplay, counts) : [];

  const predicateChanges: PredicateChange[] = [];
  if (index.predicateChanged) predicateChanges.push({ scope: 'index', id: 'index', from: index.before.predicate, to: index.after.predicate });
  for (const group of groups) {
    if (group.predicateChanged) predicateChanges.push({ scope: 'group', id: group.id, from: group.before.predicate, to: group.after.predicate });
  }
  const selfAssessment: SelfAssessmentSummary | null =
    facts.mode === 'self-assessment'
      ? {
          compared: counts.overRated + counts.underRated + counts.agreed,
          overRated: counts.overRated,
          underRated: counts.underRated,
          agreed: counts.agreed,
          overRatedIndicators: counts.over,
          underRatedIndicators: counts.under,
          levelDifference: toFractionString(counts.levelDifference),
          inflation: signedValue(sub(before.index, after.index), display),
        }
      : null;
  const catalogue = (view: ResultView) => {
    const { id, revision, checksum } = view.result.meta.catalogue;
    return { id, revision, checksum };
  };
  return {
    catalogues: { before: catalogue(before), after: catalogue(after), same: facts.same },
    instruments: { before: facts.instruments[0], after: facts.instruments[1], same: facts.sameInstrument },
    index,
    domains: groups.filter((group) => group.tier === 'domain'),
    aspects: groups.filter((group) => group.tier === 'aspect'),
    groups,
    indicators,
    predicateChanges,
    selfAssessment,
  };
}

/**
 * Compares two results of the same catalogue: the change of the index, every domain, aspect and
 * indicator (exact and display, signed), the predikat changes, and the attribution of the index
 * change to indicators (their shares add up to the index delta exactly). Both results are read
 * with their catalogue and verified first (see {@link verifyResult}): an edited result is refused
 * (`result.inconsistent`) instead of compared. Results of different catalogues (id or checksum)
 * are refused (`compare.catalogue_mismatch`) unless `allowDifferentCatalogues` is set, which the
 * output then flags; pass both catalogues, `[beforeCatalogue, afterCatalogue]`. An Indeks SPBE
 * result and an Indeks Pemerintah Digital result are different instruments: refused by default,
 * and under `allowDifferentCatalogues` compared on the index and its predikat only, with
 * `instruments.same: false`. In `self-assessment` mode (before = self-assessment, after = the
 * assessors' final result) it also counts over- and under-rated indicators and gives by how much
 * the self-assessment inflated the index. Throws a {@link SpbeError} on bad input.
 *
 * @example
 * ```ts
 * const change = compare(permenpanrb592020, score(permenpanrb592020, lastYear), score(permenpanrb592020, thisYear));
 * change.index.delta;                 // { exact: '41/100', value: '+0.41' }
 * change.indicators.filter((i) => i.levelDelta !== '0');
 * const review = compare(permenpanrb592020, selfResult, finalResult, { mode: 'self-assessment' });
 * review.selfAssessment?.inflation;   // { exact: '13/40', value: '+0.33' }
 * compare([permenpanrb592020, permenpanrb82026], result2025, result2026, { allowDifferentCatalogues: true }).instruments.same; // false
 * ```
 * @category Analysis
 */
export function compare<P extends string>(catalogue: Catalogue<P>, before: ScoreResult<P>, after: ScoreResult<P>, options?: CompareOptions): Comparison<P>;
/**
 * Compares results of two catalogues (with `allowDifferentCatalogues`), each read with its own.
 */
export function compare<P extends string, Q extends string>(
  catalogues: readonly [before: Catalogue<P>, after: Catalogue<Q>],
  before: ScoreResult<P>,
  after: ScoreResult<Q>,
  options?: CompareOptions,
): Comparison<P | Q>;
/**
 * @deprecated Pass the catalogue first, `compare(catalogue, before, after, options)`; this form
 * goes in 0.3. Each result's catalogue is the one compiled in this process with its checksum
 * (`analysis.catalogue_unknown` when there is none).
 */
export function compare<P extends string>(before: ScoreResult<P>, after: ScoreResult<P>, options?: CompareOptions): Comparison<P>;
export function compare(...args: unknown[]): Comparison {
  const outcome = (safeCompare as (...rest: unknown[]) => SafeResult<Comparison>)(...args);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
