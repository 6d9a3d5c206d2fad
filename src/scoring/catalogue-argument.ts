import type { Catalogue } from '../model/catalogue.js';

/**
 * Whether `value` looks like a compiled catalogue (what `defineCatalogue` and the built-in
 * catalogue entries give), so `safeScore(null, …)` or a raw definition is named as the problem
 * instead of failing somewhere inside the assessment reader.
 */
export function isCompiledCatalogue(value: unknown): value is Catalogue {
  const candidate = value as Partial<Record<keyof Catalogue, unknown>> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    Array.isArray(candidate.indicators) &&
    Array.isArray(candidate.groups) &&
    typeof candidate.lookup === 'object' &&
    typeof candidate.totalUnits === 'number'
  );
}
