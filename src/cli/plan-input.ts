import { PLAN_OPTION_KEYS, type PlanOptions } from '../analysis/plan/plan-options.js';
import type { PlanTarget } from '../analysis/plan/target.js';
import type { Issue, SafeResult } from '../model/issue.js';
import type { Localized } from '../model/localized.js';
import { fromFile, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { loadJson } from './load-assessment.js';

const DECIMAL = /^\d+(\.\d+)?$/u;

function twice(kind: Localized, first: string, second: string): UsageError {
  return new UsageError({
    id: `--target memberi ${kind.id} dua kali ("${first}" dan "${second}"): berikan satu saja.`,
    en: `--target gives ${kind.en} twice ("${first}" and "${second}"): give one.`,
  });
}

/**
 * `--target` values, combined: "3.5" (index), "sangat-baik" (a predikat id), "D3=2.6" (a group).
 * Each kind at most once (each group once): a second one is refused, never a silent
 * replacement. Only the shape is checked here; the library checks that ids and values exist.
 */
export function parseTargets(values: readonly string[]): PlanTarget {
  let index: string | undefined;
  let predicate: string | undefined;
  // A Map, so that "__proto__=3" is an ordinary (unknown) group id for the library to report.
  const groups = new Map<string, string>();
  for (const value of values) {
    const group = /^([^=\s]+)=(.+)$/u.exec(value);
    if (group) {
      const id = group[1] as string;
      const previous = groups.get(id);
      if (previous !== undefined) throw twice({ id: `kelompok ${id}`, en: `the group ${id}` }, `${id}=${previous}`, value);
      groups.set(id, (group[2] as string).replace(',', '.'));
    } else if (DECIMAL.test(value.replace(',', '.'))) {
      if (index !== undefined) throw twice({ id: 'indeks', en: 'the index' }, index, value);
      index = value.replace(',', '.');
    } else if (/^[a-z][a-z0-9-]*$/u.test(value)) {
      if (predicate !== undefined) throw twice({ id: 'predikat', en: 'the predikat' }, predicate, value);
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
    ...(groups.size === 0 ? {} : { groups: Object.fromEntries(groups) }),
  };
}

/** `--costs <file>`: a JSON file holding plan options (costs, caps, locks, minimums), checked by `plan`. */
export async function loadCosts(io: CliIo, file: string | undefined): Promise<PlanOptions | undefined> {
  return file === undefined ? undefined : ((await loadJson(io, file)) as PlanOptions);
}

/** Whether a plan issue is about the options, which on the command line are the costs file. */
const aboutOptions = (issue: Issue): boolean =>
  issue.code === 'options.unknown' || PLAN_OPTION_KEYS.includes(String(issue.path[0])) || (issue.code === 'analysis.option_invalid' && issue.path.length === 0);

/**
 * A plan's or frontier's outcome with the costs file's issues under that file's name
 * ("biaya.json.defaultCosts: …"), as city-plan names its costs file; the others (targets, the
 * assessment) are left as they are.
 */
export function inCostsFile<T>(file: string | undefined, outcome: SafeResult<T>): SafeResult<T> {
  if (outcome.success || file === undefined) return outcome;
  return { success: false, issues: outcome.issues.map((issue) => (aboutOptions(issue) ? fromFile(file, [issue])[0]! : issue)) };
}
