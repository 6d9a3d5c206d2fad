import { ratioToFraction, type Fraction } from '../../arithmetic/ratio.js';
import { add, compare, mul, parseFraction, rational, sub, ZERO, type Rational } from '../../arithmetic/rational.js';
import type { Assessment } from '../../model/assessment.js';
import type { Catalogue } from '../../model/catalogue.js';
import { capped, ownValue, SpbeError, type Issue, type SafeResult } from '../../model/issue.js';
import type { Localized } from '../../model/localized.js';
import type { IndicatorStatus, ScoredValue, ScoreResult } from '../../model/result.js';
import { scored } from '../../scoring/build-result.js';
import { resultOfScoredLevels, safeScoreLevels } from '../../scoring/score-levels.js';
import { scoreExactLevels } from '../../scoring/score-exact-levels.js';
import { sumPartialSafe } from '../../scoring/kernel/sum-partial-safe.js';
import { analysisIssue } from '../analysis-issues.js';
import { exactValue, readDecimal, signedValue, type ExactValue } from '../exact-value.js';
import { levelText } from '../plan/plan-model.js';
import { sharesOf } from '../shares.js';
import { allUnits } from './all-units.js';
import { attributeShortfall, type Contribution } from './attribution.js';
import { consolidateLevels, type RollupStrategy } from './consolidate.js';
import { shownDistribution } from './distribution.js';
import { exactLevel } from './exact-level.js';
import { rankUnits } from './rank.js';
import { resolveResponsibilities } from './responsibilities.js';
import { readRollupOptions, type RollupOptions } from './rollup-options.js';

/**
 * One unit in a roll-up.
 *
 * @example
 * ```ts
 * rollup(permenpanrb592020, assessments).units[0]; // { unit: 'Diskominfo', rank: 1, index: { value: '4.25', ... }, coverage: '3/10', result: { ... } }
 * ```
 * @category Analysis
 */
export interface RollupUnit<P extends string = string> {
  /** The unit's id: its assessment's `agency`, or `unit-<n>` (1-based input position) without one. */
  readonly unit: string;
  /** Competition rank by exact index, highest first: ties share a rank (1, 2, 2, 4). */
  readonly rank: number;
  readonly index: ScoredValue<P>;
  /** Share of the catalogue's weight the unit assessed (exact fraction). */
  readonly coverage: string;
  /** The unit's own result (scored with `missing: "partial"`); null under `unitResults: false`. */
  readonly result: ScoreResult<P> | null;
}

/**
 * How one indicator was consolidated.
 *
 * @example
 * ```ts
 * rollup(permenpanrb592020, assessments).indicators[0]; // { id: '1', assessedBy: 3, level: { exact: '11/3', value: '3.67' }, min: 3, max: 4, spread: 1, ... }
 * ```
 * @category Analysis
 */
export interface RollupIndicator {
  readonly id: string;
  readonly label: Localized;
  /** Units that gave it a level. */
  readonly assessedBy: number;
  /** The units whose levels entered its consolidated level (under `owner`, its owners), by unit id. */
  readonly contributors: readonly string[];
  /** Units that marked it not applicable. */
  readonly notApplicableBy: number;
  /** Consolidated level (exact and display); null when no unit gave a level. */
  readonly level: ExactValue | null;
  /** The lowest level a unit gave: a whole number, or an exact fraction ("7/6") where units gave fractional values; null when none did. */
  readonly min: number | string | null;
  /** The highest level a unit gave, written as `min`. */
  readonly max: number | string | null;
  /** max − min over the units that gave a level, exactly (a whole number or a fraction such as "1/3"); null when none did. */
  readonly spread: number | string | null;
  /** Units whose level is below the target level. */
  readonly unitsBelowTarget: number;
}

/**
 * What `rollup` returns.
 *
 * @example
 * ```ts
 * const city: Rollup = rollup(permenpanrb592020, assessments);
 * city.distribution.median.value; // "3.89"
 * city.belowTarget.units; // units with an index below 2.6
 * ```
 * @category Analysis
 */
export interface Rollup<P extends string = string> {
  readonly strategy: RollupStrategy;
  /** The consolidated assessment, scored like any other (partial when some indicator was never assessed). */
  readonly consolidated: ScoreResult<P>;
  /** Indicators no unit assessed (nor marked not applicable): reported, never filled in. */
  readonly unassessed: readonly string[];
  /** Units in rank order (ties by unit id): those that cover at least `minimumCoverage`. */
  readonly units: readonly RollupUnit<P>[];
  /** Units that cover less than `minimumCoverage` of the catalogue's weight: not ranked, by unit id. */
  readonly unranked: readonly RollupUnit<P>[];
  /**
   * Each unit's exact part of the city's shortfall to the index target and to the level target.
   * The parts add up exactly to the shortfall; a negative part is a unit above the target.
   */
  readonly attribution: {
    readonly index: RollupAttribution;
    readonly level: RollupAttribution;
  };
  /**
   * The distribution of the units' exact indexes. Quartiles: linear interpolation between
   * closest ranks (type 7, as R, NumPy and Excel QUARTILE.INC).
   */
  readonly distribution: {
    readonly count: number;
    readonly min: ExactValue;
    readonly q1: ExactValue;
    readonly median: ExactValue;
    readonly q3: ExactValue;
    readonly max: ExactValue;
    readonly mean: ExactValue;
  };
  /** Per indicator, in catalogue order. */
  readonly indicators: readonly RollupIndicator[];
  /** Units whose index and indicators whose consolidated level are below the targets. */
  readonly belowTarget: {
    readonly index: ExactValue;
    readonly level: number;
    /** Unit ids, the ranked units in rank order, then the unranked ones by id ({@link allUnits}). */
    readonly units: readonly string[];
    /** Indicator ids, in catalogue order. */
    readonly indicators: readonly string[];
    /**
     * The indicators below the level target, by what they cost the city's index (weight ×
     * shortfall), most first, each with the units below the target on it.
     */
    readonly shortfalls: readonly RollupShortfall[];
  };
  /** Indicators with the widest spread between units (spread > 0), widest first, ties in catalogue order. */
  readonly widestSpread: readonly { readonly indicator: string; readonly spread: number | string; readonly min: number | string; readonly max: number | string }[];
}

/**
 * A shortfall split among the units: `shortfall` (in index points) is the target minus the
 * city's value, and `units[].share` add up to it exactly.
 *
 * @example
 * ```ts
 * rollup(permenpanrb592020, assessments).attribution.index; // { target: { value: '2.60' }, shortfall: { value: '+0.12' }, units: [{ unit: 'Bappeda', share: { value: '+0.05' } }, ...] }
 * ```
 * @category Analysis
 */
export interface RollupAttribution {
  readonly target: ExactValue;
  readonly shortfall: ExactValue;
  /** Every unit, largest part first (ties by unit id). */
  readonly units: readonly { readonly unit: string; readonly share: ExactValue }[];
}

/**
 * An indicator below the level target and what it costs the city.
 *
 * @example
 * ```ts
 * rollup(permenpanrb592020, assessments).belowTarget.shortfalls[0]; // { indicator: '33', level: { value: '2.33' }, cost: { value: '0.02' }, units: ['BPKAD', 'Dinkes'] }
 * ```
 * @category Analysis
 */
export interface RollupShortfall {
  readonly indicator: string;
  readonly label: Localized;
  readonly level: ExactValue;
  /** Index points the city loses on it: its exact share of the index × (target level − level). */
  readonly cost: ExactValue;
  /** Units whose own level is below the target, by unit id. */
  readonly units: readonly string[];
}

interface UnitScored<P extends string> {
  readonly unit: string;
  readonly result: ScoreResult<P> | null;
  readonly scored: ScoredValue<P>;
  readonly coverage: string;
  readonly index: Rational;
  readonly weight: Rational;
  readonly year: number | undefined;
  /** The unit's exact level per indicator position; null where it gave none. */
  readonly entered: readonly (Rational | null)[];
  readonly statuses: readonly IndicatorStatus[];
}

/** Most units one roll-up takes: every unit's result is kept by default (about 5.5 KB each). */
export const ROLLUP_UNIT_LIMIT = 100_000;

/**
 * Rolls up per-unit assessments (one per department, each usually covering only some indicators)
 * into one consolidated result, returning issues instead of throwing. See {@link rollup}.
 *
 * @example
 * ```ts
 * const outcome = safeRollup(permenpanrb592020, assessmentsFromFiles, { strategy: 'median' });
 * if (!outcome.success) console.error(outcome.issues); // paths start with the unit's position
 * ```
 * @category Analysis
 */
export function safeRollup<P extends string>(
  catalogue: Catalogue<P>,
  assessments: readonly Assessment[],
  options: RollupOptions = {},
): SafeResult<Rollup<P>> {
  return capped(rollupUncapped(catalogue, assessments, options));
}

function rollupUncapped<P extends string>(catalogue: Catalogue<P>, assessments: readonly Assessment[], options: RollupOptions): SafeResult<Rollup<P>> {
  const issues: Issue[] = [];
  const settings = readRollupOptions(catalogue, options, issues);
  if (settings === undefined) return { success: false, issues };
  const { strategy, scoreOptions, resolved, display, targetIndex, targetLevel, spreadLimit, ownerMode, minimumCoverage } = settings;
  // Own properties only, as readRollupOptions reads them.
  const unitWeights = ownValue(options, 'unitWeights') as RollupOptions['unitWeights'];
  const responsibilities = ownValue(options, 'responsibilities') as RollupOptions['responsibilities'];
  const name = ownValue(options, 'name') as RollupOptions['name'];
  const unitResults = ownValue(options, 'unitResults') as RollupOptions['unitResults'];
  if (!Array.isArray(assessments) || assessments.length === 0) {
    issues.push(analysisIssue('rollup.no_units', [], 'Tidak ada penilaian unit untuk digabungkan.', 'There are no unit assessments to roll up.', { received: assessments }));
    return { success: false, issues };
  }
  if (assessments.length > ROLLUP_UNIT_LIMIT) {
    issues.push(
      analysisIssue(
        'rollup.too_many_units',
        [],
        `Roll-up menerima paling banyak ${ROLLUP_UNIT_LIMIT} unit; diberikan ${assessments.length}.`,
        `A roll-up takes at most ${ROLLUP_UNIT_LIMIT} units; ${assessments.length} were given.`,
        { expected: `<= ${ROLLUP_UNIT_LIMIT}`, received: assessments.length },
      ),
    );
    return { success: false, issues };
  }

  // Score every unit on its own.
  const units: UnitScored<P>[] = [];
  const seen = new Set<string>();
  assessments.forEach((assessment, k) => {
    const agency = (assessment as { agency?: unknown } | null)?.agency;
    const unit = typeof agency === 'string' ? agency : `unit-${k + 1}`;
    if (seen.has(unit)) {
      issues.push(analysisIssue('rollup.duplicate_unit', [k, 'agency'], `Unit "${unit}" muncul lebih dari sekali.`, `Unit "${unit}" appears more than once.`, { received: unit }));
    }
    seen.add(unit);
    let weight = rational(1);
    if (strategy === 'weighted') {
      const raw = unitWeights === undefined ? undefined : ownValue(unitWeights, unit);
      const value = readDecimal(raw);
      if (value === undefined || compare(value, ZERO) <= 0) {
        issues.push(
          analysisIssue('rollup.weight_invalid', ['unitWeights', unit], `Unit "${unit}" memerlukan bobot positif untuk strategi weighted.`, `Unit "${unit}" needs a positive weight for the weighted strategy.`, {
            received: raw,
          }),
        );
      } else weight = value;
    }
    // Units are mostly partial department assessments: the safe-integer partial kernel.
    const outcome = safeScoreLevels(catalogue, assessment, scoreOptions, sumPartialSafe);
    if (!outcome.success) {
      for (const issue of outcome.issues) issues.push({ ...issue, path: [k, ...issue.path] });
      return;
    }
    const { kernel, entered, statuses, read, options: unitOptions } = outcome.output;
    const index = kernel.index as Fraction;
    const result = unitResults === false ? null : resultOfScoredLevels(catalogue, outcome.output);
    units.push({
      unit,
      result,
      scored: result === null ? scored(catalogue, index, unitOptions) : result.index,
      coverage: ratioToFraction(kernel.coverage.num, kernel.coverage.den),
      index: rational(index.num, index.den),
      weight,
      year: read.metadata.year,
      // Whole levels and fractional values (8/2026: "7/6", "1.26" read as 63/50) alike, exactly.
      entered: entered.map(exactLevel),
      statuses,
    });
  });
  if (strategy === 'weighted' && unitWeights !== undefined) {
    for (const id of Object.keys(unitWeights)) {
      if (!seen.has(id)) {
        issues.push(
          analysisIssue('rollup.weight_invalid', ['unitWeights', id], `Bobot diberikan untuk unit "${id}" yang tidak ada dalam penilaian.`, `A weight is given for unit "${id}", which has no assessment.`, {
            received: id,
          }),
        );
      }
    }
  }
  const owners =
    strategy === 'owner' && responsibilities !== undefined
      ? resolveResponsibilities(
          catalogue,
          responsibilities,
          units.map((entry) => entry.unit),
          issues,
        )
      : undefined;
  if (issues.length > 0) return { success: false, issues };
  // Under `owner`, only the owners count (only the lead, where one is named and asked for).
  const counts = (i: number, unit: string): boolean => {
    if (owners === undefined) return true;
    const lead = owners.leads[i];
    return ownerMode === 'lead' && lead !== null && lead !== undefined ? unit === lead : (owners.owners[i] as readonly string[]).includes(unit);
  };

  // Consolidate per indicator.
  const count = catalogue.indicators.length;
  const perLevels: Rational[][] = Array.from({ length: count }, () => []);
  const perWeights: Rational[][] = Array.from({ length: count }, () => []);
  const contributions: Contribution[][] = Array.from({ length: count }, () => []);
  const notApplicable = new Array<number>(count).fill(0);
  units.forEach(({ unit, entered, statuses, weight }, k) => {
    for (let i = 0; i < count; i++) {
      const level = entered[i];
      if (level !== null && level !== undefined) {
        if (!counts(i, unit)) continue;
        (perLevels[i] as Rational[]).push(level);
        (perWeights[i] as Rational[]).push(weight);
        (contributions[i] as Contribution[]).push({ unit: k, level, weight });
      } else if (statuses[i] === 'not-applicable') notApplicable[i] = (notApplicable[i] as number) + 1;
    }
  });
  const levelTarget = readDecimal(targetLevel) as Rational;
  const levels: (Rational | null)[] = [];
  const spreads: (Rational | null)[] = [];
  const statuses: IndicatorStatus[] = [];
  const indicators: RollupIndicator[] = catalogue.indicators.map((indicator, i) => {
    const given = perLevels[i] as Rational[];
    const level = given.length > 0 ? consolidateLevels(strategy, given, perWeights[i] as Rational[]) : null;
    levels.push(level);
    statuses.push(level !== null ? 'assessed' : (notApplicable[i] as number) > 0 ? 'not-applicable' : 'missing');
    // A loop, not Math.min(...given): a spread of 100,000 arguments overflows the stack.
    let min: Rational | null = null;
    let max: Rational | null = null;
    for (const value of given) {
      if (min === null || compare(value, min) < 0) min = value;
      if (max === null || compare(value, max) > 0) max = value;
    }
    const spread = min === null || max === null ? null : sub(max, min);
    spreads.push(spread);
    return {
      id: indicator.id,
      label: indicator.name,
      assessedBy: given.length,
      contributors: (contributions[i] as Contribution[]).map((entry) => (units[entry.unit] as UnitScored<P>).unit).sort(),
      notApplicableBy: notApplicable[i] as number,
      level: level === null ? null : exactValue(level, display),
      min: min === null ? null : levelText(min),
      max: max === null ? null : levelText(max),
      spread: spread === null ? null : levelText(spread),
      unitsBelowTarget: given.filter((value) => compare(value, levelTarget) < 0).length,
    };
  });
  const years = new Set(units.map((entry) => entry.year));
  const year = years.size === 1 ? [...years][0] : undefined;
  const metadata = { ...(name === undefined ? {} : { agency: name }), ...(year === undefined ? {} : { year }) };
  const consolidated = scoreExactLevels(catalogue, levels, statuses, metadata, resolved);
  // Every unit that scored entered a level, but under `owner` only the owners' levels count: when
  // no owner assessed its own indicators, nothing enters the consolidated score.
  if (consolidated === undefined) {
    return { success: false, issues: [analysisIssue('rollup.nothing_assessed', [], 'Tidak ada indikator yang dinilai oleh unit mana pun.', 'No unit assessed any indicator.')] };
  }

  const covered = (entry: UnitScored<P>) => compare(parseFraction(entry.coverage) as Rational, minimumCoverage) >= 0;
  const { order, ranks } = rankUnits(units.filter(covered));
  const ranked: RollupUnit<P>[] = order.map((entry, k) => ({ unit: entry.unit, rank: ranks[k] as number, index: entry.scored, coverage: entry.coverage, result: entry.result }));
  const unranked: RollupUnit<P>[] = units
    .filter((entry) => !covered(entry))
    .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0))
    .map((entry) => ({ unit: entry.unit, rank: 0, index: entry.scored, coverage: entry.coverage, result: entry.result }));
  const target = targetIndex as Rational;
  const shares = sharesOf(
    catalogue,
    levels.map((level) => level !== null),
  ).index;
  const attributed = (targetOf: (i: number) => Rational | null): RollupAttribution['units'] =>
    attributeShortfall(units.length, shares, levels, contributions, strategy, targetOf)
      .map(({ unit, share }) => ({ unit: (units[unit] as UnitScored<P>).unit, exact: share, share: signedValue(share, display) }))
      .sort((a, b) => compare(b.exact, a.exact) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0))
      .map(({ unit, share }) => ({ unit, share }));
  const below = (i: number) => levels[i] !== null && compare(levels[i] as Rational, levelTarget) < 0;
  let levelShortfall = ZERO;
  const shortfalls = catalogue.indicators
    .map((indicator, i) => ({ indicator, i }))
    .filter(({ i }) => below(i))
    .map(({ indicator, i }) => {
      const cost = mul(shares[i] as Rational, sub(levelTarget, levels[i] as Rational));
      levelShortfall = add(levelShortfall, cost);
      const lagging = (contributions[i] as Contribution[]).filter((entry) => compare(entry.level, levelTarget) < 0).map((entry) => (units[entry.unit] as UnitScored<P>).unit);
      return { indicator: indicator.id, label: indicator.name, level: exactValue(levels[i] as Rational, display), exact: cost, cost: exactValue(cost, display), units: lagging.sort() };
    })
    .sort((a, b) => compare(b.exact, a.exact))
    .map(({ exact: _, ...entry }) => entry);
  const cityIndex = parseFraction(consolidated.index.exact) as Rational;
  // Sorted on the exact spreads; Array.prototype.sort is stable, so ties stay in catalogue order.
  const widest = indicators
    .map((entry, i) => ({ entry, exact: spreads[i] as Rational | null }))
    .filter(({ exact }) => exact !== null && exact.num > 0n)
    .sort((a, b) => compare(b.exact as Rational, a.exact as Rational))
    .slice(0, spreadLimit)
    .map(({ entry }) => ({ indicator: entry.id, spread: entry.spread as number | string, min: entry.min as number | string, max: entry.max as number | string }));
  return {
    success: true,
    output: {
      strategy,
      consolidated,
      unassessed: indicators.filter((_, i) => statuses[i] === 'missing').map((entry) => entry.id),
      units: ranked,
      unranked,
      attribution: {
        index: { target: exactValue(target, display), shortfall: signedValue(sub(target, cityIndex), display), units: attributed(() => target) },
        level: {
          target: exactValue(levelTarget, display),
          shortfall: signedValue(levelShortfall, display),
          units: attributed((i) => (below(i) ? levelTarget : null)),
        },
      },
      distribution: shownDistribution(units.map((entry) => entry.index), display),
      indicators,
      belowTarget: {
        index: exactValue(target, display),
        level: targetLevel,
        units: allUnits({ units: ranked, unranked })
          .filter((entry) => compare(parseFraction(entry.index.exact) as Rational, target) < 0)
          .map((entry) => entry.unit),
        indicators: indicators.filter((_, i) => below(i)).map((entry) => entry.id),
        shortfalls,
      },
      widestSpread: widest,
    },
  };
}

/**
 * Rolls up per-unit assessments (one per department, OPD) into one consolidated result: each
 * indicator's levels across the units that assessed it are consolidated with a strategy (exact
 * mean by default; median, min, max, weighted), and the consolidated levels are scored like any
 * assessment. Indicators nobody assessed are listed in `unassessed`, never filled in. Units are
 * ranked by their own index, with the distribution of indexes, the units and indicators below the
 * targets, and the indicators the units disagree on most. Throws a {@link SpbeError} on bad input.
 *
 * @example
 * ```ts
 * const city = rollup(permenpanrb592020, [
 *   { agency: 'Dinas Kominfo', levels: { '1': 4, '2': 3, '15': 4 } },
 *   { agency: 'Bappeda', levels: { '1': 3, '11': 3, '12': 4 } },
 * ]);
 * city.consolidated.indicators[0].level; // "7/2": the exact mean of 4 and 3
 * city.unassessed;                        // indicators no unit assessed
 * city.units.map((u) => [u.rank, u.unit, u.index.value]);
 * ```
 * @category Analysis
 */
export function rollup<P extends string>(catalogue: Catalogue<P>, assessments: readonly Assessment[], options?: RollupOptions): Rollup<P> {
  const outcome = safeRollup(catalogue, assessments, options);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
