/**
 * Setup for mutation testing only (mutation/vitest.config.ts). Under Stryker the code is
 * instrumented and runs on shared cores, so the wall-clock budgets some tests assert ("plans in
 * milliseconds") say nothing about a mutant. The clock stands still here; `npm test` and
 * `npm run bench` measure real time. No library code reads the clock.
 */
import { performance } from 'node:perf_hooks';

// Heavy tests' timeouts grow under Stryker (test/helpers/timeouts.ts).
process.env.SPBE_MUTATION = '1';

const frozen = performance.now();
performance.now = () => frozen;
globalThis.performance.now = () => frozen;

