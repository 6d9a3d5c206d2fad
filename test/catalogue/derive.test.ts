import { describe, expect, it } from 'vitest';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { deriveCatalogue, safeDeriveCatalogue, type CatalogueChanges } from '../../src/catalogue/derive.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb52018 } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import { SpbeError } from '../../src/model/issue.js';
import { score } from '../../src/scoring/score.js';
import { baseDefinition, withCriteria } from '../helpers/small-catalogue.js';

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

// Pins the exact issues and the exact derived catalogue of deriveCatalogue (every message in both
// languages, with path, expected and received), so that emptied strings or loosened checks fail.

function issuesOf(changes: unknown) {
  const outcome = safeDeriveCatalogue(base, changes as CatalogueChanges);
  if (outcome.success) throw new Error('expected the changes to be rejected');
  return outcome.issues;
}

const notObject = (received: string) => ({
  code: 'catalogue.derive_invalid',
  path: [],
  message: { id: 'Perubahan harus berupa objek.', en: 'The changes must be an object.' },
  received,
});

const wrongType = (key: string, expected: string, received: string) => ({
  code: 'catalogue.derive_invalid',
  path: [key],
  message: { id: `"${key}" harus bertipe ${expected}.`, en: `"${key}" must be of type ${expected}.` },
  expected,
  received,
});

describe('safeDeriveCatalogue: the shape of the changes', () => {
  it('rejects changes that are not a plain object, with the value received', () => {
    expect(issuesOf(null)).toEqual([notObject('null')]);
    expect(issuesOf([])).toEqual([notObject('array')]);
    expect(issuesOf('ab')).toEqual([notObject('"ab"')]);
    expect(issuesOf(7)).toEqual([notObject('7')]);
  });

  it('rejects an unknown key by name', () => {
    expect(issuesOf({ id: 'x', colour: 1 })).toEqual([
      {
        code: 'catalogue.derive_invalid',
        path: ['colour'],
        message: { id: 'Kunci "colour" tidak dikenal.', en: 'Unknown key "colour".' },
        received: '"colour"',
      },
    ]);
  });

  it('requires its own non-empty id; a missing id has no received value at all', () => {
    const message = { id: 'Katalog turunan wajib memiliki id sendiri.', en: 'A derived catalogue needs its own id.' };
    const missing = issuesOf({});
    expect(missing).toEqual([{ code: 'catalogue.derive_invalid', path: ['id'], message }]);
    expect('received' in missing[0]! && missing[0]!.received !== undefined).toBe(false);
    expect(issuesOf({ id: '' })).toEqual([{ code: 'catalogue.derive_invalid', path: ['id'], message, received: '""' }]);
    expect(issuesOf({ id: 3 })).toEqual([{ code: 'catalogue.derive_invalid', path: ['id'], message, received: '3' }]);
  });

  it('names the expected type of each badly typed field', () => {
    expect(issuesOf({ id: 'x', revision: '' })).toEqual([wrongType('revision', 'string', '""')]);
    expect(issuesOf({ id: 'x', revision: 2 })).toEqual([wrongType('revision', 'string', '2')]);
    expect(issuesOf({ id: 'x', title: null })).toEqual([wrongType('title', '{ id, en }', 'null')]);
    expect(issuesOf({ id: 'x', title: 'T' })).toEqual([wrongType('title', '{ id, en }', '"T"')]);
    expect(issuesOf({ id: 'x', title: { id: 'a' } })).toEqual([wrongType('title', '{ id, en }', 'object')]);
    expect(issuesOf({ id: 'x', title: { en: 'a' } })).toEqual([wrongType('title', '{ id, en }', 'object')]);
    expect(issuesOf({ id: 'x', title: { id: '', en: 'a' } })).toEqual([wrongType('title', '{ id, en }', 'object')]);
    // A function carrying id and en is not a { id, en } object.
    const fn = Object.assign(() => 'T', { id: 'a', en: 'b' });
    expect(issuesOf({ id: 'x', title: fn })).toEqual([wrongType('title', '{ id, en }', 'function')]);
    expect(issuesOf({ id: 'x', provenance: [fn] })).toEqual([wrongType('provenance', '{ id, en }[]', 'array')]);
    expect(issuesOf({ id: 'x', years: [2025, 'x'] })).toEqual([wrongType('years', 'integer[]', 'array')]);
    expect(issuesOf({ id: 'x', years: [2025.5] })).toEqual([wrongType('years', 'integer[]', 'array')]);
    expect(issuesOf({ id: 'x', years: 2025 })).toEqual([wrongType('years', 'integer[]', '2025')]);
    // A number would find indicator "1" through property-key coercion: it must be refused first.
    expect(issuesOf({ id: 'x', include: [1] })).toEqual([wrongType('include', 'string[]', 'array')]);
    expect(issuesOf({ id: 'x', include: 'A1' })).toEqual([wrongType('include', 'string[]', '"A1"')]);
    expect(issuesOf({ id: 'x', exclude: [1] })).toEqual([wrongType('exclude', 'string[]', 'array')]);
    expect(issuesOf({ id: 'x', exclude: 'A1' })).toEqual([wrongType('exclude', 'string[]', '"A1"')]);
    const weights = '{ [id]: string }';
    expect(issuesOf({ id: 'x', weights: null })).toEqual([wrongType('weights', weights, 'null')]);
    expect(issuesOf({ id: 'x', weights: ['1'] })).toEqual([wrongType('weights', weights, 'array')]);
    expect(issuesOf({ id: 'x', weights: '1' })).toEqual([wrongType('weights', weights, '"1"')]);
    expect(issuesOf({ id: 'x', weights: { '1': '2', '2': 3 } })).toEqual([wrongType('weights', weights, 'object')]);
    expect(issuesOf({ id: 'x', totalWeight: 100 })).toEqual([wrongType('totalWeight', 'string', '100')]);
    expect(issuesOf({ id: 'x', provenance: [{ id: 'a', en: '' }] })).toEqual([wrongType('provenance', '{ id, en }[]', 'array')]);
    expect(issuesOf({ id: 'x', provenance: [null] })).toEqual([wrongType('provenance', '{ id, en }[]', 'array')]);
    expect(issuesOf({ id: 'x', provenance: { id: 'a', en: 'b' } })).toEqual([wrongType('provenance', '{ id, en }[]', 'object')]);
  });

  it('reports every shape problem at once, and stops there (ids are not looked up in bad changes)', () => {
    const issues = issuesOf({ colour: 1, include: ['Z9'], weights: { Z: '1' }, totalWeight: 5 });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['catalogue.derive_invalid', ['colour']],
      ['catalogue.derive_invalid', ['id']],
      ['catalogue.derive_invalid', ['totalWeight']],
    ]);
    // An unknown key alone also stops before the ids are looked up.
    expect(issuesOf({ id: 'x', include: ['Z9'], colour: 1 }).map((issue) => issue.code)).toEqual(['catalogue.derive_invalid']);
  });
});

describe('safeDeriveCatalogue: ids, weights and totals', () => {
  it('names an unknown included or excluded id with its position and the base', () => {
    const unknown = (key: string, i: number, id: string) => ({
      code: 'catalogue.derive_unknown_id',
      path: [key, i],
      message: {
        id: `"${id}" bukan indikator atau kelompok katalog uji-kecil.`,
        en: `"${id}" is not an indicator or group of catalogue uji-kecil.`,
      },
      received: `"${id}"`,
    });
    expect(issuesOf({ id: 'x', include: ['A9', '1'] })).toEqual([unknown('include', 0, 'A9')]);
    expect(issuesOf({ id: 'x', include: ['1', 'A9', 'Q'], exclude: ['2', 'Z'] })).toEqual([
      unknown('include', 1, 'A9'),
      unknown('include', 2, 'Q'),
      unknown('exclude', 1, 'Z'),
    ]);
  });

  it('refuses a weight for an id that is unknown or no longer in the derived catalogue', () => {
    const gone = (id: string) => ({
      code: 'catalogue.derive_unknown_id',
      path: ['weights', id],
      message: {
        id: `Bobot diberikan untuk "${id}", yang tidak ada dalam katalog turunan.`,
        en: `A weight is given for "${id}", which is not in the derived catalogue.`,
      },
      received: `"${id}"`,
    });
    expect(issuesOf({ id: 'x', weights: { Z: '1' } })).toEqual([gone('Z')]);
    expect(issuesOf({ id: 'x', exclude: ['A1'], weights: { '1': '2', A1: '3', A2: '4' } })).toEqual([gone('1'), gone('A1')]);
  });

  it('refuses new weights that are not positive decimals, telling zero and negatives from non-numbers', () => {
    const weight = (code: string, id: string, received: string) => ({
      code,
      path: ['weights', id],
      message: { id: `Bobot baru "${id}" harus berupa teks desimal positif.`, en: `The new weight of "${id}" must be a positive decimal string.` },
      expected: 'decimal string > 0',
      received,
    });
    expect(issuesOf({ id: 'x', weights: { '1': '0', '2': '-1', '3': 'two', A3: '0.0', '5': '1' } })).toEqual([
      weight('catalogue.weight_not_positive', '1', '"0"'),
      weight('catalogue.weight_not_positive', '2', '"-1"'),
      weight('catalogue.weight_invalid', '3', '"two"'),
      weight('catalogue.weight_not_positive', 'A3', '"0.0"'),
    ]);
  });

  it('refuses a total weight that is zero, negative or not a number', () => {
    const total = (received: string) => ({
      code: 'catalogue.weight_invalid',
      path: ['totalWeight'],
      message: { id: 'Bobot total harus berupa teks desimal positif.', en: 'The total weight must be a positive decimal string.' },
      expected: 'decimal string > 0',
      received,
    });
    expect(issuesOf({ id: 'x', totalWeight: '0' })).toEqual([total('"0"')]);
    expect(issuesOf({ id: 'x', totalWeight: '-1' })).toEqual([total('"-1"')]);
    expect(issuesOf({ id: 'x', totalWeight: 'abc' })).toEqual([total('"abc"')]);
    expect(issuesOf({ id: 'x', totalWeight: '' })).toEqual([total('""')]);
  });

  it('refuses a derived catalogue with no indicators left', () => {
    const empty = {
      code: 'catalogue.derive_empty',
      path: ['include'],
      message: { id: 'Katalog turunan tidak memiliki indikator.', en: 'The derived catalogue has no indicators left.' },
    };
    expect(issuesOf({ id: 'x', exclude: ['D1', 'D2'] })).toEqual([empty]);
    expect(issuesOf({ id: 'x', include: [] })).toEqual([empty]);
    expect(issuesOf({ id: 'x', include: ['A1'], exclude: ['1', '2'], totalWeight: '0' }).map((issue) => issue.code)).toEqual([
      'catalogue.weight_invalid',
      'catalogue.derive_empty',
    ]);
  });

  it('throws the same issues from deriveCatalogue', () => {
    expect(() => deriveCatalogue(base, { id: 'x', totalWeight: '0' })).toThrow(/total weight must be a positive decimal/);
  });
});

const levels = { '1': 5, '2': 1, '3': 2, '4': 4, '5': 5, '6': 1, '7': 1 };

/** The sample levels restricted to the indicators a catalogue still has. */
const levelsOf = (catalogue: { indicators: readonly { id: string }[] }) =>
  Object.fromEntries(catalogue.indicators.map((indicator) => [indicator.id, levels[indicator.id as keyof typeof levels]]));

const provenanceNote = {
  id: 'Diturunkan dari katalog uji-kecil revisi 1.',
  en: 'Derived from catalogue uji-kecil revision 1.',
};

describe('deriveCatalogue: the exact derived catalogue', () => {
  it('include: keeps a group subtree and single indicators, sums group weights and the total, records the base', () => {
    const d = deriveCatalogue(base, { id: 'opd', include: ['A2', '5'] });
    expect(d.id).toBe('opd');
    expect(d.revision).toBe('1');
    expect(d.title).toEqual({ id: 'Katalog uji', en: 'Test catalogue' });
    expect(d.years).toEqual([2025]);
    expect(d.indicators.map((indicator) => [indicator.id, indicator.weight])).toEqual([
      ['3', '15'],
      ['4', '15'],
      ['5', '20'],
    ]);
    expect(d.groups.map((group) => [group.id, group.weight])).toEqual([
      ['D1', '30'],
      ['A2', '30'],
      ['D2', '20'],
      ['A3', '20'],
    ]);
    expect(d.totalWeight).toBe('50');
    expect(d.definition.totalWeight).toBe('50');
    expect(d.base).toEqual({ id: 'uji-kecil', revision: '1', checksum: base.checksum });
    expect(d.provenance).toEqual([...base.provenance, provenanceNote]);
    expect(d.checksum).not.toBe(base.checksum);
    // (15·2 + 15·4 + 20·5) / 50 = 190/50
    expect(score(d, { levels: levelsOf(d) }).index.exact).toBe('19/5');
  });

  it('title, revision, years and provenance notes replace or extend the base', () => {
    const note = { id: 'Catatan', en: 'Note' };
    const d = deriveCatalogue(base, { id: 'p', revision: '2', title: { id: 'Judul', en: 'Title' }, years: [2026, 2027], provenance: [note] });
    expect(d.revision).toBe('2');
    expect(d.title).toEqual({ id: 'Judul', en: 'Title' });
    expect(d.years).toEqual([2026, 2027]);
    expect(d.provenance).toEqual([...base.provenance, provenanceNote, note]);
    expect(d.definition.totalWeight).toBe('100');
    expect(score(d, { levels: levelsOf(d) }).index.exact).toBe(score(base, { levels }).index.exact);
  });

  it('a weight for a group partly kept scales what remains of it', () => {
    const d = deriveCatalogue(base, { id: 'w', exclude: ['1'], weights: { A1: '5' } });
    expect(d.indicators.map((indicator) => [indicator.id, indicator.weight])).toEqual([
      ['2', '5'],
      ['3', '15'],
      ['4', '15'],
      ['5', '20'],
      ['6', '20'],
      ['7', '20'],
    ]);
    expect(d.groups.map((group) => [group.id, group.weight])).toEqual([
      ['D1', '35'],
      ['A1', '5'],
      ['A2', '30'],
      ['D2', '60'],
      ['A3', '60'],
    ]);
    expect(d.definition.totalWeight).toBe('95');
    // (5·1 + 15·2 + 15·4 + 20·5 + 20·1 + 20·1) / 95 = 235/95
    expect(score(d, { levels: levelsOf(d) }).index.exact).toBe('47/19');
  });

  it('a base without a declared total gives a derived definition without one, unless a total is given', () => {
    const definition = baseDefinition();
    delete definition.totalWeight;
    const undeclared = defineCatalogue(definition);
    const copy = deriveCatalogue(undeclared, { id: 'copy', exclude: ['7'] });
    expect('totalWeight' in copy.definition).toBe(false);
    expect(copy.indicators.map((indicator) => indicator.weight)).toEqual(['4', '6', '15', '15', '20', '20']);
    const scaled = deriveCatalogue(undeclared, { id: 'scaled', exclude: ['7'], totalWeight: '40' });
    expect(scaled.definition.totalWeight).toBe('40');
    expect(scaled.indicators.map((indicator) => indicator.weight)).toEqual(['2', '3', '7.5', '7.5', '10', '10']);
    expect(score(scaled, { levels: levelsOf(scaled) }).index.exact).toBe(score(copy, { levels: levelsOf(copy) }).index.exact);
  });
});
