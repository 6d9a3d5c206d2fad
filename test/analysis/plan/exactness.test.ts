import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safePlan } from '../../../src/analysis/plan/plan.js';
import { roundRatio } from '../../../src/arithmetic/rounding.js';
import { parseDecimal } from '../../../src/arithmetic/decimal-string.js';
import { compileCatalogue } from '../../../src/catalogue/compile.js';
import { PREDICATES_2020, PROCESS_SCALE, SPBE_TIERS } from '../../../src/catalogues/permenpanrb-59-2020/scales.js';
import type { Catalogue, CatalogueDefinition } from '../../../src/model/catalogue.js';
import { unwrap } from '../../../src/model/issue.js';
import { score } from '../../../src/scoring/score.js';
import { combinations } from '../../helpers/small-catalogue.js';

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
  return unwrap(compileCatalogue(definition));
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
