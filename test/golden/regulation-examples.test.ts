import { describe, expect, it } from 'vitest';
import { safeCompileCatalogue } from '../../src/catalogue/compile.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { PREDICATES_2020, PROCESS_SCALE, SPBE_TIERS } from '../../src/catalogues/permenpanrb-59-2020/scales.js';
import type { CatalogueDefinition } from '../../src/model/catalogue.js';
import { unwrap } from '../../src/model/issue.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom, uniformLevels } from '../helpers/assessments.js';

/*
 * The worked examples printed in PermenPANRB 59/2020 (domain reference, section 3).
 */

describe('worked examples of PermenPANRB 59/2020', () => {
  // Indicators 11–14 at 3, 4, 3, 2; A3 (15–18) all 4; A4 (19–20) all 3; everything else 3.
  const levels = { ...uniformLevels(permenpanrb592020, 3), 11: 3, 12: 4, 13: 3, 14: 2, 15: 4, 16: 4, 17: 4, 18: 4 };
  const result = score(permenpanrb592020, { levels });
  const group = (id: string) => result.groups.find((g) => g.id === id);

  it('Aspect A2: levels 3, 4, 3, 2 at 2.50 each give 30 / 10 = 3.00', () => {
    expect(group('A2')).toMatchObject({ value: '3.00', exact: '3', weight: '10' });
  });

  it('Domain D2: aspects 3.00, 4.00, 3.00 (bobot 10, 10, 5) give 85 / 25 = 3.40', () => {
    expect(group('A3')).toMatchObject({ value: '4.00', weight: '10' });
    expect(group('A4')).toMatchObject({ value: '3.00', weight: '5' });
    expect(group('D2')).toMatchObject({ value: '3.40', exact: '17/5', weight: '25' });
  });

  it('Index: domains 3.70, 3.40, 3.00, 3.20 (bobot 13, 25, 16.5, 45.5) give 328.2 / 100 = 3.28 (exact 3.282)', () => {
    // Integer levels of the real catalogue cannot make D4 exactly 3.20, so the index formula is
    // checked on a catalogue with the same domain weights, each domain split over ten equal
    // indicators: level sums 37, 34, 30, 32 give domain values 3.7, 3.4, 3.0, 3.2.
    const domain = (id: string, weight: string) => ({
      id,
      tier: 'domain',
      name: { id, en: id },
      weight,
      indicators: Array.from({ length: 10 }, (_, i) => ({
        id: `${id}.${i + 1}`,
        number: i + 1,
        name: { id: `${id}.${i + 1}`, en: `${id}.${i + 1}` },
        scale: 'process',
      })),
    });
    const definition: CatalogueDefinition = {
      id: 'worked-example-index',
      revision: '1',
      title: { id: 'Contoh', en: 'Example' },
      legalBasis: [],
      years: [],
      tiers: SPBE_TIERS,
      scales: [PROCESS_SCALE],
      predicates: PREDICATES_2020,
      totalWeight: '100',
      groups: [domain('D1', '13'), domain('D2', '25'), domain('D3', '16.5'), domain('D4', '45.5')],
    };
    const catalogue = unwrap(safeCompileCatalogue(definition));
    const sums: Record<string, number[]> = {
      D1: [4, 4, 4, 4, 4, 4, 4, 3, 3, 3],
      D2: [4, 4, 4, 4, 3, 3, 3, 3, 3, 3],
      D3: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
      D4: [4, 4, 3, 3, 3, 3, 3, 3, 3, 3],
    };
    const assessment = Object.fromEntries(
      Object.entries(sums).flatMap(([id, values]) => values.map((level, i) => [`${id}.${i + 1}`, level])),
    );
    const outcome = score(catalogue, { levels: assessment });
    expect(outcome.groups.map((g) => g.value)).toEqual(['3.70', '3.40', '3.00', '3.20']);
    expect(outcome.index).toMatchObject({ value: '3.28', exact: '1641/500' });
    expect(outcome.index.exact).toBe('1641/500'); // 3.282
    expect(outcome.index.predicate.id).toBe('baik');
  });
});

describe('official rounding and predikat rules (domain reference, section 3)', () => {
  it('the index of the 59/2020 catalogue is N / 2000 exactly', () => {
    expect(permenpanrb592020.totalUnits).toBe(2000);
  });

  it('all level 1 gives 1.00 Kurang; all level 5 gives 5.00 Memuaskan', () => {
    expect(score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 1) }).index).toMatchObject({
      value: '1.00',
      exact: '1',
      predicate: { id: 'kurang', label: { id: 'Kurang', en: 'Poor' } },
    });
    expect(score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 5) }).index).toMatchObject({
      value: '5.00',
      predicate: { id: 'memuaskan', label: { id: 'Memuaskan', en: 'Excellent' } },
    });
  });

  it('an exact 3.4985 displays as "3.50" but is Baik, not Sangat Baik', () => {
    // 3.4985 = 6997/2000 on the catalogue's 2000-unit scale.
    const catalogue = permenpanrb592020;
    const levels = findLevelsFor(catalogue.indicators.map((i) => i.units), 6997);
    const result = score(catalogue, { levels: levelsFrom(catalogue, levels) });
    expect(result.index.exact).toBe('6997/2000');
    expect(result.index.value).toBe('3.50');
    expect(result.index.predicate.id).toBe('baik');
    expect(score(catalogue, { levels: levelsFrom(catalogue, levels) }, { predicateFrom: 'rounded' }).index.predicate.id).toBe('sangat-baik');
  });

  it('an exact tie at the third decimal rounds half up (4.745 → "4.75"), unlike floats', () => {
    const catalogue = permenpanrb592020;
    const levels = findLevelsFor(catalogue.indicators.map((i) => i.units), 9490); // 4.745
    const result = score(catalogue, { levels: levelsFrom(catalogue, levels) });
    expect(result.index.exact).toBe('949/200');
    expect(result.index.value).toBe('4.75');
    expect((4.745).toFixed(2)).toBe('4.75'); // this one survives floats by luck...
    expect((1.005).toFixed(2)).toBe('1.00'); // ...this one does not: why no float touches a score
    expect(score(catalogue, { levels: levelsFrom(catalogue, levels) }, { rounding: 'halfEven' }).index.value).toBe('4.74');
  });
});

/**
 * Finds levels 1..5 (one per weight) whose Σ level × units equals `target`: a subset-sum table over
 * the raises (0..4 steps per indicator), then a walk back through it.
 */
function findLevelsFor(units: readonly number[], target: number): number[] {
  const need = target - units.reduce((a, b) => a + b, 0);
  // reach[k][s]: the raise sum s is reachable with the first k indicators.
  const reach: boolean[][] = [Array.from({ length: need + 1 }, (_, s) => s === 0)];
  units.forEach((u, k) => {
    const previous = reach[k] as boolean[];
    reach.push(previous.map((_, s) => [0, 1, 2, 3, 4].some((r) => s - r * u >= 0 && previous[s - r * u] === true)));
  });
  if (!(reach[units.length] as boolean[])[need]) throw new Error(`no levels for ${target}`);
  const levels = units.map(() => 1);
  let rest = need;
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k] as number;
    const r = [0, 1, 2, 3, 4].find((step) => rest - step * u >= 0 && (reach[k] as boolean[])[rest - step * u] === true) as number;
    levels[k] = 1 + r;
    rest -= r * u;
  }
  return levels;
}
