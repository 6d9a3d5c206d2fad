import { compare, sub, type Rational } from '../../arithmetic/rational.js';
import { firstAtLeast, frontier, point, type MenuPoint, type UnitChoices, type UnitOption } from './menu-point.js';
import { sweep } from './swept-menu.js';

/**
 * The cheapest way to have at least `count` units at `level` or above: the units whose extra cost
 * to get there is smallest. Returns each unit's pick, or undefined when too few units can.
 */
function cheapestAtLeast(units: readonly UnitChoices[], level: Rational, count: number, picks: number[]): boolean {
  const extras = units
    .map((unit, u) => {
      const pick = firstAtLeast(unit, level);
      return pick < 0 ? undefined : { u, pick, extra: sub((unit.options[pick] as UnitOption).cost, (unit.options[0] as UnitOption).cost) };
    })
    .filter((entry) => entry !== undefined)
    .sort((a, b) => compare(a.extra, b.extra) || a.u - b.u);
  if (extras.length < count) return false;
  for (const entry of extras.slice(0, count)) picks[entry.u] = Math.max(picks[entry.u] as number, entry.pick);
  return true;
}

/**
 * Median. With an odd count n, the median reaches `v` exactly when (n + 1) / 2 units end at `v` or
 * above: the cheapest such units are raised. With an even count, the median is the mean of the
 * two middle levels `a ≤ b`; it reaches (p + q) / 2 for p ≤ q when n / 2 units end at `q` or above
 * and one more at `p` or above. Every pair of reachable levels is tried, and for each the cheapest
 * set is found exactly (the n / 2 cheapest for `q`, and the cheapest remaining unit for `p`, or
 * the (n / 2 + 1)-th cheapest for `q` when raising it to `q` is what `p` needs anyway).
 */
export function medianMenu(units: readonly UnitChoices[], consolidate: (levels: readonly Rational[]) => Rational): MenuPoint[] {
  const n = units.length;
  const { levels } = sweep(units);
  const points: MenuPoint[] = [point(units, units.map(() => 0), consolidate)];
  if (n % 2 === 1) {
    for (const level of levels) {
      const picks = units.map(() => 0);
      if (!cheapestAtLeast(units, level, (n + 1) / 2, picks)) break;
      points.push(point(units, picks, consolidate));
    }
    return frontier(points);
  }
  const half = n / 2;
  levels.forEach((q, qi) => {
    for (let pi = 0; pi <= qi; pi++) {
      const p = levels[pi] as Rational;
      const atQ = units.map((unit, u) => {
        const pick = firstAtLeast(unit, q);
        return pick < 0 ? undefined : { u, pick, extra: sub((unit.options[pick] as UnitOption).cost, (unit.options[0] as UnitOption).cost) };
      });
      const ranked = atQ.filter((entry) => entry !== undefined).sort((a, b) => compare(a.extra, b.extra) || a.u - b.u);
      if (ranked.length < half) continue;
      const chosen = new Set(ranked.slice(0, half).map((entry) => entry.u));
      // The one more unit at `p` or above: the cheapest outside the chosen set, or swap in the
      // next unit at `q` when one of the chosen is cheaper at `p` than at `q` by more.
      let best: { picks: number[]; cost: Rational } | undefined;
      const tryPicks = (picks: number[]) => {
        const candidate = point(units, picks, consolidate);
        if (best === undefined || compare(candidate.cost, best.cost) < 0) best = { picks, cost: candidate.cost };
      };
      const baseQ = units.map((_, u) => (chosen.has(u) ? (atQ[u] as { pick: number }).pick : 0));
      units.forEach((unit, u) => {
        const pickP = firstAtLeast(unit, p);
        if (pickP < 0) return;
        if (!chosen.has(u)) {
          const picks = [...baseQ];
          picks[u] = Math.max(picks[u] as number, pickP);
          tryPicks(picks);
        } else if (ranked.length > half) {
          // u drops to `p`; the next cheapest unit at `q` takes its place.
          const next = ranked[half] as { u: number; pick: number };
          const picks = [...baseQ];
          picks[u] = pickP;
          picks[next.u] = Math.max(picks[next.u] as number, next.pick);
          tryPicks(picks);
        }
      });
      // Units already at `p` or above with no extra cost count too (covered above with pick 0).
      if (best !== undefined) points.push(point(units, (best as { picks: number[] }).picks, consolidate));
    }
  });
  return frontier(points);
}

/**
 * The steps a median menu will take, estimated before any option is built from each unit's number
 * of options (`counts`) and how many distinct levels they can end at (`levels`, at most the span
 * from the lowest current level to the highest cap, plus each fractional current level): each
 * level scans every unit's options; an even median does so for every pair of levels. (Min and max
 * need no estimate: their sweeps read each option once, with a heap of the units for max.)
 */
export function medianWork(counts: readonly number[], levels: number): number {
  const all = counts.reduce((sum, count) => sum + count, 0);
  const distinct = Math.min(all, levels);
  if (counts.length % 2 === 1) return distinct * all;
  return ((distinct * (distinct + 1)) / 2) * all;
}
