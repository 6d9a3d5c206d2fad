import { parseDecimal } from '../arithmetic/decimal-string.js';
import { compare, parseFraction, rational, type Rational } from '../arithmetic/rational.js';
import { ROUNDING_MODES } from '../arithmetic/rounding.js';
import type { Catalogue, Predicate } from '../model/catalogue.js';
import { describeValue, type Issue, type PathSegment } from '../model/issue.js';
import type { ResolvedScoreOptions } from '../model/options.js';
import type { IndicatorStatus, ScoreResult } from '../model/result.js';
import { fingerprintOf } from '../scoring/fingerprint.js';
import { scoreExactLevels } from '../scoring/score-exact-levels.js';
import { analysisIssue, catalogueMismatch } from './analysis-issues.js';
import type { Display } from './exact-value.js';

/**
 * The one reader of a scored result in analysis. A result often comes back from a JSON file, so
 * it is read in three passes, each relying on the one before:
 * 1. its shape (`checkShape`): every field the analysis reads has its type (results often come
 *    back from JSON files, so nothing is assumed), one issue per bad field;
 * 2. its inputs: the result belongs to the catalogue given (by checksum), every indicator appears
 *    once with a status and a level that fit each other and its scale;
 * 3. its derived values: the result is scored again from those levels, statuses and
 *    `meta.options` through the library's own scoring (`scoreExactLevels`, which takes the
 *    fractional levels of roll-ups too), and every derived field (values, exact fractions,
 *    predikat, coverage, contributions, labels, weights, `complete`, the fingerprint) must equal
 *    what the result says; each one that does not is a `result.inconsistent` issue at its path.
 * What passes is an already-checked view: analysis code reads it, never the raw result.
 */

/**
 * A result that has passed every check, with its exact values read out, by catalogue position.
 * Every analysis function takes this instead of parsing the result itself.
 */
export interface ResultView<P extends string = string> {
  readonly catalogue: Catalogue<P>;
  /** The result itself, now known to be consistent with the catalogue and with itself. */
  readonly result: ScoreResult<P>;
  /** The level that entered the score per indicator position (whole or fractional), or null. */
  readonly levels: readonly (Rational | null)[];
  readonly statuses: readonly IndicatorStatus[];
  /** Whether every level that entered is a whole number (false for some roll-up results). */
  readonly whole: boolean;
  /** The exact index. */
  readonly index: Rational;
  /** The index's predikat band (from the exact or the rounded value, as the result's options say). */
  readonly predicate: Predicate<P>;
  /** The exact value per group position; null for a group where nothing entered. */
  readonly groups: readonly (Rational | null)[];
  /** The exact contribution to the index per indicator position. */
  readonly contributions: readonly Rational[];
  /** The options the result was scored with (decimals, rounding, predicateFrom, policies). */
  readonly options: ResolvedScoreOptions;
  /** How the result rounds its display values. */
  readonly display: Display;
}

type Check = (value: unknown) => boolean;

const STATUSES: ReadonlySet<unknown> = new Set(['assessed', 'missing', 'not-applicable', 'not-applicable-minimum']);

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

/** Pass 1: issues for every part of `result` whose type is wrong; empty when every field has its type. */
function shapeIssues(result: unknown, path: PathSegment[] = []): Issue[] {
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
      status: (v) => STATUSES.has(v),
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

/** At most this many `result.inconsistent` issues per result or roll-up, then one that counts the rest. */
const MISMATCH_LIMIT = 100;

function invalid(path: readonly PathSegment[], id: string, en: string, received?: unknown): Issue {
  return analysisIssue('analysis.result_invalid', path, id, en, received === undefined ? {} : { received });
}

/** A level the shape check let through: null, a safe integer or a fraction string. */
function readLevel(level: number | string | null): Rational | null {
  if (level === null) return null;
  return typeof level === 'number' ? rational(level) : (parseFraction(level) as Rational);
}

interface Inputs {
  readonly levels: (Rational | null)[];
  readonly statuses: IndicatorStatus[];
}

/** Pass 2: the levels and statuses by catalogue position, each checked against its indicator. */
function readInputs(result: ScoreResult, catalogue: Catalogue, issues: Issue[], path: readonly PathSegment[]): Inputs | undefined {
  const count = catalogue.indicators.length;
  const levels = new Array<Rational | null>(count).fill(null);
  const statuses = new Array<IndicatorStatus>(count).fill('missing');
  const seen = new Array<boolean>(count).fill(false);
  const before = issues.length;
  const { allowZero } = result.meta.options;
  result.indicators.forEach((item, k) => {
    const position = catalogue.lookup.indicators[item.id];
    if (position === undefined || !Object.hasOwn(catalogue.lookup.indicators, item.id) || seen[position]) {
      issues.push(invalid([...path, 'indicators', k], `Indikator ke-${k + 1} dalam hasil tidak dikenali.`, `Indicator entry ${k + 1} of the result is not recognised.`));
      return;
    }
    seen[position] = true;
    const level = readLevel(item.level);
    const entered = item.status === 'assessed' || item.status === 'not-applicable-minimum';
    const scale = catalogue.indicators[position]!.scale;
    const inScale =
      level === null || (compare(level, rational(scale.max)) <= 0 && (compare(level, rational(scale.min)) >= 0 || (allowZero && compare(level, rational(0)) === 0)));
    const minimumMissed = item.status === 'not-applicable-minimum' && (level === null || compare(level, rational(scale.min)) !== 0);
    if ((level === null) === entered || minimumMissed) {
      issues.push(invalid([...path, 'indicators', k, 'level'], `Tingkat indikator ${item.id} dalam hasil tidak sah.`, `The level of indicator ${item.id} in the result is not valid.`, item.level));
      return;
    }
    if (!inScale) {
      issues.push(
        invalid(
          [...path, 'indicators', k, 'level'],
          `Tingkat indikator ${item.id} dalam hasil berada di luar skalanya: hasil telah diubah.`,
          `The level of indicator ${item.id} in the result is outside its scale: the result was edited.`,
        ),
      );
      return;
    }
    levels[position] = level;
    statuses[position] = item.status;
  });
  if (issues.length > before) return undefined;
  const absent = catalogue.indicators.filter((_, position) => !seen[position]);
  for (const indicator of absent) {
    issues.push(invalid([...path, 'indicators'], `Indikator ${indicator.id} tidak ada dalam hasil.`, `Indicator ${indicator.id} is not in the result.`));
  }
  return absent.length > 0 ? undefined : { levels, statuses };
}

function inconsistent(path: readonly PathSegment[], expected: unknown, received: unknown): Issue {
  const at = path.join('.');
  // Whole: a derived value is the library's own (a fingerprint is longer than a shortened description).
  const shown = typeof expected === 'string' ? JSON.stringify(expected) : describeValue(expected);
  return analysisIssue(
    'result.inconsistent',
    path,
    `"${at}" dalam hasil tidak mengikuti tingkat, status dan opsinya (seharusnya ${shown}): hasil telah diubah atau rusak.`,
    `"${at}" in the result does not follow from its levels, statuses and options (it should be ${shown}): the result was edited or is corrupt.`,
    { expected: shown, received },
  );
}

/** The issue for one derived value that differs: a result's, or a roll-up's (verify-rollup-read.ts). */
export type Mismatch = (path: readonly PathSegment[], expected: unknown, received: unknown) => Issue;

/**
 * Every place where `received` differs from `expected` (a derived value), depth first. Only the
 * keys of `expected` are compared: parts left out of it are not derived (or are checked elsewhere).
 */
export function differences(expected: unknown, received: unknown, path: readonly PathSegment[], found: Issue[], mismatch: Mismatch = inconsistent): void {
  if (typeof expected !== 'object' || expected === null) {
    if (!Object.is(expected, received)) found.push(mismatch(path, expected, received));
    return;
  }
  if (typeof received !== 'object' || received === null || Array.isArray(expected) !== Array.isArray(received)) {
    found.push(mismatch(path, expected, received));
    return;
  }
  if (Array.isArray(expected)) {
    const list = received as unknown[];
    if (list.length !== expected.length) {
      found.push(mismatch([...path, 'length'], expected.length, list.length));
      return;
    }
    for (let k = 0; k < expected.length; k++) differences(expected[k], list[k], [...path, k], found, mismatch);
    return;
  }
  const record = received as Record<string, unknown>;
  for (const key of Object.keys(expected)) {
    differences((expected as Record<string, unknown>)[key], Object.hasOwn(record, key) ? record[key] : undefined, [...path, key], found, mismatch);
  }
}

/** The mismatches found, at most MISMATCH_LIMIT of them, then one issue at `path` that counts the rest. */
export function cappedMismatches(found: readonly Issue[], path: readonly PathSegment[] = []): Issue[] {
  if (found.length <= MISMATCH_LIMIT) return [...found];
  const more = found.length - MISMATCH_LIMIT;
  return [...found.slice(0, MISMATCH_LIMIT), analysisIssue('result.inconsistent', [...path], `…dan ${more} nilai lain yang tidak sesuai.`, `…and ${more} more values that do not follow.`)];
}

/** The parts of a result that are derived from its inputs, in the shape of the result. */
function derivedParts(result: ScoreResult): Record<string, unknown> {
  const { index, complete, coverage, domains, aspects, groups, indicators } = result;
  return { index, complete, coverage, domains, aspects, groups, indicators, meta: { catalogue: result.meta.catalogue, fingerprint: result.meta.fingerprint } };
}

/** Pass 3: scores the inputs again and reports every derived field that differs. */
function rederive<P extends string>(result: ScoreResult<P>, catalogue: Catalogue<P>, inputs: Inputs, issues: Issue[], path: readonly PathSegment[]): ScoreResult<P> | undefined {
  const derived = scoreExactLevels(catalogue, inputs.levels, inputs.statuses, result.assessment, result.meta.options);
  if (derived === undefined) {
    issues.push(invalid([...path, 'indicators'], 'Tidak ada indikator yang masuk ke dalam nilai hasil ini.', 'No indicator entered the score of this result.'));
    return undefined;
  }
  // The fingerprint names the inputs with the library version that computed them, which may be
  // an earlier one: hash with the recorded version, not this one.
  const fingerprint = fingerprintOf({
    catalogueChecksum: catalogue.checksum,
    libraryVersion: result.meta.library?.version,
    options: result.meta.options,
    metadata: result.assessment,
    statuses: inputs.statuses,
    levels: derived.indicators.map((indicator) => indicator.level),
  });
  const expected = derivedParts({ ...derived, meta: { ...derived.meta, fingerprint } });
  const found: Issue[] = [];
  differences(expected, derivedParts(result), path, found);
  issues.push(...cappedMismatches(found, path));
  return found.length > 0 ? undefined : derived;
}

function exactOf(text: string | null): Rational | null {
  return text === null ? null : (parseFraction(text) as Rational);
}

/**
 * Pass 1 on its own: the issues of every field whose type is wrong (empty when the shape is
 * right), for a caller that must read `meta` before choosing the catalogue (compare).
 */
export function checkShape(result: unknown, path: readonly PathSegment[] = []): Issue[] {
  try {
    return shapeIssues(result, [...path]);
  } catch {
    // A getter or proxy in hand-made input can throw while being read: report it, never crash.
    return [invalid([...path], 'Hasil penilaian tidak dapat dibaca sebagai data biasa.', 'The score result could not be read as plain data.')];
  }
}

/**
 * Reads a score result for analysis with its catalogue: checks its shape, that it belongs to the
 * catalogue, and that every derived value follows from its levels, statuses and options. Adds
 * every issue found to `issues` (under `path`, e.g. `['before']`) and returns undefined, or
 * returns the checked view.
 */
export function readResult<P extends string>(catalogue: Catalogue<P>, result: unknown, issues: Issue[], path: readonly PathSegment[] = []): ResultView<P> | undefined {
  const shape = checkShape(result, path);
  if (shape.length > 0) {
    issues.push(...shape);
    return undefined;
  }
  const checked = result as ScoreResult<P>;
  const recorded = checked.meta.catalogue;
  if (recorded.checksum !== catalogue.checksum) {
    issues.push(catalogueMismatch([...path, 'meta', 'catalogue'], recorded, catalogue));
    return undefined;
  }
  const inputs = readInputs(checked, catalogue, issues, path);
  if (inputs === undefined) return undefined;
  const derived = rederive(checked, catalogue, inputs, issues, path);
  if (derived === undefined) return undefined;
  const options = checked.meta.options;
  return {
    catalogue,
    result: checked,
    levels: inputs.levels,
    statuses: inputs.statuses,
    whole: inputs.levels.every((level) => level === null || level.den === 1n),
    index: parseFraction(derived.index.exact) as Rational,
    predicate: catalogue.predicates.find((band) => band.id === derived.index.predicate.id) as Predicate<P>,
    groups: derived.groups.map((group) => exactOf(group.exact)),
    contributions: derived.indicators.map((indicator) => parseFraction(indicator.contribution.exact) as Rational),
    options,
    display: { decimals: options.decimals, rounding: options.rounding },
  };
}
