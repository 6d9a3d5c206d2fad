import { describe, expect, it } from 'vitest';
import { checkResult } from '../../src/analysis/check-result.js';
import { leverage, safeLeverage } from '../../src/analysis/leverage.js';
import { margin, safeMargin } from '../../src/analysis/margin.js';
import { readResultLevels } from '../../src/analysis/result-levels.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { toFractionString } from '../../src/arithmetic/rational.js';
import { ROUNDING_MODES } from '../../src/arithmetic/rounding.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { SpbeError, type Issue, type PathSegment } from '../../src/model/issue.js';
import type { ScoreResult } from '../../src/model/result.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom } from '../helpers/assessments.js';
import { small } from './small-catalogue.js';

const good = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });

/** A deep copy of `result` with the value at `path` replaced (or deleted, for `undefined`). */
function edit(result: unknown, path: readonly PathSegment[], value: unknown): ScoreResult {
  const copy = structuredClone(result) as Record<PathSegment, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<PathSegment, unknown>;
  const last = path[path.length - 1] as PathSegment;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as unknown as ScoreResult;
}

/** The one issue checkResult gives for a bad value at `at`. */
function badValue(at: readonly PathSegment[], received: string): Issue {
  const shown = at.join('.');
  return {
    code: 'analysis.result_invalid',
    path: [...at],
    message: { id: `Nilai "${shown}" dalam hasil tidak sah.`, en: `The value "${shown}" in the result is not valid.` },
    received,
  };
}

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

// Every field checkResult reads, with values it must refuse (and how `received` describes them).
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

describe('checkResult', () => {
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
    for (const result of results) expect(checkResult(result)).toEqual([]);
    // Weights may be written as fractions too.
    expect(checkResult(edit(edit(good, ['groups', 1, 'weight'], '25/2'), ['indicators', 2, 'weight'], '-1/8'))).toEqual([]);
  });

  it.each(BAD_FIELDS)('reports exactly one issue for %j = %j', (path, value, received) => {
    expect(checkResult(edit(good, path, value))).toEqual([badValue(path, received)]);
    // Under a prefix the path and both messages carry it.
    expect(checkResult(edit(good, path, value), ['after'])).toEqual([badValue(['after', ...path], received)]);
  });

  it.each(NOT_OBJECTS)('reports exactly one issue when %j is %j instead of an object', (path, value, received) => {
    expect(checkResult(edit(good, path, value))).toEqual([notAnObject(path, received)]);
    expect(checkResult(edit(good, path, value), ['before'])).toEqual([notAnObject(['before', ...path], received)]);
  });

  it('reports lists that are not lists', () => {
    expect(checkResult(edit(good, ['groups'], { D1: {} }))).toEqual([notAList(['groups'], 'object')]);
    expect(checkResult(edit(good, ['indicators'], 'all'), ['x', 0])).toEqual([notAList(['x', 0, 'indicators'], '"all"')]);
  });

  it('reports one issue per bad field, each at its own path', () => {
    const broken = edit(edit(edit(good, ['index', 'exact'], 'x'), ['groups', 0, 'tier'], 1), ['indicators', 5, 'status'], 'x');
    expect(checkResult(broken).map((issue) => issue.path)).toEqual([
      ['index', 'exact'],
      ['groups', 0, 'tier'],
      ['indicators', 5, 'status'],
    ]);
  });

  it('refuses a result that is not an object at all, with one issue', () => {
    for (const [value, received] of [[null, 'null'], [[good], 'array'], [3, '3'], ['{}', '"{}"']] as const) {
      const issue = { code: 'analysis.result_invalid', message: { id: 'Hasil penilaian harus berupa objek.', en: 'The score result must be an object.' }, received };
      expect(checkResult(value)).toEqual([{ ...issue, path: [] }]);
      expect(checkResult(value, ['units', 2])).toEqual([{ ...issue, path: ['units', 2] }]);
    }
  });
});

describe('readResultLevels', () => {
  it('reads integer, fractional and null levels with their statuses, by catalogue position', () => {
    const na = score(small, { levels: { '1': 2, '2': 'na', '3': 4, '5': 5, '6': 1 } }, { missing: 'partial', allowNotApplicable: true });
    const issues: Issue[] = [];
    const read = readResultLevels(na, small, issues);
    expect(issues).toEqual([]);
    expect(read?.levels.map((level) => (level === null ? null : toFractionString(level)))).toEqual(['2', null, '4', null, '5', '1']);
    expect(read?.statuses).toEqual(['assessed', 'not-applicable', 'assessed', 'missing', 'assessed', 'assessed']);

    const mean = rollup(small, [{ levels: levelsFrom(small, [3, 4, 3, 3, 3, 3]) }, { levels: levelsFrom(small, [4, 4, 3, 3, 2, 3]) }]).consolidated;
    const reversed = { ...mean, indicators: [...mean.indicators].reverse() };
    const fractional = readResultLevels(reversed, small, issues);
    expect(issues).toEqual([]);
    expect(fractional?.levels.map((level) => (level === null ? null : toFractionString(level)))).toEqual(['7/2', '4', '3', '3', '5/2', '3']);
    expect(fractional?.statuses).toEqual(['assessed', 'assessed', 'assessed', 'assessed', 'assessed', 'assessed']);

    const minimum = score(small, { levels: { ...levelsFrom(small, [3, 3, 3, 3, 3, 3]), '4': 'na' } }, { allowNotApplicable: true, notApplicable: 'minimum' });
    expect(readResultLevels(minimum, small, issues)?.statuses[3]).toBe('not-applicable-minimum');
    expect(issues).toEqual([]);
  });

  it('adds checkResult issues under its path and returns nothing', () => {
    const issues: Issue[] = [];
    expect(readResultLevels(edit(good, ['index', 'exact'], 'x'), small, issues, ['units', 1])).toBeUndefined();
    expect(issues).toEqual([badValue(['units', 1, 'index', 'exact'], '"x"')]);
    const plain: Issue[] = [];
    readResultLevels(edit(good, ['index', 'exact'], 'x'), small, plain);
    expect(plain).toEqual([badValue(['index', 'exact'], '"x"')]);
  });

  it('refuses a result of another catalogue at meta.catalogue', () => {
    const other = score(permenpanrb592020, { levels: Object.fromEntries(permenpanrb592020.indicators.map((i) => [i.id, 3])) });
    const issues: Issue[] = [];
    expect(readResultLevels(other, small, issues)).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'analysis.catalogue_mismatch', path: ['meta', 'catalogue'], expected: small.checksum, received: JSON.stringify(`${other.meta.catalogue.checksum.slice(0, 40)}…`) });
    expect(issues[0]?.message.en).toContain(`computed with catalogue permenpanrb-59-2020 (${other.meta.catalogue.checksum.slice(0, 15)}…), not with the given catalogue small-test`);
    const prefixed: Issue[] = [];
    readResultLevels(other, small, prefixed, ['before']);
    expect(prefixed[0]?.path).toEqual(['before', 'meta', 'catalogue']);
  });

  it('reports an entry whose id the catalogue does not know, by its place in the list', () => {
    const unknown = edit(good, ['indicators', 2, 'id'], '99');
    const issues: Issue[] = [];
    expect(readResultLevels(unknown, small, issues, ['r'])).toBeUndefined();
    // Only the unrecognised entry: the then-missing indicator 3 is not reported on top of it.
    expect(issues).toEqual([
      { code: 'analysis.result_invalid', path: ['r', 'indicators', 2], message: { id: 'Indikator ke-3 dalam hasil tidak dikenali.', en: 'Indicator entry 3 of the result is not recognised.' } },
    ]);
  });

  it('reports a level that contradicts its status', () => {
    const missingWithLevel = edit(good, ['indicators', 1, 'status'], 'missing');
    const issues: Issue[] = [];
    expect(readResultLevels(missingWithLevel, small, issues)).toBeUndefined();
    expect(issues).toEqual([
      { code: 'analysis.result_invalid', path: ['indicators', 1, 'level'], message: { id: 'Tingkat indikator 2 dalam hasil tidak sah.', en: 'The level of indicator 2 in the result is not valid.' }, received: '3' },
    ]);
    const assessedWithout = edit(good, ['indicators', 4, 'level'], null);
    const more: Issue[] = [];
    expect(readResultLevels(assessedWithout, small, more, ['x'])).toBeUndefined();
    expect(more).toEqual([
      { code: 'analysis.result_invalid', path: ['x', 'indicators', 4, 'level'], message: { id: 'Tingkat indikator 5 dalam hasil tidak sah.', en: 'The level of indicator 5 in the result is not valid.' }, received: 'null' },
    ]);
    const minimumWithout = edit(edit(good, ['indicators', 0, 'status'], 'not-applicable-minimum'), ['indicators', 0, 'level'], null);
    const again: Issue[] = [];
    expect(readResultLevels(minimumWithout, small, again)).toBeUndefined();
    expect(again.map((issue) => issue.path)).toEqual([['indicators', 0, 'level']]);
  });

  it('reports every indicator the result leaves out', () => {
    const short = { ...good, indicators: good.indicators.filter((i) => i.id !== '1' && i.id !== '6') };
    const issues: Issue[] = [{ code: 'options.unknown', path: [], message: { id: 'a', en: 'a' } }];
    expect(readResultLevels(short, small, issues, ['p'])).toBeUndefined();
    expect(issues.slice(1)).toEqual([
      { code: 'analysis.result_invalid', path: ['p', 'indicators'], message: { id: 'Indikator 1 tidak ada dalam hasil.', en: 'Indicator 1 is not in the result.' } },
      { code: 'analysis.result_invalid', path: ['p', 'indicators'], message: { id: 'Indikator 6 tidak ada dalam hasil.', en: 'Indicator 6 is not in the result.' } },
    ]);
  });
});

type Demoted = { count: number; drops: { indicator: string; from: number | string; to: number | string; loss: { exact: string } }[]; resulting: { exact: string; predicate: { id: string } } } | null;
/** A margin entry in short: id, tier, exact, band, the bounds with exact distances, and the demotion. */
function brief(entry: ReturnType<typeof margin>['index']) {
  const demotion = entry.demotion as Demoted;
  return {
    id: entry.id,
    tier: entry.tier,
    exact: entry.exact,
    band: entry.predicate.id,
    above: entry.above && [entry.above.predicate.id, entry.above.bound, entry.above.distance.exact],
    below: entry.below && [entry.below.predicate.id, entry.below.bound, entry.below.distance.exact],
    demotion: demotion && [demotion.count, demotion.drops.map((d) => [d.indicator, d.from, d.to, d.loss.exact]), demotion.resulting.exact, demotion.resulting.predicate.id],
  };
}

describe('margin (pins)', () => {
  it('gives every group its bounds and its fewest demoting drops, drawn only from its own droppable indicators', () => {
    // Units: 1:5, 2:10, 3:12.5, 4:12.5 (D1 = A1 15 + A2 25), 5:35, 6:25 (D2 = A3 60).
    const result = score(small, { levels: levelsFrom(small, [5, 1, 3, 3, 4, 2]) });
    const { index, groups } = margin(result);
    // Index 300/100 = 3 (Baik, room 0.4): dropping 5 loses 0.35, then 6 another 0.25; 2 (share 0.1) is at the scale minimum.
    expect(brief(index)).toEqual({ id: 'index', tier: 'index', exact: '3', band: 'baik', above: ['sangat-baik', '3.5', '1/2'], below: ['cukup', '2.6', '2/5'], demotion: [2, [['5', 4, 3, '7/20'], ['6', 2, 1, '1/4']], '12/5', 'cukup'] });
    expect(groups.map(brief)).toEqual([
      // D1 = (25 + 10 + 37.5 + 37.5) / 40 = 11/4, 3/20 above 2.6; 3 has D1 share 12.5/40 = 5/16.
      { id: 'D1', tier: 'domain', exact: '11/4', band: 'baik', above: ['sangat-baik', '3.5', '3/4'], below: ['cukup', '2.6', '3/20'], demotion: [1, [['3', 3, 2, '5/16']], '39/16', 'cukup'] },
      // A1 = (25 + 10) / 15 = 7/3, 8/15 above 1.8: only 1 can drop (share 1/3), not enough; 2 (share 2/3) is at level 1.
      { id: 'A1', tier: 'aspect', exact: '7/3', band: 'cukup', above: ['baik', '2.6', '4/15'], below: ['kurang', '1.8', '8/15'], demotion: null },
      { id: 'A2', tier: 'aspect', exact: '3', band: 'baik', above: ['sangat-baik', '3.5', '1/2'], below: ['cukup', '2.6', '2/5'], demotion: [1, [['3', 3, 2, '1/2']], '5/2', 'cukup'] },
      // D2 = A3 = (140 + 50) / 60 = 19/6, 17/30 above 2.6; 5 has share 35/60 = 7/12.
      { id: 'D2', tier: 'domain', exact: '19/6', band: 'baik', above: ['sangat-baik', '3.5', '1/3'], below: ['cukup', '2.6', '17/30'], demotion: [1, [['5', 4, 3, '7/12']], '31/12', 'cukup'] },
      { id: 'A3', tier: 'aspect', exact: '19/6', band: 'baik', above: ['sangat-baik', '3.5', '1/3'], below: ['cukup', '2.6', '17/30'], demotion: [1, [['5', 4, 3, '7/12']], '31/12', 'cukup'] },
    ]);
    expect(groups.map((g) => [g.value, g.below?.distance.value, g.demotion?.resulting.value ?? null])).toEqual([
      ['2.75', '0.15', '2.44'],
      ['2.33', '0.53', null],
      ['3.00', '0.40', '2.50'],
      ['3.17', '0.57', '2.58'],
      ['3.17', '0.57', '2.58'],
    ]);
  });

  it('drops tied indicators in catalogue order', () => {
    // D1 at 3: 3 and 4 both have share 5/16; two drops lose 5/8 > 2/5.
    const { groups } = margin(good, small);
    expect(brief(groups[0]!).demotion).toEqual([2, [['3', 3, 2, '5/16'], ['4', 3, 2, '5/16']], '19/8', 'cukup']);
  });

  it('reads fractional levels and drops them by one level', () => {
    const mean = rollup(small, [{ levels: levelsFrom(small, [3, 4, 3, 3, 4, 3]) }, { levels: levelsFrom(small, [4, 4, 3, 3, 5, 3]) }]).consolidated;
    // (17.5 + 40 + 37.5 + 37.5 + 157.5 + 75) / 100 = 73/20, 3/20 above 3.5; 5 at 9/2 has share 7/20.
    expect(brief(margin(mean, small).index)).toEqual({ id: 'index', tier: 'index', exact: '73/20', band: 'sangat-baik', above: ['memuaskan', '4.2', '11/20'], below: ['baik', '3.5', '3/20'], demotion: [1, [['5', '9/2', '7/2', '7/20']], '33/10', 'baik'] });
  });

  it('never demotes a value in the lowest band, even one below the band floor (level 0 allowed)', () => {
    const zeros = score(small, { levels: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 2, '6': 1 } }, { allowZero: true });
    expect(zeros.index.exact).toBe('19/20');
    expect(brief(margin(zeros, small).index)).toEqual({ id: 'index', tier: 'index', exact: '19/20', band: 'kurang', above: ['cukup', '1.8', '17/20'], below: null, demotion: null });
  });

  it('does not drop not-applicable indicators counted at the minimum, whatever level the result records', () => {
    // An edited result: indicator 5 (share 0.35) is marked not-applicable-minimum but keeps level 3.
    const edited = edit(good, ['indicators', 4, 'status'], 'not-applicable-minimum');
    // Without 5, the index (room 0.4) needs 6 (0.25), 3 (0.125) and 4 (0.125).
    expect(brief(margin(edited, small).index).demotion).toEqual([3, [['6', 3, 2, '1/4'], ['3', 3, 2, '1/8'], ['4', 3, 2, '1/8']], '5/2', 'cukup']);
  });

  it('lists only groups with both a value and an exact value', () => {
    const partial = score(small, { levels: { '3': 4, '4': 2, '5': 3, '6': 3 } }, { missing: 'partial' });
    expect(margin(partial, small).groups.map((g) => g.id)).toEqual(['D1', 'A2', 'D2', 'A3']);
    const halfNull = edit(edit(good, ['groups', 1, 'exact'], null), ['groups', 2, 'value'], null);
    expect(margin(halfNull, small).groups.map((g) => g.id)).toEqual(['D1', 'D2', 'A3']);
  });

  it('returns exactly the issues of a bad result, and margin throws them', () => {
    const bad = edit(good, ['index', 'exact'], 'x');
    expect(safeMargin(bad, small)).toEqual({ success: false, issues: [badValue(['index', 'exact'], '"x"')] });
    expect(() => margin(bad, small)).toThrow(SpbeError);
    expect(() => margin(bad, small)).toThrow('The value "index.exact" in the result is not valid.');
  });
});

describe('leverage (pins)', () => {
  it('skips indicators counted at the minimum, gives zero gains at the top of the scale, and orders by one-level gain', () => {
    const result = score(small, { levels: { ...levelsFrom(small, [3, 5, 3, 4, 2, 3]), '3': 'na' } }, { allowNotApplicable: true, notApplicable: 'minimum' });
    expect(result.indicators[2]).toMatchObject({ status: 'not-applicable-minimum', level: 1 });
    const list = leverage(result, small);
    // Index shares are units / 100: 5 → 7/20 (3 levels to go), 6 → 1/4 (2), 4 → 1/8 (1), 1 → 1/20 (2), 2 → 1/10 (0).
    expect(list.map((entry) => [entry.indicator, entry.level, entry.max, entry.index.oneLevel.exact, entry.index.toTop.exact])).toEqual([
      ['5', 2, 5, '7/20', '21/20'],
      ['6', 3, 5, '1/4', '1/2'],
      ['4', 4, 5, '1/8', '1/8'],
      ['1', 3, 5, '1/20', '1/10'],
      ['2', 5, 5, '0', '0'],
    ]);
    expect(list[0]?.index).toEqual({ oneLevel: { exact: '7/20', value: '+0.3500' }, toTop: { exact: '21/20', value: '+1.0500' } });
    expect(list[0]?.label).toEqual({ id: 'Indikator 5', en: 'Indicator 5' });
    expect(list[0]?.groups).toEqual([
      { id: 'D2', tier: 'domain', oneLevel: { exact: '7/12', value: '+0.5833' }, toTop: { exact: '7/4', value: '+1.7500' } },
      { id: 'A3', tier: 'aspect', oneLevel: { exact: '7/12', value: '+0.5833' }, toTop: { exact: '7/4', value: '+1.7500' } },
    ]);
    // At the top: no gain, shown without a sign.
    expect(list[4]?.index).toEqual({ oneLevel: { exact: '0', value: '0.0000' }, toTop: { exact: '0', value: '0.0000' } });
  });

  it('gives fractional levels as fractions and at most the room left as one level', () => {
    const mean = rollup(small, [{ levels: levelsFrom(small, [3, 4, 3, 3, 4, 3]) }, { levels: levelsFrom(small, [4, 4, 3, 3, 5, 3]) }]).consolidated;
    const list = leverage(mean, small);
    expect(list.map((entry) => [entry.indicator, entry.level, entry.index.oneLevel.exact, entry.index.toTop.exact])).toEqual([
      ['6', 3, '1/4', '1/2'],
      // 9/2 is half a level from the top: one "level" gains half a level's worth, 7/20 × 1/2.
      ['5', '9/2', '7/40', '7/40'],
      ['3', 3, '1/8', '1/4'],
      ['4', 3, '1/8', '1/4'],
      ['2', 4, '1/10', '1/10'],
      ['1', '7/2', '1/20', '3/40'],
    ]);
  });

  it('returns exactly the issues of a bad result, and leverage throws them', () => {
    const bad = edit(good, ['indicators', 0, 'level'], 'x');
    expect(safeLeverage(bad, small)).toEqual({ success: false, issues: [badValue(['indicators', 0, 'level'], '"x"')] });
    expect(() => leverage(bad, small)).toThrow(SpbeError);
    expect(() => leverage(bad)).toThrow('The value "indicators.0.level" in the result is not valid.');
  });
});
