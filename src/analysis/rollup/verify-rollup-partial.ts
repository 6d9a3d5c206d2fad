import { fractionOf } from '../../arithmetic/ratio.js';
import { add, compare, mul, ONE, parseFraction, rational, sub, toFractionString, ZERO, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { Issue, PathSegment } from '../../model/issue.js';
import type { Localized } from '../../model/localized.js';
import { scored } from '../../scoring/build-result.js';
import { analysisIssue } from '../analysis-issues.js';
import { exactValue, readDecimal, signedValue } from '../exact-value.js';
import { levelText } from '../plan/plan-model.js';
import { differences, type ResultView } from '../read-result.js';
import { sharesOf } from '../shares.js';
import { allUnits } from './all-units.js';
import { shownDistribution } from './distribution.js';
import { exactLevel } from './exact-level.js';
import { rankUnits } from './rank.js';
import type { Rollup, RollupAttribution } from './rollup.js';
import { rollupInconsistent } from './verify-rollup-read.js';

/**
 * A part of a roll-up that verification could not re-derive, and why. A `"*"` step in the path
 * stands for every entry of that list.
 *
 * @example
 * ```ts
 * verifyRollup(catalogue, city).unchecked[0]; // { path: ['indicators', '*', 'min'], reason: { id: '…', en: '…' } }
 * ```
 * @category Analysis
 */
export interface UncheckedPart {
  readonly path: readonly PathSegment[];
  readonly reason: Localized;
}

const WITHOUT_LEVELS: Localized = {
  id: 'Tanpa hasil unit (unitResults: false), bagian ini tidak dapat diturunkan dari tingkat unit.',
  en: 'Without unit results (unitResults: false), this part cannot be derived from the units’ levels.',
};
const SUMS_ONLY: Localized = {
  id: 'Tanpa tingkat unit: hanya jumlah dan urutan bagian unit yang diperiksa.',
  en: 'Without the units’ levels: only the parts’ sum and order are checked.',
};
const WITHOUT_WEIGHTS: Localized = {
  id: 'Strategi weighted: berikan unitWeights untuk memeriksa bagian ini.',
  en: 'Weighted strategy: give the unitWeights to check this part.',
};

const OTHER_COVERAGE: Localized = {
  id: 'Dibuat dengan minimumCoverage selain bawaan (tidak disimpan): berikan nilainya untuk memeriksa bagian ini.',
  en: 'Made with a minimumCoverage other than the default (not recorded): give it to check this part.',
};
const OTHER_SPREAD_LIMIT: Localized = {
  id: 'Dibuat dengan spreadLimit selain 10 (tidak disimpan): berikan nilainya untuk memeriksa panjangnya.',
  en: 'Made with a spreadLimit other than 10 (not recorded): give it to check the length.',
};

/** The part left unchecked when the split by coverage needed a threshold other than the default. */
export const COVERAGE_UNCHECKED: UncheckedPart = { path: ['unranked'], reason: OTHER_COVERAGE };
/** The part left unchecked when the widest-spread list is shorter than the default limit allows. */
export const SPREAD_LIMIT_UNCHECKED: UncheckedPart = { path: ['widestSpread', 'length'], reason: OTHER_SPREAD_LIMIT };

/**
 * The minimum coverage to verify a roll-up's split into ranked and unranked units with: the one
 * given; else the catalogue's default when it gives the split; else, when one threshold can give
 * it (every ranked unit covers more than every unranked one), a decimal that does, `inferred`
 * (the value used is not recorded, so the split is then consistent but unchecked); else the
 * default, whose mismatches are then reported.
 */
export function coverageThreshold(rollup: Rollup, given: Rational | undefined, fallback: Rational): { readonly value: Rational; readonly inferred: boolean } {
  if (given !== undefined) return { value: given, inferred: false };
  const read = (list: Rollup['units']) => list.map((unit) => parseFraction(unit.coverage) as Rational);
  const ranked = read(rollup.units);
  const unranked = read(rollup.unranked);
  const fits = (threshold: Rational) => ranked.every((c) => compare(c, threshold) >= 0) && unranked.every((c) => compare(c, threshold) < 0);
  if (fits(fallback)) return { value: fallback, inferred: false };
  const low = ranked.reduce((least, c) => (compare(c, least) < 0 ? c : least), ONE);
  // The shortest decimal at or below the least ranked coverage that is above every unranked one.
  for (let digits = 0; digits <= 40; digits++) {
    const scale = 10n ** BigInt(digits);
    const candidate = rational((low.num * scale) / low.den, scale);
    if (fits(candidate)) return { value: candidate, inferred: true };
  }
  return { value: fallback, inferred: false };
}

/** What cannot be re-derived without the units' levels (or, under `weighted`, their weights). */
export function uncheckedWithoutLevels(rollup: Rollup, weightsMissing: boolean): UncheckedPart[] {
  const reason = weightsMissing ? WITHOUT_WEIGHTS : WITHOUT_LEVELS;
  const parts: PathSegment[][] = [
    ['consolidated', 'indicators', '*', 'level'],
    ['consolidated', 'indicators', '*', 'status'],
    ...['assessedBy', 'contributors', 'notApplicableBy', 'min', 'max', 'unitsBelowTarget'].map((key) => ['indicators', '*', key]),
    ['belowTarget', 'shortfalls', '*', 'units'],
    ['widestSpread'],
  ];
  // Units with a result have their index and coverage checked against it.
  if (allUnits(rollup).some((unit) => unit.result === null)) {
    parts.push(['units', '*', 'index', 'exact'], ['units', '*', 'coverage'], ['unranked', '*', 'index', 'exact'], ['unranked', '*', 'coverage']);
  }
  return [
    ...parts.map((path) => ({ path, reason })),
    { path: ['attribution', 'index', 'units', '*', 'share'], reason: weightsMissing ? WITHOUT_WEIGHTS : SUMS_ONLY },
    { path: ['attribution', 'level', 'units', '*', 'share'], reason: weightsMissing ? WITHOUT_WEIGHTS : SUMS_ONLY },
  ];
}

function sumIssue(path: readonly PathSegment[], sum: Rational, shortfall: Rational): Issue {
  const [total, wanted] = [toFractionString(sum), toFractionString(shortfall)];
  return analysisIssue(
    'result.inconsistent',
    path,
    `Bagian unit dalam "${path.join('.')}" berjumlah ${total}, bukan kekurangan ${wanted}: hasil konsolidasi telah diubah atau rusak.`,
    `The units' parts in "${path.join('.')}" add up to ${total}, not to the shortfall ${wanted}: the roll-up was edited or is corrupt.`,
    { expected: wanted, received: total },
  );
}

function unitsIssue(path: readonly PathSegment[], expected: readonly string[], received: readonly string[]): Issue {
  return analysisIssue(
    'result.inconsistent',
    path,
    `"${path.join('.')}" harus menyebut setiap unit tepat sekali: hasil konsolidasi telah diubah atau rusak.`,
    `"${path.join('.')}" must name every unit exactly once: the roll-up was edited or is corrupt.`,
    { expected: expected.join(', '), received: received.join(', ') },
  );
}

/**
 * The spread limit to verify with when none is given: the list's own length (it is consistent
 * with that limit when it is the start of the full list; see SPREAD_LIMIT_UNCHECKED), or the
 * default when the list is not a list.
 */
export function spreadLimitOf(list: unknown): number {
  return Array.isArray(list) ? list.length : 10;
}

/** Whether a list of `length` widest spreads is what the default limit 10 gives with `positive` spreads above zero. */
export function defaultSpreadLength(length: number, positive: number): boolean {
  return length === Math.min(10, positive);
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The attributed units as given, checked for what holds without the units' levels: every unit
 * once, the parts adding up to the shortfall, the order (largest first, ties by id) and the
 * display values. Pushes the sum and unit-set issues; returns the list expected in that order.
 */
function attributedUnits(given: RollupAttribution['units'], shortfall: Rational, ids: readonly string[], display: ResultView['display'], path: PathSegment[], found: Issue[]) {
  const read = given.map((entry) => ({ unit: entry.unit, exact: parseFraction(entry.share.exact) as Rational }));
  const named = read.map((entry) => entry.unit).sort(byId);
  const all = [...ids].sort(byId);
  if (named.join('\u0000') !== all.join('\u0000')) found.push(unitsIssue(path, all, named));
  const sum = read.reduce((total, entry) => add(total, entry.exact), ZERO);
  if (compare(sum, shortfall) !== 0) found.push(sumIssue(path, sum, shortfall));
  return read.sort((a, b) => compare(b.exact, a.exact) || byId(a.unit, b.unit)).map(({ unit, exact }) => ({ unit, share: signedValue(exact, display) }));
}

/**
 * Checks what a roll-up without its units' levels still determines: each unit's display index
 * and predikat from its exact index, the ranks and the ranked/unranked split (minimum coverage),
 * the distribution, the units below the index target, the consolidated levels as the indicators
 * list them, what nobody assessed, the indicators below the level target and what each costs, the
 * two shortfalls and their split among the units adding up, each spread as max − min, the widest
 * spreads from the spreads given. Every mismatch is pushed to `found`.
 */
export function checkWithoutLevels<P extends string>(
  catalogue: Catalogue<P>,
  rollup: Rollup<P>,
  consolidated: ResultView<P>,
  settings: { readonly minimumCoverage: Rational; readonly spreadLimit: number | undefined },
  found: Issue[],
): void {
  const { display, options } = consolidated;
  const units = allUnits(rollup).map((entry) => ({ unit: entry.unit, index: parseFraction(entry.index.exact) as Rational, coverage: parseFraction(entry.coverage) as Rational }));
  const shown = (entry: (typeof units)[number], rank: number) => ({
    unit: entry.unit,
    rank,
    index: scored(catalogue, fractionOf(entry.index), options),
    coverage: toFractionString(entry.coverage),
  });
  const covered = (entry: (typeof units)[number]) => compare(entry.coverage, settings.minimumCoverage) >= 0;
  const { order, ranks } = rankUnits(units.filter(covered));
  const ranked = order.map((entry, k) => shown(entry, ranks[k] as number));
  const unranked = units
    .filter((entry) => !covered(entry))
    .sort((a, b) => byId(a.unit, b.unit))
    .map((entry) => shown(entry, 0));

  // The consolidated levels as the roll-up counts them: assessed ones only.
  const levels = consolidated.levels.map((level, i) => (consolidated.statuses[i] === 'assessed' ? level : null));
  const shares = sharesOf(
    catalogue,
    levels.map((level) => level !== null),
  ).index;
  const targetIndex = parseFraction(rollup.belowTarget.index.exact) as Rational;
  const targetLevel = readDecimal(rollup.belowTarget.level) as Rational;
  const below = (i: number) => levels[i] !== null && compare(levels[i] as Rational, targetLevel) < 0;
  let levelShortfall = ZERO;
  const shortfalls = catalogue.indicators
    .map((indicator, i) => ({ indicator, i }))
    .filter(({ i }) => below(i))
    .map(({ indicator, i }) => {
      const cost = mul(shares[i] as Rational, sub(targetLevel, levels[i] as Rational));
      levelShortfall = add(levelShortfall, cost);
      return { indicator: indicator.id, label: indicator.name, level: exactValue(levels[i] as Rational, display), exact: cost, cost: exactValue(cost, display) };
    })
    .sort((a, b) => compare(b.exact, a.exact))
    .map(({ exact: _, ...entry }) => entry);

  const given = rollup.indicators;
  const indicators = catalogue.indicators.map((indicator, i) => {
    const entry = given[i];
    const level = levels[i] as Rational | null;
    const [min, max] = [exactLevel(entry?.min ?? null), exactLevel(entry?.max ?? null)];
    return {
      id: indicator.id,
      label: indicator.name,
      level: level === null ? null : exactValue(level, display),
      spread: min === null || max === null ? null : levelText(sub(max, min)),
      // Outside `owner`, every unit that gave a level contributes.
      ...(rollup.strategy === 'owner' || entry === undefined ? {} : { assessedBy: entry.contributors.length }),
      // The weakest (strongest) link is the consolidated level.
      ...(rollup.strategy === 'min' && level !== null ? { min: levelText(level) } : {}),
      ...(rollup.strategy === 'max' && level !== null ? { max: levelText(level) } : {}),
    };
  });
  const widest = given
    .map((entry, i) => ({ entry, i, exact: exactLevel(entry.spread) }))
    .filter(({ exact }) => exact !== null && exact.num > 0n)
    .sort((a, b) => compare(b.exact as Rational, a.exact as Rational))
    .slice(0, settings.spreadLimit ?? spreadLimitOf(rollup.widestSpread))
    .map(({ entry, i }) => ({ indicator: catalogue.indicators[i]?.id, spread: entry.spread, min: entry.min, max: entry.max }));

  const ids = units.map((entry) => entry.unit);
  const attribution = rollup.attribution;
  const expected = {
    unassessed: catalogue.indicators.filter((_, i) => consolidated.statuses[i] === 'missing').map((indicator) => indicator.id),
    units: ranked,
    unranked,
    attribution: {
      index: {
        target: exactValue(targetIndex, display),
        shortfall: signedValue(sub(targetIndex, consolidated.index), display),
        units: attributedUnits(attribution.index.units, sub(targetIndex, consolidated.index), ids, display, ['attribution', 'index', 'units'], found),
      },
      level: {
        target: exactValue(targetLevel, display),
        shortfall: signedValue(levelShortfall, display),
        units: attributedUnits(attribution.level.units, levelShortfall, ids, display, ['attribution', 'level', 'units'], found),
      },
    },
    distribution: shownDistribution(units.map((entry) => entry.index), display),
    indicators,
    belowTarget: {
      index: exactValue(targetIndex, display),
      units: [...ranked, ...unranked].filter((entry) => compare(parseFraction(entry.index.exact) as Rational, targetIndex) < 0).map((entry) => entry.unit),
      indicators: catalogue.indicators.filter((_, i) => below(i)).map((indicator) => indicator.id),
      shortfalls,
    },
    widestSpread: widest,
  };
  differences(expected, rollup, [], found, rollupInconsistent);
}
