import { describe, expect, it } from 'vitest';
import { CATALOGUE_ISSUE_CODES } from '../../src/catalogue/catalogue-issues.js';
import { defineCatalogue, safeDefineCatalogue } from '../../src/catalogue/define.js';
import { permenpanrb592020, permenpanrb592020Definition } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb52018, permenpanrb52018Definition } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import { SpbeError, type Issue } from '../../src/model/issue.js';
import { score } from '../../src/scoring/score.js';
import { baseDefinition, withCriteria } from '../helpers/small-catalogue.js';
import { safeCompileCatalogue } from '../../src/catalogue/compile.js';
import type { CatalogueDefinition } from '../../src/model/catalogue.js';
import { catalogueSchema } from '../../src/model/schemas.js';

function issuesOf(data: unknown): readonly Issue[] {
  const outcome = safeDefineCatalogue(data);
  if (outcome.success) throw new Error('expected the catalogue to be rejected');
  return outcome.issues;
}

function expectWellFormed(issues: readonly Issue[]): void {
  for (const issue of issues) {
    expect(CATALOGUE_ISSUE_CODES).toContain(issue.code);
    expect(Array.isArray(issue.path)).toBe(true);
    expect(issue.message.id.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
  }
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('defineCatalogue: valid input', () => {
  it('accepts the built-in definitions as plain JSON and compiles them to the same checksum', () => {
    expect(defineCatalogue(json(permenpanrb592020Definition)).checksum).toBe(permenpanrb592020.checksum);
    expect(defineCatalogue(json(permenpanrb52018Definition)).checksum).toBe(permenpanrb52018.checksum);
  });

  it('ignores $schema (it only points editors at the JSON Schema) and freezes the result', () => {
    const plain = defineCatalogue(baseDefinition());
    const withSchema = defineCatalogue({ ...baseDefinition(), $schema: './catalogue.schema.json' });
    expect(withSchema.checksum).toBe(plain.checksum);
    expect(Object.isFrozen(withSchema.indicators[0])).toBe(true);
  });

  it('resolves equal shares exactly and scores like any catalogue', () => {
    const catalogue = defineCatalogue(baseDefinition());
    expect(catalogue.indicators.map((indicator) => indicator.weight)).toEqual(['4', '6', '15', '15', '20', '20', '20']);
    const levels = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 4, '7': 3 };
    // (4·1 + 6·2 + 15·3 + 15·4 + 20·5 + 20·4 + 20·3) / 100 = 361/100
    expect(score(catalogue, { levels }).index.exact).toBe('361/100');
  });

  it('throws a SpbeError carrying the same issues', () => {
    const bad = baseDefinition();
    bad.revision = 1;
    expect(() => defineCatalogue(bad)).toThrow(SpbeError);
  });
});

/** One mutation of the base definition per issue code. */
const cases: [string, (d: Record<string, any>) => unknown, (string | number)[]?][] = [
  ['catalogue.invalid_type', (d) => ({ ...d, groups: 'D1' }), ['groups']],
  ['catalogue.invalid_value', (d) => ((d.groups[0].groups[0].indicators[0].number = 0), d), ['groups', 0, 'groups', 0, 'indicators', 0, 'number']],
  ['catalogue.duplicate_id', (d) => ((d.groups[0].groups[0].indicators[1].id = '1'), d), ['groups', 0, 'groups', 0, 'indicators', 1, 'id']],
  ['catalogue.id_invalid', (d) => ((d.groups[0].groups[0].indicators[1].id = '2\u001b[31m'), d), ['groups', 0, 'groups', 0, 'indicators', 1, 'id']],
  ['catalogue.unknown_tier', (d) => ((d.groups[1].tier = 'sektor'), d), ['groups', 1, 'tier']],
  ['catalogue.tier_order', (d) => ((d.groups[1].groups[0].tier = 'domain'), d), ['groups', 1, 'groups', 0, 'tier']],
  ['catalogue.unknown_scale', (d) => ((d.groups[0].groups[0].indicators[0].scale = 'x'), d), ['groups', 0, 'groups', 0, 'indicators', 0, 'scale']],
  ['catalogue.empty_group', (d) => ((d.groups[0].groups[1].indicators = []), delete d.groups[0].groups[1].weight, (d.groups[0].weight = '10'), (d.totalWeight = '70'), d)],
  ['catalogue.group_children', (d) => ((d.groups[1].indicators = []), d), ['groups', 1]],
  ['catalogue.scale_invalid', (d) => ((d.scales[0].max = 1), d)],
  ['catalogue.scale_gap', (d) => (d.scales[0].levels.splice(2, 1), d), ['scales', 0, 'levels', 2]],
  ['catalogue.weight_invalid', (d) => ((d.groups[0].groups[0].indicators[0].weight = '4,0'), d), ['groups', 0, 'groups', 0, 'indicators', 0, 'weight']],
  ['catalogue.weight_not_positive', (d) => ((d.groups[0].groups[0].indicators[0].weight = '-4'), d), ['groups', 0, 'groups', 0, 'indicators', 0, 'weight']],
  ['catalogue.weight_mismatch', (d) => ((d.groups[0].groups[0].weight = '11'), d), ['groups', 0, 'groups', 0, 'weight']],
  ['catalogue.weight_total_mismatch', (d) => ((d.totalWeight = '99'), d), ['totalWeight']],
  [
    'catalogue.weight_undetermined',
    (d) => {
      delete d.totalWeight;
      delete d.groups[1].weight;
      delete d.groups[1].groups[0].weight;
      return d;
    },
    ['totalWeight'],
  ],
  ['catalogue.weight_too_fine', (d) => ((d.groups[0].groups[0].indicators[0].weight = '3.9999999999999999'), (d.groups[0].groups[0].indicators[1].weight = '6.0000000000000001'), d)],
  ['catalogue.predicate_invalid', (d) => ((d.predicates[0].min = '5'), d), ['predicates', 0]],
  ['catalogue.predicate_overlap', (d) => ((d.predicates[1].max = '3.6'), d), ['predicates', 1, 'max']],
  ['catalogue.predicate_order', (d) => (d.predicates.reverse(), d), ['predicates']],
  ['catalogue.predicate_gap', (d) => ((d.predicates[1].max = '3.4'), d), ['predicates', 1, 'max']],
  ['catalogue.predicate_outside_scale', (d) => ((d.predicates[0].max = '4'), d), ['predicates']],
  ['catalogue.forbidden_key', (d) => JSON.parse(JSON.stringify(d).replace('"revision"', '"__proto__":{"polluted":true},"revision"')), ['__proto__']],
  ['catalogue.missing_language', (d) => (delete d.groups[0].name.en, d), ['groups', 0, 'name', 'en']],
  ['catalogue.unknown_key', (d) => ((d.groups[0].bobot = '40'), d), ['groups', 0, 'bobot']],
  ['catalogue.missing_name', (d) => (delete d.scales[0].levels[1].name, d), ['scales', 0, 'levels', 1, 'name']],
  ['catalogue.criteria_invalid', (d) => (delete withCriteria(d).scales[0].levels[3].criteria, d), ['scales', 0, 'levels', 3, 'criteria']],
  ['catalogue.measure_invalid', (d) => ((d.groups[1].groups[0].indicators[0].measure = { min: '4', max: '-4', bands: [] }), d)],
  [
    'catalogue.measure_overlap',
    (d) => ((d.groups[1].groups[0].indicators[0].measure = { min: '0', max: '2', bands: [{ min: '0', max: '1.5', level: 1 }, { min: '1', max: '2', level: 2 }] }), d),
    ['groups', 1, 'groups', 0, 'indicators', 0, 'measure', 'bands', 1, 'min'],
  ],
  [
    'catalogue.measure_gap',
    (d) => ((d.groups[1].groups[0].indicators[0].measure = { min: '0', max: '2', bands: [{ min: '0', max: '0.5', level: 1 }, { min: '1', max: '2', level: 2 }] }), d),
    ['groups', 1, 'groups', 0, 'indicators', 0, 'measure', 'bands', 1, 'min'],
  ],
  [
    'catalogue.code_conflict',
    (d) => ((d.groups[0].groups[0].indicators[0].codes = ['I1']), (d.groups[0].groups[0].indicators[1].codes = ['I1']), d),
    ['groups', 0, 'groups', 0, 'indicators', 1, 'codes', 0],
  ],
  [
    'catalogue.measure_outside_range',
    (d) => ((d.groups[1].groups[0].indicators[0].measure = { min: '0', max: '2', bands: [{ min: '0', max: '1', level: 1 }, { min: '1', max: '3', level: 2 }] }), d),
    ['groups', 1, 'groups', 0, 'indicators', 0, 'measure', 'bands'],
  ],
];

describe('defineCatalogue: one test per issue code', () => {
  for (const [code, mutate, path] of cases) {
    it(code, () => {
      const issues = issuesOf(mutate(baseDefinition()));
      expectWellFormed(issues);
      const found = issues.find((issue) => issue.code === code);
      expect(found, JSON.stringify(issues.map((issue) => issue.code))).toBeDefined();
      if (path) expect(issues.filter((issue) => issue.code === code).map((issue) => issue.path)).toContainEqual(path);
    });
  }

  it('covers every catalogue code except the derive ones (tested in derive.test.ts)', () => {
    const tested = new Set(cases.map(([code]) => code));
    const untested = CATALOGUE_ISSUE_CODES.filter((code) => !tested.has(code) && !code.startsWith('catalogue.derive_'));
    expect(untested).toEqual([]);
  });
});

describe('defineCatalogue: every problem at once', () => {
  it('reports every shape problem in one pass', () => {
    const d = baseDefinition();
    d.title = { id: 'Judul' };
    d.extra = true;
    d.groups[0].groups[0].indicators[0].weight = 4;
    const codes = issuesOf(d).map((issue) => issue.code);
    expect(codes).toEqual(expect.arrayContaining(['catalogue.missing_language', 'catalogue.unknown_key', 'catalogue.weight_invalid']));
  });

  it('reports every meaning problem in one pass', () => {
    const d = baseDefinition();
    d.groups[0].groups[0].indicators[1].id = '1';
    d.groups[1].tier = 'sektor';
    d.predicates[1].max = '3.4';
    d.groups[0].groups[0].indicators[0].scale = 'x';
    const codes = issuesOf(d).map((issue) => issue.code);
    expect(codes).toEqual(
      expect.arrayContaining(['catalogue.duplicate_id', 'catalogue.unknown_tier', 'catalogue.predicate_gap', 'catalogue.unknown_scale']),
    );
  });

  it('reports shape and meaning problems together, without repeating one as the other', () => {
    const d = baseDefinition();
    delete d.groups[0].name.en;
    d.groups[0].groups[0].weight = 11;
    d.groups[0].groups[0].indicators[1].id = '1';
    d.predicates[1].max = '3.4';
    const issues = issuesOf(d);
    expect(issues.map((issue) => issue.code).sort()).toEqual([
      'catalogue.duplicate_id',
      'catalogue.missing_language',
      'catalogue.predicate_gap',
      'catalogue.weight_invalid',
    ]);
  });

  it('rejects forbidden keys anywhere, including constructor and prototype, without polluting anything', () => {
    const d = baseDefinition();
    d.groups[0].constructor = { x: 1 };
    d.scales[0].levels[0].prototype = 1;
    const text = JSON.stringify(d).replace('"years"', '"__proto__":{"isAdmin":true},"years"');
    const issues = issuesOf(JSON.parse(text));
    expect(issues.filter((issue) => issue.code === 'catalogue.forbidden_key').map((issue) => issue.path)).toEqual([
      ['__proto__'],
      ['scales', 0, 'levels', 0, 'prototype'],
      ['groups', 0, 'constructor'],
    ]);
    expect(issues.some((issue) => issue.code === 'catalogue.unknown_key')).toBe(false);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('reports cyclic and absurdly deep input instead of overflowing the stack', () => {
    const d = baseDefinition();
    d.groups[0].groups[0].self = d.groups[0];
    expect(issuesOf(d)[0]!.code).toBe('catalogue.invalid_value');
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 10_000; i++) deep = (deep.groups = [{}]) && ((deep.groups as object[])[0] as Record<string, unknown>);
    expect(issuesOf(root)[0]!.code).toBe('catalogue.invalid_value');
  });

  it('rejects non-objects', () => {
    for (const value of [null, undefined, 42, 'catalogue', [], true]) {
      const issues = issuesOf(value);
      expectWellFormed(issues);
      expect(issues[0]!.code).toBe('catalogue.invalid_type');
    }
  });
});

function defineIssues(data: unknown) {
  const outcome = safeDefineCatalogue(data);
  if (outcome.success) throw new Error('expected the catalogue to be rejected');
  return outcome.issues;
}

const rawCompileIssues = (data: unknown) => {
  const outcome = safeCompileCatalogue(data as CatalogueDefinition);
  return outcome.success ? [] : outcome.issues.map((issue) => [issue.code, issue.path.join('.')]);
};

describe('safeDefineCatalogue: shape and meaning issues together, exactly once each', () => {
  it('drops a meaning issue at the very path of a shape issue (the received value comes from the input)', () => {
    const d = baseDefinition();
    d.groups[0].weight = 'x';
    // The compiler alone reports the same place; it must not be reported twice.
    expect(rawCompileIssues(d)).toEqual([['catalogue.weight_invalid', 'groups.0.weight']]);
    expect(defineIssues(d)).toEqual([
      {
        code: 'catalogue.weight_invalid',
        path: ['groups', 0, 'weight'],
        message: { id: 'groups.0.weight harus berupa teks desimal seperti "1.30".', en: 'groups.0.weight must be a decimal string such as "1.30".' },
        expected: 'decimal string',
        received: '"x"',
      },
    ]);
  });

  it('drops a meaning issue that encloses one of several shape issues, keeps those away from all of them', () => {
    const d = baseDefinition();
    d.scales[0].levels[0].level = 'x';
    d.tiers[1].id = 5;
    d.groups[0].weight = 'x';
    // The compiler on the raw data finds a scale gap at scales.0.levels.0 (enclosing the bad level),
    // the tiers of the aspect groups unknown (away from every shape issue) and the bad weight (at
    // a shape issue's path).
    expect(rawCompileIssues(d)).toEqual([
      ['catalogue.scale_gap', 'scales.0.levels.0'],
      ['catalogue.unknown_tier', 'groups.0.groups.0.tier'],
      ['catalogue.unknown_tier', 'groups.0.groups.1.tier'],
      ['catalogue.unknown_tier', 'groups.1.groups.0.tier'],
      ['catalogue.weight_invalid', 'groups.0.weight'],
    ]);
    const unknownTier = (path: (string | number)[], group: string) => ({
      code: 'catalogue.unknown_tier',
      path,
      message: { id: `Tingkatan "aspect" pada kelompok "${group}" tidak ada dalam "tiers".`, en: `Tier "aspect" of group "${group}" is not in "tiers".` },
      expected: 'domain | 5',
      received: '"aspect"',
    });
    expect(defineIssues(d)).toEqual([
      {
        code: 'catalogue.invalid_type',
        path: ['tiers', 1, 'id'],
        message: { id: 'tiers.1.id harus bertipe string, bukan 5.', en: 'tiers.1.id must be of type string, not 5.' },
        expected: 'string',
        received: '5',
      },
      {
        code: 'catalogue.invalid_type',
        path: ['scales', 0, 'levels', 0, 'level'],
        message: { id: 'scales.0.levels.0.level harus bertipe number, bukan "x".', en: 'scales.0.levels.0.level must be of type number, not "x".' },
        expected: 'number',
        received: '"x"',
      },
      {
        code: 'catalogue.weight_invalid',
        path: ['groups', 0, 'weight'],
        message: { id: 'groups.0.weight harus berupa teks desimal seperti "1.30".', en: 'groups.0.weight must be a decimal string such as "1.30".' },
        expected: 'decimal string',
        received: '"x"',
      },
      unknownTier(['groups', 0, 'groups', 0, 'tier'], 'A1'),
      unknownTier(['groups', 0, 'groups', 1, 'tier'], 'A2'),
      unknownTier(['groups', 1, 'groups', 0, 'tier'], 'A3'),
    ]);
  });
});

describe('safeDefineCatalogue: forbidden keys and unreadable input', () => {
  it('rejects a forbidden key even where the rest is a valid catalogue, with only that issue', () => {
    const proto = JSON.parse(JSON.stringify(baseDefinition()).replace('"years"', '"__proto__":{"isAdmin":true},"years"'));
    expect(defineIssues(proto)).toEqual([
      {
        code: 'catalogue.forbidden_key',
        path: ['__proto__'],
        message: { id: 'Kunci "__proto__" tidak diizinkan dalam katalog.', en: 'The key "__proto__" is not allowed in a catalogue.' },
        received: '"__proto__"',
      },
    ]);
    const d = baseDefinition();
    d.groups[0].constructor = 'x';
    expect(defineIssues(d)).toEqual([
      {
        code: 'catalogue.forbidden_key',
        path: ['groups', 0, 'constructor'],
        message: { id: 'Kunci "constructor" tidak diizinkan dalam katalog.', en: 'The key "constructor" is not allowed in a catalogue.' },
        received: '"constructor"',
      },
    ]);
  });

  it('reports input whose getter throws as unreadable instead of crashing', () => {
    const d = baseDefinition();
    Object.defineProperty(d, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(defineIssues(d)).toEqual([
      {
        code: 'catalogue.invalid_type',
        path: [],
        message: { id: 'Katalog tidak dapat dibaca sebagai data biasa.', en: 'The catalogue could not be read as plain data.' },
        expected: 'plain JSON data',
      },
    ]);
    expect(() => defineCatalogue(d)).toThrow(/could not be read as plain data/);
  });
});

/** Every node of a zod schema tree, each once (a group holds groups, so the tree refers to itself). */
function schemaNodes(root: unknown): { type: string; catchall?: string; keys: string[] }[] {
  type Def = { type: string; shape?: Record<string, unknown>; catchall?: { _zod: { def: Def } }; element?: unknown; innerType?: unknown; options?: unknown[] };
  const seen = new Set<unknown>();
  const nodes: { type: string; catchall?: string; keys: string[] }[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (seen.has(node)) continue;
    seen.add(node);
    const def = (node as { _zod: { def: Def } })._zod.def;
    const keys = def.shape === undefined ? [] : Object.keys(def.shape);
    nodes.push({ type: def.type, keys, ...(def.type === 'object' ? { catchall: def.catchall?._zod.def.type ?? 'none' } : {}) });
    if (def.shape !== undefined) stack.push(...Object.values(def.shape));
    stack.push(...[def.element, def.innerType, ...(def.options ?? [])].filter((child) => child !== undefined));
  }
  return nodes;
}

/** A definition that uses every object of the catalogue schema (criteria, a measure, targets, base, provenance). */
function everyObjectDefinition(): Record<string, any> {
  const d = withCriteria(baseDefinition());
  const text = { id: 'Teks', en: 'Text' };
  d.provenance = [text];
  d.targets = { index: '3', level: 3 };
  d.base = { id: 'induk', revision: '1', checksum: 'x' };
  const indicator = d.groups[0].groups[0].indicators[0];
  indicator.criteria = [{ level: 2, criteria: [{ id: 'k', text }] }];
  indicator.measure = { min: '0', max: '10', bands: [{ min: '0', max: '10', level: 1 }], name: text };
  return d;
}

/** Every plain object inside a value (the value itself included). */
function objectsIn(value: unknown): Record<string, unknown>[] {
  if (value === null || typeof value !== 'object') return [];
  const children = Object.values(value).flatMap(objectsIn);
  return Array.isArray(value) ? children : [value as Record<string, unknown>, ...children];
}

describe('a forbidden key never passes the catalogue schema', () => {
  it('every object of the schema is strict, none declares a forbidden key, and nothing admits open keys', () => {
    const nodes = schemaNodes(catalogueSchema());
    // No record, union, unknown or loose object: the only keys a parse accepts are the declared ones.
    expect(new Set(nodes.map((node) => node.type))).toEqual(new Set(['object', 'array', 'optional', 'string', 'number', 'boolean', 'literal']));
    const objects = nodes.filter((node) => node.type === 'object');
    expect(objects.length).toBeGreaterThan(10);
    expect(objects.filter((node) => node.catchall !== 'never')).toEqual([]);
    expect(objects.flatMap((node) => node.keys).filter((key) => ['__proto__', 'constructor', 'prototype'].includes(key))).toEqual([]);
  });

  it('so the parse fails for each forbidden key in each object of a definition, and define reports the key', () => {
    const schema = catalogueSchema();
    expect(schema.safeParse(everyObjectDefinition()).success).toBe(true);
    const count = objectsIn(everyObjectDefinition()).length;
    expect(count).toBeGreaterThan(40);
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      for (let n = 0; n < count; n++) {
        const d = everyObjectDefinition();
        // An own, enumerable key, as JSON.parse makes it (a plain assignment to __proto__ would set the prototype).
        Object.defineProperty(objectsIn(d)[n], key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
        expect(schema.safeParse(d).success).toBe(false);
        expect(defineIssues(d).map((issue) => [issue.code, issue.path.at(-1)])).toContainEqual(['catalogue.forbidden_key', key]);
      }
    }
  });
});
