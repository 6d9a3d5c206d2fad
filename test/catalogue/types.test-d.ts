import { describe, expectTypeOf, it } from 'vitest';
import { defineCatalogue, safeDefineCatalogue } from '../../src/catalogue/define.js';
import { deriveCatalogue } from '../../src/catalogue/derive.js';
import { permenpanrb592020, permenpanrb592020Definition, type Predicate592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb52018, type Predicate52018 } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import type { Catalogue } from '../../src/model/catalogue.js';
import type { Localized } from '../../src/model/localized.js';
import { plan } from '../../src/analysis/plan/plan.js';
import type { DerivedLevel } from '../../src/model/levels.js';
import type { SafeResult } from '../../src/model/issue.js';
import { deriveLevel } from '../../src/scoring/derive-level.js';
import { score } from '../../src/scoring/score.js';

const text = (id: string) => ({ id, en: id });

/** A catalogue definition written in place, as a user's own catalogue would be. */
const literal = {
  id: 'opd-internal',
  revision: '1',
  title: text('Evaluasi internal'),
  legalBasis: [],
  years: [2025],
  tiers: [{ id: 'aspect', label: text('Aspek'), plural: text('Aspek') }],
  scales: [{ id: 'p', name: text('Proses'), min: 1, max: 5, levels: [1, 2, 3, 4, 5].map((level) => ({ level, name: text(`T${level}`), meaning: text(`T${level}`) })) }],
  predicates: [
    { id: 'tinggi', label: text('Tinggi'), min: '3', max: '5' },
    { id: 'rendah', label: text('Rendah'), min: '1', max: '3' },
  ],
  totalWeight: '100',
  groups: [{ id: 'A1', tier: 'aspect', name: text('Layanan'), weight: '100', indicators: [{ id: '1', number: 1, name: text('Layanan A'), scale: 'p' }] }],
} as const;

describe('catalogue API types', () => {
  it('validates unknown input into a catalogue with string predikat ids', () => {
    expectTypeOf(defineCatalogue(JSON.parse('{}') as unknown)).toEqualTypeOf<Catalogue>();
    expectTypeOf(defineCatalogue(JSON.parse('{}'))).toEqualTypeOf<Catalogue>();
    expectTypeOf(safeDefineCatalogue(JSON.parse('{}') as unknown)).toEqualTypeOf<SafeResult<Catalogue>>();
    expectTypeOf(defineCatalogue({ ...literal, predicates: [] as { id: string; label: Localized; min: string; max: string }[] })).toEqualTypeOf<Catalogue>();
  });

  it('keeps the band ids of a typed or literal definition', () => {
    expectTypeOf(defineCatalogue(permenpanrb592020Definition)).toEqualTypeOf<Catalogue<Predicate592020>>();
    const opd = defineCatalogue(literal);
    expectTypeOf(opd).toEqualTypeOf<Catalogue<'tinggi' | 'rendah'>>();
    expectTypeOf(safeDefineCatalogue(literal)).toEqualTypeOf<SafeResult<Catalogue<'tinggi' | 'rendah'>>>();
    const result = score(opd, { levels: { '1': 3 } });
    expectTypeOf(result.index.predicate.id).toEqualTypeOf<'tinggi' | 'rendah'>();
    // Written in place (no `as const`), the ids are kept too.
    const inline = defineCatalogue({ ...literal, predicates: [{ id: 'baik', label: text('Baik'), min: '1', max: '5' }] });
    expectTypeOf(inline).toEqualTypeOf<Catalogue<'baik'>>();
    // The band ids reach a plan target's predikat: a wrong id is a type error.
    plan(opd, result, { predicate: 'tinggi' });
    // @ts-expect-error "sangat-baik" is not a band of this catalogue
    plan(opd, result, { predicate: 'sangat-baik' });
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
