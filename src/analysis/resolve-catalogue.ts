import { catalogueByChecksum } from '../catalogue/registry.js';
import type { Catalogue } from '../model/catalogue.js';
import type { SafeResult } from '../model/issue.js';
import type { ScoreResult } from '../model/result.js';
import { catalogueUnknown } from './analysis-issues.js';
import { checkResult } from './check-result.js';

/**
 * The catalogue to analyse a result with: the one given (checked against the result later, as
 * before), else the one compiled in this process whose checksum the result records. Results often
 * come from JSON, so nothing is assumed about their shape: a result whose checksum cannot be read
 * gets the issues `checkResult` finds; an unknown checksum gets them too, then
 * `analysis.catalogue_unknown`.
 */
export function resolveCatalogue<P extends string>(result: ScoreResult<P>, catalogue: Catalogue<P> | undefined): SafeResult<Catalogue<P>> {
  if (catalogue !== undefined) return { success: true, output: catalogue };
  const meta = (result as { meta?: { catalogue?: { id?: unknown; checksum?: unknown } } } | null)?.meta?.catalogue;
  const checksum = meta?.checksum;
  // An unreadable checksum is always among checkResult's issues (it checks meta.catalogue.checksum).
  if (typeof checksum !== 'string') return { success: false, issues: checkResult(result) };
  const found = catalogueByChecksum(checksum) as Catalogue<P> | undefined;
  if (found !== undefined) return { success: true, output: found };
  // Report what else is wrong with the result too, as when the catalogue is given.
  const id = typeof meta?.id === 'string' ? meta.id : '?';
  return { success: false, issues: [...checkResult(result), catalogueUnknown(['meta', 'catalogue', 'checksum'], id, checksum)] };
}

/**
 * Whether a value is a compiled catalogue rather than a plan target or options: a non-null object
 * with an array `indicators`, an array `groups` and a string `checksum` (a target's or options'
 * `groups` is a record, and neither has `indicators` or `checksum`).
 */
export function isCatalogue(value: unknown): value is Catalogue {
  const candidate = value as { indicators?: unknown; groups?: unknown; checksum?: unknown } | null;
  return typeof candidate === 'object' && candidate !== null && Array.isArray(candidate.indicators) && Array.isArray(candidate.groups) && typeof candidate.checksum === 'string';
}
