import { defineCatalogue } from '../../src/catalogue/define.js';
import type { Assessment } from '../../src/model/assessment.js';

/** One group of `count` indicators on a 0–`max` scale: hostile sizes for the planners. */
export function wideCatalogue(max: number, count: number) {
  const text = (id: string) => ({ id, en: id });
  return defineCatalogue({
    id: 'wide',
    revision: '1',
    title: text('Wide'),
    legalBasis: [],
    years: [],
    tiers: [{ id: 'aspect', label: text('Aspect'), plural: text('Aspects') }],
    scales: [{ id: 'wide', name: text('Wide'), min: 0, max, levels: Array.from({ length: max + 1 }, (_, level) => ({ level, name: text(`L${level}`), meaning: text(`L${level}`) })) }],
    predicates: [
      { id: 'high', label: text('High'), min: String(max / 2), max: String(max) },
      { id: 'low', label: text('Low'), min: '0', max: String(max / 2) },
    ],
    totalWeight: '100',
    groups: [{ id: 'G', tier: 'aspect', name: text('G'), weight: '100', indicators: Array.from({ length: count }, (_, k) => ({ id: `i${k + 1}`, number: k + 1, name: text(`i${k + 1}`), scale: 'wide' })) }],
  });
}

/** `units` units at level 0 on every indicator of the catalogue. */
export function atZero(catalogue: ReturnType<typeof wideCatalogue>, units: number): Assessment[] {
  return Array.from({ length: units }, (_, u) => ({ agency: `U${u + 1}`, levels: Object.fromEntries(catalogue.indicators.map((indicator) => [indicator.id, 0])) }));
}
