import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFraction, add, mul, div, rational, compare, ZERO } from '../../src/arithmetic/rational.js';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { definition } from '../../src/catalogues/permenpanrb-59-2020/definition.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom } from '../helpers/assessments.js';
import { D, fromFraction, type DecimalValue } from '../helpers/oracle.js';

/*
 * Property tests over random complete assessments of the 59/2020 catalogue, against the
 * regulation's formulas computed independently with decimal.js from the catalogue's written
 * weights (not the compiled integer units).
 */

const levelsArbitrary = fc.array(fc.integer({ min: 1, max: 5 }), {
  minLength: catalogue.indicators.length,
  maxLength: catalogue.indicators.length,
});

/** Indeks Aspek, Domain and SPBE exactly as PermenPANRB 59/2020 writes them. */
function regulationFormulas(levels: Record<string, number>) {
  const values = new Map<string, DecimalValue>();
  let indexSum = new D(0);
  for (const domain of definition.groups) {
    let domainSum = new D(0);
    for (const aspect of domain.groups) {
      let aspectSum = new D(0);
      for (const indicator of aspect.indicators) aspectSum = aspectSum.plus(new D(levels[indicator.id] as number).times(indicator.weight));
      const aspectIndex = aspectSum.div(aspect.weight); // (1 / BA) × Σ NI × BI
      values.set(aspect.id, aspectIndex);
      domainSum = domainSum.plus(aspectIndex.times(aspect.weight));
    }
    const domainIndex = domainSum.div(domain.weight); // (1 / BD) × Σ NA × BA
    values.set(domain.id, domainIndex);
    indexSum = indexSum.plus(domainIndex.times(domain.weight));
  }
  values.set('index', indexSum.div(100)); // (1 / 100) × Σ ND × BD
  return values;
}

describe('score against the regulation formulas (decimal.js oracle)', () => {
  it('every value equals the formula, rounded half up to 2 decimals', () => {
    fc.assert(
      fc.property(levelsArbitrary, (array) => {
        const levels = levelsFrom(catalogue, array);
        const result = score(catalogue, { levels });
        const oracle = regulationFormulas(levels);
        const round = (value: DecimalValue) => value.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2);
        expect(result.index.value).toBe(round(oracle.get('index') as DecimalValue));
        for (const group of result.groups) {
          expect(group.value).toBe(round(oracle.get(group.id) as DecimalValue));
          // the exact fraction is the exact value (up to the oracle's 80 digits)
          expect(fromFraction(group.exact as string).minus(oracle.get(group.id) as DecimalValue).abs().lt('1e-60')).toBe(true);
        }
        expect(fromFraction(result.index.exact).minus(oracle.get('index') as DecimalValue).abs().lt('1e-60')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the index lies within the scale, 1..5', () => {
    fc.assert(
      fc.property(levelsArbitrary, (array) => {
        const exact = fromFraction(score(catalogue, { levels: levelsFrom(catalogue, array) }).index.exact);
        expect(exact.gte(1) && exact.lte(5)).toBe(true);
      }),
    );
  });

  it('raising any one level never lowers any value', () => {
    fc.assert(
      fc.property(levelsArbitrary, fc.nat({ max: catalogue.indicators.length - 1 }), (array, position) => {
        fc.pre((array[position] as number) < 5);
        const before = score(catalogue, { levels: levelsFrom(catalogue, array) });
        const raised = array.slice();
        raised[position] = (raised[position] as number) + 1;
        const after = score(catalogue, { levels: levelsFrom(catalogue, raised) });
        const exact = (text: string | null) => parseFraction(text as string)!;
        expect(compare(exact(after.index.exact), exact(before.index.exact))).toBe(1);
        before.groups.forEach((group, g) => {
          expect(compare(exact(after.groups[g]!.exact), exact(group.exact))).toBeGreaterThanOrEqual(0);
        });
      }),
    );
  });

  it('the index equals the weighted mean of the domain values exactly', () => {
    fc.assert(
      fc.property(levelsArbitrary, (array) => {
        const result = score(catalogue, { levels: levelsFrom(catalogue, array) });
        let weighted = ZERO;
        let total = ZERO;
        for (const domain of result.domains) {
          const weight = fromFraction(domain.weight); // "16.5" parses as a decimal
          const w = rational(BigInt(weight.times(10).toFixed(0)), 10n);
          weighted = add(weighted, mul(parseFraction(domain.exact as string)!, w));
          total = add(total, w);
        }
        expect(compare(div(weighted, total), parseFraction(result.index.exact)!)).toBe(0);
      }),
    );
  });

  it('contributions add up to the index exactly', () => {
    fc.assert(
      fc.property(levelsArbitrary, (array) => {
        const result = score(catalogue, { levels: levelsFrom(catalogue, array) });
        const sum = result.indicators.reduce((acc, indicator) => add(acc, parseFraction(indicator.contribution.exact)!), ZERO);
        expect(compare(sum, parseFraction(result.index.exact)!)).toBe(0);
      }),
    );
  });

  it('the display value is the exact value rounded half up, including exact ties', () => {
    // Index values are k / 2000; a tie at the third decimal is k ≡ 1 (mod 2) with k/2000 = x.xx5.
    fc.assert(
      fc.property(levelsArbitrary, (array) => {
        const result = score(catalogue, { levels: levelsFrom(catalogue, array) });
        const exact = fromFraction(result.index.exact);
        expect(result.index.value).toBe(exact.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2));
        const thousandths = exact.times(1000);
        if (thousandths.isInteger() && thousandths.mod(10).eq(5)) {
          expect(new D(result.index.value).gt(exact)).toBe(true); // ties go up
        }
      }),
      { numRuns: 500 },
    );
  });
});
