import type { Fraction } from '../../arithmetic/ratio.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { KernelOutput } from './kernel-output.js';

const FULL: Fraction = Object.freeze({ num: 1, den: 1 });

/**
 * The hot path: a whole level for every indicator. One pass of safe-integer multiply-adds into
 * prefix sums over the tree-ordered indicators; every group is a contiguous range, so its sum is
 * a subtraction. Safe because the catalogue's compiler refuses units × scale beyond 2^52.
 */
export function sumComplete(catalogue: Catalogue, levels: readonly number[]): KernelOutput {
  const { indicators, groups, totalUnits } = catalogue;
  const prefix = [0];
  const contributions: Fraction[] = [];
  let acc = 0;
  for (let i = 0; i < indicators.length; i++) {
    const product = (levels[i] as number) * indicators[i]!.units;
    acc += product;
    prefix.push(acc);
    contributions.push({ num: product, den: totalUnits });
  }
  const groupValues: Fraction[] = [];
  const groupCoverage: Fraction[] = [];
  for (const group of groups) {
    groupValues.push({ num: prefix[group.to]! - prefix[group.from]!, den: group.units });
    groupCoverage.push(FULL);
  }
  return { groups: groupValues, index: { num: acc, den: totalUnits }, contributions, groupCoverage, coverage: FULL };
}
