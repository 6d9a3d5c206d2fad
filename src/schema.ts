/**
 * `spbe-index/schema`: the Zod Mini schemas of catalogue and assessment files and the JSON Schemas
 * generated from them. A separate entry, so that `score` never pulls zod into a bundle.
 * @packageDocumentation
 */
export { assessmentSchema, catalogueSchema, mappingSchema, responsibilitiesSchema } from './model/schemas.js';
export { assessmentJsonSchema, catalogueJsonSchema, mappingJsonSchema, responsibilitiesJsonSchema, type JsonSchema } from './model/json-schemas.js';
