import { parseDecimal } from '../arithmetic/decimal-string.js';
import { compare, parseFraction, rational, sub } from '../arithmetic/rational.js';
import type { Catalogue } from '../model/catalogue.js';
import type { IndicatorScore } from '../model/result.js';
import { exactText } from './exact-display.js';

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

/** Whether an exact value ("1179/400") reaches a decimal target ("2.6"), decided exactly. */
export function reachesTarget(exact: string | null, target: string): boolean {
  if (exact === null) return false;
  const value = parseFraction(exact);
  const goal = parseDecimal(target);
  return value !== undefined && goal !== undefined && compare(value, goal) >= 0;
}
