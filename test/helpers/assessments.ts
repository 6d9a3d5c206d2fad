import type { Catalogue } from '../../src/model/catalogue.js';

/** Every indicator of a catalogue at one level. */
export function uniformLevels(catalogue: Catalogue, level: number): Record<string, number> {
  return Object.fromEntries(catalogue.indicators.map((indicator) => [indicator.id, level]));
}

/** A complete level map from an array in catalogue order. */
export function levelsFrom(catalogue: Catalogue, levels: readonly number[]): Record<string, number> {
  return Object.fromEntries(catalogue.indicators.map((indicator, i) => [indicator.id, levels[i] as number]));
}
