import { z } from 'zod';

/*
 * zod 4 schemas of catalogue and assessment files, built by factories on demand so that nothing
 * on the scoring path (score, the built-in catalogues) imports zod. Only `defineCatalogue` and the
 * `spbe-index/schema` entry call these. They check shape only; meaning (ids, weights, bands) is
 * checked by compileCatalogue, and assessments against a catalogue by score.
 */

/** Decimal strings as catalogues write them ("1.30", "-4"): no exponent, no "+", no separators. */
const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;
/** A weight: a decimal string, or an exact fraction such as "10/3" (an equal share of 20 over 6). */
const WEIGHT = /^(-?(0|[1-9]\d*)(\.\d+)?|\d+\/[1-9]\d*)$/;

function localized() {
  return z
    .strictObject({
      id: z.string().min(1).describe('Indonesian text'),
      en: z.string().min(1).describe('English text'),
    })
    .describe('A text in Indonesian (id) and English (en); both are required.');
}

const id = () => z.string().min(1);
const decimal = () => z.string().regex(DECIMAL).describe('A decimal string such as "1.30" or "-4"');
const weight = () => z.string().regex(WEIGHT).describe('A weight: a decimal string such as "1.30" or an exact fraction such as "10/3"');

function criterion() {
  return z.strictObject({ id: id(), text: localized() }).describe('One checklist item of a level');
}

function measure() {
  return z
    .strictObject({
      min: decimal(),
      max: decimal(),
      bands: z
        .array(z.strictObject({ min: decimal(), max: decimal(), level: z.int() }))
        .describe('Bands, lowest first: min <= value < max (the last band includes its max)'),
      name: localized().optional(),
    })
    .describe('A measured value that bands map to a level');
}

function indicator() {
  return z.strictObject({
    id: id().describe('Stable id used in assessments ("1", "35.1")'),
    number: z.int().describe('The number as printed in the regulation'),
    name: localized(),
    aliases: z.array(z.string()).optional(),
    scale: id().describe('Id of a scale in "scales"'),
    weight: weight().optional(),
    notApplicable: z.boolean().optional(),
    criteria: z
      .array(z.strictObject({ level: z.int(), criteria: z.array(criterion()) }))
      .optional()
      .describe("The indicator's own criteria per level, replacing its scale's"),
    measure: measure().optional(),
  });
}

/** The recursive group schema: a group holds sub-groups or indicators. */
function group() {
  const schema = z.strictObject({
    id: id(),
    tier: id().describe('Id of a tier in "tiers"'),
    name: localized(),
    weight: weight().optional(),
    get groups(): z.ZodOptional<z.ZodArray<typeof schema>> {
      return z.array(schema).optional();
    },
    indicators: z.array(indicator()).optional(),
  });
  return schema;
}

/**
 * The zod schema of a catalogue file (a `CatalogueDefinition`, plus an optional `$schema`).
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
  const level = z.strictObject({
    level: z.int(),
    name: localized(),
    meaning: localized(),
    aliases: z.array(z.string()).optional(),
    criteria: z.array(criterion()).optional(),
  });
  return z
    .strictObject({
      $schema: z.string().optional(),
      id: id(),
      revision: z.string().min(1),
      title: localized(),
      legalBasis: z.array(localized()),
      years: z.array(z.int()),
      provenance: z.array(localized()).optional(),
      tiers: z.array(z.strictObject({ id: id(), label: localized(), plural: localized() })),
      scales: z.array(
        z.strictObject({ id: id(), name: localized(), min: z.int(), max: z.int(), levels: z.array(level) }),
      ),
      predicates: z
        .array(z.strictObject({ id: id(), label: localized(), min: decimal(), max: decimal() }))
        .describe('Predikat bands, highest first: min <= index < max (the top band includes its max)'),
      totalWeight: weight().optional(),
      targets: z.strictObject({ index: decimal(), level: z.int() }).optional(),
      groups: z.array(group()),
      base: z.strictObject({ id: id(), revision: z.string(), checksum: z.string() }).optional(),
    })
    .describe('An spbe-index catalogue definition');
}

/**
 * The zod schema of an assessment file. It checks shape only: which indicators exist and what
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
  const levelInput = z.union([
    z.int().describe('A level on the indicator\'s scale'),
    z.literal('na').describe('Not applicable, where the catalogue or the options allow it'),
    z.strictObject({ criteria: z.array(z.string()) }).describe('Ids of the criteria met'),
    z.strictObject({ value: z.union([decimal(), z.number()]) }).describe('A measured value'),
  ]);
  return z
    .strictObject({
      $schema: z.string().optional(),
      levels: z.record(z.string(), levelInput).describe('Level (or criteria met, or measured value) per indicator id'),
      agency: z.string().optional(),
      year: z.int().optional(),
      note: z.string().optional(),
      notes: z.record(z.string(), z.string()).optional(),
    })
    .describe('An spbe-index assessment');
}
