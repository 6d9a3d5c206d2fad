import { readExactValue } from '../arithmetic/exact-value.js';
import { isInteger, type Rational } from '../arithmetic/rational.js';
import { findIndicator } from '../catalogue/find-indicator.js';
import type { Catalogue, Indicator } from '../model/catalogue.js';
import type { AssessmentMetadata } from '../model/assessment.js';
import { ownValue, type Issue } from '../model/issue.js';
import type { ResolvedScoreOptions } from '../model/options.js';
import * as assessmentIssues from './assessment-issues.js';
import { readLevelObject } from './read-level-input.js';

/**
 * How each indicator enters the kernel, by catalogue position:
 * - an integer level;
 * - `MISSING` (only under `missing: "partial"`);
 * - `EXCLUDED` (not applicable under the `exclude` policy);
 * - `FRACTIONAL` (a value that is not a whole level, on a fractional scale: see `fractions`).
 * Not applicable under `minimum` is already turned into the scale minimum here.
 */
export const MISSING = -1;
export const EXCLUDED = -2;
export const FRACTIONAL = -3;

export interface ReadAssessment {
  /** Level per indicator position, or MISSING / EXCLUDED / FRACTIONAL. */
  readonly levels: number[];
  /** The exact value of every FRACTIONAL position. */
  readonly fractions: ReadonlyMap<number, Rational>;
  /** Positions counted at the scale minimum because they were "na" under `minimum`. */
  readonly minimumForNa: ReadonlySet<number>;
  readonly complete: boolean;
  readonly metadata: AssessmentMetadata;
  readonly warnings: Issue[];
}

const ASSESSMENT_KEYS = new Set(['levels', 'catalogue', 'agency', 'year', 'note', 'notes', '$schema']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The plain metadata fields, in the order they are read and kept, with their type check. */
const METADATA_FIELDS = [
  ['agency', 'string', (value: unknown) => typeof value === 'string'],
  ['year', 'integer', Number.isInteger],
  ['note', 'string', (value: unknown) => typeof value === 'string'],
] as const;

function readMetadata(catalogue: Catalogue, raw: Record<string, unknown>, issues: Issue[]): AssessmentMetadata {
  const metadata: { agency?: string; year?: number; note?: string; notes?: Record<string, string> } = {};
  for (const [key, type, valid] of METADATA_FIELDS) {
    const value = ownValue(raw, key);
    if (value === undefined) continue;
    if (valid(value)) (metadata as Record<string, unknown>)[key] = value;
    else issues.push(assessmentIssues.metadataInvalid([key], type, value));
  }
  const notes = ownValue(raw, 'notes');
  if (notes !== undefined) {
    if (!isPlainObject(notes)) {
      issues.push(assessmentIssues.metadataInvalid(['notes'], 'object', notes));
    } else {
      const copy: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const key of Object.keys(notes)) {
        const text = notes[key];
        // A note may name its indicator by code ("I5", "3.1") as its level does; it is kept under the id.
        const position = findIndicator(catalogue, key);
        if (position === undefined) issues.push(assessmentIssues.unknownIndicator(key, catalogue.id, ['notes', key]));
        else if (typeof text === 'string') copy[(catalogue.indicators[position] as Indicator).id] = text;
        else issues.push(assessmentIssues.metadataInvalid(['notes', key], 'string', text));
      }
      metadata.notes = { ...copy };
    }
  }
  return metadata;
}

function naAllowed(indicator: Indicator, options: ResolvedScoreOptions): boolean {
  const allow = options.allowNotApplicable;
  return indicator.notApplicable || allow === true || (Array.isArray(allow) && allow.includes(indicator.id));
}

/**
 * `allowNotApplicable` with codes ("I5", "3.1") written as ids, for reading the levels; a name
 * that is no indicator of the catalogue is an issue (and kept as written).
 */
function withNaIds(catalogue: Catalogue, options: ResolvedScoreOptions, issues: Issue[]): ResolvedScoreOptions {
  const allow = options.allowNotApplicable;
  if (!Array.isArray(allow)) return options;
  const ids = allow.map((name: string, i) => {
    const position = findIndicator(catalogue, name);
    if (position === undefined) issues.push(assessmentIssues.unknownIndicator(name, catalogue.id, ['options', 'allowNotApplicable', i]));
    return position === undefined ? name : (catalogue.indicators[position] as Indicator).id;
  });
  return { ...options, allowNotApplicable: ids };
}

/** A whole level: the scale range, with level 0 only under `allowZero` (and flagged). */
function wholeLevel(
  indicator: Indicator,
  key: string,
  raw: unknown,
  level: number,
  options: ResolvedScoreOptions,
  issues: Issue[],
  warnings: Issue[],
): number | undefined {
  const range = indicator.scale;
  if (level === 0 && range.min > 0) {
    if (!options.allowZero) return void issues.push(assessmentIssues.level('level.zero', key, raw, range));
    warnings.push(assessmentIssues.zeroAccepted(key));
    return 0;
  }
  if (level < range.min || level > range.max) return void issues.push(assessmentIssues.level('level.out_of_range', key, raw, range));
  return level === 0 ? 0 : level; // normalises -0
}

/**
 * A number or a string given for an indicator. Whole scales (the default, and every SPBE
 * catalogue) take whole numbers only, as they always have; fractional scales also take an exact
 * value in their range, read by `readExactValue`.
 */
function readScalar(
  indicator: Indicator,
  key: string,
  raw: number | string,
  options: ResolvedScoreOptions,
  issues: Issue[],
  warnings: Issue[],
): number | Rational | undefined {
  const range = indicator.scale;
  // Number.isInteger is false for every string.
  if (Number.isInteger(raw)) return wholeLevel(indicator, key, raw, raw as number, options, issues, warnings);
  const reading = readExactValue(raw);
  if (range.values !== 'fractional') {
    if (typeof raw === 'number') {
      const code = Number.isNaN(raw) ? 'level.nan' : Number.isFinite(raw) ? 'level.not_integer' : 'level.not_finite';
      return void issues.push(assessmentIssues.level(code, key, raw, range));
    }
    // A string that reads as a fraction gets the reason it is refused, not only "not a number".
    const fractionGiven = 'value' in reading && !isInteger(reading.value);
    return void issues.push(assessmentIssues.level(fractionGiven ? 'level.not_integer' : 'level.string', key, raw, range));
  }
  // Each problem has the issue code of the same name.
  if ('problem' in reading) return void issues.push(assessmentIssues.level(`level.${reading.problem}`, key, raw, range));
  const { value } = reading;
  if (isInteger(value)) return wholeLevel(indicator, key, raw, Number(value.num), options, issues, warnings);
  // Non-integer values are never 0, so only the range applies.
  // Stryker disable next-line EqualityOperator: a non-integer value never equals an integer bound, so < and <= (> and >=) agree
  if (value.num < BigInt(range.min) * value.den || value.num > BigInt(range.max) * value.den) {
    return void issues.push(assessmentIssues.level('level.out_of_range', key, raw, range));
  }
  return value;
}

/** Checks one indicator's raw level; returns the level or pushes an issue and returns undefined. */
function readLevel(
  indicator: Indicator,
  key: string,
  raw: unknown,
  options: ResolvedScoreOptions,
  issues: Issue[],
  warnings: Issue[],
): number | Rational | 'na' | undefined {
  const range = indicator.scale;
  if (typeof raw === 'number' || (typeof raw === 'string' && raw !== 'na')) {
    return readScalar(indicator, key, raw, options, issues, warnings);
  }
  if (raw === 'na') {
    if (naAllowed(indicator, options)) return 'na';
    return void issues.push(assessmentIssues.level('level.not_applicable_forbidden', key, raw, range));
  }
  if (raw === null) return void issues.push(assessmentIssues.level('level.null', key, raw, range));
  // Criteria answers and measured values: object forms, read off the plain-number hot path.
  if (typeof raw === 'object' && !Array.isArray(raw) && ('criteria' in raw || 'value' in raw)) {
    return readLevelObject(indicator, raw, issues, warnings, key);
  }
  return void issues.push(assessmentIssues.level('level.invalid_type', key, raw, range));
}

/**
 * The raw input of each indicator, by position, under the key the user wrote (its id or one of
 * its codes). Unknown keys and two keys for one indicator are issues.
 */
function givenByPosition(catalogue: Catalogue, rawLevels: Record<string, unknown>, issues: Issue[]): Map<number, string> {
  const keys = new Map<number, string>();
  for (const key of Object.keys(rawLevels)) {
    const position = findIndicator(catalogue, key);
    if (position === undefined) {
      issues.push(assessmentIssues.unknownIndicator(key, catalogue.id));
      continue;
    }
    const earlier = keys.get(position);
    if (earlier !== undefined) {
      issues.push(assessmentIssues.duplicate(key, (catalogue.indicators[position] as Indicator).id, earlier));
      continue;
    }
    keys.set(position, key);
  }
  return keys;
}

/** An assessment may name its catalogue; scoring it with another one is an issue, never a silent switch. */
function checkCatalogue(catalogue: Catalogue, named: unknown, issues: Issue[]): void {
  if (named === undefined) return;
  if (typeof named !== 'string') return void issues.push(assessmentIssues.metadataInvalid(['catalogue'], 'string', named));
  // A catalogue derived from the named one (a department's subset) is the same instrument.
  if (named !== catalogue.id && named !== catalogue.base?.id) issues.push(assessmentIssues.catalogueMismatch(named, catalogue.id));
}

/**
 * Validates an assessment against a catalogue by hand (no schema library on the hot path) and
 * turns it into one level per indicator position. Every issue is collected; nothing is coerced.
 */
export function readAssessment(
  catalogue: Catalogue,
  input: unknown,
  options: ResolvedScoreOptions,
  issues: Issue[],
): ReadAssessment | undefined {
  options = withNaIds(catalogue, options, issues);
  if (!isPlainObject(input)) {
    issues.push(assessmentIssues.invalidType(input));
    return undefined;
  }
  for (const key of Object.keys(input)) {
    if (!ASSESSMENT_KEYS.has(key)) issues.push(assessmentIssues.unknownKey(key));
  }
  checkCatalogue(catalogue, ownValue(input, 'catalogue'), issues);
  const metadata = readMetadata(catalogue, input, issues);
  const rawLevels = ownValue(input, 'levels');
  if (!isPlainObject(rawLevels)) {
    issues.push(assessmentIssues.levelsInvalid(rawLevels));
    return undefined;
  }
  const { indicators } = catalogue;
  const keys = givenByPosition(catalogue, rawLevels, issues);
  const fractions = new Map<number, Rational>();
  const warnings: Issue[] = [];
  // Stryker disable next-line ArrayDeclaration: preallocation only; a slot stays unwritten only alongside an issue, and then the levels are discarded
  const levels = new Array<number>(indicators.length);
  const minimumForNa = new Set<number>();
  let complete = true;
  for (const indicator of indicators) {
    const key = keys.get(indicator.position);
    const raw = key === undefined ? undefined : rawLevels[key];
    if (raw === undefined) {
      if (options.missing === 'partial') {
        levels[indicator.position] = MISSING;
        complete = false;
      } else {
        issues.push(assessmentIssues.missing(indicator.id));
      }
      continue;
    }
    // A raw value is only read under a key the user wrote.
    const level = readLevel(indicator, key as string, raw, options, issues, warnings);
    // Stryker disable next-line ConditionalExpression: an undefined level always comes with an issue, and then the levels are discarded
    if (level === undefined) continue;
    if (typeof level === 'object') {
      levels[indicator.position] = FRACTIONAL;
      fractions.set(indicator.position, level);
    } else if (level !== 'na') {
      levels[indicator.position] = level;
    } else if (options.notApplicable === 'minimum') {
      levels[indicator.position] = indicator.scale.min;
      minimumForNa.add(indicator.position);
    } else {
      levels[indicator.position] = EXCLUDED;
      complete = false;
    }
  }
  return { levels, fractions, minimumForNa, complete, metadata, warnings };
}
