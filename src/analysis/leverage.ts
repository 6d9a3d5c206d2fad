import { compare, mul, rational, sub, type Rational } from '../arithmetic/rational.js';
import type { Catalogue } from '../model/catalogue.js';
import { capIssues, SpbeError, type Issue, type SafeResult } from '../model/issue.js';
import type { Localized } from '../model/localized.js';
import type { ScoreResult } from '../model/result.js';
import { signedValue, type Display, type ExactValue } from './exact-value.js';
import { readResult, type ResultView } from './read-result.js';
import { analysisCall } from './resolve-catalogue.js';
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

/** The leverage of every assessed indicator of a checked result. */
function leverageOf(view: ResultView): readonly IndicatorLeverage[] {
  const { catalogue, levels, statuses } = view;
  const format: Display = { decimals: view.display.decimals + 2, rounding: view.display.rounding };
  const shares = sharesOf(catalogue, levels.map((level) => level !== null));
  const gain = (share: Rational, step: Rational, room: Rational): Gain => ({
    oneLevel: signedValue(mul(share, step), format),
    toTop: signedValue(mul(share, room), format),
  });
  const entries: { position: number; oneLevel: Rational; leverage: IndicatorLeverage }[] = [];
  catalogue.indicators.forEach((indicator, i) => {
    const level = levels[i];
    if (statuses[i] !== 'assessed' || level == null) return;
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
        groups: shares.groups[i]!.map(([g, groupShare]) => ({
          id: catalogue.groups[g]!.id,
          tier: catalogue.groups[g]!.tier,
          ...gain(groupShare, step, room),
        })),
      },
    });
  });
  entries.sort((a, b) => compare(b.oneLevel, a.oneLevel) || a.position - b.position);
  return entries.map((entry) => entry.leverage);
}

/**
 * The leverage of every assessed indicator, returning issues instead of throwing. See
 * {@link leverage}.
 *
 * @example
 * ```ts
 * const outcome = safeLeverage(permenpanrb592020, JSON.parse(saved));
 * if (outcome.success) console.log(outcome.output[0].indicator);
 * ```
 * @category Analysis
 */
export function safeLeverage(catalogue: Catalogue, result: ScoreResult): SafeResult<readonly IndicatorLeverage[]>;
/**
 * @deprecated Pass the catalogue first, `safeLeverage(catalogue, result)`; this form goes in 0.3.
 * Without the catalogue, the one compiled in this process with the result's checksum is used
 * (`analysis.catalogue_unknown` when there is none).
 */
export function safeLeverage(result: ScoreResult, catalogue?: Catalogue): SafeResult<readonly IndicatorLeverage[]>;
export function safeLeverage(...args: unknown[]): SafeResult<readonly IndicatorLeverage[]> {
  const call = analysisCall(args);
  if (!call.success) return call;
  const issues: Issue[] = [];
  const view = readResult(call.output.catalogue, call.output.result, issues);
  return view === undefined ? { success: false, issues: capIssues(issues) } : { success: true, output: leverageOf(view) };
}

/**
 * Where a level is worth most: for every assessed indicator, the exact index gain of one more
 * level and of reaching the top of its scale, with the same gains for its domain and aspect.
 * Sorted by the one-level index gain, largest first (ties in catalogue order). Display strings
 * carry two more decimals than the result's. The result is read with its catalogue and verified
 * first (see {@link verifyResult}). Throws a {@link SpbeError} on bad input.
 *
 * @example
 * ```ts
 * const [best] = leverage(permenpanrb592020, result);
 * best.indicator;                 // "42": a public-service indicator, 3% of the index
 * best.index.oneLevel.value;      // "+0.0300"
 * best.groups.map((g) => g.id);   // ["D4", "A8"]
 * ```
 * @category Analysis
 */
export function leverage(catalogue: Catalogue, result: ScoreResult): readonly IndicatorLeverage[];
/**
 * @deprecated Pass the catalogue first, `leverage(catalogue, result)`; this form goes in 0.3.
 * Without the catalogue, the one compiled in this process with the result's checksum is used
 * (`analysis.catalogue_unknown` when there is none).
 */
export function leverage(result: ScoreResult, catalogue?: Catalogue): readonly IndicatorLeverage[];
export function leverage(...args: unknown[]): readonly IndicatorLeverage[] {
  const outcome = (safeLeverage as (...rest: unknown[]) => SafeResult<readonly IndicatorLeverage[]>)(...args);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
