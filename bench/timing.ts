/** Small timing helpers: warm up, then take several samples and report the median. */
import { performance } from 'node:perf_hooks';

/** Runs `fn` `iterations` times and returns the elapsed milliseconds. */
export function timeLoop(fn: (i: number) => unknown, iterations: number): number {
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < iterations; i++) if (fn(i) !== undefined) sink++;
  const elapsed = performance.now() - start;
  if (sink < 0) console.log(sink); // keeps the results observable
  return elapsed;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Times two functions against each other: rounds alternate between them so that machine noise
 * (other processes, frequency changes) hits both alike. Returns the median ms per round of each.
 */
export function interleaved(
  a: (i: number) => unknown,
  b: (i: number) => unknown,
  iterations: number,
  rounds: number,
): { a: number; b: number } {
  timeLoop(a, Math.max(1, iterations >> 2)); // warm-up: let both functions reach optimised code
  timeLoop(b, Math.max(1, iterations >> 2));
  const as: number[] = [];
  const bs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      as.push(timeLoop(a, iterations));
      bs.push(timeLoop(b, iterations));
    } else {
      bs.push(timeLoop(b, iterations));
      as.push(timeLoop(a, iterations));
    }
  }
  return { a: median(as), b: median(bs) };
}

export function fmt(value: number, digits = 2): string {
  return value.toFixed(digits);
}

/**
 * Collects garbage left by the previous section when the script runs with `--expose-gc` (as
 * `npm run bench` does), so a section's figures are not charged for another section's garbage.
 */
export function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
