import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueSnapshot } from '../../src/catalogue/snapshot.js';
import { builtinCatalogues } from '../../scripts/builtin-catalogues.js';

describe('generated catalogue snapshots (docs/catalogues)', () => {
  for (const catalogue of builtinCatalogues) {
    it(`docs/catalogues/${catalogue.id}.md matches the catalogue data (run npm run docs:catalogues)`, () => {
      const committed = readFileSync(new URL(`../../docs/catalogues/${catalogue.id}.md`, import.meta.url), 'utf8');
      expect(committed).toBe(catalogueSnapshot(catalogue));
    });

    it(`the ${catalogue.id} snapshot shows the checksum and every indicator`, () => {
      const text = catalogueSnapshot(catalogue);
      expect(text).toContain(catalogue.checksum);
      for (const indicator of catalogue.indicators) expect(text).toContain(`;${indicator.id} | Indicator`);
    });
  }
});
