import { describe, expect, it } from 'vitest';
import { checkShape, readResult } from '../../src/analysis/read-result.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { toFractionString } from '../../src/arithmetic/rational.js';
import { ROUNDING_MODES } from '../../src/arithmetic/rounding.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Issue, PathSegment } from '../../src/model/issue.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom } from '../helpers/assessments.js';
import { badValue, edit } from '../helpers/results.js';
import { small } from '../helpers/small-catalogue.js';

const good = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });

function notAnObject(at: readonly PathSegment[], received: string): Issue {
  const shown = at.join('.');
  return {
    code: 'analysis.result_invalid',
    path: [...at],
    message: { id: `Bagian "${shown}" dari hasil harus berupa objek.`, en: `Part "${shown}" of the result must be an object.` },
    received,
  };
}

function notAList(at: readonly PathSegment[], received: string): Issue {
  const shown = at.join('.');
  return {
    code: 'analysis.result_invalid',
    path: [...at],
    message: { id: `Bagian "${shown}" dari hasil harus berupa daftar.`, en: `Part "${shown}" of the result must be a list.` },
    received,
  };
}

// Every field checkShape reads, with values it must refuse (and how `received` describes them).
const BAD_FIELDS: [PathSegment[], unknown, string][] = [
  [['complete'], 'yes', '"yes"'],
  [['complete'], undefined, 'undefined'],
  [['assessment'], null, 'null'],
  [['assessment'], [], 'array'],
  [['assessment'], 3, '3'],
  [['index', 'value'], 3, '3'],
  [['index', 'value'], null, 'null'],
  [['index', 'exact'], '2.5', '"2.5"'],
  [['index', 'exact'], 3, '3'],
  [['index', 'exact'], undefined, 'undefined'],
  [['index', 'predicate'], 'baik', '"baik"'],
  [['index', 'predicate'], null, 'null'],
  [['index', 'predicate'], { id: 3, label: { id: 'Baik', en: 'Good' } }, 'object'],
  [['index', 'predicate'], { id: 'baik', label: 'Baik' }, 'object'],
  [['index', 'predicate'], { id: 'baik', label: { id: 3, en: 'Good' } }, 'object'],
  [['index', 'predicate'], { id: 'baik', label: { id: 'Baik', en: 3 } }, 'object'],
  [['index', 'predicate'], { id: 'baik', label: { id: 'Baik' } }, 'object'],
  [['groups', 1, 'id'], 3, '3'],
  [['groups', 1, 'tier'], null, 'null'],
  [['groups', 1, 'parent'], 3, '3'],
  [['groups', 1, 'label'], 'Aspek 1', '"Aspek 1"'],
  [['groups', 1, 'label'], null, 'null'],
  [['groups', 1, 'weight'], 15, '15'],
  [['groups', 1, 'weight'], '15 units', '"15 units"'],
  [['groups', 1, 'value'], 3, '3'],
  [['groups', 1, 'exact'], '3.0', '"3.0"'],
  [['groups', 1, 'exact'], 3, '3'],
  [['groups', 1, 'predicate'], 'baik', '"baik"'],
  [['indicators', 2, 'id'], 3, '3'],
  [['indicators', 2, 'label'], [], 'array'],
  [['indicators', 2, 'group'], undefined, 'undefined'],
  [['indicators', 2, 'status'], 'skipped', '"skipped"'],
  [['indicators', 2, 'status'], null, 'null'],
  [['indicators', 2, 'level'], 3.5, '3.5'],
  [['indicators', 2, 'level'], 2 ** 53, String(2 ** 53)],
  [['indicators', 2, 'level'], '3.5', '"3.5"'],
  [['indicators', 2, 'level'], true, 'true'],
  [['indicators', 2, 'level'], undefined, 'undefined'],
  [['indicators', 2, 'weight'], 12.5, '12.5'],
  [['indicators', 2, 'weight'], 'x', '"x"'],
  [['indicators', 2, 'contribution'], 3, '3'],
  [['indicators', 2, 'contribution'], null, 'null'],
  [['indicators', 2, 'contribution'], {}, 'object'],
  [['indicators', 2, 'contribution'], { exact: '0.3', value: '0.3000' }, 'object'],
  [['meta', 'catalogue', 'id'], 3, '3'],
  [['meta', 'catalogue', 'revision'], null, 'null'],
  [['meta', 'catalogue', 'checksum'], undefined, 'undefined'],
  [['meta', 'options', 'decimals'], 2.5, '2.5'],
  [['meta', 'options', 'decimals'], -1, '-1'],
  [['meta', 'options', 'decimals'], 21, '21'],
  [['meta', 'options', 'decimals'], '2', '"2"'],
  [['meta', 'options', 'rounding'], 'nearest', '"nearest"'],
  [['meta', 'options', 'predicateFrom'], 'display', '"display"'],
  [['meta', 'options', 'predicateFrom'], undefined, 'undefined'],
];

const NOT_OBJECTS: [PathSegment[], unknown, string][] = [
  [['index'], 'x', '"x"'],
  [['index'], null, 'null'],
  [['groups', 1], null, 'null'],
  [['groups', 1], [], 'array'],
  [['indicators', 0], 4, '4'],
  [['meta'], [], 'array'],
  [['meta'], undefined, 'undefined'],
  [['meta', 'catalogue'], 'small-test', '"small-test"'],
  [['meta', 'catalogue'], null, 'null'],
  [['meta', 'options'], [], 'array'],
];

describe('checkShape', () => {
  it('finds nothing wrong with results as score and rollup make them', () => {
    const partial = score(small, { levels: { '3': 4, '4': 2, '5': 3 } }, { missing: 'partial' });
    // A1 had nothing assessed: its value, exact value and predikat are null.
    expect(partial.groups.find((g) => g.id === 'A1')).toMatchObject({ value: null, exact: null, predicate: null });
    const na = score(small, { levels: { ...levelsFrom(small, [3, 3, 3, 3, 3, 3]), '2': 'na' } }, { allowNotApplicable: true });
    const minimum = score(small, { levels: { ...levelsFrom(small, [3, 3, 3, 3, 3, 3]), '2': 'na' } }, { allowNotApplicable: true, notApplicable: 'minimum' });
    const mean = rollup(small, [{ levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) }, { levels: levelsFrom(small, [4, 3, 3, 3, 3, 3]) }]).consolidated;
    expect(mean.indicators[0]?.level).toBe('7/2');
    const results = [
      good,
      partial,
      na,
      minimum,
      mean,
      score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) }, { decimals: 0, predicateFrom: 'rounded' }),
      score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) }, { decimals: 20 }),
      ...ROUNDING_MODES.map((rounding) => score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) }, { rounding })),
    ];
    expect(results.flatMap((result) => result.indicators.map((i) => i.status)).sort()).toEqual(expect.arrayContaining(['assessed', 'missing', 'not-applicable', 'not-applicable-minimum']));
    for (const result of results) expect(checkShape(result)).toEqual([]);
    // Weights may be written as fractions too.
    expect(checkShape(edit(edit(good, ['groups', 1, 'weight'], '25/2'), ['indicators', 2, 'weight'], '-1/8'))).toEqual([]);
  });

  it.each(BAD_FIELDS)('reports exactly one issue for %j = %j', (path, value, received) => {
    expect(checkShape(edit(good, path, value))).toEqual([badValue(path, received)]);
    // Under a prefix the path and both messages carry it.
    expect(checkShape(edit(good, path, value), ['after'])).toEqual([badValue(['after', ...path], received)]);
  });

  it.each(NOT_OBJECTS)('reports exactly one issue when %j is %j instead of an object', (path, value, received) => {
    expect(checkShape(edit(good, path, value))).toEqual([notAnObject(path, received)]);
    expect(checkShape(edit(good, path, value), ['before'])).toEqual([notAnObject(['before', ...path], received)]);
  });

  it('reports lists that are not lists', () => {
    expect(checkShape(edit(good, ['groups'], { D1: {} }))).toEqual([notAList(['groups'], 'object')]);
    expect(checkShape(edit(good, ['indicators'], 'all'), ['x', 0])).toEqual([notAList(['x', 0, 'indicators'], '"all"')]);
  });

  it('reports one issue per bad field, each at its own path', () => {
    const broken = edit(edit(edit(good, ['index', 'exact'], 'x'), ['groups', 0, 'tier'], 1), ['indicators', 5, 'status'], 'x');
    expect(checkShape(broken).map((issue) => issue.path)).toEqual([
      ['index', 'exact'],
      ['groups', 0, 'tier'],
      ['indicators', 5, 'status'],
    ]);
  });

  it('refuses a result that is not an object at all, with one issue', () => {
    for (const [value, received] of [[null, 'null'], [[good], 'array'], [3, '3'], ['{}', '"{}"']] as const) {
      const issue = { code: 'analysis.result_invalid', message: { id: 'Hasil penilaian harus berupa objek.', en: 'The score result must be an object.' }, received };
      expect(checkShape(value)).toEqual([{ ...issue, path: [] }]);
      expect(checkShape(value, ['units', 2])).toEqual([{ ...issue, path: ['units', 2] }]);
    }
  });
});

describe('readResult: levels and statuses', () => {
  it('reads integer, fractional and null levels with their statuses, by catalogue position', () => {
    const na = score(small, { levels: { '1': 2, '2': 'na', '3': 4, '5': 5, '6': 1 } }, { missing: 'partial', allowNotApplicable: true });
    const issues: Issue[] = [];
    const read = readResult(small, na, issues);
    expect(issues).toEqual([]);
    expect(read?.levels.map((level) => (level === null ? null : toFractionString(level)))).toEqual(['2', null, '4', null, '5', '1']);
    expect(read?.statuses).toEqual(['assessed', 'not-applicable', 'assessed', 'missing', 'assessed', 'assessed']);

    const mean = rollup(small, [{ levels: levelsFrom(small, [3, 4, 3, 3, 3, 3]) }, { levels: levelsFrom(small, [4, 4, 3, 3, 2, 3]) }]).consolidated;
    const fractional = readResult(small, mean, issues);
    expect(issues).toEqual([]);
    expect(fractional?.whole).toBe(false);
    expect(fractional?.levels.map((level) => (level === null ? null : toFractionString(level)))).toEqual(['7/2', '4', '3', '3', '5/2', '3']);
    expect(fractional?.statuses).toEqual(['assessed', 'assessed', 'assessed', 'assessed', 'assessed', 'assessed']);

    const minimum = score(small, { levels: { ...levelsFrom(small, [3, 3, 3, 3, 3, 3]), '4': 'na' } }, { allowNotApplicable: true, notApplicable: 'minimum' });
    expect(readResult(small, minimum, issues)?.statuses[3]).toBe('not-applicable-minimum');
    expect(issues).toEqual([]);
  });

  it('reads the exact values, the predikat and the display settings of the re-derived result', () => {
    const partial = score(small, { levels: { '3': 4, '4': 2, '5': 3, '6': 3 } }, { missing: 'partial', decimals: 3, rounding: 'halfEven' });
    const view = readResult(small, partial, []);
    expect(view?.result).toBe(partial);
    expect(view?.catalogue).toBe(small);
    expect(view?.whole).toBe(true);
    expect(view && toFractionString(view.index)).toBe(partial.index.exact);
    expect(view?.predicate.id).toBe(partial.index.predicate.id);
    expect(view?.groups.map((value) => (value === null ? null : toFractionString(value)))).toEqual(partial.groups.map((group) => group.exact));
    expect(view?.contributions.map(toFractionString)).toEqual(partial.indicators.map((indicator) => indicator.contribution.exact));
    expect(view?.display).toEqual({ decimals: 3, rounding: 'halfEven' });
    expect(view?.options).toBe(partial.meta.options);
  });

  it('refuses indicators in another order than the catalogue\'s: a result lists them in catalogue order', () => {
    const reversed = { ...good, indicators: [...good.indicators].reverse() };
    const issues: Issue[] = [];
    expect(readResult(small, reversed, issues)).toBeUndefined();
    expect(issues.map((issue) => issue.code)).toEqual(expect.arrayContaining(['result.inconsistent']));
    expect(issues[0]?.path).toEqual(['indicators', 0, 'id']);
  });

  it('refuses a not-applicable indicator counted at the minimum whose level is not the minimum', () => {
    const minimum = score(small, { levels: { ...levelsFrom(small, [3, 3, 3, 3, 3, 3]), '4': 'na' } }, { allowNotApplicable: true, notApplicable: 'minimum' });
    const raised = edit(minimum, ['indicators', 3, 'level'], 2);
    const issues: Issue[] = [];
    expect(readResult(small, raised, issues)).toBeUndefined();
    expect(issues).toEqual([
      { code: 'analysis.result_invalid', path: ['indicators', 3, 'level'], message: { id: 'Tingkat indikator 4 dalam hasil tidak sah.', en: 'The level of indicator 4 in the result is not valid.' }, received: '2' },
    ]);
  });

  it('refuses an indicator listed twice, at its second place', () => {
    const twice = { ...good, indicators: [...good.indicators.slice(0, 5), good.indicators[0]!] };
    const issues: Issue[] = [];
    expect(readResult(small, twice, issues)).toBeUndefined();
    expect(issues).toEqual([
      { code: 'analysis.result_invalid', path: ['indicators', 5], message: { id: 'Indikator ke-6 dalam hasil tidak dikenali.', en: 'Indicator entry 6 of the result is not recognised.' } },
    ]);
  });

  it('reports a result that cannot be read as plain data, never throws', () => {
    const hostile = new Proxy(good, { get: () => { throw new Error('boom'); } });
    const issues: Issue[] = [];
    expect(readResult(small, hostile, issues, ['x'])).toBeUndefined();
    expect(issues).toEqual([{ code: 'analysis.result_invalid', path: ['x'], message: { id: 'Hasil penilaian tidak dapat dibaca sebagai data biasa.', en: 'The score result could not be read as plain data.' } }]);
  });

  it('adds checkShape issues under its path and returns nothing', () => {
    const issues: Issue[] = [];
    expect(readResult(small, edit(good, ['index', 'exact'], 'x'), issues, ['units', 1])).toBeUndefined();
    expect(issues).toEqual([badValue(['units', 1, 'index', 'exact'], '"x"')]);
    const plain: Issue[] = [];
    readResult(small, edit(good, ['index', 'exact'], 'x'), plain);
    expect(plain).toEqual([badValue(['index', 'exact'], '"x"')]);
  });

  it('refuses a result of another catalogue at meta.catalogue', () => {
    const other = score(permenpanrb592020, { levels: Object.fromEntries(permenpanrb592020.indicators.map((i) => [i.id, 3])) });
    const issues: Issue[] = [];
    expect(readResult(small, other, issues)).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'analysis.catalogue_mismatch', path: ['meta', 'catalogue'], expected: small.checksum, received: JSON.stringify(`${other.meta.catalogue.checksum.slice(0, 40)}…`) });
    expect(issues[0]?.message.en).toContain(`computed with catalogue permenpanrb-59-2020 (${other.meta.catalogue.checksum.slice(0, 15)}…), not with the given catalogue small-test`);
    const prefixed: Issue[] = [];
    readResult(small, other, prefixed, ['before']);
    expect(prefixed[0]?.path).toEqual(['before', 'meta', 'catalogue']);
  });

  it('reports an entry whose id the catalogue does not know, by its place in the list', () => {
    const unknown = edit(good, ['indicators', 2, 'id'], '99');
    const issues: Issue[] = [];
    expect(readResult(small, unknown, issues, ['r'])).toBeUndefined();
    // Only the unrecognised entry: the then-missing indicator 3 is not reported on top of it.
    expect(issues).toEqual([
      { code: 'analysis.result_invalid', path: ['r', 'indicators', 2], message: { id: 'Indikator ke-3 dalam hasil tidak dikenali.', en: 'Indicator entry 3 of the result is not recognised.' } },
    ]);
  });

  it('reports a level that contradicts its status', () => {
    const missingWithLevel = edit(good, ['indicators', 1, 'status'], 'missing');
    const issues: Issue[] = [];
    expect(readResult(small, missingWithLevel, issues)).toBeUndefined();
    expect(issues).toEqual([
      { code: 'analysis.result_invalid', path: ['indicators', 1, 'level'], message: { id: 'Tingkat indikator 2 dalam hasil tidak sah.', en: 'The level of indicator 2 in the result is not valid.' }, received: '3' },
    ]);
    const assessedWithout = edit(good, ['indicators', 4, 'level'], null);
    const more: Issue[] = [];
    expect(readResult(small, assessedWithout, more, ['x'])).toBeUndefined();
    expect(more).toEqual([
      { code: 'analysis.result_invalid', path: ['x', 'indicators', 4, 'level'], message: { id: 'Tingkat indikator 5 dalam hasil tidak sah.', en: 'The level of indicator 5 in the result is not valid.' }, received: 'null' },
    ]);
    const minimumWithout = edit(edit(good, ['indicators', 0, 'status'], 'not-applicable-minimum'), ['indicators', 0, 'level'], null);
    const again: Issue[] = [];
    expect(readResult(small, minimumWithout, again)).toBeUndefined();
    expect(again.map((issue) => issue.path)).toEqual([['indicators', 0, 'level']]);
  });

  it('reports every indicator the result leaves out', () => {
    const short = { ...good, indicators: good.indicators.filter((i) => i.id !== '1' && i.id !== '6') };
    const issues: Issue[] = [{ code: 'options.unknown', path: [], message: { id: 'a', en: 'a' } }];
    expect(readResult(small, short, issues, ['p'])).toBeUndefined();
    expect(issues.slice(1)).toEqual([
      { code: 'analysis.result_invalid', path: ['p', 'indicators'], message: { id: 'Indikator 1 tidak ada dalam hasil.', en: 'Indicator 1 is not in the result.' } },
      { code: 'analysis.result_invalid', path: ['p', 'indicators'], message: { id: 'Indikator 6 tidak ada dalam hasil.', en: 'Indicator 6 is not in the result.' } },
    ]);
  });
});

