import { add, mul, rational, type Rational } from '../../arithmetic/rational.js';
import { integerChoices } from './integer-gains.js';
import { lazyPoint, type MenuPoint, type UnitChoices } from './menu-point.js';

/**
 * Mean and weighted mean: the value rises with Σ weight × level, so the menu is the Pareto
 * frontier of that sum against cost, merged unit by unit (exact: a dominated partial sum can
 * never become part of a better whole, because the units add independently). Sums and costs are
 * whole numbers ({@link integerChoices}); each partial sum keeps the option its last unit took and
 * the partial sum before it, so a point's picks are read back only when asked for.
 */
export function meanMenu(units: readonly UnitChoices[], weighted: boolean, consolidate: (levels: readonly Rational[]) => Rational): MenuPoint[] {
  const table = integerChoices(units, weighted);
  // planCity builds these menus only once menuWork has found the sums exact.
  if (table === undefined) throw new RangeError('meanMenu: sums past 2^53');
  // The kept partial sums, highest first; `parents[u][k]` and `options[u][k]` lead back from the
  // k-th sum kept after unit u.
  let gains = [0];
  let costs = [0];
  const parents: Int32Array[] = [];
  const chosen: Int32Array[] = [];
  units.forEach((_, u) => {
    const unitGains = table.gains[u] as readonly number[];
    const unitCosts = table.costs[u] as readonly number[];
    const top = (gains[0] as number) + (unitGains.at(-1) as number);
    const tried = gains.length * unitGains.length;
    // Least cost per sum: a table indexed by the sum when it is short, else the tries sorted.
    const bestCost: number[] = [];
    const bestParent: number[] = [];
    const bestOption: number[] = [];
    if (top + 1 <= 2 * tried + 64) {
      const cost = new Float64Array(top + 1).fill(Infinity);
      const parent = new Int32Array(top + 1);
      const option = new Int32Array(top + 1);
      for (let p = 0; p < gains.length; p++) {
        const gain = gains[p] as number;
        const spent = costs[p] as number;
        for (let j = 0; j < unitGains.length; j++) {
          const at = gain + (unitGains[j] as number);
          const value = spent + (unitCosts[j] as number);
          if (value < (cost[at] as number)) {
            cost[at] = value;
            parent[at] = p;
            option[at] = j;
          }
        }
      }
      let cheapest = Infinity;
      const kept: number[] = [];
      for (let at = top; at >= 0; at--) {
        if ((cost[at] as number) < cheapest) {
          cheapest = cost[at] as number;
          kept.push(at);
          bestCost.push(cheapest);
          bestParent.push(parent[at] as number);
          bestOption.push(option[at] as number);
        }
      }
      gains = kept;
    } else {
      const order = Array.from({ length: tried }, (_, k) => k);
      const sumOf = (k: number) => (gains[Math.floor(k / unitGains.length)] as number) + (unitGains[k % unitGains.length] as number);
      const costOf = (k: number) => (costs[Math.floor(k / unitGains.length)] as number) + (unitCosts[k % unitGains.length] as number);
      // Highest sum first, then cheapest, then the first tried (the table's tie-break).
      order.sort((a, b) => sumOf(b) - sumOf(a) || costOf(a) - costOf(b) || a - b);
      let cheapest = Infinity;
      const kept: number[] = [];
      for (const k of order) {
        if (costOf(k) < cheapest) {
          cheapest = costOf(k);
          kept.push(sumOf(k));
          bestCost.push(cheapest);
          bestParent.push(Math.floor(k / unitGains.length));
          bestOption.push(k % unitGains.length);
        }
      }
      gains = kept;
    }
    costs = bestCost;
    parents.push(Int32Array.from(bestParent));
    chosen.push(Int32Array.from(bestOption));
  });
  const start = consolidate(units.map((unit) => unit.current));
  const picksOf = (k: number): number[] => {
    const picks = new Array<number>(units.length);
    let at = k;
    for (let u = units.length - 1; u >= 0; u--) {
      picks[u] = (chosen[u] as Int32Array)[at] as number;
      at = (parents[u] as Int32Array)[at] as number;
    }
    return picks;
  };
  const points: MenuPoint[] = gains.map((gain, k) => lazyPoint(add(start, mul(rational(gain), table.gainStep)), mul(rational(costs[k] as number), table.costStep), () => picksOf(k)));
  return points.reverse();
}

/**
 * The steps a mean or weighted menu will take on these units, counted before it is built: each
 * unit's options are tried against every partial sum kept so far. Sums are whole numbers
 * ({@link integerChoices}), so there are at most as many as the distinct sums below the earlier
 * units' highest total (Σ of their largest gains, plus one) and as the combinations of their
 * options: a proven ceiling. Infinity when the sums would pass 2^53.
 */
export function sumWork(units: readonly UnitChoices[], weighted: boolean): number {
  const table = integerChoices(units, weighted);
  if (table === undefined) return Infinity;
  let combinations = 1;
  let sums = 0;
  let work = 0;
  units.forEach((unit, u) => {
    const count = unit.options.length;
    work += Math.min(combinations, sums + 1) * count;
    combinations *= count;
    sums += (table.gains[u] as readonly number[]).at(-1) ?? 0;
  });
  return work;
}
