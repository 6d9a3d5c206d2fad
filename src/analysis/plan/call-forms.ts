import type { Catalogue } from '../../model/catalogue.js';
import type { SafeResult } from '../../model/issue.js';
import type { ScoreResult } from '../../model/result.js';
import { analysisCall } from '../resolve-catalogue.js';

/**
 * Sorts out the arguments of `plan` and `frontier` in any of their forms (see `analysisCall`, the
 * one place that tells the call forms of every analysis function apart):
 * - `(catalogue, result, ...rest)`: the convention, as in `score(catalogue, assessment)`;
 * - `(result, catalogue, ...rest)` and `(result, ...rest)`: deprecated (0.1); the short form
 *   takes the catalogue compiled in this process with the result's checksum.
 * The result is checked against the catalogue later, by the result reader.
 */
export function safePlanCall<P extends string>(args: readonly unknown[]): SafeResult<{ catalogue: Catalogue<P>; result: ScoreResult<P>; rest: readonly unknown[] }> {
  return analysisCall(args) as SafeResult<{ catalogue: Catalogue<P>; result: ScoreResult<P>; rest: readonly unknown[] }>;
}
