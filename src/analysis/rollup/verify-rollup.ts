import { formatExactDecimal } from '../../arithmetic/decimal-string.js';
import { parseFraction, type Rational } from '../../arithmetic/rational.js';
import { exactLevel } from './exact-level.js';
import { isCompiledCatalogue } from '../../catalogue/is-compiled.js';
import type { Assessment, LevelInput } from '../../model/assessment.js';
import type { Catalogue } from '../../model/catalogue.js';
import { capped, ownValue, SpbeError, unknownOptionIssues, type Issue, type PathSegment, type SafeResult } from '../../model/issue.js';
import type { Localized } from '../../model/localized.js';
import type { ScoreResult } from '../../model/result.js';
import { analysisIssue } from '../analysis-issues.js';
import { cappedMismatches, differences, readResult, type ResultView } from '../read-result.js';
import { catalogueInvalid } from '../resolve-catalogue.js';
import { allUnits } from './all-units.js';
import type { Responsibilities } from './responsibilities.js';
import { defaultMinimumCoverage, readRollupOptions, type RollupOptions } from './rollup-options.js';
import { safeRollup, type Rollup } from './rollup.js';
import {
  checkWithoutLevels,
  COVERAGE_UNCHECKED,
  coverageThreshold,
  defaultSpreadLength,
  SPREAD_LIMIT_UNCHECKED,
  spreadLimitOf,
  uncheckedWithoutLevels,
  type UncheckedPart,
} from './verify-rollup-partial.js';
import { rollupInconsistent, rollupShapeIssues } from './verify-rollup-read.js';

/**
 * The options of `rollup` that a roll-up does not record, with `rollup`'s defaults: a roll-up
 * made with other values than the defaults verifies only when they are given again. (The
 * strategy, the targets, the score options and the name are recorded in the roll-up itself.)
 *
 * @example
 * ```ts
 * verifyRollup(catalogue, city, { unitWeights: { Bappeda: 2, Diskominfo: 1 }, minimumCoverage: '0.2' });
 * ```
 * @category Analysis
 */
export interface VerifyRollupOptions {
  /** Under `weighted`: the unit weights; without them, the consolidated levels and the split of the shortfalls are not checked. */
  readonly unitWeights?: RollupOptions['unitWeights'];
  /** Under `owner`: which unit owns which indicator; without them, the contributors listed are taken as the owners. */
  readonly responsibilities?: Responsibilities;
  /** Under `owner`, with `responsibilities`: as given to `rollup`; default `mean`. */
  readonly ownerMode?: RollupOptions['ownerMode'];
  /** As given to `rollup`; default: just above the catalogue's largest indicator's share. */
  readonly minimumCoverage?: RollupOptions['minimumCoverage'];
  /** As given to `rollup`; default 10. */
  readonly spreadLimit?: number;
}

/**
 * What `verifyRollup` found: the roll-up, and how much of it was re-derived. `verified` is
 * `"full"` when every derived part was; `"partial"` when some could not be (a roll-up made with
 * `unitResults: false` has no unit levels to derive them from), listed in `unchecked`.
 *
 * @example
 * ```ts
 * const { verified, unchecked } = verifyRollup(catalogue, city);
 * if (verified === 'partial') for (const part of unchecked) console.warn(part.path.join('.'), part.reason.en);
 * ```
 * @category Analysis
 */
export interface RollupVerification<P extends string = string> {
  readonly rollup: Rollup<P>;
  readonly verified: 'full' | 'partial';
  /** The derived parts that could not be checked, and why; empty when `verified` is `"full"`. */
  readonly unchecked: readonly UncheckedPart[];
}

const VERIFY_OPTION_KEYS = ['unitWeights', 'responsibilities', 'ownerMode', 'minimumCoverage', 'spreadLimit'];

const INFERRED_OWNERS: Localized = {
  id: 'Strategi owner: pemilik indikator (responsibilities) tidak disimpan; kontributor dianggap pemiliknya. Berikan responsibilities untuk memeriksanya.',
  en: 'Owner strategy: the owners (responsibilities) are not recorded; the contributors are taken as the owners. Give responsibilities to check them.',
};

interface Located {
  readonly unit: string;
  readonly result: ScoreResult | null;
  readonly path: readonly PathSegment[];
}

/** The assessment a unit's (verified) result was scored from: its levels, its not-applicable marks, its year. */
function assessmentOf(unit: string, result: ScoreResult): Assessment {
  const levels: Record<string, LevelInput> = {};
  for (const indicator of result.indicators) {
    if (indicator.status === 'assessed') levels[indicator.id] = indicator.level as LevelInput;
    else if (indicator.status !== 'missing') levels[indicator.id] = 'na';
  }
  const year = result.assessment.year;
  return { agency: unit, levels, ...(year === undefined ? {} : { year }) };
}

/** Owners as the contributors name them: the only record of them a roll-up keeps. */
function ownersFromContributors(rollup: Rollup, units: readonly Located[]): Responsibilities {
  const known = new Set(units.map((entry) => entry.unit));
  const indicators: Record<string, string[]> = {};
  rollup.consolidated.indicators.forEach((indicator, i) => {
    const named = [...new Set(rollup.indicators[i]?.contributors ?? [])].filter((unit) => known.has(unit));
    // Nobody contributed: an owner who entered no level (a "na" under the minimum policy enters
    // one); if every unit entered one, some owner would have contributed: the mismatch shows.
    const idle = units.find((entry) => entry.result?.indicators[i]?.level === null) ?? units[0];
    indicators[indicator.id] = named.length > 0 ? named : [(idle as Located).unit];
  });
  return { indicators };
}

/** Moves an issue of the re-run roll-up to the part of the roll-up it is about. */
function relocate(issue: Issue, units: readonly Located[], inferred: boolean): Issue {
  const [first, second, ...rest] = issue.path;
  const at = (path: readonly PathSegment[]): Issue => ({ ...issue, path: [...path] });
  if (typeof first === 'number') return at([...(units[first]?.path ?? []), 'result']);
  if (first === 'targets') return at(second === 'index' ? ['belowTarget', 'index', 'exact'] : ['belowTarget', 'level']);
  if (first === 'score') return at(['consolidated', 'meta', 'options', ...(second === undefined ? [] : [second]), ...rest]);
  if (first === 'name') return at(['consolidated', 'assessment', 'agency']);
  if (first === 'responsibilities' && inferred) return at(['indicators']);
  return issue;
}

/** The parts of a consolidated result that follow from the units (its fingerprint names the library version that made it). */
function consolidatedParts(result: ScoreResult): Record<string, unknown> {
  const { index, complete, coverage, groups, indicators, assessment } = result;
  return { index, complete, coverage, groups, indicators, assessment };
}

/**
 * Every unit has its result: the roll-up is made again through `rollup` itself, from the
 * assessments the results were scored from and the options the roll-up records, and compared.
 */
function rederive<P extends string>(
  catalogue: Catalogue<P>,
  rollup: Rollup<P>,
  units: readonly Located[],
  consolidated: ResultView<P>,
  options: VerifyRollupOptions,
  coverage: { readonly value: Rational; readonly inferred: boolean },
  found: Issue[],
): UncheckedPart[] {
  const inferred = rollup.strategy === 'owner' && options.responsibilities === undefined;
  const unchecked: UncheckedPart[] = inferred ? [{ path: ['indicators', '*', 'contributors'], reason: INFERRED_OWNERS }] : [];
  if (coverage.inferred) unchecked.push(COVERAGE_UNCHECKED);
  const spreadLimit = options.spreadLimit ?? spreadLimitOf(rollup.widestSpread);
  const name = consolidated.result.assessment.agency;
  const outcome = safeRollup(
    catalogue,
    units.map((entry) => assessmentOf(entry.unit, entry.result as ScoreResult)),
    {
      strategy: rollup.strategy,
      score: consolidated.options,
      targets: { index: formatExactDecimal(parseFraction(rollup.belowTarget.index.exact) as Rational), level: rollup.belowTarget.level },
      ...(name === undefined ? {} : { name }),
      ...(rollup.strategy === 'weighted' ? { unitWeights: options.unitWeights } : {}),
      ...(rollup.strategy !== 'owner' ? {} : inferred ? { responsibilities: ownersFromContributors(rollup, units) } : { responsibilities: options.responsibilities, ownerMode: options.ownerMode }),
      // The threshold inferred is a decimal by construction; otherwise the given one or the default.
      ...(options.minimumCoverage !== undefined ? { minimumCoverage: options.minimumCoverage } : coverage.inferred ? { minimumCoverage: formatExactDecimal(coverage.value) } : {}),
      spreadLimit,
    } as RollupOptions,
  );
  if (!outcome.success) {
    found.push(...outcome.issues.map((issue) => relocate(issue, units, inferred)));
    return unchecked;
  }
  const again = outcome.output;
  const positive = again.indicators.filter((indicator) => (exactLevel(indicator.spread)?.num ?? 0n) > 0n).length;
  if (options.spreadLimit === undefined && !defaultSpreadLength(again.widestSpread.length, positive)) unchecked.push(SPREAD_LIMIT_UNCHECKED);
  const withoutResult = ({ result: _, ...unit }: Rollup<P>['units'][number]) => unit;
  const expected = { ...again, consolidated: consolidatedParts(again.consolidated), units: again.units.map(withoutResult), unranked: again.unranked.map(withoutResult) };
  differences(expected, rollup, [], found, rollupInconsistent);
  return unchecked;
}

/**
 * Verifies a roll-up end to end, returning issues instead of throwing. See {@link verifyRollup}.
 *
 * @example
 * ```ts
 * const outcome = safeVerifyRollup(permenpanrb592020, JSON.parse(published));
 * if (!outcome.success) for (const issue of outcome.issues) console.error(issue.path.join('.'), issue.message.en);
 * else if (outcome.output.verified === 'partial') console.warn(outcome.output.unchecked);
 * ```
 * @category Analysis
 */
export function safeVerifyRollup<P extends string>(catalogue: Catalogue<P>, rollup: unknown, options: VerifyRollupOptions = {}): SafeResult<RollupVerification<P>> {
  if (!isCompiledCatalogue(catalogue)) return { success: false, issues: [catalogueInvalid(catalogue)] };
  return capped(verifyUncapped(catalogue, rollup, options));
}

function verifyUncapped<P extends string>(catalogue: Catalogue<P>, given: unknown, options: VerifyRollupOptions): SafeResult<RollupVerification<P>> {
  const issues: Issue[] = [];
  const plain = typeof options === 'object' && options !== null && !Array.isArray(options);
  if (plain) issues.push(...unknownOptionIssues(options, VERIFY_OPTION_KEYS));
  // Own properties only, read and checked as `rollup` reads them.
  const own = plain ? Object.fromEntries(VERIFY_OPTION_KEYS.filter((key) => ownValue(options, key) !== undefined).map((key) => [key, ownValue(options, key)])) : options;
  const settings = readRollupOptions(catalogue, own as RollupOptions, issues);
  issues.push(...rollupShapeIssues(given));
  if (settings === undefined || issues.length > 0) return { success: false, issues };
  const rollup = given as Rollup<P>;
  const consolidated = readResult(catalogue, rollup.consolidated, issues, ['consolidated']);
  const units: Located[] = [
    ...rollup.units.map((entry, k) => ({ unit: entry.unit, result: entry.result, path: ['units', k] })),
    ...rollup.unranked.map((entry, k) => ({ unit: entry.unit, result: entry.result, path: ['unranked', k] })),
  ];
  const seen = new Set<string>();
  const views = units.map((entry) => {
    if (seen.has(entry.unit)) {
      issues.push(analysisIssue('rollup.duplicate_unit', [...entry.path, 'unit'], `Unit "${entry.unit}" muncul lebih dari sekali.`, `Unit "${entry.unit}" appears more than once.`, { received: entry.unit }));
    }
    seen.add(entry.unit);
    return entry.result === null ? undefined : readResult(catalogue, entry.result, issues, [...entry.path, 'result']);
  });
  if (consolidated === undefined || issues.length > 0) return { success: false, issues };

  const found: Issue[] = [];
  const weightsMissing = rollup.strategy === 'weighted' && own.unitWeights === undefined;
  const coverage = coverageThreshold(rollup, own.minimumCoverage === undefined ? undefined : settings.minimumCoverage, defaultMinimumCoverage(catalogue));
  let unchecked: UncheckedPart[];
  if (units.every((entry) => entry.result !== null) && !weightsMissing) {
    unchecked = rederive(catalogue, rollup, units, consolidated, own as VerifyRollupOptions, coverage, found);
  } else {
    // A unit's own result, where there is one, still fixes its index and coverage.
    views.forEach((view, k) => {
      if (view !== undefined) differences({ index: view.result.index, coverage: view.result.coverage }, allUnits(rollup)[k], (units[k] as Located).path, found, rollupInconsistent);
    });
    checkWithoutLevels(catalogue, rollup, consolidated, { minimumCoverage: coverage.value, spreadLimit: own.spreadLimit as number | undefined }, found);
    unchecked = [...uncheckedWithoutLevels(rollup, weightsMissing), ...(coverage.inferred ? [COVERAGE_UNCHECKED] : [])];
  }
  if (found.length > 0) return { success: false, issues: cappedMismatches(found) };
  return { success: true, output: { rollup, verified: unchecked.length === 0 ? 'full' : 'partial', unchecked } };
}

/**
 * Checks that a roll-up follows from its parts, as {@link verifyResult} does for a result. Every
 * unit's result is verified, then the roll-up is made again through `rollup` from the levels and
 * statuses of those results, the strategy, targets, score options and name the roll-up records,
 * and the `options` it does not record; every part that differs is reported at its path
 * (`result.inconsistent`: ranks, indexes, coverage, the distribution, the attribution, the
 * per-indicator levels, counts, extremes and contributors, the units and indicators below the
 * targets, the widest spreads, what nobody assessed, the consolidated result). A part of the
 * wrong type is `analysis.result_invalid`, a unit named twice `rollup.duplicate_unit`.
 *
 * A roll-up made with `unitResults: false` holds no unit levels: what they alone determine (the
 * consolidated levels, per-indicator counts and extremes, each unit's share of the shortfalls) is
 * listed in `unchecked` and `verified` is `"partial"`; the rest (ranks, split by coverage,
 * distribution, targets, costs, the shortfalls adding up) is still checked. The same holds under
 * `weighted` without `unitWeights`; under `owner` without `responsibilities`, only who the
 * owners are goes unchecked. A passing roll-up is consistent, not authentic: one made again from
 * edited levels passes too. Throws a {@link SpbeError} with every issue when it is not consistent.
 *
 * @example
 * ```ts
 * const city = rollup(permenpanrb592020, assessments);
 * verifyRollup(permenpanrb592020, JSON.parse(JSON.stringify(city))).verified; // "full"
 * verifyRollup(permenpanrb592020, { ...city, units: [city.units[1], city.units[0], ...city.units.slice(2)] });
 * // SpbeError: "units.0.unit" in the roll-up does not follow from its units' results, …
 * ```
 * @category Analysis
 */
export function verifyRollup<P extends string>(catalogue: Catalogue<P>, rollup: unknown, options?: VerifyRollupOptions): RollupVerification<P> {
  const outcome = safeVerifyRollup(catalogue, rollup, options);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
