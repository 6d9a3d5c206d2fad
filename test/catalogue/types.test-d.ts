import { describe, expectTypeOf, it } from 'vitest';
import { defineCatalogue, safeDefineCatalogue } from '../../src/catalogue/define.js';
import { deriveCatalogue } from '../../src/catalogue/derive.js';
import { permenpanrb592020, permenpanrb592020Definition, type Predicate592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb52018, type Predicate52018 } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import type { Catalogue } from '../../src/model/catalogue.js';
import type { DerivedLevel } from '../../src/model/levels.js';
import type { SafeResult } from '../../src/model/issue.js';
import { deriveLevel } from '../../src/scoring/derive-level.js';
import { score } from '../../src/scoring/score.js';

describe('catalogue API types', () => {
  it('validates unknown input into a catalogue with string predikat ids', () => {
    expectTypeOf(defineCatalogue(permenpanrb592020Definition)).toEqualTypeOf<Catalogue>();
    expectTypeOf(defineCatalogue(JSON.parse('{}') as unknown)).toEqualTypeOf<Catalogue>();
    expectTypeOf(safeDefineCatalogue(JSON.parse('{}') as unknown)).toEqualTypeOf<SafeResult<Catalogue>>();
  });

  it('derived catalogues keep their base predikat ids', () => {
    expectTypeOf(deriveCatalogue(permenpanrb592020, { id: 'x' })).toEqualTypeOf<Catalogue<Predicate592020>>();
    expectTypeOf(score(permenpanrb52018, { levels: {} }).index.predicate.id).toEqualTypeOf<Predicate52018>();
  });

  it('assessments accept levels, "na", criteria and measured values', () => {
    score(permenpanrb592020, { levels: { '1': 3, '2': 'na', '3': { criteria: ['p2.plan'] }, '4': { value: '1.5' }, '5': { value: 2 } } });
    // Exact values as text type-check (the catalogue's scale decides at run time); other text does not.
    score(permenpanrb592020, { levels: { '1': '7/6', '2': '1.26', '3': '3' } });
    // @ts-expect-error a level is a number or an exact value, not a word
    score(permenpanrb592020, { levels: { '1': 'tiga' } });
    expectTypeOf(deriveLevel(permenpanrb592020, '1', [])).toEqualTypeOf<DerivedLevel>();
  });
});
