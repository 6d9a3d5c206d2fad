import { parseFraction } from '../../arithmetic/rational.js';
import { describeValue, type Issue, type PathSegment } from '../../model/issue.js';
import { analysisIssue } from '../analysis-issues.js';
import { ROLLUP_STRATEGIES } from './consolidate.js';

/*
 * Reading a roll-up for verification: the shape of the parts verification reads as inputs, and
 * the field-by-field comparison of a roll-up with the one re-derived from those inputs.
 */

type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isFraction: Check = (value) => typeof value === 'string' && parseFraction(value) !== undefined;
const isExact: Check = (value) => isObject(value) && isFraction(value.exact);
/** A level as a roll-up writes it: a safe integer, a fraction string, or null. */
const isLevel: Check = (value) => value === null || (typeof value === 'number' && Number.isSafeInteger(value)) || isFraction(value);
const isStrings: Check = (value) => Array.isArray(value) && Array.from(value).every(isString);

function rollupInvalid(path: readonly PathSegment[], received: unknown): Issue {
  const at = path.join('.');
  return analysisIssue('analysis.result_invalid', path, `Nilai "${at}" dalam hasil konsolidasi tidak sah.`, `The value "${at}" in the roll-up is not valid.`, { received });
}

function fields(value: unknown, checks: Record<string, Check>, path: readonly PathSegment[], issues: Issue[]): void {
  if (!isObject(value)) {
    issues.push(rollupInvalid(path, value));
    return;
  }
  for (const [key, check] of Object.entries(checks)) if (!check(value[key])) issues.push(rollupInvalid([...path, key], value[key]));
}

function list(value: unknown, checks: Record<string, Check>, path: readonly PathSegment[], issues: Issue[]): void {
  if (!Array.isArray(value)) {
    issues.push(rollupInvalid(path, value));
    return;
  }
  // An index loop: a sparse list's holes are entries that are not objects.
  for (let k = 0; k < value.length; k++) fields(value[k], checks, [...path, k], issues);
}

const UNIT = { unit: isString, index: isExact, coverage: isFraction, result: (v: unknown) => v === null || isObject(v) };
const ATTRIBUTED = { unit: isString, share: isExact };

/**
 * The issues of every part of a roll-up that verification reads as an input and whose type is
 * wrong: the strategy, the units (id, exact index, coverage, result or null), the targets, the
 * indicators' contributors and levels, the attributed units. Derived parts of the wrong type are
 * found by the comparison instead. Empty when the shape is right.
 */
export function rollupShapeIssues(rollup: unknown): Issue[] {
  if (!isObject(rollup)) return [analysisIssue('analysis.result_invalid', [], 'Hasil konsolidasi harus berupa objek.', 'The roll-up must be an object.', { received: rollup })];
  const issues: Issue[] = [];
  try {
    fields(rollup, { strategy: (v) => (ROLLUP_STRATEGIES as readonly unknown[]).includes(v), consolidated: isObject }, [], issues);
    list(rollup.units, UNIT, ['units'], issues);
    list(rollup.unranked, UNIT, ['unranked'], issues);
    fields(rollup.belowTarget, { index: isExact, level: (v) => typeof v === 'number' && Number.isFinite(v) }, ['belowTarget'], issues);
    list(
      rollup.indicators,
      { contributors: isStrings, assessedBy: (v) => Number.isSafeInteger(v), min: isLevel, max: isLevel, spread: isLevel },
      ['indicators'],
      issues,
    );
    fields(rollup.attribution, { index: isObject, level: isObject }, ['attribution'], issues);
    if (isObject(rollup.attribution)) {
      for (const key of ['index', 'level'] as const) {
        if (isObject(rollup.attribution[key])) list(rollup.attribution[key].units, ATTRIBUTED, ['attribution', key, 'units'], issues);
      }
    }
  } catch {
    // A getter or proxy in hand-made input can throw while being read: report it, never crash.
    return [analysisIssue('analysis.result_invalid', [], 'Hasil konsolidasi tidak dapat dibaca sebagai data biasa.', 'The roll-up could not be read as plain data.')];
  }
  return issues;
}

/** A derived part of the roll-up that is not what its inputs give. */
export function rollupInconsistent(path: readonly PathSegment[], expected: unknown, received: unknown): Issue {
  const at = path.join('.');
  const shown = typeof expected === 'string' ? JSON.stringify(expected) : describeValue(expected);
  return analysisIssue(
    'result.inconsistent',
    path,
    `"${at}" dalam hasil konsolidasi tidak mengikuti hasil unit, hasil gabungan dan opsinya (seharusnya ${shown}): hasil konsolidasi telah diubah atau rusak.`,
    `"${at}" in the roll-up does not follow from its units' results, its consolidated result and its options (it should be ${shown}): the roll-up was edited or is corrupt.`,
    { expected: shown, received },
  );
}

