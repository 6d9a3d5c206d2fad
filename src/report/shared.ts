import { formatExactDecimal, parseDecimal } from '../arithmetic/decimal-string.js';
import { compare, parseFraction, rational, sub, type Rational } from '../arithmetic/rational.js';
import { roundRatio } from '../arithmetic/rounding.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import type { GroupScore, IndicatorScore, ScoreResult } from '../model/result.js';
import { formatDecimal } from './locale.js';
import { label } from './labels.js';

/**
 * Options every renderer takes.
 *
 * @example
 * ```ts
 * renderTable(catalogue, result, { lang: 'en', detail: true });
 * ```
 * @category Reports
 */
export interface RenderOptions {
  /** Language of labels and number format; default `id`. */
  readonly lang?: 'id' | 'en';
  /** Add one row per indicator to table and Markdown output; default false. */
  readonly detail?: boolean;
}

/** Groups of one tier, in catalogue order (domains, then aspects, for the SPBE catalogues). */
export function tiersOf(
  catalogue: Catalogue,
  result: ScoreResult,
  lang: Language,
): { tier: string; plural: string; groups: GroupScore[] }[] {
  return catalogue.tiers.map((tier) => ({
    tier: tier.id,
    plural: tier.plural[lang],
    groups: result.groups.filter((group) => group.tier === tier.id),
  }));
}

/** An indicator's level as shown: the level, "na" or "–", localised when fractional. */
export function levelText(indicator: IndicatorScore, lang: Language): string {
  if (indicator.level !== null) return formatDecimal(fractionAsDecimal(indicator.level), lang);
  return indicator.status === 'missing' ? label('notAssessed', lang) : label('notApplicable', lang);
}

/**
 * An exact value for display: a terminating decimal in full ("3.5"), otherwise rounded half up
 * to `decimals` places with a leading "≈" ("≈2.33" for 7/3), so a fraction never reaches a
 * spreadsheet that would read "7/3" as a date. `approximate: false` leaves the "≈" out.
 */
export function exactText(value: Rational, decimals = 2, approximate = true): string {
  const text = formatExactDecimal(value);
  if (!text.includes('/')) return text;
  return `${approximate ? '≈' : ''}${roundRatio(value.num, value.den, decimals, 'halfUp')}`;
}

/** A level as given in a result (integer, or a roll-up fraction such as "7/2") as display text. */
export function fractionAsDecimal(level: number | string, decimals = 2, approximate = true): string {
  if (typeof level === 'number') return String(level);
  const parsed = parseFraction(level);
  return parsed ? exactText(parsed, decimals, approximate) : level;
}

/** The target level for indicators: the catalogue's, or 3 (the official target) when it has none. */
export function targetLevel(catalogue: Catalogue): number {
  return catalogue.targets?.level ?? 3;
}

/** Exact gap from an indicator's level up to the target level ("0" when reached), or null. */
export function gapToTarget(indicator: IndicatorScore, target: number): string | null {
  if (indicator.level === null) return null;
  const level = typeof indicator.level === 'number' ? rational(indicator.level) : parseFraction(indicator.level);
  if (level === undefined) return null;
  const gap = sub(rational(target), level);
  return compare(gap, rational(0)) <= 0 ? '0' : exactText(gap);
}

/** The heading line: agency and year when the assessment names them. */
export function subjectOf(result: ScoreResult): string {
  const parts = [result.assessment.agency, result.assessment.year?.toString()].filter(
    (part): part is string => part !== undefined && part !== '',
  );
  return parts.join(' · ');
}

/** Whether an exact value ("1179/400") reaches a decimal target ("2.6"), decided exactly. */
export function reachesTarget(exact: string | null, target: string): boolean {
  if (exact === null) return false;
  const value = parseFraction(exact);
  const goal = parseDecimal(target);
  return value !== undefined && goal !== undefined && compare(value, goal) >= 0;
}
