import type { Catalogue } from '../model/catalogue.js';
import type { Fraction, KernelOutput } from './kernel.js';

/**
 * A safe-integer path for partial assessments with integer levels (the usual department
 * assessment in a roll-up): the same re-normalised formula as `sumExact`, on reduced fractions of
 * numbers instead of bigint rationals. Every product and sum is checked; when one would leave the
 * safe-integer range it gives up (returns undefined) and the caller uses `sumExact`. The values are
 * the reduced fractions `sumExact` gives, so results are identical (a property test pins this).
 */

/** Thrown internally when a value would leave the safe-integer range. */
const OVERFLOW = Symbol('overflow');

function gcd(a: number, b: number): number {
  let x = a < 0 ? -a : a;
  let y = b;
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

function safe(value: number): number {
  if (!Number.isSafeInteger(value)) throw OVERFLOW;
  return value;
}

function make(num: number, den: number): Fraction {
  const g = gcd(num, den) || 1;
  return { num: num / g, den: den / g };
}

function addF(a: Fraction, b: Fraction): Fraction {
  const an = a.num as number;
  const ad = a.den as number;
  const bn = b.num as number;
  const bd = b.den as number;
  const g = gcd(ad, bd);
  const den = safe((ad / g) * bd);
  return make(safe(safe(an * (den / ad)) + safe(bn * (den / bd))), den);
}

function mulF(a: Fraction, b: Fraction): Fraction {
  const g1 = gcd(a.num as number, b.den as number) || 1;
  const g2 = gcd(b.num as number, a.den as number) || 1;
  return make(
    safe(((a.num as number) / g1) * ((b.num as number) / g2)),
    safe(((a.den as number) / g2) * ((b.den as number) / g1)),
  );
}

const ZERO: Fraction = { num: 0, den: 1 };

/** `levels[i]`: an integer level, or null when the indicator did not enter the score. */
export function sumPartialSafe(catalogue: Catalogue, levels: readonly (number | null)[]): KernelOutput | undefined {
  try {
    return sum(catalogue, levels);
  } catch (error) {
    if (error === OVERFLOW) return undefined;
    throw error;
  }
}

function sum(catalogue: Catalogue, levels: readonly (number | null)[]): KernelOutput {
  const { groups, indicators, lookup } = catalogue;
  const values = new Array<Fraction | null>(groups.length).fill(null);
  const liveUnits = new Array<number>(groups.length).fill(0);
  const assessedUnits = new Array<number>(groups.length).fill(0);

  // Groups are in pre-order, so walking them backwards visits children before parents.
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    let weighted = ZERO;
    let live = 0;
    if (group.childKind === 'indicator') {
      let total = 0;
      for (const id of group.children) {
        const position = lookup.indicators[id] as number;
        const level = levels[position];
        if (level === null || level === undefined) continue;
        const units = indicators[position]!.units;
        total = safe(total + safe(level * units));
        live += units;
      }
      weighted = { num: total, den: 1 };
    } else {
      for (const id of group.children) {
        const position = lookup.groups[id] as number;
        const value = values[position];
        if (value === null || value === undefined) continue;
        const units = groups[position]!.units;
        weighted = addF(weighted, mulF(value, { num: units, den: 1 }));
        live += units;
      }
    }
    liveUnits[g] = live;
    values[g] = live > 0 ? mulF(weighted, make(1, live)) : null;
    let assessed = 0;
    for (let i = group.from; i < group.to; i++) if (levels[i] !== null && levels[i] !== undefined) assessed += indicators[i]!.units;
    assessedUnits[g] = assessed;
  }

  let indexWeighted = ZERO;
  let indexLive = 0;
  let totalAssessed = 0;
  groups.forEach((group, g) => {
    if (group.parent !== null) return;
    totalAssessed += assessedUnits[g] as number;
    const value = values[g];
    if (value === null || value === undefined) return;
    indexWeighted = addF(indexWeighted, mulF(value, { num: group.units, den: 1 }));
    indexLive += group.units;
  });
  const index = indexLive > 0 ? mulF(indexWeighted, make(1, indexLive)) : null;

  // Share of the index per unit of each group's own weight, top down (as in `sumExact`).
  const share = new Array<Fraction>(groups.length).fill(ZERO);
  const perUnit = (position: number): Fraction =>
    (liveUnits[position] as number) > 0 ? mulF(share[position] as Fraction, make(1, liveUnits[position] as number)) : ZERO;
  groups.forEach((group, g) => {
    if (values[g] === null) return;
    const parentShare = group.parent === null ? (indexLive > 0 ? make(1, indexLive) : ZERO) : perUnit(lookup.groups[group.parent] as number);
    share[g] = mulF(parentShare, { num: group.units, den: 1 });
  });
  const contributions = indicators.map((indicator) => {
    const level = levels[indicator.position];
    if (level === null || level === undefined) return ZERO;
    const parent = lookup.groups[indicator.groupPath[indicator.groupPath.length - 1] as string] as number;
    return mulF({ num: level, den: 1 }, mulF(perUnit(parent), { num: indicator.units, den: 1 }));
  });

  return {
    groups: values,
    index,
    contributions,
    groupCoverage: groups.map((group, g) => make(assessedUnits[g] as number, group.units)),
    coverage: make(totalAssessed, catalogue.totalUnits),
  };
}
