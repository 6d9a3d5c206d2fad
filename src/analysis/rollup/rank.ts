import { compare, type Rational } from '../../arithmetic/rational.js';

/** A unit as ranked: its id and exact index. */
export interface Rankable {
  readonly unit: string;
  readonly index: Rational;
}

/**
 * Competition ranking by exact index, highest first: ties share a rank (1, 2, 2, 4), and units of
 * equal index are listed by id. Returns the units in rank order with their ranks.
 */
export function rankUnits<U extends Rankable>(units: readonly U[]): { readonly order: readonly U[]; readonly ranks: readonly number[] } {
  const order = [...units].sort((a, b) => compare(b.index, a.index) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  const ranks: number[] = [];
  order.forEach((entry, k) => {
    const previous = order[k - 1];
    ranks.push(previous !== undefined && compare(previous.index, entry.index) === 0 ? (ranks[k - 1] as number) : k + 1);
  });
  return { order, ranks };
}
