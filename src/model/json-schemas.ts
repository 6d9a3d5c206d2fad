import { toJSONSchema } from 'zod/mini';
import { assessmentSchema, catalogueSchema, mappingSchema, responsibilitiesSchema } from './schemas.js';

/** A JSON Schema document, as plain JSON data. @category Schemas */
export type JsonSchema = Record<string, unknown>;

function withTitle(schema: JsonSchema, title: string): JsonSchema {
  const { $schema, ...rest } = schema;
  return { $schema, title, ...rest };
}

/**
 * The JSON Schema (draft 2020-12) of catalogue files, generated from the same Zod Mini schema that
 * `defineCatalogue` uses. The package also ships it as `spbe-index/schema/catalogue.json`, and
 * it is committed as docs/schema/catalogue.schema.json.
 *
 * @example
 * ```ts
 * import { catalogueJsonSchema } from 'spbe-index/schema';
 *
 * writeFileSync('catalogue.schema.json', JSON.stringify(catalogueJsonSchema(), null, 2));
 * ```
 * @category Schemas
 */
export function catalogueJsonSchema(): JsonSchema {
  return withTitle(toJSONSchema(catalogueSchema()) as JsonSchema, 'spbe-index catalogue');
}

/**
 * The JSON Schema (draft 2020-12) of assessment files, generated from the same Zod Mini schema as
 * `assessmentSchema()`. Shipped as `spbe-index/schema/assessment.json`; point an assessment
 * file's `$schema` at it for editor validation.
 *
 * @example
 * ```ts
 * import { assessmentJsonSchema } from 'spbe-index/schema';
 *
 * assessmentJsonSchema().$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 * @category Schemas
 */
export function assessmentJsonSchema(): JsonSchema {
  return withTitle(toJSONSchema(assessmentSchema()) as JsonSchema, 'spbe-index assessment');
}

/**
 * The JSON Schema (draft 2020-12) of responsibilities files (which unit owns which indicators),
 * generated from `responsibilitiesSchema()`. Shipped as `spbe-index/schema/responsibilities.json`.
 *
 * @example
 * ```ts
 * import { responsibilitiesJsonSchema } from 'spbe-index/schema';
 *
 * responsibilitiesJsonSchema().title; // "spbe-index responsibilities"
 * ```
 * @category Schemas
 */
export function responsibilitiesJsonSchema(): JsonSchema {
  return withTitle(toJSONSchema(responsibilitiesSchema()) as JsonSchema, 'spbe-index responsibilities');
}

/**
 * The JSON Schema (draft 2020-12) of catalogue mapping files (for `restate`), generated from
 * `mappingSchema()`. Shipped as `spbe-index/schema/mapping.json`.
 *
 * @example
 * ```ts
 * import { mappingJsonSchema } from 'spbe-index/schema';
 *
 * mappingJsonSchema().title; // "spbe-index catalogue mapping"
 * ```
 * @category Schemas
 */
export function mappingJsonSchema(): JsonSchema {
  return withTitle(toJSONSchema(mappingSchema()) as JsonSchema, 'spbe-index catalogue mapping');
}
