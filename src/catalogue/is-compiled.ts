import type { Catalogue } from '../model/catalogue.js';

/**
 * Whether `value` has the parts of a compiled catalogue (what `defineCatalogue` and the built-in
 * catalogue entries give) that scoring and deriving read, so `safeScore(null, …)`, a raw
 * definition or a bad base of `safeDeriveCatalogue` is named as the problem instead of failing
 * somewhere inside.
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
    typeof candidate.definition === 'object'
  );
}
