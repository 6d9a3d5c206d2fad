import { safeCompileCatalogue } from '../../src/catalogue/compile.js';
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

export const small: Catalogue = unwrap(safeCompileCatalogue(smallDefinition));

/**
 * A catalogue with the small one's tiers, scales and bands but one aspect of `process`
 * indicators, weighted as given (`[id, weight]` in order; the weights add up to 100): for tests
 * where the weights or the ids, not the tree, decide the outcome.
 */
export function oneAspectCatalogue(id: string, weights: readonly (readonly [id: string, weight: string])[]): Catalogue {
  const indicators = weights.map(([name, weight], k) => ({ id: name, number: k + 1, name: { id: name, en: name }, scale: 'process', weight }));
  return unwrap(safeCompileCatalogue({ ...smallDefinition, id, groups: [{ id: 'A1', tier: 'aspect', name: { id: 'A1', en: 'A1' }, weight: '100', indicators }] }));
}

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

const text = (id: string, en: string) => ({ id, en });

/** A small valid catalogue as plain mutable JSON: 2 domains, 3 aspects, 7 indicators, scale 1–5. */
export function baseDefinition(): Record<string, any> {
  return JSON.parse(
    JSON.stringify({
      id: 'uji-kecil',
      revision: '1',
      title: text('Katalog uji', 'Test catalogue'),
      legalBasis: [],
      years: [2025],
      tiers: [
        { id: 'domain', label: text('Domain', 'Domain'), plural: text('Domain', 'Domains') },
        { id: 'aspect', label: text('Aspek', 'Aspect'), plural: text('Aspek', 'Aspects') },
      ],
      scales: [
        {
          id: 'p',
          name: text('Proses', 'Process'),
          min: 1,
          max: 5,
          levels: [1, 2, 3, 4, 5].map((level) => ({ level, name: text(`T${level}`, `L${level}`), meaning: text(`Arti ${level}`, `Meaning ${level}`) })),
        },
      ],
      predicates: [
        { id: 'tinggi', label: text('Tinggi', 'High'), min: '3.5', max: '5' },
        { id: 'sedang', label: text('Sedang', 'Medium'), min: '2.5', max: '3.5' },
        { id: 'rendah', label: text('Rendah', 'Low'), min: '1', max: '2.5' },
      ],
      totalWeight: '100',
      groups: [
        {
          id: 'D1',
          tier: 'domain',
          name: text('Domain 1', 'Domain 1'),
          weight: '40',
          groups: [
            {
              id: 'A1',
              tier: 'aspect',
              name: text('Aspek 1', 'Aspect 1'),
              weight: '10',
              indicators: [
                { id: '1', number: 1, name: text('Indikator 1', 'Indicator 1'), scale: 'p', weight: '4' },
                { id: '2', number: 2, name: text('Indikator 2', 'Indicator 2'), scale: 'p', weight: '6' },
              ],
            },
            {
              id: 'A2',
              tier: 'aspect',
              name: text('Aspek 2', 'Aspect 2'),
              weight: '30',
              indicators: [
                { id: '3', number: 3, name: text('Indikator 3', 'Indicator 3'), scale: 'p', weight: '15' },
                { id: '4', number: 4, name: text('Indikator 4', 'Indicator 4'), scale: 'p', weight: '15' },
              ],
            },
          ],
        },
        {
          id: 'D2',
          tier: 'domain',
          name: text('Domain 2', 'Domain 2'),
          weight: '60',
          groups: [
            {
              id: 'A3',
              tier: 'aspect',
              name: text('Aspek 3', 'Aspect 3'),
              weight: '60',
              // Equal share: 60 over three unweighted indicators, 20 each.
              indicators: [
                { id: '5', number: 5, name: text('Indikator 5', 'Indicator 5'), scale: 'p' },
                { id: '6', number: 6, name: text('Indikator 6', 'Indicator 6'), scale: 'p' },
                { id: '7', number: 7, name: text('Indikator 7', 'Indicator 7'), scale: 'p', notApplicable: true },
              ],
            },
          ],
        },
      ],
    } satisfies CatalogueDefinition),
  );
}

/** General criteria for the base scale: none at level 1, one or two per level above. */
export function withCriteria(definition: Record<string, any>): Record<string, any> {
  const ids: Record<number, string[]> = { 2: ['c2a', 'c2b'], 3: ['c3'], 4: ['c4a', 'c4b'], 5: ['c5'] };
  for (const level of definition.scales[0].levels) {
    const list = ids[level.level];
    if (list) level.criteria = list.map((id) => ({ id, text: { id: `Kriteria ${id}`, en: `Criterion ${id}` } }));
  }
  return definition;
}
