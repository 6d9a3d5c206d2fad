import {
  array,
  boolean,
  describe,
  int,
  literal,
  minLength,
  number,
  optional,
  record,
  regex,
  strictObject,
  string,
  union,
  type ZodMiniArray,
  type ZodMiniOptional,
} from 'zod/mini';

/*
 * Zod Mini schemas of catalogue and assessment files, built by factories on demand so that nothing
 * on the scoring path (score, the built-in catalogues) imports zod. Zod Mini's functions
 * tree-shake, so a browser bundle pays only for the checks these schemas use. Only
 * `defineCatalogue` and the `spbe-index/schema` entry call these. They check shape only; meaning
 * (ids, weights, bands) is checked by safeCompileCatalogue, and assessments against a catalogue by score.
 */

/** Decimal strings as catalogues write them ("1.30", "-4"): no exponent, no "+", no separators. */
export const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;
/** An exact indicator value: a decimal ("1.26") or a fraction ("7/6"). */
const EXACT_VALUE = /^(-?(0|[1-9]\d*)(\.\d+)?|-?(0|[1-9]\d*)\/[1-9]\d*)$/;
/** A weight: a decimal string, or an exact fraction such as "10/3" (an equal share of 20 over 6). */
export const WEIGHT = /^(-?(0|[1-9]\d*)(\.\d+)?|\d+\/[1-9]\d*)$/;

const nonEmpty = () => string().check(minLength(1));

function localized() {
  return strictObject({
    id: nonEmpty().check(describe('Indonesian text')),
    en: nonEmpty().check(describe('English text')),
  }).check(describe('A text in Indonesian (id) and English (en); both are required.'));
}

const id = nonEmpty;
const decimal = () => string().check(regex(DECIMAL), describe('A decimal string such as "1.30" or "-4"'));
const weight = () =>
  string().check(regex(WEIGHT), describe('A weight: a decimal string such as "1.30" or an exact fraction such as "10/3"'));

function criterion() {
  return strictObject({ id: id(), text: localized() }).check(describe('One checklist item of a level'));
}

function measure() {
  return strictObject({
    min: decimal(),
    max: decimal(),
    bands: array(strictObject({ min: decimal(), max: decimal(), level: int() })).check(
      describe('Bands, lowest first: min <= value < max (the last band includes its max)'),
    ),
    name: optional(localized()),
  }).check(describe('A measured value that bands map to a level'));
}

function indicator() {
  return strictObject({
    id: id().check(describe('Stable id used in assessments ("1", "35.1")')),
    number: int().check(describe('The number as printed in the regulation')),
    name: localized(),
    aliases: optional(array(string())),
    codes: optional(array(id())).check(
      describe('Other codes users write for this indicator ("I5", "3.1"), accepted in input; results use the id'),
    ),
    scale: id().check(describe('Id of a scale in "scales"')),
    weight: optional(weight()),
    notApplicable: optional(boolean()),
    criteria: optional(array(strictObject({ level: int(), criteria: array(criterion()) }))).check(
      describe("The indicator's own criteria per level, replacing its scale's"),
    ),
    measure: optional(measure()),
  });
}

/** The recursive group schema: a group holds sub-groups or indicators. */
function group() {
  const schema = strictObject({
    id: id(),
    tier: id().check(describe('Id of a tier in "tiers"')),
    name: localized(),
    weight: optional(weight()),
    get groups(): ZodMiniOptional<ZodMiniArray<typeof schema>> {
      return optional(array(schema));
    },
    indicators: optional(array(indicator())),
  });
  return schema;
}

/**
 * The Zod Mini schema of a catalogue file (a `CatalogueDefinition`, plus an optional `$schema`).
 * Built on each call, so that importing this module costs nothing until it is used.
 *
 * @example
 * ```ts
 * import { catalogueSchema } from 'spbe-index/schema';
 *
 * const parsed = catalogueSchema().safeParse(JSON.parse(text)); // shape only; see defineCatalogue
 * ```
 * @category Schemas
 */
export function catalogueSchema() {
  const level = strictObject({
    level: int(),
    name: localized(),
    meaning: localized(),
    aliases: optional(array(string())),
    criteria: optional(array(criterion())),
  });
  return strictObject({
    $schema: optional(string()),
    id: id(),
    revision: nonEmpty(),
    title: localized(),
    legalBasis: array(localized()),
    years: array(int()),
    provenance: optional(array(localized())),
    tiers: array(strictObject({ id: id(), label: localized(), plural: localized() })),
    scales: array(
      strictObject({
        id: id(),
        name: localized(),
        min: int(),
        max: int(),
        values: optional(literal(['whole', 'fractional'])).check(
          describe('"whole" (default): levels min..max only; "fractional": any exact value in [min, max]'),
        ),
        levels: array(level),
      }),
    ),
    predicates: array(
      strictObject({
        id: id(),
        label: localized(),
        min: decimal(),
        max: decimal(),
        maturity: optional(localized()).check(describe('The maturity name of the band ("Berkembang" / "Developing")')),
      }),
    ).check(
      describe('Predikat bands, highest first: min <= index < max (the top band includes its max)'),
    ),
    totalWeight: optional(weight()),
    targets: optional(strictObject({ index: decimal(), level: int() })),
    groups: array(group()),
    base: optional(strictObject({ id: id(), revision: string(), checksum: string() })),
  }).check(describe('An spbe-index catalogue definition'));
}

/**
 * The Zod Mini schema of an assessment file. It checks shape only: which indicators exist and what
 * levels their scales allow is checked against a catalogue by `score`.
 *
 * @example
 * ```ts
 * import { assessmentSchema } from 'spbe-index/schema';
 *
 * assessmentSchema().safeParse({ levels: { '1': 3, '2': 'na', '3': { criteria: ['p2.plan'] } } }).success; // true
 * ```
 * @category Schemas
 */
export function assessmentSchema() {
  const levelInput = union([
    int().check(describe("A level on the indicator's scale")),
    number().check(
      describe('An exact value, on scales that take fractional values: read by its shortest decimal (1.26 is 126/100)'),
    ),
    string().check(
      regex(EXACT_VALUE),
      describe('An exact value, on scales that take fractional values: a fraction ("7/6") or a decimal ("1.26")'),
    ),
    literal('na').check(describe('Not applicable, where the catalogue or the options allow it')),
    strictObject({ criteria: array(string()) }).check(describe('Ids of the criteria met')),
    strictObject({ value: union([decimal(), number()]) }).check(describe('A measured value')),
  ]);
  return strictObject({
    $schema: optional(string()),
    catalogue: optional(nonEmpty()).check(
      describe('Id of the catalogue the assessment is for ("permenpanrb-8-2026"); scoring it with another is an issue'),
    ),
    levels: record(string(), levelInput).check(
      describe('Level (or criteria met, or measured value) per indicator id or alternative code ("I5", "3.1")'),
    ),
    agency: optional(string()),
    year: optional(int()),
    note: optional(string()),
    notes: optional(record(string(), string())),
  }).check(describe('An spbe-index assessment'));
}

/**
 * The Zod Mini schema of a responsibilities file (which unit owns which indicators): per
 * indicator id, a list of owning unit ids, or `{ owners, lead }`. Shape only: ids are checked
 * against the catalogue and the units when a roll-up or city plan uses the file.
 *
 * @example
 * ```ts
 * responsibilitiesSchema().safeParse({ indicators: { '1': ['Bappeda'], '11': { owners: ['Bappeda', 'Diskominfo'], lead: 'Bappeda' } } }).success; // true
 * ```
 * @category Schemas
 */
export function responsibilitiesSchema() {
  const owners = array(nonEmpty()).check(minLength(1), describe('Ids of the owning units (their assessments\' agency)'));
  return strictObject({
    $schema: optional(string()),
    catalogue: optional(string().check(describe('Id of the catalogue the indicator ids belong to'))),
    indicators: record(
      string(),
      union([owners, strictObject({ owners, lead: optional(nonEmpty().check(describe('The lead owner, one of owners'))) })]),
    ).check(describe('Owners per indicator id or code ("5", "I5", "3.1")')),
  }).check(describe('Which unit owns which indicators, for a city roll-up'));
}

/**
 * The Zod Mini schema of a catalogue mapping file (a `CatalogueMapping`, plus an optional
 * `$schema`), as `restate` takes it. Shape only; `restate` checks ids against the catalogues.
 *
 * @example
 * ```ts
 * import { mappingSchema } from 'spbe-index/schema';
 *
 * mappingSchema().safeParse({ from: 'a', to: 'b', indicative: true, targets: { '1': { rule: 'unmapped' } } }).success; // true
 * ```
 * @category Schemas
 */
export function mappingSchema() {
  const rationale = optional(localized()).check(describe('Why the rule holds: what the indicators measure'));
  const rule = union([
    strictObject({
      rule: literal(['mean', 'min', 'max']).check(describe('How the sources\' exact levels combine')),
      sources: array(nonEmpty()).check(minLength(1), describe('Source indicator ids (or codes)')),
      rationale,
    }),
    strictObject({ rule: literal('unmapped').check(describe('No value: the target stays empty, never invented')), rationale }),
  ]);
  return strictObject({
    $schema: optional(string()),
    from: nonEmpty().check(describe('Id of the source catalogue ("permenpanrb-59-2020")')),
    to: nonEmpty().check(describe('Id of the target catalogue ("permenpanrb-8-2026")')),
    title: optional(localized()),
    indicative: boolean().check(describe('True when the mapping is an estimate, not an official crosswalk; every output then says so')),
    note: optional(localized()),
    targets: record(string(), rule).check(describe('The rule of each target indicator, by its id (or code)')),
  }).check(describe('An spbe-index catalogue mapping (for restate)'));
}
