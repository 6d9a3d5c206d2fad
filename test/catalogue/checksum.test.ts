import { describe, expect, it } from 'vitest';
import { canonicalJson, checksumOf, checksumText, checksumTextParts } from '../../src/catalogue/checksum.js';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { permenpanrb592020, permenpanrb592020Definition } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../src/scoring/score.js';
import { baseDefinition } from '../helpers/small-catalogue.js';

function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reversedKeys(inner)]));
}

describe('catalogue checksum', () => {
  it('is "sha256:" and 64 hex digits, stable across compilations', () => {
    const a = defineCatalogue(baseDefinition());
    expect(a.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(defineCatalogue(baseDefinition()).checksum).toBe(a.checksum);
  });

  it('does not depend on key order', () => {
    expect(defineCatalogue(reversedKeys(baseDefinition())).checksum).toBe(defineCatalogue(baseDefinition()).checksum);
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });

  it('changes with any data change, however small', () => {
    const original = defineCatalogue(baseDefinition()).checksum;
    const mutations: ((d: Record<string, any>) => void)[] = [
      (d) => (d.revision = '2'),
      (d) => (d.groups[0].groups[0].indicators[0].name.en = 'Indicator one'),
      (d) => (d.groups[0].groups[0].indicators[0].aliases = ['Alias']),
      (d) => (d.scales[0].levels[0].meaning.id = 'Arti satu'),
      (d) => (d.predicates[1].label.en = 'Middle'),
      (d) => (d.groups[1].groups[0].indicators[2].notApplicable = false),
      (d) => (d.years = [2025, 2026]),
      (d) => d.groups[1].groups[0].indicators.reverse(),
    ];
    const seen = new Set([original]);
    for (const mutate of mutations) {
      const d = baseDefinition();
      mutate(d);
      const checksum = defineCatalogue(d).checksum;
      expect(seen.has(checksum)).toBe(false);
      seen.add(checksum);
    }
  });

  it('is what results carry', () => {
    const levels = Object.fromEntries(permenpanrb592020.indicators.map((indicator) => [indicator.id, 3]));
    expect(score(permenpanrb592020, { levels }).meta.catalogue).toEqual({
      id: 'permenpanrb-59-2020',
      revision: permenpanrb592020.revision,
      checksum: checksumOf(permenpanrb592020Definition),
    });
  });
});

describe('canonicalJson and checksums', () => {
  it('drops undefined members and writes a bare undefined or function as null', () => {
    expect(canonicalJson({ b: 1, a: undefined, c: [undefined, 2] })).toBe('{"b":1,"c":[null,2]}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ f: () => 1 })).toBe('{"f":null}');
  });

  it('hashes a head ending in the first or last high surrogate together with its tail', () => {
    for (const [high, low] of [['\ud800', '\udc00'], ['\udbff', '\udfff']]) {
      expect(checksumTextParts(`h${high}`, `${low}t`)).toBe(checksumText(`h${high}${low}t`));
    }
  });
});
