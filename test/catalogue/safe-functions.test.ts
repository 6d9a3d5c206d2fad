import { describe, expect, it } from 'vitest';
import { compileCatalogue, safeCompileCatalogue } from '../../src/catalogue/compile.js';
import { safeDefineCatalogue } from '../../src/catalogue/define.js';
import { safeDeriveCatalogue, type CatalogueChanges } from '../../src/catalogue/derive.js';
import { permenpanrb592020, permenpanrb592020Definition } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Catalogue, CatalogueDefinition } from '../../src/model/catalogue.js';

const hostile: unknown[] = [null, undefined, 0, 'katalog', [], true, () => 1, {}];

describe('every safe catalogue function returns issues, never throws', () => {
  it.each(hostile.map((value) => [String(value), value]))('safeDeriveCatalogue(%s, …) names the base', (_, value) => {
    const outcome = safeDeriveCatalogue(value as Catalogue, { id: 'x' });
    expect(outcome.success).toBe(false);
    expect(!outcome.success && outcome.issues.map((issue) => [issue.code, issue.path])).toEqual([['catalogue.invalid_type', ['base']]]);
    expect(!outcome.success && outcome.issues[0]!.message.id).toMatch(/Katalog dasar/);
  });

  it('safeDeriveCatalogue reports changes that throw while being read', () => {
    const changes = {
      id: 'x',
      get include(): string[] {
        throw new Error('boom');
      },
    } as unknown as CatalogueChanges;
    const outcome = safeDeriveCatalogue(permenpanrb592020, changes);
    expect(!outcome.success && outcome.issues.map((issue) => issue.code)).toEqual(['catalogue.derive_invalid']);
  });

  it.each(hostile.map((value) => [String(value), value]))('safeCompileCatalogue(%s) gives one invalid_type issue', (_, value) => {
    const outcome = safeCompileCatalogue(value as CatalogueDefinition);
    expect(!outcome.success && outcome.issues.map((issue) => [issue.code, issue.path, issue.message.en])).toEqual([
      ['catalogue.invalid_type', [], 'This is not a catalogue definition; check its shape with safeDefineCatalogue.'],
    ]);
  });

  it.each(hostile.map((value) => [String(value), value]))('safeDefineCatalogue(%s) returns issues', (_, value) => {
    expect(safeDefineCatalogue(value).success).toBe(false);
  });

  it('compileCatalogue is the deprecated name of safeCompileCatalogue', () => {
    expect(compileCatalogue).toBe(safeCompileCatalogue);
    const outcome = safeCompileCatalogue(permenpanrb592020Definition);
    expect(outcome.success && outcome.output).toEqual(permenpanrb592020);
  });
});
