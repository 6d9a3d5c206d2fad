/**
 * The JSON text of a large user catalogue (issue 12, item 3): `groups` aspects of `perGroup`
 * unweighted indicators each, shared by the benchmark (bench/define-catalogue.ts) and the
 * linearity tests (test/catalogue/define-large.test.ts). JSON text, as a user's file arrives.
 */
const text = (id: string) => ({ id, en: id });

export function largeCatalogueJson(groups: number, perGroup: number): string {
  let number = 0;
  const levels = [1, 2, 3, 4, 5].map((level) => ({ level, name: text(`Level ${level}`), meaning: text(`Level ${level}`) }));
  return JSON.stringify({
    id: `large-${groups}x${perGroup}`,
    revision: '1',
    title: text('Large catalogue'),
    legalBasis: [],
    years: [2025],
    tiers: [{ id: 'aspect', label: text('Aspect'), plural: text('Aspects') }],
    scales: [{ id: 'process', name: text('Process'), min: 1, max: 5, levels }],
    predicates: [
      { id: 'high', label: text('High'), min: '3', max: '5' },
      { id: 'low', label: text('Low'), min: '1', max: '3' },
    ],
    totalWeight: '100',
    groups: Array.from({ length: groups }, (_, g) => ({
      id: `G${g + 1}`,
      tier: 'aspect',
      name: text(`Aspect ${g + 1}`),
      indicators: Array.from({ length: perGroup }, () => {
        number++;
        return { id: `I${number}`, number, name: text(`Indicator ${number}`), scale: 'process' };
      }),
    })),
  });
}
