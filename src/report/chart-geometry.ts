import { parseDecimal } from '../arithmetic/decimal-string.js';
import { parseFraction } from '../arithmetic/rational.js';

/**
 * Drawing positions for charts. These are the only floats in the reports: they place shapes on
 * the page and are never printed; every number shown beside them is the library's display string.
 * Accepts the library's exact fractions ("1179/400") and decimal strings ("2.6").
 */
export function toDrawingNumber(exact: string | null): number | null {
  if (exact === null) return null;
  const value = parseFraction(exact) ?? parseDecimal(exact);
  return value === undefined ? null : Number(value.num) / Number(value.den);
}

/** Rounds a drawing coordinate so the SVG stays short and stable. */
export function coord(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}
