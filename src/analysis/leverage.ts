import { compare, mul, rational, sub, type Rational } from '../arithmetic/rational.js';
import type { Catalogue } from '../model/catalogue.js';
import { SpbeError, type Issue, type SafeResult } from '../model/issue.js';
import type { Localized } from '../model/localized.js';
import type { ScoreResult } from '../model/result.js';
import { signedValue, type Display, type ExactValue } from './exact-value.js';
import { resolveCatalogue } from './resolve-catalogue.js';
import { readResultLevels } from './result-levels.js';
import { sharesOf } from './shares.js';

/**
 * The gains of raising one indicator, for one value (the index, or a group above it).
 *
 * @example
 * ```ts
 * leverage(result)[0].index; // { oneLevel: { value: '+0.0300', ... }, toTop: { value: '+0.0600', ... } }
 * ```
 * @category Analysis
 */
export interface Gain {
  /** Exact gain of one more level. */
  readonly oneLevel: ExactValue;
  /** Exact gain of reaching the top of the scale. */
  readonly toTop: ExactValue;
}

/**
 * One indicator's leverage.
 *
 * @example
 * ```ts
 * const [best] = leverage(result);
 * best.groups.map((g) => [g.id, g.oneLevel.value]); // [['D4', '+0.0659'], ['A8', '+0.1667']]
 * ```
 * @category Analysis
 */
export interface IndicatorLeverage {
  readonly indicator: string;
  readonly label: Localized;
  readonly level: number | string;
  /** Top of the indicator's scale. */
  readonly max: number;
  /** Gains of the index. */
  readonly index: Gain;
  /** Gains of each group above the indicator (domain, then aspect), by id. */
  readonly groups: readonly (Gain & { readonly id: string; readonly tier: string })[];
}

/**
 * The leverage of every assessed indicator, returning issues instead of throwing. See
 * {@link leverage}. The catalogue is optional, as for `leverage`; a result whose catalogue is not
 * compiled in this process, when none is given, is the issue `analysis.catalogue_unknown`.
 *
 * @example
 * ```ts
 * const outcome = safeLeverage(result);
 * if (outcome.success) console.log(outcome.output[0].indicator);
 *
 * // A result read back from a file, with its catalogue passed (and checked against it).
 * safeLeverage(JSON.parse(saved), permenpanrb592020);
 * ```
 * @category Analysis
 */
export function safeLeverage(result: ScoreResult, given?: Catalogue): SafeResult<readonly IndicatorLeverage[]> {
  const resolved = resolveCatalogue(result, given);
  if (!resolved.success) return resolved;
  const catalogue = resolved.output;
  const issues: Issue[] = [];
  const read = readResultLevels(result, catalogue, issues);
  if (read === undefined) return { success: false, issues };
  const format: Display = { decimals: result.meta.options.decimals + 2, rounding: result.meta.options.rounding };
  const shares = sharesOf(catalogue, read.levels.map((level) => level !== null));
  const gain = (share: Rational, step: Rational, room: Rational): Gain => ({
    oneLevel: signedValue(mul(share, step), format),
    toTop: signedValue(mul(share, room), format),
  });
  const entries: { position: number; oneLevel: Rational; leverage: IndicatorLeverage }[] = [];
  catalogue.indicators.forEach((indicator, i) => {
    const level = read.levels[i];
    if (read.statuses[i] !== 'assessed' || level == null) return;
    const room = sub(rational(indicator.scale.max), level);
    // One more level never passes the top: a fractional 4.5 gains only half a level.
    const step = compare(room, rational(1)) < 0 ? room : rational(1);
    const share = shares.index[i] as Rational;
    entries.push({
      position: i,
      oneLevel: mul(share, step),
      leverage: {
        indicator: indicator.id,
        label: indicator.name,
        level: level.den === 1n ? Number(level.num) : `${level.num}/${level.den}`,
        max: indicator.scale.max,
        index: gain(share, step, room),
        // Stryker disable next-line ArrayDeclaration: sharesOf gives a share list for every indicator position, so the fallback is never used
        groups: (shares.groups[i] ?? []).map(([g, groupShare]) => ({
          id: catalogue.groups[g]!.id,
          tier: catalogue.groups[g]!.tier,
          ...gain(groupShare, step, room),
        })),
      },
    });
  });
  entries.sort((a, b) => compare(b.oneLevel, a.oneLevel) || a.position - b.position);
  return { success: true, output: entries.map((entry) => entry.leverage) };
}

/**
 * Where a level is worth most: for every assessed indicator, the exact index gain of one more
 * level and of reaching the top of its scale, with the same gains for its domain and aspect.
 * Sorted by the one-level index gain, largest first (ties in catalogue order). Display strings
 * carry two more decimals than the result's. Works on the catalogue the result was computed with:
 * the one compiled in this process with the checksum the result records, or the one given as the
 * second argument (checked by checksum). Pass it when the result was read from a file in a process
 * that has not imported or compiled that catalogue (`analysis.catalogue_unknown` otherwise).
 * Throws a {@link SpbeError} on bad input.
 *
 * @example
 * ```ts
 * const [best] = leverage(result);
 * best.indicator;                 // "42": a public-service indicator, 3% of the index
 * best.index.oneLevel.value;      // "+0.0300"
 * best.groups.map((g) => g.id);   // ["D4", "A8"]
 *
 * leverage(JSON.parse(saved), permenpanrb592020); // the catalogue, given: same output
 * ```
 * @category Analysis
 */
export function leverage(result: ScoreResult, catalogue?: Catalogue): readonly IndicatorLeverage[] {
  const outcome = safeLeverage(result, catalogue);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
