import type { AnalysisIssueCode } from '../analysis/analysis-issues.js';
import type { CatalogueIssueCode } from '../catalogue/catalogue-issues.js';
import type { CSV_ISSUE_CODES } from '../input/assessment-csv.js';
import type { RESPONSIBILITIES_CSV_ISSUE_CODES } from '../input/responsibilities-csv.js';
import type { XLSX_ISSUE_CODES } from '../xlsx/sheet-text.js';
import type { AssessmentIssueCode } from '../scoring/assessment-issues.js';
import type { CatalogueYearIssueCode } from '../catalogues/year-issues.js';
import type { RestateIssueCode } from '../restate/restate-issues.js';
import type { Localized } from './localized.js';

/**
 * Codes of the `spbe` command's own file reading: a file too large, not JSON, a spreadsheet
 * workbook instead of CSV, one of the command's outputs (a result) instead of an assessment, a
 * file that is not a score result where `spbe verify` expects one, an assessment or result
 * naming a catalogue that is not built in, or roll-up units of different catalogues.
 * @category Errors
 */
export type InputIssueCode =
  | 'input.json_invalid'
  | 'input.spreadsheet_binary'
  | 'input.too_large'
  | 'input.not_assessment'
  | 'input.not_result'
  | 'input.catalogue_unknown'
  | 'input.catalogues_differ';

/**
 * Every documented issue code: the union of the code lists each layer publishes
 * (`ASSESSMENT_ISSUE_CODES`, `CATALOGUE_ISSUE_CODES`, `ANALYSIS_ISSUE_CODES`, `CSV_ISSUE_CODES`)
 * the command line's input codes, and `issues.truncated` (see {@link MAX_ISSUES}). Type-only
 * imports: the lists stay in their own layers.
 * @category Errors
 */
export type IssueCode =
  | AssessmentIssueCode
  | CatalogueIssueCode
  | AnalysisIssueCode
  | (typeof CSV_ISSUE_CODES)[number]
  | (typeof RESPONSIBILITIES_CSV_ISSUE_CODES)[number]
  | (typeof XLSX_ISSUE_CODES)[number]
  | InputIssueCode
  | CatalogueYearIssueCode
  | RestateIssueCode
  | 'issues.truncated';

/**
 * One step of a path into the input: an object key or an array index.
 * @category Errors
 */
export type PathSegment = string | number;

/**
 * One problem found in an input. Issues are data: a stable `code` to branch on, the `path` to
 * the offending value, and a message in Indonesian and English. `code` is one of the documented
 * {@link IssueCode}s, so a `switch` over it is checked; code that builds issues of its own uses
 * `Issue<string>` (every `Issue` is also an `Issue<string>`).
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'level.out_of_range',
 *   path: ['levels', '12'],
 *   message: { id: 'Tingkat indikator 12 harus 1–5, bukan 7.', en: 'Indicator 12 level must be 1–5, not 7.' },
 *   expected: '1..5',
 *   received: '7',
 * };
 * ```
 * @category Errors
 */
export interface Issue<Code extends string = IssueCode> {
  readonly code: Code;
  readonly path: readonly PathSegment[];
  readonly message: Localized;
  readonly expected?: string | undefined;
  readonly received?: string | undefined;
}

/**
 * The outcome of a `safe*` function: the output, or every issue found.
 * @category Errors
 */
export type SafeResult<T> =
  | { readonly success: true; readonly output: T }
  | { readonly success: false; readonly issues: readonly Issue[] };

/**
 * The one error type the library throws for bad input. It carries the same `issues` that the
 * matching `safe*` function returns.
 *
 * @example
 * ```ts
 * try {
 *   score(catalogue, { levels: {} });
 * } catch (error) {
 *   if (error instanceof SpbeError) console.log(error.issues.map((issue) => issue.code));
 * }
 * ```
 * @category Errors
 */
export class SpbeError extends Error {
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
    super(first ? `${first.message.en}${more}` : 'Invalid input');
    this.name = 'SpbeError';
    this.issues = issues;
  }
}

/**
 * Unwraps a {@link SafeResult}: returns the output or throws a {@link SpbeError}.
 * @category Errors
 * @example
 * ```ts
 * const catalogue = unwrap(safeDefineCatalogue(json));
 * ```
 */
export function unwrap<T>(result: SafeResult<T>): T {
  if (result.success) return result.output;
  throw new SpbeError(result.issues);
}

/** Builds an issue, leaving out the optional fields that are undefined. */
export function makeIssue(
  code: IssueCode,
  path: readonly PathSegment[],
  message: Localized,
  details: { expected?: string | undefined; received?: string | undefined } = {},
): Issue {
  return {
    code,
    path: [...path],
    message,
    ...(details.expected === undefined ? {} : { expected: details.expected }),
    ...(details.received === undefined ? {} : { received: details.received }),
  };
}

/** What an issue may add to its code, path and message. */
export interface IssueDetails {
  readonly expected?: string;
  readonly received?: unknown;
}

/** Builds an issue whose code is one of `C`, from its two messages. */
export type IssueBuilder<C extends IssueCode> = (code: C, path: readonly PathSegment[], id: string, en: string, details?: IssueDetails) => Issue;

/**
 * Builds an issue from its two messages; a `received` value, when given, is described safely
 * (strings quoted and shortened, objects by their type). Each layer's builder (catalogueIssue,
 * analysisIssue, restateIssue) is this function typed by the layer's own code union, through
 * {@link IssueBuilder}.
 */
export const bilingualIssue: IssueBuilder<IssueCode> = (code, path, id, en, details = {}) =>
  makeIssue(code, path, { id, en }, {
    expected: details.expected,
    received: 'received' in details ? describeValue(details.received) : undefined,
  });

/** Describes an arbitrary received value briefly and safely for an issue's `received`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      return typeof value;
  }
}

/** The own enumerable value of `key`, never one inherited through the prototype chain. */
export function ownValue(record: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/**
 * The known name a mistyped `name` most likely meant: the same letters in another case, or at most
 * a third of its letters away (edits, insertions, deletions, two neighbours swapped). Undefined
 * when nothing is that close.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * Edit distance in which swapping two neighbouring letters is one edit, as typing makes it
 * (`lnag` is one edit from `lang`, not two); one row at a time, keeping the two before.
 */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
    }
    [before, previous] = [previous, row];
  }
  return previous[b.length]!;
}

/**
 * One `options.unknown` issue per own key of `options` that is not in `known`, with a "did you
 * mean" when a known key is close. `path` leads to the options object (the key is appended).
 */
export function unknownOptionIssues(options: object, known: readonly string[], path: readonly PathSegment[] = []): Issue[] {
  return Object.keys(options)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const hint = closestName(key, known);
      return makeIssue(
        'options.unknown',
        [...path, key],
        {
          id: `Opsi "${key}" tidak dikenal${hint === undefined ? '.' : `; maksud Anda "${hint}"?`}`,
          en: `Unknown option "${key}"${hint === undefined ? '.' : `; did you mean "${hint}"?`}`,
        },
        { expected: known.join(' | '), received: describeValue(key) },
      );
    });
}

/**
 * Most issues a `safe*` function returns: enough to fix any real file, few enough that a hostile
 * one (a million bad rows) cannot turn its issue list into gigabytes of output.
 * @category Errors
 */
export const MAX_ISSUES = 1000;

const TRUNCATED = 'issues.truncated';

/** The issue that stands for `hidden` issues left out; `received` holds that count. */
function truncated(hidden: number, max: number): Issue {
  return makeIssue(
    TRUNCATED,
    [],
    {
      id: `${hidden} masalah lain tidak ditampilkan (hanya ${max} yang pertama).`,
      en: `${hidden} more issues are not shown (only the first ${max}).`,
    },
    { expected: `at most ${max} issues`, received: String(hidden) },
  );
}

/**
 * Caps a list of issues at `max` (default {@link MAX_ISSUES}): the first `max` issues, then one
 * issue `issues.truncated` saying how many more there were (its `received`). A list within the
 * cap is returned as it is; capping a capped list, or several joined, keeps the count right.
 * For a list that could grow without bound while it is built, use {@link collectIssues}.
 *
 * @example
 * ```ts
 * const shown = capIssues(issues); // at most 1,001 entries
 * shown.at(-1)?.code; // "issues.truncated" when there were more than 1,000
 * ```
 * @category Errors
 */
export function capIssues(issues: readonly Issue[], max: number = MAX_ISSUES): readonly Issue[] {
  // Lists that were capped before (a unit's issues inside a roll-up) add their hidden counts.
  const real: Issue[] = [];
  let hidden = 0;
  for (const issue of issues) {
    if (issue.code === TRUNCATED) hidden += Number(issue.received) || 0;
    else real.push(issue);
  }
  if (real.length === issues.length && real.length <= max) return issues;
  hidden += Math.max(0, real.length - max);
  const kept = real.slice(0, max);
  return hidden === 0 ? kept : [...kept, truncated(hidden, max)];
}

/** A safe function's outcome with its issues capped at {@link MAX_ISSUES}, as every public `safeX` returns it. */
export function capped<T>(outcome: SafeResult<T>): SafeResult<T> {
  return outcome.success ? outcome : { success: false, issues: capIssues(outcome.issues) };
}

/**
 * An issue list that keeps only the first `max` issues while it is built, so that its memory is
 * bounded however many are pushed; `length` counts them all.
 * @category Errors
 */
export interface IssueCollector {
  push(issue: Issue): void;
  /** How many issues were pushed, kept or not. */
  readonly length: number;
  /** The kept issues, followed by `issues.truncated` when some were dropped. */
  issues(): readonly Issue[];
}

/**
 * A new {@link IssueCollector} with the cap `max` (default {@link MAX_ISSUES}).
 *
 * @example
 * ```ts
 * const issues = collectIssues();
 * for (const row of rows) if (bad(row)) issues.push(rowIssue(row));
 * if (issues.length > 0) return { success: false, issues: issues.issues() };
 * ```
 * @category Errors
 */
export function collectIssues(max: number = MAX_ISSUES): IssueCollector {
  const kept: Issue[] = [];
  let count = 0;
  return {
    push(issue) {
      count++;
      if (kept.length < max) kept.push(issue);
    },
    get length() {
      return count;
    },
    issues: () => capIssues(count > max ? [...kept, truncated(count - max, max)] : kept, max),
  };
}
