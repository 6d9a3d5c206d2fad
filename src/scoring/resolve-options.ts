import { ROUNDING_MODES } from '../arithmetic/rounding.js';
import { ownValue, unknownOptionIssues, type Issue } from '../model/issue.js';
import type { ResolvedScoreOptions, ScoreOptions } from '../model/options.js';
import * as assessmentIssues from './assessment-issues.js';

/** The defaults of `score`: the official KemenPANRB practice. @category Scoring */
export const DEFAULT_SCORE_OPTIONS: ResolvedScoreOptions = Object.freeze({
  decimals: 2,
  rounding: 'halfUp',
  predicateFrom: 'exact',
  allowZero: false,
  missing: 'reject',
  notApplicable: 'exclude',
  allowNotApplicable: false,
});

const MAX_DECIMALS = 20;

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

const OPTION_NAMES = Object.keys(DEFAULT_SCORE_OPTIONS);

/**
 * Applies defaults and checks every option; unknown keys and values are issues, never ignored or
 * coerced. Options are own properties: an inherited key is not an option.
 */
export function resolveScoreOptions(
  options: ScoreOptions | undefined,
  issues: Issue[],
): ResolvedScoreOptions {
  if (options === undefined) return DEFAULT_SCORE_OPTIONS;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    issues.push(assessmentIssues.option(undefined, 'object', options));
    return DEFAULT_SCORE_OPTIONS;
  }
  issues.push(...unknownOptionIssues(options, OPTION_NAMES, ['options']));
  const pick = <K extends keyof ResolvedScoreOptions>(
    key: K,
    valid: (value: unknown) => value is ResolvedScoreOptions[K],
    expected: string,
  ): ResolvedScoreOptions[K] => {
    const value = ownValue(options, key);
    if (value === undefined) return DEFAULT_SCORE_OPTIONS[key];
    if (valid(value)) return value;
    issues.push(assessmentIssues.option(key, expected, value));
    return DEFAULT_SCORE_OPTIONS[key];
  };
  /** An option taking one of `allowed`, each said in the issue's `expected`. */
  const pickOne = <K extends 'rounding' | 'predicateFrom' | 'missing' | 'notApplicable'>(key: K, allowed: readonly ResolvedScoreOptions[K][]) =>
    pick(key, (v): v is ResolvedScoreOptions[K] => oneOf(v, allowed), allowed.join(' | '));
  return {
    decimals: pick(
      'decimals',
      (v): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_DECIMALS,
      `integer 0..${MAX_DECIMALS}`,
    ),
    rounding: pickOne('rounding', ROUNDING_MODES),
    predicateFrom: pickOne('predicateFrom', ['exact', 'rounded']),
    allowZero: pick('allowZero', (v): v is boolean => typeof v === 'boolean', 'boolean'),
    missing: pickOne('missing', ['reject', 'partial']),
    notApplicable: pickOne('notApplicable', ['exclude', 'minimum']),
    allowNotApplicable: pick(
      'allowNotApplicable',
      (v): v is boolean | readonly string[] =>
        typeof v === 'boolean' || (Array.isArray(v) && v.every((id) => typeof id === 'string')),
      'boolean | string[]',
    ),
  };
}
