import type { PlanOptions } from '../analysis/plan/plan-options.js';
import type { PlanTarget } from '../analysis/plan/target.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { loadJson } from './load-assessment.js';

const DECIMAL = /^\d+(\.\d+)?$/u;

/**
 * `--target` values, combined: "3.5" (index), "sangat-baik" (a predikat id), "D3=2.6" (a group).
 * Only the shape is checked here; the library checks that ids and values exist.
 */
export function parseTargets(values: readonly string[]): PlanTarget {
  let index: string | undefined;
  let predicate: string | undefined;
  const groups: Record<string, string> = {};
  for (const value of values) {
    const group = /^([^=\s]+)=(.+)$/u.exec(value);
    if (group) {
      groups[group[1] as string] = (group[2] as string).replace(',', '.');
    } else if (DECIMAL.test(value.replace(',', '.'))) {
      index = value.replace(',', '.');
    } else if (/^[a-z][a-z0-9-]*$/u.test(value)) {
      predicate = value;
    } else {
      throw new UsageError({
        id: `--target "${value}" tidak dikenali: gunakan angka (3.5), id predikat (sangat-baik), atau kelompok=angka (D3=2.6).`,
        en: `--target "${value}" is not understood: use a number (3.5), a predikat id (sangat-baik) or group=number (D3=2.6).`,
      });
    }
  }
  return {
    ...(index === undefined ? {} : { index }),
    ...(predicate === undefined ? {} : { predicate }),
    ...(Object.keys(groups).length === 0 ? {} : { groups }),
  };
}

/** `--costs <file>`: a JSON file holding plan options (costs, caps, locks, minimums), checked by `plan`. */
export async function loadCosts(io: CliIo, file: string | undefined): Promise<PlanOptions | undefined> {
  return file === undefined ? undefined : ((await loadJson(io, file)) as PlanOptions);
}
