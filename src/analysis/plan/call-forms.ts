import type { Catalogue } from '../../model/catalogue.js';
import type { SafeResult } from '../../model/issue.js';
import type { ScoreResult } from '../../model/result.js';
import { isCatalogue, resolveCatalogue } from '../resolve-catalogue.js';

/**
 * Sorts out the arguments of `plan` and `frontier` in any of their forms:
 * - `(catalogue, result, ...rest)`: the convention, as in `score(catalogue, assessment)`;
 * - `(result, catalogue, ...rest)` and `(result, ...rest)`: deprecated (0.1); the short form
 *   takes the catalogue compiled in this process with the result's checksum.
 */
export function planCall<P extends string>(args: readonly unknown[]): SafeResult<{ catalogue: Catalogue<P>; result: ScoreResult<P>; rest: readonly unknown[] }> {
  const [first, second] = args;
  if (isCatalogue(first)) return { success: true, output: { catalogue: first as Catalogue<P>, result: second as ScoreResult<P>, rest: args.slice(2) } };
  const given = isCatalogue(second);
  const resolved = resolveCatalogue(first as ScoreResult<P>, given ? (second as Catalogue<P>) : undefined);
  if (!resolved.success) return resolved;
  return { success: true, output: { catalogue: resolved.output, result: first as ScoreResult<P>, rest: args.slice(given ? 2 : 1) } };
}
