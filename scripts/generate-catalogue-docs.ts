/** Regenerates docs/catalogues/<id>.md for every built-in catalogue (`npm run docs:catalogues`). */
import { writeFileSync } from 'node:fs';
import { catalogueSnapshot } from '../src/catalogue/snapshot.js';
import { builtinCatalogues } from './builtin-catalogues.js';

for (const catalogue of builtinCatalogues) {
  const file = new URL(`../docs/catalogues/${catalogue.id}.md`, import.meta.url);
  writeFileSync(file, catalogueSnapshot(catalogue));
  console.log(`wrote docs/catalogues/${catalogue.id}.md`);
}
