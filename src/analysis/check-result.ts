import { parseDecimal } from '../arithmetic/decimal-string.js';
import { parseFraction } from '../arithmetic/rational.js';
import { ROUNDING_MODES } from '../arithmetic/rounding.js';
import type { Issue, PathSegment } from '../model/issue.js';
import { analysisIssue } from './analysis-issues.js';

/**
 * The first pass of the result reader (read-result.ts): the shape of every field of a score
 * result, one issue per bad field. Results often come back from JSON files, so nothing is assumed.
 * Whether the values follow from one another is the reader's next pass.
 */

type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isFraction: Check = (value) => typeof value === 'string' && parseFraction(value) !== undefined;
const isNumberText: Check = (value) => typeof value === 'string' && (parseDecimal(value) !== undefined || parseFraction(value) !== undefined);
const isLocalized: Check = (value) => isObject(value) && typeof value.id === 'string' && typeof value.en === 'string';
const isPredicate: Check = (value) => isObject(value) && typeof value.id === 'string' && isLocalized(value.label);
const orNull = (check: Check): Check => (value) => value === null || check(value);
const isLevel: Check = (value) => value === null || (typeof value === 'number' && Number.isSafeInteger(value)) || isFraction(value);

function fields(value: unknown, checks: Record<string, Check>, path: PathSegment[], issues: Issue[]): void {
  if (!isObject(value)) {
    issues.push(analysisIssue('analysis.result_invalid', path, `Bagian "${path.join('.')}" dari hasil harus berupa objek.`, `Part "${path.join('.')}" of the result must be an object.`, { received: value }));
    return;
  }
  for (const [key, check] of Object.entries(checks)) {
    if (!check(value[key])) {
      const at = [...path, key];
      issues.push(analysisIssue('analysis.result_invalid', at, `Nilai "${at.join('.')}" dalam hasil tidak sah.`, `The value "${at.join('.')}" in the result is not valid.`, { received: value[key] }));
    }
  }
}

function list(value: unknown, checks: Record<string, Check>, path: PathSegment[], issues: Issue[]): void {
  if (!Array.isArray(value)) {
    issues.push(analysisIssue('analysis.result_invalid', path, `Bagian "${path.join('.')}" dari hasil harus berupa daftar.`, `Part "${path.join('.')}" of the result must be a list.`, { received: value }));
    return;
  }
  // An index loop, not forEach: a sparse list's holes are entries that are not objects.
  for (let k = 0; k < value.length; k++) fields(value[k], checks, [...path, k], issues);
}

const SCORED = { value: isString, exact: isFraction, predicate: isPredicate };

/** Issues for every part of `result` whose type is wrong; empty when every field has its type. */
export function checkResult(result: unknown, path: PathSegment[] = []): Issue[] {
  const issues: Issue[] = [];
  if (!isObject(result)) {
    return [analysisIssue('analysis.result_invalid', path, 'Hasil penilaian harus berupa objek.', 'The score result must be an object.', { received: result })];
  }
  fields(result, { complete: (v) => typeof v === 'boolean', coverage: isFraction, assessment: isObject }, path, issues);
  fields(result.index, SCORED, [...path, 'index'], issues);
  list(
    result.groups,
    {
      id: isString,
      tier: isString,
      parent: orNull(isString),
      label: isLocalized,
      weight: isNumberText,
      value: orNull(isString),
      exact: orNull(isFraction),
      predicate: orNull(isPredicate),
      coverage: isFraction,
    },
    [...path, 'groups'],
    issues,
  );
  list(
    result.indicators,
    {
      id: isString,
      label: isLocalized,
      group: isString,
      status: (v) => v === 'assessed' || v === 'missing' || v === 'not-applicable' || v === 'not-applicable-minimum',
      level: isLevel,
      weight: isNumberText,
      number: (v) => Number.isSafeInteger(v),
      contribution: (v) => isObject(v) && isFraction(v.exact) && isString(v.value),
    },
    [...path, 'indicators'],
    issues,
  );
  // Only that meta is an object: its catalogue and options are checked (object or not) just below,
  // so checking them here too would report a non-object catalogue twice.
  fields(result.meta, {}, [...path, 'meta'], issues);
  if (isObject(result.meta)) {
    fields(result.meta.catalogue, { id: isString, revision: isString, checksum: isString }, [...path, 'meta', 'catalogue'], issues);
    fields(result.meta.library, { name: isString, version: isString }, [...path, 'meta', 'library'], issues);
    fields(
      result.meta.options,
      {
        decimals: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 20,
        rounding: (v) => (ROUNDING_MODES as readonly unknown[]).includes(v),
        predicateFrom: (v) => v === 'exact' || v === 'rounded',
        allowZero: (v) => typeof v === 'boolean',
        missing: (v) => v === 'reject' || v === 'partial',
        notApplicable: (v) => v === 'exclude' || v === 'minimum',
        allowNotApplicable: (v) => typeof v === 'boolean' || (Array.isArray(v) && Array.from(v).every(isString)),
      },
      [...path, 'meta', 'options'],
      issues,
    );
  }
  return issues;
}
