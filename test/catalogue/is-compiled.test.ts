import { describe, expect, it } from 'vitest';
import { isCompiledCatalogue } from '../../src/catalogue/is-compiled.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../src/scoring/score.js';
import { small } from '../helpers/small-catalogue.js';

describe('isCompiledCatalogue', () => {
  it('accepts compiled catalogues, built-in and defined', () => {
    expect(isCompiledCatalogue(small)).toBe(true);
    expect(isCompiledCatalogue(permenpanrb592020)).toBe(true);
    expect(isCompiledCatalogue({ groups: [], indicators: [], lookup: {}, totalUnits: 0, definition: {}, checksum: 'x' })).toBe(true);
  });

  it('tells a catalogue from a result, a plan target, options and a raw definition', () => {
    const result = score(small, { levels: { '1': 3, '2': 3, '3': 3, '4': 3, '5': 3, '6': 3 } });
    const complete = { groups: [], indicators: [], lookup: {}, totalUnits: 0, definition: {}, checksum: 'x' };
    const lacking = Object.keys(complete).map((key) => Object.fromEntries(Object.entries(complete).filter(([name]) => name !== key)));
    const wrongTypes = [{ ...complete, groups: {} }, { ...complete, indicators: {} }, { ...complete, totalUnits: '0' }, { ...complete, checksum: 1 }, { ...complete, lookup: 'x' }, { ...complete, definition: 'x' }];
    for (const value of [undefined, null, 0, 'x', [], {}, { index: '3' }, { groups: { D1: '2' } }, result, permenpanrb592020.definition, ...lacking, ...wrongTypes]) {
      expect(isCompiledCatalogue(value), JSON.stringify(value)?.slice(0, 80)).toBe(false);
    }
  });
});
