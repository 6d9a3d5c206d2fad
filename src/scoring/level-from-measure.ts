import { parseDecimal } from '../arithmetic/decimal-string.js';
import { compare, type Rational } from '../arithmetic/rational.js';
import type { MeasureDefinition } from '../model/catalogue.js';

/**
 * Reads a measured value exactly: a decimal string, or a finite number taken as the shortest
 * decimal that prints it (1.25 stays 1.25; numbers printed with an exponent are refused).
 */
export function readMeasuredValue(raw: unknown): Rational | undefined {
  if (typeof raw === 'string') return parseDecimal(raw);
  if (typeof raw === 'number' && Number.isFinite(raw)) return parseDecimal(String(raw === 0 ? 0 : raw));
  return undefined;
}

/**
 * The level a compiled measure's bands give a value: the band with `min <= v < max`, or the last
 * band when `v` equals its `max`. Undefined when the value lies outside the measure's range.
 */
export function levelFromMeasure(measure: MeasureDefinition, value: Rational): number | undefined {
  const { bands } = measure;
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i]!;
    const min = parseDecimal(band.min) as Rational;
    const max = parseDecimal(band.max) as Rational;
    const below = compare(value, max);
    if (compare(value, min) >= 0 && (below < 0 || (below === 0 && i === bands.length - 1))) return band.level;
  }
  return undefined;
}
