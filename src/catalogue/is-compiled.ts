import type { Catalogue } from '../model/catalogue.js';

/**
 * Whether `value` has the parts of a compiled catalogue (what `defineCatalogue` and the built-in
 * catalogue entries give) that scoring, deriving and analysis read: arrays `indicators` and
 * `groups`, a `lookup`, a number `totalUnits`, a `definition` and a string `checksum`. So
 * `safeScore(null, …)`, a raw definition or a bad base of `safeDeriveCatalogue` is named as the
 * problem instead of failing somewhere inside, and the analysis functions tell a catalogue from a
 * result, a plan target or options (a target's `groups` is a record; a result has no `checksum`
 * or `lookup` at its top).
 */
export function isCompiledCatalogue(value: unknown): value is Catalogue {
  const candidate = value as Partial<Record<keyof Catalogue, unknown>> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    Array.isArray(candidate.indicators) &&
    Array.isArray(candidate.groups) &&
    typeof candidate.lookup === 'object' &&
    typeof candidate.totalUnits === 'number' &&
    typeof candidate.definition === 'object' &&
    typeof candidate.checksum === 'string'
  );
}
