import { compileCatalogue } from '../../src/catalogue/compile.js';
import { PREDICATES_2020, PROCESS_SCALE, SPBE_TIERS } from '../../src/catalogues/permenpanrb-59-2020/scales.js';
import type { Catalogue, CatalogueDefinition } from '../../src/model/catalogue.js';
import { unwrap } from '../../src/model/issue.js';

const indicator = (id: string, weight: string) => ({
  id,
  number: Number(id),
  name: { id: `Indikator ${id}`, en: `Indicator ${id}` },
  scale: 'process',
  weight,
});

/**
 * A small catalogue for brute-force tests: 2 domains, 3 aspects, 6 indicators with unequal
 * weights (total 100), the 2020 predikat bands and 1–5 levels.
 */
export const smallDefinition: CatalogueDefinition = {
  id: 'small-test',
  revision: '1',
  title: { id: 'Katalog uji kecil', en: 'Small test catalogue' },
  legalBasis: [],
  years: [],
  tiers: SPBE_TIERS,
  scales: [PROCESS_SCALE],
  predicates: PREDICATES_2020,
  totalWeight: '100',
  targets: { index: '2.6', level: 3 },
  groups: [
    {
      id: 'D1',
      tier: 'domain',
      name: { id: 'Domain 1', en: 'Domain 1' },
      weight: '40',
      groups: [
        { id: 'A1', tier: 'aspect', name: { id: 'Aspek 1', en: 'Aspect 1' }, weight: '15', indicators: [indicator('1', '5'), indicator('2', '10')] },
        { id: 'A2', tier: 'aspect', name: { id: 'Aspek 2', en: 'Aspect 2' }, weight: '25', indicators: [indicator('3', '12.5'), indicator('4', '12.5')] },
      ],
    },
    {
      id: 'D2',
      tier: 'domain',
      name: { id: 'Domain 2', en: 'Domain 2' },
      weight: '60',
      groups: [
        { id: 'A3', tier: 'aspect', name: { id: 'Aspek 3', en: 'Aspect 3' }, weight: '60', indicators: [indicator('5', '35'), indicator('6', '25')] },
      ],
    },
  ],
};

export const small: Catalogue = unwrap(compileCatalogue(smallDefinition));

/** Every combination of levels with `low[i] <= level[i] <= high[i]`. */
export function* combinations(low: readonly number[], high: readonly number[]): Generator<number[]> {
  const levels = [...low];
  for (;;) {
    yield [...levels];
    let i = levels.length - 1;
    while (i >= 0 && levels[i] === high[i]) {
      levels[i] = low[i] as number;
      i--;
    }
    if (i < 0) return;
    levels[i] = (levels[i] as number) + 1;
  }
}
