import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, checksumOf, checksumText, nodeSha256, ownSha256 } from '../../src/catalogue/checksum.js';
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

  it('hashes the UTF-8 bytes of the canonical JSON, whatever the strings hold', () => {
    // Any UTF-16 code unit (controls, quotes, backslashes, lone surrogates, non-ASCII), and
    // strings and values larger than the buffer the bytes are written to.
    const unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    const edges = fc.constantFrom('', 'é', 'café', '\u007f', '\u0080', 'ÿ', '"', '\\', '\n', '\u001f', '\ud800', '\ud83d\ude00', 'a\u2028b');
    const text = fc.oneof(fc.string({ unit, maxLength: 20 }), fc.string({ maxLength: 20 }), edges, fc.constantFrom('x'.repeat(70_000), `é${'"'.repeat(40_000)}`));
    const value = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(text, tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(fc.array(value, { maxLength: 12 }), (values) => {
        expect(checksumOf(values)).toBe(checksumText(canonicalJson(values)));
        expect(checksumOf(values, ownSha256())).toBe(checksumText(canonicalJson(values)));
      }),
      { numRuns: 300 },
    );
  });

  it('hashes the same bytes whichever piece the write buffer fills at', () => {
    // The buffer holds 65,536 bytes: numbers, ASCII strings and other strings straddle its end
    // at every offset, and strings of about its size take the long way.
    const kinds = [(i: number) => i * 7_919, (i: number) => `s${i}`, (i: number) => `é${i}`];
    for (let pad = 0; pad < 24; pad++) {
      for (const kind of kinds) {
        const value = ['x'.repeat(pad), Array.from({ length: 9_000 }, (_, i) => kind(i))];
        expect(checksumOf(value)).toBe(checksumText(canonicalJson(value)));
        expect(checksumOf(value, ownSha256())).toBe(checksumText(canonicalJson(value)));
      }
      const large = ['x'.repeat(pad), ...[-3, -2, -1, 0, 1].map((d) => 'y'.repeat(65_536 + d))];
      expect(checksumOf(large)).toBe(checksumText(canonicalJson(large)));
      expect(checksumOf(large, ownSha256())).toBe(checksumText(canonicalJson(large)));
    }
  });

  it('sorts each object by its own keys, whatever kind of object came under the same key before', () => {
    // The key sorter tries first the key list last found under the same key ("name"): objects of
    // another kind, the same keys in another order, a prefix or an extension of them must not match it.
    const inherited = Object.assign(Object.create({ b: 1 }) as object, { a: 2 });
    const value = {
      items: [{ name: { id: 'x', en: 'y' } }, { name: { en: 'y', id: 'x' } }, { name: { id: 'x' } }, { name: { id: 'x', en: 'y', z: 1 } }, { name: inherited }, { name: { id: 'x', en: 'y' } }],
      name: [{ b: 1, a: 2 }, { a: 2 }, { a: 2, b: 1 }],
    };
    expect(checksumOf(value)).toBe(checksumText(canonicalJson(value)));
    expect(canonicalJson(value)).toBe(
      '{"items":[{"name":{"en":"y","id":"x"}},{"name":{"en":"y","id":"x"}},{"name":{"id":"x"}},{"name":{"en":"y","id":"x","z":1}},{"name":{"a":2}},{"name":{"en":"y","id":"x"}}],"name":[{"a":2,"b":1},{"a":2},{"a":2,"b":1}]}',
    );
  });

  it("uses Node's own SHA-256 where the runtime has one, and sha256.ts elsewhere, with the same checksums", () => {
    // Node ≥ 20.16 has process.getBuiltinModule; the package needs ≥ 20.19.
    expect(nodeSha256()).toBeDefined();
    const definition = baseDefinition();
    expect(checksumOf(definition, nodeSha256())).toBe(checksumOf(definition, ownSha256()));
    const { process } = globalThis;
    try {
      // As in a browser: no process at all.
      Reflect.deleteProperty(globalThis, 'process');
      expect(nodeSha256()).toBeUndefined();
      expect(checksumOf(definition)).toBe(checksumText(canonicalJson(definition)));
    } finally {
      globalThis.process = process;
    }
  });
});
