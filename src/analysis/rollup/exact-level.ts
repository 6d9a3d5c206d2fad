import { parseFraction, rational, type Rational } from '../../arithmetic/rational.js';

/**
 * A level or value as a result writes it (a whole number, or a reduced fraction string such as
 * "7/6" or "63/50"), read back exactly; null stays null. Inputs come from results this library
 * built, so every string is a valid fraction.
 */
export function exactLevel(value: number | string | null): Rational | null {
  if (value === null) return null;
  return typeof value === 'number' ? rational(value) : (parseFraction(value) as Rational);
}
