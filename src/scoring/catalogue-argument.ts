import type { Catalogue } from '../model/catalogue.js';

/**
 * Whether `value` looks like a compiled catalogue (what `defineCatalogue` and the built-in
 * catalogue entries give), so `safeScore(null, …)` or a raw definition is named as the problem
 * instead of failing somewhere inside the assessment reader.
 */
export function isCompiledCatalogue(value: unknown): value is Catalogue {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof Catalogue, unknown>>;
  const lookup = candidate.lookup as { indicators?: unknown; groups?: unknown } | null | undefined;
  return (
    Array.isArray(candidate.indicators) &&
    Array.isArray(candidate.groups) &&
    Array.isArray(candidate.predicates) &&
    typeof candidate.totalUnits === 'number' &&
    typeof candidate.checksum === 'string' &&
    typeof lookup === 'object' &&
    lookup !== null &&
    typeof lookup.indicators === 'object' &&
    typeof lookup.groups === 'object'
  );
}
