import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../src/scoring/score.js';

const partial = { missing: 'partial' } as const;

// Scored inside each test (not at collection time), so the tests exercise the code they check.
const scoreA = () => score(permenpanrb592020, { agency: 'A', levels: { '1': 4, '2': 3, '12': 'na' } }, { ...partial, allowNotApplicable: ['12'] });
const scoreB = () => score(permenpanrb592020, { agency: 'B', levels: { '1': 2, '12': 'na' } }, { ...partial, allowNotApplicable: ['12'] });

describe('rows shared between results', () => {

  it('gives indicators that did not enter the score one frozen row, the same in every result', () => {
    const a = scoreA();
    const b = scoreB();
    const missing = a.indicators.findIndex((row) => row.id === '30');
    expect(a.indicators[missing]).toBe(b.indicators[missing]);
    expect(a.indicators[missing]).toEqual({
      id: '30',
      number: 30,
      label: permenpanrb592020.indicators[missing]!.name,
      group: permenpanrb592020.indicators[missing]!.groupPath.at(-1),
      status: 'missing',
      level: null,
      levelDisplay: null,
      weight: permenpanrb592020.indicators[missing]!.weight,
      contribution: { exact: '0', value: '0.0000' },
    });
    expect(Object.isFrozen(a.indicators[missing])).toBe(true);
    expect(Object.isFrozen(a.indicators[missing]!.contribution)).toBe(true);
    expect(() => {
      (a.indicators[missing] as { level: unknown }).level = 5;
    }).toThrow(TypeError);
    expect(b.indicators[missing]!.level).toBeNull();
  });

  it('keeps not applicable apart from missing', () => {
    const a = scoreA();
    const b = scoreB();
    const na = a.indicators.findIndex((row) => row.id === '12');
    expect(a.indicators[na]).toBe(b.indicators[na]);
    expect(a.indicators[na]).toMatchObject({ status: 'not-applicable', level: null, contribution: { exact: '0' } });
  });

  it('never shares rows that entered the score', () => {
    const a = scoreA();
    const b = scoreB();
    expect(a.indicators[1]).not.toBe(b.indicators[1]);
    expect(a.indicators[0]).toMatchObject({ level: 4 });
    expect(b.indicators[0]).toMatchObject({ level: 2 });
    expect(Object.isFrozen(a.indicators[0])).toBe(false);
  });

  it('shares group rows without a value and keeps those with one per result', () => {
    const a = scoreA();
    const b = scoreB();
    const empty = a.groups.findIndex((group) => group.id === 'D4');
    expect(a.groups[empty]).toBe(b.groups[empty]);
    expect(a.groups[empty]).toMatchObject({ id: 'D4', coverage: '0', value: null, exact: null, predicate: null });
    expect(a.groups[0]).not.toBe(b.groups[0]);
    expect(a.groups[0]!.value).not.toBe(b.groups[0]!.value);
  });

  it('formats the shared zero at the result’s own precision', () => {
    const three = score(permenpanrb592020, { levels: { '1': 4 } }, { ...partial, decimals: 3 });
    const two = score(permenpanrb592020, { levels: { '1': 4 } }, partial);
    expect(three.indicators[5]!.contribution.value).toBe('0.00000');
    expect(two.indicators[5]!.contribution.value).toBe('0.0000');
  });

  it('shares frozen predikat, catalogue and library references', () => {
    const a = scoreA();
    const b = scoreB();
    const again = score(permenpanrb592020, { levels: { '1': 4, '2': 3 } }, partial);
    expect(a.index.predicate.id).toBe(again.index.predicate.id);
    expect(a.index.predicate).toBe(again.index.predicate);
    expect(Object.isFrozen(a.index.predicate)).toBe(true);
    expect(a.meta.catalogue).toBe(b.meta.catalogue);
    expect(a.meta.library).toBe(b.meta.library);
    expect(a.meta.catalogue).toEqual({ id: permenpanrb592020.id, revision: permenpanrb592020.revision, checksum: permenpanrb592020.checksum });
  });

  it('still copies and serialises as plain data', () => {
    const a = scoreA();
    const copy = structuredClone(a);
    expect(copy).toEqual(a);
    (copy.indicators[29] as { level: unknown }).level = 3;
    expect(a.indicators[29]!.level).toBeNull();
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});
