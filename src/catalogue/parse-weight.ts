import { parseDecimal } from '../arithmetic/decimal-string.js';
import { parseFraction, type Rational } from '../arithmetic/rational.js';

const FRACTION = /^\d{1,30}\/\d{1,30}$/;

/**
 * Reads a weight as written in a definition: a decimal string ("1.30") or an exact fraction
 * ("10/3", as compiled catalogues print equal shares that do not terminate). Undefined for
 * anything else; the sign is checked by the caller.
 */
export function parseWeight(text: unknown): Rational | undefined {
  if (typeof text !== 'string') return undefined;
  if (FRACTION.test(text)) return parseFraction(text);
  return parseDecimal(text);
}
