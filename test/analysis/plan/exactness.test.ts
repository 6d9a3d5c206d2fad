import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safePlan, plan } from '../../../src/analysis/plan/plan.js';
import { roundRatio } from '../../../src/arithmetic/rounding.js';
import { parseDecimal, formatExactDecimal } from '../../../src/arithmetic/decimal-string.js';
import { safeCompileCatalogue } from '../../../src/catalogue/compile.js';
import { PREDICATES_2020, PROCESS_SCALE, SPBE_TIERS } from '../../../src/catalogues/permenpanrb-59-2020/scales.js';
import type { Catalogue, CatalogueDefinition } from '../../../src/model/catalogue.js';
import { unwrap } from '../../../src/model/issue.js';
import { score } from '../../../src/scoring/score.js';
import { combinations, small } from '../../helpers/small-catalogue.js';
import { rational, toFractionString } from '../../../src/arithmetic/rational.js';
import { frontier } from '../../../src/analysis/plan/frontier.js';
import type { ScoreResult } from '../../../src/model/result.js';
import { levelsFrom } from '../../helpers/assessments.js';

/*
 * The planner never returns a plan that misses its target, whatever the weights: gains are exact
 * (no fixed-width array may wrap), and every plan is re-scored and checked before it is returned.
 * Checked against brute force over every combination of levels, with exact bigint sums.
 */

/** A one-aspect catalogue with the given indicator weights (decimal strings); the total is their exact sum. */
function catalogueOf(weights: readonly string[]): Catalogue {
  let sum = 0n;
  const scale = 10n ** 20n;
  for (const weight of weights) {
    const value = parseDecimal(weight)!;
    sum += (value.num * scale) / value.den;
  }
  const whole = sum / scale;
  const fraction = (sum % scale).toString().padStart(20, '0').replace(/0+$/, '');
  const definition: CatalogueDefinition = {
    id: 'weights-test',
    revision: '1',
    title: { id: 'Uji bobot', en: 'Weights test' },
    legalBasis: [],
    years: [],
    tiers: SPBE_TIERS,
    scales: [PROCESS_SCALE],
    predicates: PREDICATES_2020,
    totalWeight: fraction === '' ? whole.toString() : `${whole}.${fraction}`,
    groups: [
      {
        id: 'D1',
        tier: 'domain',
        name: { id: 'Domain 1', en: 'Domain 1' },
        weight: fraction === '' ? whole.toString() : `${whole}.${fraction}`,
        groups: [
          {
            id: 'A1',
            tier: 'aspect',
            name: { id: 'Aspek 1', en: 'Aspect 1' },
            weight: fraction === '' ? whole.toString() : `${whole}.${fraction}`,
            indicators: weights.map((weight, k) => ({ id: String(k + 1), number: k + 1, name: { id: `I${k + 1}`, en: `I${k + 1}` }, scale: 'process', weight })),
          },
        ],
      },
    ],
  };
  return unwrap(safeCompileCatalogue(definition));
}

const levelsOf = (catalogue: Catalogue, levels: readonly number[]) => Object.fromEntries(catalogue.indicators.map((indicator, i) => [indicator.id, levels[i] as number]));

/** The least total cost of levels whose exact index reaches `target`, by trying every combination. */
function bruteForce(catalogue: Catalogue, current: readonly number[], costs: readonly number[], target: string): number | null {
  const value = parseDecimal(target)!;
  const units = catalogue.indicators.map((indicator) => BigInt(indicator.units));
  let best: number | null = null;
  for (const levels of combinations(current, current.map(() => 5))) {
    let sum = 0n;
    levels.forEach((level, i) => (sum += BigInt(level) * (units[i] as bigint)));
    if (sum * value.den < value.num * BigInt(catalogue.totalUnits)) continue;
    const cost = levels.reduce((total, level, i) => total + (level - (current[i] as number)) * (costs[i] as number), 0);
    if (best === null || cost < best) best = cost;
  }
  return best;
}

/** The least decimal (20 places) at or above the index `(base + gain) / total`: a target just above the current index. */
function targetAbove(catalogue: Catalogue, current: readonly number[], gain: number): string {
  let base = 0;
  catalogue.indicators.forEach((indicator, i) => (base += (current[i] as number) * indicator.units));
  return roundRatio(BigInt(base) + BigInt(gain), BigInt(catalogue.totalUnits), 20, 'up');
}

describe('plan with extreme weights', () => {
  it('meets its target when a weight is above 2^31 integer units (gains used to wrap in 32 bits)', () => {
    const catalogue = catalogueOf(['1', '2147483648']);
    expect(catalogue.indicators[1]!.units).toBe(2 ** 31);
    const result = score(catalogue, { levels: levelsOf(catalogue, [1, 1]) });
    const target = targetAbove(catalogue, [1, 1], 2);
    const outcome = safePlan(result, catalogue, { index: target });
    expect(outcome.success).toBe(true);
    if (!outcome.success) return;
    expect(outcome.output.reachable).toBe(true);
    expect(outcome.output.raises).toEqual([expect.objectContaining({ indicator: '2', from: 1, to: 2, cost: '1' })]);
    expect(bruteForce(catalogue, [1, 1], [1, 1], target)).toBe(1);
  });

  it('finds the optimum with weights 33.3333333333 / 66.6666666667 (units above 2^31)', () => {
    const catalogue = catalogueOf(['33.3333333333', '66.6666666667']);
    const result = score(catalogue, { levels: levelsOf(catalogue, [1, 1]) });
    const target = targetAbove(catalogue, [1, 1], 333_333_333_334);
    const costs = { '1': 1, '2': 3 };
    const outcome = safePlan(result, catalogue, { index: target }, { costs });
    // Either exact and optimal, or refused for its size: never a costlier or a missing plan.
    if (!outcome.success) {
      expect(outcome.issues.map((issue) => issue.code)).toEqual(['plan.too_large']);
      return;
    }
    expect(outcome.output.totalCost).toBe(String(bruteForce(catalogue, [1, 1], [1, 3], target)));
  });

  it('finds the optimum with weights 33.3333333333 / 66.6666666667 when the target is just above the current index', () => {
    const catalogue = catalogueOf(['33.3333333333', '66.6666666667']);
    const result = score(catalogue, { levels: levelsOf(catalogue, [2, 2]) });
    const target = targetAbove(catalogue, [2, 2], 1);
    const outcome = safePlan(result, catalogue, { index: target }, { costs: { '1': 1, '2': 3 } });
    expect(outcome.success).toBe(true);
    if (!outcome.success) return;
    expect(outcome.output.raises).toEqual([expect.objectContaining({ indicator: '1', from: 2, to: 3, cost: '1' })]);
    expect(outcome.output.totalCost).toBe(String(bruteForce(catalogue, [2, 2], [1, 3], target)));
  });

  it('matches brute force on random weights with many decimals or near the safe-integer limit', () => {
    const weight = fc.oneof(
      // Many decimals: up to 10 places.
      fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 9_999_999_999 })).map(([whole, part]) => `${whole}.${String(part).padStart(10, '0')}`),
      // Large integers: their sum times 5 may pass 2^53.
      fc.bigInt({ min: 1n, max: 2n ** 50n }).map(String),
      fc.integer({ min: 1, max: 40 }).map(String),
    );
    fc.assert(
      fc.property(
        fc.array(weight, { minLength: 2, maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 1, max: 5000 }),
        (weights, levels, costs, gain) => {
          const compiled = safeCatalogue(weights);
          if (compiled === undefined) return;
          const current = levels.slice(0, weights.length);
          const stepCosts = costs.slice(0, weights.length);
          const result = score(compiled, { levels: levelsOf(compiled, current) });
          const target = targetAbove(compiled, current, gain);
          const outcome = safePlan(result, compiled, { index: target }, { costs: Object.fromEntries(stepCosts.map((cost, i) => [String(i + 1), cost])) });
          const expected = bruteForce(compiled, current, stepCosts, target);
          if (!outcome.success) {
            // A target above the top level is refused as such; any other refusal is for size.
            const above = parseDecimal(target)!.num > 5n * parseDecimal(target)!.den;
            expect(outcome.issues.map((issue) => issue.code)).toEqual([above ? 'plan.target_invalid' : 'plan.too_large']);
            return;
          }
          if (expected === null) expect(outcome.output.reachable).toBe(false);
          else expect(outcome.output.totalCost).toBe(String(expected));
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** The catalogue, or undefined when the compiler refuses the weights (too fine for it). */
function safeCatalogue(weights: readonly string[]): Catalogue | undefined {
  try {
    return catalogueOf(weights);
  } catch {
    return undefined;
  }
}

/*
 * Pins of plan / frontier behaviour that the broader tests in plan.test.ts and frontier.test.ts
 * leave loose: every validation issue with its code, path and both messages, the unreachable
 * reasons with their `best` figures, the planner's size limit, deterministic tie-breaking, and a
 * deterministic (seeded, not fast-check) brute-force comparison on the small catalogue.
 *
 * Small catalogue: units per indicator [2, 4, 5, 5, 14, 10] (total 40); groups A1 = 1–2 (6 units),
 * A2 = 3–4 (10), A3 = 5–6 (24), D1 = 1–4 (16), D2 = 5–6 (24); predikat lower bounds 4.2
 * (memuaskan), 3.5, 2.6, 1.8, 1.
 */

const UNITS = [2, 4, 5, 5, 14, 10];

const GROUPS: Record<string, { from: number; to: number; units: number }> = {
  D1: { from: 0, to: 4, units: 16 },
  A1: { from: 0, to: 2, units: 6 },
  A2: { from: 2, to: 4, units: 10 },
  D2: { from: 4, to: 6, units: 24 },
  A3: { from: 4, to: 6, units: 24 },
};

const at = (levels: readonly number[]): ScoreResult => score(small, { levels: levelsFrom(small, levels) });

/** A small deterministic generator (mulberry32): the same scenarios on every run, no fast-check. */
function generator(seed: number): (low: number, high: number) => number {
  let state = seed;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (low, high) => low + Math.floor(next() * (high - low + 1));
}

interface Scenario {
  current: number[];
  /** Step costs in quarters: quarters[i][k] is the cost of step k + 1 → k + 2 of indicator i, × 4. */
  quarters: number[][];
  caps: (number | undefined)[];
  minimums: (number | undefined)[];
  locked: boolean[];
  index: number | undefined; // tenths
  groups: [string, number][]; // tenths
}

function scenario(pick: (low: number, high: number) => number): Scenario {
  const maybe = (percent: number, low: number, high: number): number | undefined => (pick(1, 100) <= percent ? pick(low, high) : undefined);
  return {
    current: UNITS.map(() => pick(1, 5)),
    quarters: UNITS.map(() => [0, 1, 2, 3].map(() => (pick(1, 5) === 1 ? 0 : pick(1, 12)))),
    caps: UNITS.map(() => maybe(30, 1, 5)),
    minimums: UNITS.map(() => maybe(20, 1, 5)),
    locked: UNITS.map(() => pick(1, 100) <= 12),
    index: maybe(60, 10, 50),
    groups: Object.keys(GROUPS).flatMap((id) => (pick(1, 100) <= 35 ? [[id, pick(10, 50)] as [string, number]] : [])),
  };
}

function optionsOf(s: Scenario) {
  const ids = small.indicators.map((indicator) => indicator.id);
  const entries = <T>(values: (T | undefined)[]) => Object.fromEntries(ids.flatMap((id, i) => (values[i] === undefined ? [] : [[id, values[i] as T]])));
  return {
    costs: Object.fromEntries(ids.map((id, i) => [id, (s.quarters[i] as number[]).map((q) => (q % 2 === 0 ? q / 4 : String(q / 4)))])),
    caps: entries(s.caps),
    minimums: entries(s.minimums),
    locked: ids.filter((_, i) => s.locked[i]),
  };
}

/** Level bounds per indicator as the planner reads the options. */
function bounds(s: Scenario) {
  return s.current.map((level, i) => {
    const cap = s.locked[i] ? level : Math.max(level, Math.min(5, s.caps[i] ?? 5));
    const wanted = Math.max(level, Math.min(s.minimums[i] ?? 0, 5));
    return { low: Math.min(wanted, cap), high: cap, conflict: wanted > cap };
  });
}

const sumOf = (levels: readonly number[], from = 0, to = levels.length) => {
  let sum = 0;
  for (let i = from; i < to; i++) sum += (levels[i] as number) * (UNITS[i] as number);
  return sum;
};

/** Least whole number of units that reaches `tenths / 10` on a range of `units`. */
const required = (tenths: number, units: number) => Math.ceil((tenths * units) / 10 - 1e-9);

const quartersOf = (s: Scenario, i: number, from: number, to: number) => {
  let q = 0;
  for (let level = from; level < to; level++) q += (s.quarters[i] as number[])[Math.max(0, level - 1)] as number;
  return q;
};

const fromQuarters = (q: number) => formatExactDecimal(rational(q, 4));

describe('plan and frontier against brute force (seeded scenarios, nested and sibling groups)', () => {
  it('plan finds a cheapest plan, or the exact reasons why there is none', () => {
    const pick = generator(20260601);
    let reached = 0;
    for (let run = 0; run < 100; run++) {
      const s = scenario(pick);
      const target = {
        ...(s.index === undefined ? {} : { index: (s.index / 10).toString() }),
        groups: Object.fromEntries(s.groups.map(([id, tenths]) => [id, (tenths / 10).toString()])),
      };
      const options = optionsOf(s);
      if (s.index === undefined && s.groups.length === 0 && Object.keys(options.minimums).length === 0) {
        // Nothing asked: an issue, never an empty plan.
        const refused = safePlan(at(s.current), small, target, options);
        expect(refused.success ? [] : refused.issues.map((issue) => [issue.code, issue.path])).toEqual([['plan.target_invalid', []]]);
        continue;
      }
      const out = plan(at(s.current), small, target, options);
      const limits = bounds(s);
      const highs = limits.map((limit) => limit.high);
      const expectedReasons: (string | number)[][] = [];
      for (const [id, tenths] of s.groups) {
        const group = GROUPS[id] as { from: number; to: number; units: number };
        if (sumOf(highs, group.from, group.to) < required(tenths, group.units)) expectedReasons.push(['plan.group_unreachable', id]);
      }
      if (s.index !== undefined && sumOf(highs) < required(s.index, 40)) expectedReasons.push(['plan.index_unreachable']);
      limits.forEach((limit, i) => limit.conflict && expectedReasons.push(['plan.minimum_unreachable', String(i + 1)]));
      expect(out.reasons.map((reason) => [reason.code, ...reason.path.slice(2)]), `run ${run}`).toEqual(expectedReasons);
      expect(out.best.index.exact).toBe(toFractionString(rational(sumOf(highs), 40)));
      if (expectedReasons.length > 0) {
        expect(out).toMatchObject({ reachable: false, raises: [], totalCost: null, result: null });
        continue;
      }
      const meets = (levels: readonly number[]) =>
        (s.index === undefined || sumOf(levels) >= required(s.index, 40)) &&
        s.groups.every(([id, tenths]) => {
          const group = GROUPS[id] as { from: number; to: number; units: number };
          return sumOf(levels, group.from, group.to) >= required(tenths, group.units);
        });
      let least = Infinity;
      for (const levels of combinations(limits.map((limit) => limit.low), highs)) {
        if (!meets(levels)) continue;
        const q = levels.reduce((acc, level, i) => acc + quartersOf(s, i, s.current[i] as number, level), 0);
        if (q < least) least = q;
      }
      expect(least, `run ${run}`).toBeLessThan(Infinity);
      reached++;
      expect(out.reachable).toBe(true);
      expect(out.totalCost, `run ${run}`).toBe(fromQuarters(least));
      // The raises are the plan: they meet the target, stay within bounds and add up to the total.
      const planned = [...s.current];
      let total = 0;
      let last = -1;
      for (const raise of out.raises) {
        const i = Number(raise.indicator) - 1;
        expect(i).toBeGreaterThan(last);
        last = i;
        expect(raise.from).toBe(s.current[i]);
        expect(raise.to).not.toBe(raise.from);
        expect(raise.to).toBeGreaterThanOrEqual((limits[i] as { low: number }).low);
        expect(raise.to).toBeLessThanOrEqual((limits[i] as { high: number }).high);
        const q = quartersOf(s, i, raise.from as number, raise.to);
        expect(raise.cost).toBe(fromQuarters(q));
        expect(raise.gain.exact).toBe(toFractionString(rational((raise.to - (raise.from as number)) * (UNITS[i] as number), 40)));
        total += q;
        planned[i] = raise.to;
      }
      limits.forEach((limit, i) => expect(planned[i]).toBeGreaterThanOrEqual(limit.low));
      expect(meets(planned), `run ${run}`).toBe(true);
      expect(total).toBe(least);
      expect(out.result?.index.exact).toBe(toFractionString(rational(sumOf(planned), 40)));
    }
    expect(reached).toBeGreaterThan(40);
  });

  it('frontier gives exactly the Pareto points, with raises that reach them', () => {
    const pick = generator(777);
    let feasible = 0;
    for (let run = 0; run < 60; run++) {
      const s = scenario(pick);
      const groups = Object.fromEntries(s.groups.map(([id, tenths]) => [id, tenths / 10]));
      const out = frontier(at(s.current), small, { ...optionsOf(s), groups });
      const limits = bounds(s);
      const highs = limits.map((limit) => limit.high);
      const groupMet = (levels: readonly number[]) =>
        s.groups.every(([id, tenths]) => {
          const group = GROUPS[id] as { from: number; to: number; units: number };
          return sumOf(levels, group.from, group.to) >= required(tenths, group.units);
        });
      const expectedReasons: string[] = [
        ...s.groups.filter(([id, tenths]) => sumOf(highs, GROUPS[id]!.from, GROUPS[id]!.to) < required(tenths, GROUPS[id]!.units)).map(([id]) => `group ${id}`),
        ...limits.flatMap((limit, i) => (limit.conflict ? [`minimum ${i + 1}`] : [])),
      ];
      expect(out.reasons.map((reason) => `${reason.code === 'plan.group_unreachable' ? 'group' : 'minimum'} ${String(reason.path[1])}`), `run ${run}`).toEqual(expectedReasons);
      if (expectedReasons.length > 0) {
        expect(out).toEqual({ feasible: false, points: [], reasons: out.reasons });
        continue;
      }
      feasible++;
      const best = new Map<number, number>(); // sum → least quarters
      for (const levels of combinations(limits.map((limit) => limit.low), highs)) {
        if (!groupMet(levels)) continue;
        const sum = sumOf(levels);
        const q = levels.reduce((acc, level, i) => acc + quartersOf(s, i, s.current[i] as number, level), 0);
        if (q < (best.get(sum) ?? Infinity)) best.set(sum, q);
      }
      const expected: { cost: string; index: string }[] = [];
      let cheapest = Infinity;
      for (const sum of [...best.keys()].sort((a, b) => b - a)) {
        const q = best.get(sum) as number;
        if (q < cheapest) {
          expected.unshift({ cost: fromQuarters(q), index: toFractionString(rational(sum, 40)) });
          cheapest = q;
        }
      }
      expect(out.points.map((point) => ({ cost: point.cost, index: point.index.exact })), `run ${run}`).toEqual(expected);
      for (const point of out.points) {
        const planned = [...s.current];
        let total = 0;
        for (const raise of point.raises) {
          const i = Number(raise.indicator) - 1;
          total += quartersOf(s, i, raise.from as number, raise.to);
          planned[i] = raise.to;
        }
        expect(fromQuarters(total)).toBe(point.cost);
        expect(toFractionString(rational(sumOf(planned), 40))).toBe(point.index.exact);
        expect(groupMet(planned)).toBe(true);
        limits.forEach((limit, i) => expect(planned[i]).toBeGreaterThanOrEqual(limit.low));
      }
    }
    expect(feasible).toBeGreaterThan(30);
  });
});
