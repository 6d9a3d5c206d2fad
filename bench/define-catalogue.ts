/**
 * (g) defineCatalogue on large user catalogues (issue 12, item 3): 100,000 indicators, one per
 * group and 1,000 groups of 100, parsed from JSON text as a user's file would be. An eighth of
 * the size is timed too: the build is linear when the large one takes about 8× as long.
 * Printed by run.ts; never part of the test run.
 */
import { performance } from 'node:perf_hooks';
import { safeDefineCatalogue } from 'spbe-index';
import { largeCatalogueJson } from './large-catalogue.js';
import { fmt, median, settle } from './timing.js';

/** Median milliseconds of `safeDefineCatalogue` on a freshly parsed copy of `json`. */
function timeDefine(json: string, rounds: number): number {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const data: unknown = JSON.parse(json);
    settle();
    const t0 = performance.now();
    const outcome = safeDefineCatalogue(data);
    samples.push(performance.now() - t0);
    if (!outcome.success) throw new Error(`the benchmark catalogue is invalid: ${outcome.issues[0]?.message.en}`);
  }
  return median(samples);
}

export function benchDefineCatalogue(quick: boolean, say: (line?: string) => void): void {
  const rounds = quick ? 1 : 3;
  say('## (g) defineCatalogue on 100,000 indicators (parsed JSON, validation and checksum included)');
  timeDefine(largeCatalogueJson(500, 4), 1); // warm-up
  for (const [groups, perGroup] of [
    [100_000, 1],
    [1_000, 100],
  ] as const) {
    const small = timeDefine(largeCatalogueJson(groups / 8, perGroup), rounds);
    const large = timeDefine(largeCatalogueJson(groups, perGroup), rounds);
    const shape = `${groups.toLocaleString('en')} groups × ${perGroup}`;
    say(
      `${shape.padEnd(22)} ${fmt(large, 0)} ms (target < 1000 ms: ${large < 1000 ? 'PASS' : 'FAIL'}); ` +
        `an eighth of it ${fmt(small, 0)} ms, ratio ${fmt(large / small, 1)}× (linear: about 8×, quadratic: 64×)`,
    );
  }
}
