import type { Localized } from './localized.js';

/**
 * One step of a path into the input: an object key or an array index.
 * @category Errors
 */
export type PathSegment = string | number;

/**
 * One problem found in an input. Issues are data: a stable `code` to branch on, the `path` to
 * the offending value, and a message in Indonesian and English.
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
export interface Issue {
  readonly code: string;
  readonly path: readonly PathSegment[];
  readonly message: Localized;
  readonly expected?: string;
  readonly received?: string;
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
  code: string,
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

/**
 * Builds an issue from its two messages; a `received` value, when given, is described safely
 * (strings quoted and shortened, objects by their type). The typed builders of each layer
 * (catalogue, analysis) are this with their own code union.
 */
export function bilingualIssue(
  code: string,
  path: readonly PathSegment[],
  id: string,
  en: string,
  details: { expected?: string; received?: unknown } = {},
): Issue {
  return makeIssue(code, path, { id, en }, {
    expected: details.expected,
    received: 'received' in details ? describeValue(details.received) : undefined,
  });
}

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
