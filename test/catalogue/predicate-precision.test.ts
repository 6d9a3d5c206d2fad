import { describe, expect, it } from 'vitest';
import { safeDefineCatalogue } from '../../src/catalogue/define.js';
import { score } from '../../src/scoring/score.js';
import { smallDefinition } from '../helpers/small-catalogue.js';

type Band = { min: string; max: string };

function withBoundary(value: string) {
  const definition = structuredClone(smallDefinition) as unknown as { predicates: Band[] };
  definition.predicates[1]!.min = value; // sangat-baik from `value`
  definition.predicates[2]!.max = value; // baik up to `value`
  return definition;
}

describe('predikat bounds', () => {
  it('refuses a lower bound too precise to compare exactly, instead of silently moving the band', () => {
    const outcome = safeDefineCatalogue(withBoundary('3.50000000000000000001'));
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.issues).toEqual([
      {
        code: 'catalogue.predicate_invalid',
        path: ['predicates', 1, 'min'],
        message: {
          id: 'Batas bawah predikat "sangat-baik" (3.50000000000000000001) terlalu presisi; gunakan paling banyak 15 angka penting.',
          en: 'The lower bound of predicate band "sangat-baik" (3.50000000000000000001) is too precise; use at most 15 significant digits.',
        },
        received: '"3.50000000000000000001"',
      },
    ]);
  });

  it('accepts a precise bound that fits, and bands by it exactly', () => {
    const outcome = safeDefineCatalogue(withBoundary('3.500000000000001'));
    expect(outcome.success).toBe(true);
    if (!outcome.success) return;
    const catalogue = outcome.output;
    const at = (levels: number[]) => score(catalogue, { levels: Object.fromEntries(levels.map((level, i) => [String(i + 1), level])) }).index;
    // 3.5 exactly is below the bound: still Baik.
    expect(at([3, 3, 4, 4, 3, 4])).toMatchObject({ exact: '7/2', predicate: { id: 'baik' } });
    expect(at([5, 5, 5, 5, 5, 5]).predicate.id).toBe('memuaskan');
  });
});
