import type { Catalogue } from '../model/catalogue.js';

/**
 * The position of the indicator a user names, by its id or by one of its alternative codes
 * ("I5", "3.1"); undefined when the catalogue has neither. Ids win over codes, and a valid
 * catalogue never has a code equal to another indicator's id.
 *
 * @example
 * ```ts
 * findIndicator(permenpanrb82026, 'I5');  // 4: indicator "5"
 * findIndicator(permenpanrb82026, '3.1'); // 4 as well
 * ```
 * @category Catalogue
 */
export function findIndicator(catalogue: Catalogue, name: string): number | undefined {
  return catalogue.lookup.indicators[name] ?? catalogue.lookup.codes[name];
}
