/**
 * The timeout of a test that does heavy work on purpose (a city of 50 OPDs, 100,000 indicators):
 * `ms` under `npm test`, twenty times that under Stryker. Its instrumented code runs several times
 * slower on shared cores, and a test that timed out in Stryker's initial run stopped the whole
 * mutation run (mutation/setup.ts sets SPBE_MUTATION); a mutant's own run is judged by Stryker's
 * timeout, not by this one.
 */
export function heavyTestTimeout(ms: number): number {
  return process.env.SPBE_MUTATION === '1' ? ms * 20 : ms;
}
