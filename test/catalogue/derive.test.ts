import { describe, expect, it } from 'vitest';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { deriveCatalogue, safeDeriveCatalogue, type CatalogueChanges } from '../../src/catalogue/derive.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb52018 } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import { SpbeError } from '../../src/model/issue.js';
import { score } from '../../src/scoring/score.js';
import { baseDefinition, withCriteria } from './fixtures.js';

const base = defineCatalogue(withCriteria(baseDefinition()));

function codesOf(changes: unknown): string[] {
  const outcome = safeDeriveCatalogue(base, changes as CatalogueChanges);
  return outcome.success ? [] : outcome.issues.map((issue) => issue.code);
}

describe('deriveCatalogue', () => {
  it('keeps only the included indicators (a group id includes its subtree), drops empty groups, records its base', () => {
    const opd = deriveCatalogue(base, { id: 'opd', include: ['A2', '5'] });
    expect(opd.indicators.map((indicator) => indicator.id)).toEqual(['3', '4', '5']);
    expect(opd.groups.map((group) => `${group.id}:${group.weight}`)).toEqual(['D1:30', 'A2:30', 'D2:20', 'A3:20']);
    expect(opd.totalWeight).toBe('50');
    expect(opd.base).toEqual({ id: base.id, revision: base.revision, checksum: base.checksum });
    expect(opd.definition.base).toEqual(opd.base);
    expect(opd.provenance.at(-1)!.en).toContain(`Derived from catalogue ${base.id}`);
    expect(opd.id).toBe('opd');
    expect(opd.revision).toBe(base.revision);
  });

  it('excludes after including, and keeps per-indicator data (criteria, na permission)', () => {
    const opd = deriveCatalogue(base, { id: 'opd', exclude: ['D1', '6'] });
    expect(opd.indicators.map((indicator) => [indicator.id, indicator.weight, indicator.notApplicable])).toEqual([
      ['5', '20', false],
      ['7', '20', true],
    ]);
    expect(opd.indicators[0]!.criteria).toEqual(base.indicators[4]!.criteria);
  });

  it('keeps a removed equal share exact: 2 of 6 items sharing 20 weigh 20/3 together', () => {
    const d = deriveCatalogue(permenpanrb52018, { id: 'a7-part', include: ['32', '35.1'] });
    expect(d.groups.find((group) => group.id === 'A7')!.weight).toBe('20/3');
    expect(d.indicators.map((indicator) => indicator.weight)).toEqual(['10/3', '10/3']);
    expect(d.totalWeight).toBe('20/3');
    expect(score(d, { levels: { '32': 2, '35.1': 5 } }).index.exact).toBe('7/2');
  });

  it('re-weights: an indicator changes its share; a group scales its subtree; a given total scales the top', () => {
    const d = deriveCatalogue(base, { id: 'prov', weights: { '1': '8', A3: '30' } });
    expect(d.indicators.map((indicator) => indicator.weight)).toEqual(['8', '6', '15', '15', '10', '10', '10']);
    expect(d.groups.map((group) => group.weight)).toEqual(['44', '14', '30', '30', '30']);
    expect(d.totalWeight).toBe('74');
    const normalised = deriveCatalogue(base, { id: 'prov100', weights: { '1': '8', A3: '30' }, totalWeight: '100' });
    expect(normalised.totalWeight).toBe('100');
    expect(normalised.groups.map((group) => group.weight)).toEqual(['2200/37', '700/37', '1500/37', '1500/37', '1500/37']);
    const levels = { '1': 5, '2': 1, '3': 3, '4': 2, '5': 4, '6': 4, '7': 1 };
    expect(score(normalised, { levels }).index.exact).toBe(score(d, { levels }).index.exact);
  });

  it('with no changes scores exactly like its base', () => {
    const levels = Object.fromEntries(permenpanrb592020.indicators.map((indicator, i) => [indicator.id, (i % 5) + 1]));
    const same = deriveCatalogue(permenpanrb592020, { id: 'copy' });
    expect(same.totalWeight).toBe('100');
    expect(score(same, { levels }).groups).toEqual(score(permenpanrb592020, { levels }).groups);
  });

  it('writes a definition that reloads from JSON to the same catalogue (fraction weights included)', () => {
    const d = deriveCatalogue(permenpanrb52018, { id: 'a7-part', include: ['32', '35.1'] });
    const reloaded = defineCatalogue(JSON.parse(JSON.stringify(d.definition)));
    expect(reloaded.checksum).toBe(d.checksum);
    expect(reloaded).toEqual(d);
  });

  it('can be derived again, recording the immediate base', () => {
    const first = deriveCatalogue(base, { id: 'first', exclude: ['7'] });
    const second = deriveCatalogue(first, { id: 'second', exclude: ['6'], title: { id: 'Kedua', en: 'Second' }, revision: '2' });
    expect(second.base!.id).toBe('first');
    expect(second.title.en).toBe('Second');
    expect(second.revision).toBe('2');
  });

  it('reports bad changes with their own codes', () => {
    expect(codesOf({ id: 'x', include: ['A9', '1'] })).toEqual(['catalogue.derive_unknown_id']);
    expect(codesOf({ id: 'x', exclude: ['D1', 'D2'] })).toEqual(['catalogue.derive_empty']);
    expect(codesOf({ id: 'x', weights: { Z: '1' } })).toEqual(['catalogue.derive_unknown_id']);
    expect(codesOf({ id: 'x', exclude: ['1'], weights: { '1': '2' } })).toEqual(['catalogue.derive_unknown_id']);
    expect(codesOf({ id: 'x', weights: { '1': '0' } })).toEqual(['catalogue.weight_not_positive']);
    expect(codesOf({ id: 'x', weights: { '1': 'two' } })).toEqual(['catalogue.weight_invalid']);
    expect(codesOf({ id: 'x', totalWeight: '-1' })).toEqual(['catalogue.weight_invalid']);
    expect(codesOf({ include: ['1'] })).toEqual(['catalogue.derive_invalid']);
    expect(codesOf({ id: 'x', colour: 'red', years: ['2025'] })).toEqual(['catalogue.derive_invalid', 'catalogue.derive_invalid']);
    expect(codesOf(null)).toEqual(['catalogue.derive_invalid']);
    expect(() => deriveCatalogue(base, { id: '' })).toThrow(SpbeError);
  });
});
