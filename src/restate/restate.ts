import { readResult } from '../analysis/read-result.js';
import { readExactValue } from '../arithmetic/exact-value.js';
import { add, compare, div, parseFraction, rational, toFractionString, type Rational } from '../arithmetic/rational.js';
import { findIndicator } from '../catalogue/find-indicator.js';
import type { Assessment, LevelInput } from '../model/assessment.js';
import type { Catalogue } from '../model/catalogue.js';
import { capped, makeIssue, ownValue, SpbeError, unknownOptionIssues, type Issue, type SafeResult } from '../model/issue.js';
import type { Localized } from '../model/localized.js';
import type { CatalogueMapping, MappingRule } from '../model/mapping.js';
import type { ScoreResult } from '../model/result.js';
import { safeScore } from '../scoring/score.js';
import { readMapping } from './read-mapping.js';
import { restateIssue } from './restate-issues.js';

/** Where one target indicator's restated value comes from. @category Restatement */
export interface RestatedIndicator {
  /** The target indicator's id. */
  readonly id: string;
  readonly rule: MappingRule['rule'] | 'none';
  /** The source indicators and their exact levels (null: not given in the source). */
  readonly sources: readonly { readonly id: string; readonly level: number | string | null }[];
  /** The restated exact level (integer or reduced fraction "7/2"), or null when it has none. */
  readonly level: number | string | null;
  readonly rationale: Localized | null;
}

/**
 * A target indicator the restatement gives no value: the mapping leaves it unmapped, has no rule
 * for it, or a source it needs has no level.
 * @category Restatement
 */
export interface UnmappedTarget {
  readonly id: string;
  readonly reason: 'unmapped' | 'no-rule' | 'sources-missing';
  /** The sources without a level (for `sources-missing`). */
  readonly missing: readonly string[];
}

/** The outcome of {@link restate}. @category Restatement */
export interface Restatement {
  /**
   * An assessment for the target catalogue, with a level only for the targets the mapping could
   * fill: partial unless `complete`. Score it with `missing: "partial"`, or fill the gaps first.
   */
  readonly assessment: Assessment;
  readonly mapping: { readonly from: string; readonly to: string; readonly title: Localized | null; readonly indicative: boolean };
  /** Per target indicator, where its value comes from. */
  readonly indicators: readonly RestatedIndicator[];
  /** Every target without a value. Never invented: fill them in, or score partially. */
  readonly unmapped: readonly UnmappedTarget[];
  readonly complete: boolean;
  /** What every output of this restatement must say ("indicative, not an official crosswalk"). */
  readonly notice: Localized;
}

/** Options of {@link restate}. @category Restatement */
export interface RestateOptions {
  /** The source catalogue: checks source ids, resolves codes, reads criteria and measured values. */
  readonly from?: Catalogue;
  /** The target catalogue: checks target ids and lists every target the mapping leaves out. */
  readonly to?: Catalogue;
}

const RESTATE_OPTION_KEYS: readonly string[] = ['from', 'to'];

const INDICATIVE: Localized = {
  id: 'Perkiraan indikatif, bukan crosswalk resmi: tidak ada pemetaan resmi antara kedua katalog.',
  en: 'Indicative estimate, not an official crosswalk: no official mapping between the two catalogues exists.',
};
const STATED: Localized = {
  id: 'Dinyatakan ulang dengan pemetaan yang diberikan pengguna.',
  en: 'Restated with a mapping the user supplied.',
};

type SourceLevels = Map<string, Rational>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Exact source levels of a result, by indicator id. */
function levelsOfResult(result: ScoreResult, issues: Issue[]): SourceLevels {
  const levels: SourceLevels = new Map();
  result.indicators.forEach((row, k) => {
    if (row.level === null) return;
    const value = typeof row.level === 'number' && Number.isInteger(row.level) ? rational(row.level) : typeof row.level === 'string' ? parseFraction(row.level) : undefined;
    if (value === undefined) {
      issues.push(restateIssue('restate.input_invalid', ['indicators', k, 'level'], `Tingkat indikator ${row.id} dalam hasil tidak sah.`, `The level of indicator ${row.id} in the result is not valid.`, { received: row.level }));
    } else levels.set(row.id, value);
  });
  return levels;
}

/** Exact source levels of an assessment read without its catalogue: numbers and exact values only. */
function levelsOfAssessment(levels: Record<string, unknown>, issues: Issue[]): SourceLevels {
  const read: SourceLevels = new Map();
  for (const [id, raw] of Object.entries(levels)) {
    if (raw === 'na') continue;
    const reading = typeof raw === 'number' || typeof raw === 'string' ? readExactValue(raw) : undefined;
    if (reading === undefined || 'problem' in reading) {
      issues.push(
        restateIssue('restate.input_invalid', ['levels', id], `Tingkat indikator ${id} tidak dapat dibaca tanpa katalog sumber; berikan katalog sumber (opsi from).`, `The level of indicator ${id} cannot be read without the source catalogue; pass it (option from).`, { received: raw }),
      );
    } else read.set(id, reading.value);
  }
  return read;
}

function combine(rule: 'mean' | 'min' | 'max', values: readonly Rational[]): Rational {
  if (rule === 'mean') return div(values.reduce(add, rational(0)), rational(values.length));
  return values.reduce((best, value) => ((rule === 'min' ? compare(value, best) < 0 : compare(value, best) > 0) ? value : best));
}

const exactOut = (value: Rational): number | string => (value.den === 1n ? Number(value.num) : toFractionString(value));

/**
 * Restates an assessment (or a result) of one catalogue as an assessment of another, from a
 * mapping that is plain data: each target indicator takes the mean, minimum or maximum of named
 * source indicators' exact levels, or stays unmapped. Returns issues instead of throwing.
 * Unmapped targets are listed, never invented; with `indicative` mappings every output must say
 * the result is an estimate (`notice`).
 *
 * @example
 * ```ts
 * import { safeRestate } from 'spbe-index';
 * import { permenpanrb592020 } from 'spbe-index/catalogues/permenpanrb-59-2020';
 * import { permenpanrb82026 } from 'spbe-index/catalogues/permenpanrb-8-2026';
 *
 * const restated = safeRestate(result2025, mapping, { from: permenpanrb592020, to: permenpanrb82026 });
 * if (restated.success) restated.output.unmapped; // [{ id: '18', reason: 'unmapped', missing: [] }, ...]
 * ```
 * @category Restatement
 */
export function safeRestate(input: Assessment | ScoreResult, mapping: unknown, options: RestateOptions = {}): SafeResult<Restatement> {
  return capped(restateUncapped(input, mapping, options));
}

function restateUncapped(input: Assessment | ScoreResult, mapping: unknown, options: RestateOptions): SafeResult<Restatement> {
  const issues: Issue[] = [];
  const read = readMapping(mapping, issues);
  if (!isRecord(input)) {
    issues.push(restateIssue('restate.input_invalid', [], 'Masukan harus berupa penilaian atau hasil.', 'The input must be an assessment or a result.', { received: input }));
  }
  // Options are read as own properties only; a key restate does not know is an issue, never ignored.
  if (isRecord(options)) issues.push(...unknownOptionIssues(options, RESTATE_OPTION_KEYS, ['options']));
  else issues.push(makeIssue('option.invalid', ['options'], { id: 'Opsi harus berupa objek.', en: 'The options must be an object.' }, { expected: 'object', received: options === null ? 'null' : typeof options }));
  if (read === undefined || !isRecord(input) || issues.length > 0) return { success: false, issues };
  const from = ownValue(options, 'from') as Catalogue | undefined;
  const to = ownValue(options, 'to') as Catalogue | undefined;
  const mismatch = (path: string[], named: string, expected: string) =>
    issues.push(
      restateIssue('restate.catalogue_mismatch', path, `Katalog "${named}" tidak sesuai dengan pemetaan (${expected}).`, `Catalogue "${named}" does not match the mapping (${expected}).`, { expected, received: named }),
    );
  if (from !== undefined && from.id !== read.from) mismatch(['from'], from.id, read.from);
  if (to !== undefined && to.id !== read.to) mismatch(['to'], to.id, read.to);
  // A catalogue the mapping is not for would misread every id: that one issue, not a list of unknown ids.
  if (issues.length > 0) return { success: false, issues };

  // The source's exact levels, and the catalogue it names.
  let source: SourceLevels;
  let named: string | undefined;
  let metadata: { agency?: string; year?: number } = {};
  if (Array.isArray(input.indicators) && isRecord(input.meta)) {
    const result = input as unknown as ScoreResult;
    named = result.meta.catalogue?.id;
    // With its catalogue, a result is read by the one reader: an edited result is refused, not restated.
    if (from !== undefined && named === from.id && readResult(from, input, issues) === undefined) return { success: false, issues };
    source = levelsOfResult(result, issues);
    const given = result.assessment ?? {};
    metadata = { ...(given.agency === undefined ? {} : { agency: given.agency }), ...(given.year === undefined ? {} : { year: given.year }) };
  } else if (isRecord(input.levels)) {
    named = typeof input.catalogue === 'string' ? input.catalogue : undefined;
    metadata = { ...(typeof input.agency === 'string' ? { agency: input.agency } : {}), ...(typeof input.year === 'number' ? { year: input.year } : {}) };
    if (from !== undefined) {
      const scored = safeScore(from, input, { missing: 'partial' });
      // An assessment with nothing assessed restates to nothing: every target is then listed.
      const empty = !scored.success && scored.issues.every((issue) => issue.code === 'assessment.nothing_applicable');
      if (!scored.success && !empty) return { success: false, issues: [...issues, ...scored.issues] };
      source = scored.success ? levelsOfResult(scored.output, issues) : new Map();
    } else source = levelsOfAssessment(input.levels, issues);
  } else {
    issues.push(restateIssue('restate.input_invalid', [], 'Masukan harus berupa penilaian (levels) atau hasil (indicators).', 'The input must be an assessment (levels) or a result (indicators).'));
    return { success: false, issues };
  }
  if (named !== undefined && named !== read.from) mismatch(['catalogue'], named, read.from);
  if (issues.length > 0) return { success: false, issues };

  // Targets by id (codes resolved when the target catalogue is known), in catalogue order.
  const rules = new Map<string, { rule: MappingRule; key: string }>();
  for (const [key, rule] of read.targets) {
    const position = to === undefined ? undefined : findIndicator(to, key);
    if (to !== undefined && position === undefined) {
      issues.push(restateIssue('restate.unknown_target', ['targets', key], `Indikator "${key}" tidak ada dalam katalog ${to.id}.`, `Indicator "${key}" is not in catalogue ${to.id}.`, { received: key }));
      continue;
    }
    const id = to === undefined ? key : to.indicators[position as number]!.id;
    const earlier = rules.get(id);
    if (earlier !== undefined) {
      issues.push(restateIssue('restate.duplicate_target', ['targets', key], `"${key}" dan "${earlier.key}" sama-sama indikator ${id}.`, `"${key}" and "${earlier.key}" both name indicator ${id}.`, { received: key }));
      continue;
    }
    rules.set(id, { rule, key });
  }
  const sourceId = (name: string, path: (string | number)[]): string | undefined => {
    if (from === undefined) return name;
    const position = findIndicator(from, name);
    if (position === undefined) {
      issues.push(restateIssue('restate.unknown_source', path, `Indikator sumber "${name}" tidak ada dalam katalog ${from.id}.`, `Source indicator "${name}" is not in catalogue ${from.id}.`, { received: name }));
      return undefined;
    }
    return from.indicators[position]!.id;
  };
  const targetIds = to === undefined ? [...rules.keys()] : to.indicators.map((indicator) => indicator.id);
  const indicators: RestatedIndicator[] = [];
  const unmapped: UnmappedTarget[] = [];
  const levels: Record<string, LevelInput> = {};
  for (const id of targetIds) {
    const entry = rules.get(id);
    if (entry === undefined) {
      indicators.push({ id, rule: 'none', sources: [], level: null, rationale: null });
      unmapped.push({ id, reason: 'no-rule', missing: [] });
      continue;
    }
    const { rule, key } = entry;
    const rationale = rule.rationale ?? null;
    if (rule.rule === 'unmapped') {
      indicators.push({ id, rule: 'unmapped', sources: [], level: null, rationale });
      unmapped.push({ id, reason: 'unmapped', missing: [] });
      continue;
    }
    const ids = rule.sources.map((name, k) => sourceId(name, ['targets', key, 'sources', k]));
    if (ids.some((found) => found === undefined)) continue;
    const sources = (ids as string[]).map((sourceIdOf) => ({ id: sourceIdOf, level: source.get(sourceIdOf) }));
    const missing = sources.filter((entryOf) => entryOf.level === undefined).map((entryOf) => entryOf.id);
    const level = missing.length > 0 ? null : exactOut(combine(rule.rule, sources.map((entryOf) => entryOf.level as Rational)));
    indicators.push({
      id,
      rule: rule.rule,
      sources: sources.map((entryOf) => ({ id: entryOf.id, level: entryOf.level === undefined ? null : exactOut(entryOf.level) })),
      level,
      rationale,
    });
    if (level === null) unmapped.push({ id, reason: 'sources-missing', missing });
    else levels[id] = level as LevelInput;
  }
  if (issues.length > 0) return { success: false, issues };
  const notice = read.indicative ? INDICATIVE : STATED;
  const assessment: Assessment = {
    catalogue: read.to,
    ...metadata,
    note: `${notice.id} (${read.from} → ${read.to}) / ${notice.en}`,
    levels,
  };
  return {
    success: true,
    output: {
      assessment,
      mapping: { from: read.from, to: read.to, title: read.title, indicative: read.indicative },
      indicators,
      unmapped,
      complete: unmapped.length === 0,
      notice,
    },
  };
}

/**
 * Restates an assessment or result of one catalogue as a (usually partial) assessment of another;
 * throws a {@link SpbeError} carrying every issue. See {@link safeRestate}.
 *
 * @example
 * ```ts
 * const { assessment, unmapped, notice } = restate(result2025, mapping, { from: permenpanrb592020, to: permenpanrb82026 });
 * score(permenpanrb82026, assessment, { missing: 'partial' }); // a Pemdi estimate, to be labelled with `notice`
 * ```
 * @category Restatement
 */
export function restate(input: Assessment | ScoreResult, mapping: CatalogueMapping, options?: RestateOptions): Restatement {
  const outcome = safeRestate(input, mapping, options);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
