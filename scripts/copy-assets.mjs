// Copies what the package ships besides code into dist/ (the only folder published):
// the JSON Schemas (exported as spbe-index/schema/*.json) and the example files, so that
// `npx spbe-index score node_modules/spbe-index/dist/examples/...` works after install.
import { cpSync, mkdirSync } from 'node:fs';

const root = new URL('..', import.meta.url);
mkdirSync(new URL('dist/schema', root), { recursive: true });
cpSync(new URL('docs/schema/catalogue.schema.json', root), new URL('dist/schema/catalogue.schema.json', root));
cpSync(new URL('docs/schema/assessment.schema.json', root), new URL('dist/schema/assessment.schema.json', root));
cpSync(new URL('docs/schema/responsibilities.schema.json', root), new URL('dist/schema/responsibilities.schema.json', root));
cpSync(new URL('docs/schema/mapping.schema.json', root), new URL('dist/schema/mapping.schema.json', root));
cpSync(new URL('examples', root), new URL('dist/examples', root), { recursive: true });
