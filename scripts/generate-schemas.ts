/** Regenerates docs/schema/*.schema.json from the zod schemas (`npx tsx scripts/generate-schemas.ts`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { assessmentJsonSchema, catalogueJsonSchema, mappingJsonSchema, responsibilitiesJsonSchema } from '../src/model/json-schemas.js';

/** The committed schema files and their generators; the freshness test uses the same list. */
export const schemaFiles = [
  { file: 'docs/schema/catalogue.schema.json', generate: catalogueJsonSchema },
  { file: 'docs/schema/assessment.schema.json', generate: assessmentJsonSchema },
  { file: 'docs/schema/responsibilities.schema.json', generate: responsibilitiesJsonSchema },
  { file: 'docs/schema/mapping.schema.json', generate: mappingJsonSchema },
] as const;

/** The exact text written to each file. */
export function schemaText(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(new URL('../docs/schema/', import.meta.url), { recursive: true });
  for (const { file, generate } of schemaFiles) {
    writeFileSync(new URL(`../${file}`, import.meta.url), schemaText(generate()));
    console.log(`wrote ${file}`);
  }
}
