/**
 * (h) The CSV reader's memory against its input (issue 12, item 3): an 8 MB CSV of unique rows
 * (every row kept: levels and notes) and of duplicate rows (every row an issue, capped at 1,000).
 * Run in a fresh process per case (`node --expose-gc --import tsx bench/csv-memory.ts unique`),
 * so that the peak resident set (maxRSS) belongs to this reading alone; run.ts spawns it.
 */
import { performance } from 'node:perf_hooks';
import { safeParseAssessmentCsv } from 'spbe-index/csv';

const MB = 1e6;

/** The CSV text of about `size` bytes: unique ids with notes, or one row repeated. */
export function largeCsv(kind: 'unique' | 'duplicate', size: number): string {
  const parts = ['indikator;tingkat;catatan\n'];
  let length = parts[0]!.length;
  for (let n = 0; length < size; n++) {
    const row = kind === 'duplicate' ? '1;3;\n' : `${(n % 47) + 1}x${n};3;catatan baris ${n} yang agak panjang untuk uji\n`;
    parts.push(row);
    length += row.length;
  }
  return parts.join('');
}

function measure(kind: 'unique' | 'duplicate', size: number): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run with node --expose-gc');
  const bytes = new TextEncoder().encode(largeCsv(kind, size));
  gc();
  gc();
  const base = process.memoryUsage();
  const t0 = performance.now();
  let read: ReturnType<typeof safeParseAssessmentCsv> | undefined = safeParseAssessmentCsv(bytes);
  const ms = performance.now() - t0;
  gc();
  const kept = process.memoryUsage().heapUsed - base.heapUsed;
  const peak = process.resourceUsage().maxRSS * 1024 - base.rss;
  const outcome = read.success ? `${Object.keys(read.output.levels).length} levels` : `${read.issues.length} issues, last ${read.issues.at(-1)?.code}`;
  read = undefined;
  const times = (value: number) => `${(value / bytes.length).toFixed(1)}×`;
  console.log(
    `${kind.padEnd(9)} ${(bytes.length / MB).toFixed(1)} MB: ${outcome}; ${(ms / 1000).toFixed(1)} s; ` +
      `peak RSS above the loaded file ${(peak / MB).toFixed(0)} MB (${times(peak)} the file, goal ≤ 10×: ${peak <= 10 * bytes.length ? 'PASS' : 'FAIL'}); result ${(kept / MB).toFixed(0)} MB (${times(kept)})`,
  );
}

const [kind, size] = process.argv.slice(2);
if (kind === 'unique' || kind === 'duplicate') measure(kind, Number(size ?? 8 * MB));
