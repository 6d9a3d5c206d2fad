import { describe, expect, it } from 'vitest';
import { floatCatalogue, floatScore } from '../../bench/float-baseline.js';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom } from '../helpers/assessments.js';

/*
 * The cases docs/rounding-and-predikat.md shows, pinned: what the library answers, and what the
 * two classic mistakes (floats with toFixed, recomputing from displayed values) answer instead.
 */

// Indicators 1..47 in order.
const TIE = [5, 3, 2, 2, 2, 3, 4, 5, 1, 3, 4, 3, 5, 3, 5, 2, 1, 5, 4, 1, 1, 1, 2, 4, 4, 2, 3, 4, 4, 3, 1, 5, 1, 3, 5, 5, 5, 3, 2, 5, 4, 4, 5, 1, 2, 4, 2];
const FRAGILE = [5, 2, 4, 4, 2, 2, 3, 1, 4, 3, 3, 3, 5, 2, 5, 5, 4, 5, 1, 4, 2, 1, 2, 5, 4, 4, 4, 1, 2, 4, 1, 4, 5, 2, 5, 2, 4, 4, 5, 5, 4, 2, 4, 3, 2, 5, 5];

describe('the documented float and rounding pitfalls', () => {
  it('an exact tie at the third decimal (3.235) is shown rounded up; a float implementation shows 3.23', () => {
    const levels = levelsFrom(catalogue, TIE);
    const result = score(catalogue, { levels });
    expect(result.index).toMatchObject({ exact: '647/200', value: '3.24' });
    expect(floatScore(floatCatalogue(catalogue), { levels }).index.value).toBe('3.23');
  });

  it('recomputing the index from the displayed domain values gives a different display', () => {
    const result = score(catalogue, { levels: levelsFrom(catalogue, TIE) });
    expect(result.domains.map((domain) => domain.value)).toEqual(['3.00', '3.30', '2.64', '3.48']);
    // Exact decimal arithmetic on the displayed values (in thousandths), to show the mistake itself.
    const thousandths = result.domains.reduce((sum, domain) => sum + Math.round(Number(domain.value) * 100) * Number(domain.weight) * 10, 0) / 100;
    expect(thousandths).toBe(3234);
    expect(result.index.value).toBe('3.24');
  });

  it('a value displayed as 3.50 whose exact value is below 3.5 is Baik, not Sangat Baik', () => {
    const result = score(catalogue, { levels: levelsFrom(catalogue, FRAGILE) });
    expect(result.index).toMatchObject({ exact: '699/200', value: '3.50', predicate: { id: 'baik' } });
    const rounded = score(catalogue, { levels: levelsFrom(catalogue, FRAGILE) }, { predicateFrom: 'rounded' });
    expect(rounded.index.predicate.id).toBe('sangat-baik');
  });

  it('the constructed 4.745 of the domain reference is shown as 4.75', () => {
    const lower = new Set(['21', '22', '23', '24', '25', '42', '43', '44', '45', '46', '47']);
    const result = score(catalogue, { levels: Object.fromEntries(catalogue.indicators.map((i) => [i.id, lower.has(i.id) ? 4 : 5])) });
    expect(result.index).toMatchObject({ exact: '949/200', value: '4.75', predicate: { id: 'memuaskan' } });
  });
});
