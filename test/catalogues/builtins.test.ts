import { describe, expect, it } from 'vitest';
import { safeCompileCatalogue } from '../../src/catalogue/compile.js';
import { permenpanrb592020, permenpanrb592020Definition } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb52018, permenpanrb52018Definition } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import { permenpanrb82026, permenpanrb82026Definition } from '../../src/catalogues/permenpanrb-8-2026/index.js';

// The built-in catalogues are assembled without the validator (to keep it out of score-only
// bundles); this pins that the validator accepts them and builds exactly the same object.
describe('built-in catalogues pass every catalogue check', () => {
  for (const [catalogue, definition] of [
    [permenpanrb592020, permenpanrb592020Definition],
    [permenpanrb52018, permenpanrb52018Definition],
    [permenpanrb82026, permenpanrb82026Definition],
  ] as const) {
    it(`${catalogue.id} compiles without issues to the exported catalogue`, () => {
      const outcome = safeCompileCatalogue(definition);
      expect(outcome.success ? [] : outcome.issues).toEqual([]);
      expect(outcome.success && outcome.output).toEqual(catalogue);
      expect(Object.isFrozen(catalogue.indicators[0]!.scale)).toBe(true);
    });
  }
});
