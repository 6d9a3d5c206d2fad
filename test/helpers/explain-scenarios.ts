import type { Explanation, ExplanationNode } from '../../src/analysis/explain.js';
import { safeCompileCatalogue } from '../../src/catalogue/compile.js';
import { PREDICATES_2020, PROCESS_SCALE } from '../../src/catalogues/permenpanrb-59-2020/scales.js';
import type { CatalogueDefinition, IndicatorDefinition } from '../../src/model/catalogue.js';
import { unwrap } from '../../src/model/issue.js';
import type { ScoreResult } from '../../src/model/result.js';

/*
 * The scenarios explain and renderExplanation are checked on: the small catalogue's complete and
 * partial results, and a catalogue of the same shape with other tiers and long names. Tests
 * compute their results inside the test (not at describe level), so the mutation run attributes
 * the coverage to them.
 *
 * Worked numbers (small catalogue: D1 40 = A1 15 (i1 5, i2 10) + A2 25 (i3 12.5, i4 12.5);
 * D2 60 = A3 60 (i5 35, i6 25)), levels 3, 4, 5, 5, 2, 3:
 *   A1 = (3×5 + 4×10) / 15 = 55/15 = 11/3 ≈ 3.67 (Sangat Baik)
 *   A2 = (5×12.5 + 5×12.5) / 25 = 125/25 = 5 → 5.00 (Memuaskan, the first band, max inclusive)
 *   D1 = (11/3×15 + 5×25) / 40 = (55 + 125) / 40 = 9/2 = 4.5 → 4.50 (Memuaskan)
 *   A3 = D2 = (2×35 + 3×25) / 60 = 145/60 = 29/12 ≈ 2.42 (Cukup)
 *   index = (9/2×40 + 29/12×60) / 100 = (180 + 145) / 100 = 13/4 = 3.25 (Baik)
 */
export const completeLevels = { '1': 3, '2': 4, '3': 5, '4': 5, '5': 2, '6': 3 };

export const ind = (id: string, weight: string, name?: { id: string; en: string }, notApplicable?: boolean): IndicatorDefinition => ({
  id,
  number: Number(id),
  name: name ?? { id: `Indikator ${id}`, en: `Indicator ${id}` },
  scale: 'process',
  weight,
  ...(notApplicable ? { notApplicable } : {}),
});

export const LONG_ID = 'Tingkat kematangan kebijakan internal arsitektur SPBE instansi'; // 62 characters

export const LONG_EN = 'Maturity of the internal policy on the SPBE architecture of agencies'; // 68 characters

/** The small catalogue's shape with tiers other than domain/aspect, a long name and a name with a pipe. */
export const customDefinition: CatalogueDefinition = {
  id: 'custom-tiers',
  revision: '1',
  title: { id: 'Katalog tingkatan lain', en: 'Other tiers catalogue' },
  legalBasis: [],
  years: [],
  tiers: [
    { id: 'pilar', label: { id: 'Pilar', en: 'Pillar' }, plural: { id: 'Pilar', en: 'Pillars' } },
    { id: 'komponen', label: { id: 'Komponen', en: 'Component' }, plural: { id: 'Komponen', en: 'Components' } },
  ],
  scales: [PROCESS_SCALE],
  predicates: PREDICATES_2020,
  totalWeight: '100',
  groups: [
    {
      id: 'P1',
      tier: 'pilar',
      name: { id: 'Tata Kelola | Kebijakan', en: 'Governance | Policy' },
      weight: '40',
      groups: [
        { id: 'K1', tier: 'komponen', name: { id: 'Komponen 1', en: 'Component 1' }, weight: '15', indicators: [ind('1', '5', { id: LONG_ID, en: LONG_EN }), ind('2', '10')] },
        { id: 'K2', tier: 'komponen', name: { id: 'Komponen 2', en: 'Component 2' }, weight: '25', indicators: [ind('3', '12.5'), ind('4', '12.5', undefined, true)] },
      ],
    },
    {
      id: 'P2',
      tier: 'pilar',
      name: { id: 'Layanan', en: 'Services' },
      weight: '60',
      groups: [{ id: 'K3', tier: 'komponen', name: { id: 'Komponen 3', en: 'Component 3' }, weight: '60', indicators: [ind('5', '35'), ind('6', '25')] }],
    },
  ],
};

export const custom = unwrap(safeCompileCatalogue(customDefinition));

/*
 * Partial result on the custom catalogue (decimals 3, half to even, predikat from the rounded value):
 * indicators 1 and 2 missing, 4 not applicable (excluded), 3 at 4, 5 at 2, 6 at 3.
 *   K1: nothing entered → no value, no predikat (Σ weight 0)
 *   K2 = 4×12.5 / 12.5 = 4 → 4.000 (Sangat Baik)
 *   P1 = 4×25 / 25 = 4 (K1 does not enter)
 *   K3 = P2 = 145/60 = 29/12 = 2.41666… → 2.417 (Cukup)
 *   index = (4×40 + 29/12×60) / 100 = (160 + 145) / 100 = 61/20 = 3.05 → 3.050 (Baik)
 */
export const partialOptions = { missing: 'partial', decimals: 3, rounding: 'halfEven', predicateFrom: 'rounded' } as const;

export const partialLevels = { '3': 4, '4': 'na' as const, '5': 2, '6': 3 };

export const node = (why: Explanation, id: string): ExplanationNode => {
  const found = id === 'index' ? why.index : why.groups.find((group) => group.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
};

/** Checksums and fingerprints change with the catalogue compiler and the library version: keep them out of snapshots. */
export function scrub(text: string, result: ScoreResult): string {
  return text.split(result.meta.catalogue.checksum).join('<checksum>').split(result.meta.fingerprint).join('<fingerprint>');
}
