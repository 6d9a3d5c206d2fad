/**
 * fast-check for mutation testing only (aliased in the vitest mutation configs): property tests
 * run at most 40 cases. Arithmetic runs while the built-in catalogues compile at import, so most
 * arithmetic mutants are "static" and each one runs every test. Fewer cases can only let more
 * mutants survive, never fewer: the score stays an honest lower bound.
 */
// The real module by path, since "fast-check" itself is aliased to this file.
import * as realFc from '../node_modules/fast-check/lib/fast-check.js';

const MUTATION_RUNS = 40;

export * from '../node_modules/fast-check/lib/fast-check.js';

export const assert: typeof realFc.assert = ((property: unknown, params?: { numRuns?: number }) =>
  realFc.assert(property as never, { ...params, numRuns: Math.min(params?.numRuns ?? MUTATION_RUNS, MUTATION_RUNS) })) as typeof realFc.assert;

export default { ...realFc.default, assert };
