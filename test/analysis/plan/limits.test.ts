import { describe, expect, it } from 'vitest';
import { frontier, safeFrontier } from '../../../src/analysis/plan/frontier.js';
import { safePlan } from '../../../src/analysis/plan/plan.js';
import { safeCompileCatalogue } from '../../../src/catalogue/compile.js';
import { unwrap, type Issue, type SafeResult } from '../../../src/model/issue.js';
import { score } from '../../../src/scoring/score.js';
import { smallDefinition } from '../../helpers/small-catalogue.js';

function issuesOf(outcome: SafeResult<unknown>): readonly Issue[] {
  if (outcome.success) throw new Error('expected issues, got a result');
  return outcome.issues;
}

/**
 * 50 indicators with weights of five decimals: 10 000 000 units in all (i1, i2: 200 000 each;
 * i3–i26: 199 999; i27–i50: 200 001). From level 1, a gain of 1 000 000 units needs a table of
 * (1 000 000 + 1) × 50 = 50 000 050 cells, just over the 50 000 000 limit.
 */
const fineIds = Array.from({ length: 50 }, (_, k) => `i${k + 1}`);

const fine = unwrap(
  safeCompileCatalogue({
    ...smallDefinition,
    id: 'fine-50',
    groups: [
      {
        id: 'G',
        tier: 'aspect',
        name: { id: 'G', en: 'G' },
        weight: '100',
        indicators: fineIds.map((id, k) => ({ id, number: k + 1, name: { id, en: id }, scale: 'process', weight: k < 2 ? '2' : k < 26 ? '1.99999' : '2.00001' })),
      },
    ],
  }),
);

const fineOnes = score(fine, { levels: Object.fromEntries(fineIds.map((id) => [id, 1])) });

/** Only i1 (1→4) and i2 (1→3) may move: 3 × 200 000 + 2 × 200 000 = 1 000 000 units at most. */
const fineOptions = { locked: fineIds.slice(2), caps: { i1: 4, i2: 3 } };

const tooLarge = (cells: number) => ({
  code: 'plan.too_large',
  path: [],
  message: {
    id: `Perencanaan memerlukan tabel ${cells} sel, melebihi batas 50000000: bobot katalog terlalu halus.`,
    en: `Planning would need a table of ${cells} cells, above the limit of 50000000: the catalogue's weights are too fine.`,
  },
});

describe('the planner size limit', () => {
  it('checks the catalogue units', () => {
    expect(fine.totalUnits).toBe(10_000_000);
    expect(fine.indicators.map((indicator) => indicator.units).slice(0, 3)).toEqual([200_000, 200_000, 199_999]);
  });

  it('plan refuses a table just over the limit, whether or not groups are targeted', () => {
    expect(issuesOf(safePlan(fineOnes, fine, { index: '1.1' }, fineOptions))).toEqual([tooLarge(50_000_050)]);
    expect(issuesOf(safePlan(fineOnes, fine, { index: '1.1', groups: { G: '1' } }, fineOptions))).toEqual([tooLarge(50_000_050)]);
  });

  it('plan sizes the table by the largest need, the group one when it is larger', () => {
    expect(issuesOf(safePlan(fineOnes, fine, { index: '1', groups: { G: '1.1' } }, fineOptions))).toEqual([tooLarge(50_000_050)]);
  });

  it('frontier refuses a table just over the limit', () => {
    expect(issuesOf(safeFrontier(fineOnes, fine, fineOptions))).toEqual([tooLarge(50_000_050)]);
    expect(issuesOf(safeFrontier(fineOnes, fine, { ...fineOptions, groups: { G: '1' } }))).toEqual([tooLarge(50_000_050)]);
    expect(issuesOf(safeFrontier(fineOnes, fine))).toEqual([tooLarge(2_000_000_050)]);
  });

  it('frontier sizes the table by the gain still possible, not by the current levels', () => {
    const out = frontier(fineOnes, fine, { locked: fineIds });
    expect(out).toEqual({ feasible: true, points: [{ cost: '0', index: { exact: '1', value: '1.00', predicate: expect.objectContaining({ id: 'kurang' }) }, raises: [] }], reasons: [] });
  });
});
