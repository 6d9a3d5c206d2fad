import type { Catalogue, Indicator } from '../model/catalogue.js';
import type { AssessmentMetadata } from '../model/assessment.js';
import { ownValue, type Issue } from '../model/issue.js';
import type { ResolvedScoreOptions } from '../model/options.js';
import { assessmentIssues } from './assessment-issues.js';
import { readLevelObject } from './read-level-input.js';

/**
 * How each indicator enters the kernel, by catalogue position:
 * - an integer level;
 * - `MISSING` (only under `missing: "partial"`);
 * - `EXCLUDED` (not applicable under the `exclude` policy).
 * Not applicable under `minimum` is already turned into the scale minimum here.
 */
export const MISSING = -1;
export const EXCLUDED = -2;

export interface ReadAssessment {
  /** Level per indicator position, or MISSING / EXCLUDED. */
  readonly levels: number[];
  /** Positions counted at the scale minimum because they were "na" under `minimum`. */
  readonly minimumForNa: ReadonlySet<number>;
  readonly complete: boolean;
  readonly metadata: AssessmentMetadata;
  readonly warnings: Issue[];
}

const ASSESSMENT_KEYS = new Set(['levels', 'agency', 'year', 'note', 'notes', '$schema']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function readMetadata(catalogue: Catalogue, raw: Record<string, unknown>, issues: Issue[]): AssessmentMetadata {
  const metadata: { agency?: string; year?: number; note?: string; notes?: Record<string, string> } = {};
  const agency = ownValue(raw, 'agency');
  if (agency !== undefined) {
    if (typeof agency === 'string') metadata.agency = agency;
    else issues.push(assessmentIssues.metadataInvalid(['agency'], 'string', agency));
  }
  const year = ownValue(raw, 'year');
  if (year !== undefined) {
    if (Number.isInteger(year)) metadata.year = year as number;
    else issues.push(assessmentIssues.metadataInvalid(['year'], 'integer', year));
  }
  const note = ownValue(raw, 'note');
  if (note !== undefined) {
    if (typeof note === 'string') metadata.note = note;
    else issues.push(assessmentIssues.metadataInvalid(['note'], 'string', note));
  }
  const notes = ownValue(raw, 'notes');
  if (notes !== undefined) {
    if (!isPlainObject(notes)) {
      issues.push(assessmentIssues.metadataInvalid(['notes'], 'object', notes));
    } else {
      const copy: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const key of Object.keys(notes)) {
        const text = notes[key];
        if (catalogue.lookup.indicators[key] === undefined) issues.push(assessmentIssues.unknownIndicator(key, catalogue.id, ['notes', key]));
        else if (typeof text === 'string') copy[key] = text;
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

/** Checks one indicator's raw level; returns the level or pushes an issue and returns undefined. */
function readLevel(
  indicator: Indicator,
  raw: unknown,
  options: ResolvedScoreOptions,
  issues: Issue[],
  warnings: Issue[],
): number | 'na' | undefined {
  const { id } = indicator;
  const range = indicator.scale;
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return void issues.push(assessmentIssues.level('level.nan', id, raw, range));
    if (!Number.isFinite(raw)) return void issues.push(assessmentIssues.level('level.not_finite', id, raw, range));
    if (!Number.isInteger(raw)) return void issues.push(assessmentIssues.level('level.not_integer', id, raw, range));
    if (raw === 0 && range.min > 0) {
      if (!options.allowZero) return void issues.push(assessmentIssues.level('level.zero', id, raw, range));
      warnings.push(assessmentIssues.zeroAccepted(id));
      return 0;
    }
    if (raw < range.min || raw > range.max) {
      return void issues.push(assessmentIssues.level('level.out_of_range', id, raw, range));
    }
    return raw === 0 ? 0 : raw; // normalises -0
  }
  if (raw === 'na') {
    if (naAllowed(indicator, options)) return 'na';
    return void issues.push(assessmentIssues.level('level.not_applicable_forbidden', id, raw, range));
  }
  if (raw === null) return void issues.push(assessmentIssues.level('level.null', id, raw, range));
  // Criteria answers and measured values: object forms, read off the plain-number hot path.
  if (typeof raw === 'object' && !Array.isArray(raw) && ('criteria' in raw || 'value' in raw)) {
    return readLevelObject(indicator, raw, issues, warnings);
  }
  if (typeof raw === 'string') return void issues.push(assessmentIssues.level('level.string', id, raw, range));
  return void issues.push(assessmentIssues.level('level.invalid_type', id, raw, range));
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
  const allow = options.allowNotApplicable;
  if (Array.isArray(allow)) {
    allow.forEach((id: string, i) => {
      if (catalogue.lookup.indicators[id] === undefined) issues.push(assessmentIssues.unknownIndicator(id, catalogue.id, ['options', 'allowNotApplicable', i]));
    });
  }
  if (!isPlainObject(input)) {
    issues.push(assessmentIssues.invalidType(input));
    return undefined;
  }
  for (const key of Object.keys(input)) {
    if (!ASSESSMENT_KEYS.has(key)) issues.push(assessmentIssues.unknownKey(key));
  }
  const metadata = readMetadata(catalogue, input, issues);
  const rawLevels = ownValue(input, 'levels');
  if (!isPlainObject(rawLevels)) {
    issues.push(assessmentIssues.levelsInvalid(rawLevels));
    return undefined;
  }
  const { indicators, lookup } = catalogue;
  for (const key of Object.keys(rawLevels)) {
    if (lookup.indicators[key] === undefined) issues.push(assessmentIssues.unknownIndicator(key, catalogue.id));
  }
  const warnings: Issue[] = [];
  // Stryker disable next-line ArrayDeclaration: preallocation only; a slot stays unwritten only alongside an issue, and then the levels are discarded
  const levels = new Array<number>(indicators.length);
  const minimumForNa = new Set<number>();
  let complete = true;
  for (const indicator of indicators) {
    const raw = ownValue(rawLevels, indicator.id);
    if (raw === undefined) {
      if (options.missing === 'partial') {
        levels[indicator.position] = MISSING;
        complete = false;
      } else {
        issues.push(assessmentIssues.missing(indicator.id));
      }
      continue;
    }
    const level = readLevel(indicator, raw, options, issues, warnings);
    if (level === undefined) continue;
    if (level !== 'na') {
      levels[indicator.position] = level;
    } else if (options.notApplicable === 'minimum') {
      levels[indicator.position] = indicator.scale.min;
      minimumForNa.add(indicator.position);
    } else {
      levels[indicator.position] = EXCLUDED;
      complete = false;
    }
  }
  return { levels, minimumForNa, complete, metadata, warnings };
}
