import { readdirSync, readFileSync } from 'node:fs';
import type { Assessment } from '../../src/model/assessment.js';
import type { Catalogue } from '../../src/model/catalogue.js';

/** Every indicator of a catalogue at one level. */
export function uniformLevels(catalogue: Catalogue, level: number): Record<string, number> {
  return Object.fromEntries(catalogue.indicators.map((indicator) => [indicator.id, level]));
}

/** A complete level map from an array in catalogue order. */
export function levelsFrom(catalogue: Catalogue, levels: readonly number[]): Record<string, number> {
  return Object.fromEntries(catalogue.indicators.map((indicator, i) => [indicator.id, levels[i] as number]));
}

/** The example city's OPD assessments of one year (examples/opd/<year>), in file-name order. */
export function exampleOpdAssessments(year: string): Assessment[] {
  const folder = `examples/opd/${year}`;
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(`${folder}/${file}`, 'utf8')) as Assessment);
}
