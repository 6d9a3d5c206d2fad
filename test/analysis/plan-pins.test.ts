import { describe, expect, it } from 'vitest';
import { formatExactDecimal } from '../../src/arithmetic/decimal-string.js';
import { rational, toFractionString } from '../../src/arithmetic/rational.js';
import { frontier, safeFrontier } from '../../src/analysis/plan/frontier.js';
import { plan, safePlan } from '../../src/analysis/plan/plan.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { compileCatalogue } from '../../src/catalogue/compile.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { SpbeError, unwrap, type Issue, type SafeResult } from '../../src/model/issue.js';
import type { ScoreResult } from '../../src/model/result.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom, uniformLevels } from '../helpers/assessments.js';
import { combinations, small, smallDefinition } from '../helpers/small-catalogue.js';

/*
 * Pins of plan / frontier behaviour that the broader tests in plan.test.ts and frontier.test.ts
 * leave loose: every validation issue with its code, path and both messages, the unreachable
 * reasons with their `best` figures, the planner's size limit, deterministic tie-breaking, and a
 * deterministic (seeded, not fast-check) brute-force comparison on the small catalogue.
 *
 * Small catalogue: units per indicator [2, 4, 5, 5, 14, 10] (total 40); groups A1 = 1–2 (6 units),
 * A2 = 3–4 (10), A3 = 5–6 (24), D1 = 1–4 (16), D2 = 5–6 (24); predikat lower bounds 4.2
 * (memuaskan), 3.5, 2.6, 1.8, 1.
 */

const UNITS = [2, 4, 5, 5, 14, 10];
const GROUPS: Record<string, { from: number; to: number; units: number }> = {
  D1: { from: 0, to: 4, units: 16 },
  A1: { from: 0, to: 2, units: 6 },
  A2: { from: 2, to: 4, units: 10 },
  D2: { from: 4, to: 6, units: 24 },
  A3: { from: 4, to: 6, units: 24 },
};

const at = (levels: readonly number[]): ScoreResult => score(small, { levels: levelsFrom(small, levels) });
const threes = at([3, 3, 3, 3, 3, 3]);

function issuesOf(outcome: SafeResult<unknown>): readonly Issue[] {
  if (outcome.success) throw new Error('expected issues, got a result');
  return outcome.issues;
}

/** A result read back from JSON with one indicator's level edited. */
function edited(result: ScoreResult, edits: Record<number, unknown>): ScoreResult {
  const copy = JSON.parse(JSON.stringify(result)) as { indicators: { level: unknown }[] };
  for (const [k, level] of Object.entries(edits)) (copy.indicators[Number(k)] as { level: unknown }).level = level;
  return copy as unknown as ScoreResult;
}

const COST_MESSAGE = {
  id: 'Biaya harus bilangan tidak negatif (angka atau teks desimal), satu nilai atau satu per langkah tingkat.',
  en: 'A cost must be a non-negative number (a number or a decimal string): one value, or one per level step.',
};
const LEVEL_MESSAGE = { id: 'Tingkat harus bilangan bulat 1–5.', en: 'A level must be a whole number 1–5.' };
const TARGET_MESSAGE = {
  id: 'Target harus berupa bilangan desimal (angka atau teks, misalnya "3.5").',
  en: 'A target must be a decimal number (a number or a string such as "3.5").',
};
const OPTION_KEYS = 'defaultCost, costs, maxLevel, caps, locked, minimumLevel, minimums';

const costIssue = (path: (string | number)[], received: string) => ({ code: 'plan.cost_invalid', path, message: COST_MESSAGE, expected: 'cost | cost[4]', received });
const levelIssue = (path: (string | number)[], received: string) => ({ code: 'plan.level_invalid', path, message: LEVEL_MESSAGE, expected: '1..5', received });
const unknownIndicator = (path: (string | number)[], shown: string, received: string) => ({
  code: 'plan.unknown_indicator',
  path,
  message: { id: `Indikator "${shown}" tidak ada dalam katalog small-test.`, en: `Indicator "${shown}" is not in catalogue small-test.` },
  received,
});
const notAnObject = (key: string, received: string) => ({
  code: 'analysis.option_invalid',
  path: [key],
  message: { id: `Opsi "${key}" harus berupa objek per id indikator.`, en: `The option "${key}" must be an object by indicator id.` },
  received,
});

describe('plan options: each wrong value has its own issue', () => {
  it('options that are not an object', () => {
    for (const [options, received] of [
      [null, 'null'],
      [3, '3'],
      [[], 'array'],
    ] as const) {
      expect(issuesOf(safePlan(threes, small, { index: '3' }, options as never))).toEqual([
        { code: 'analysis.option_invalid', path: [], message: { id: 'Opsi harus berupa objek.', en: 'The options must be an object.' }, received },
      ]);
    }
  });

  it('an unknown option key, listing the known ones', () => {
    expect(issuesOf(safePlan(threes, small, { index: '3' }, { budget: 3 } as never))).toEqual([
      {
        code: 'options.unknown',
        path: ['budget'],
        message: { id: 'Opsi "budget" tidak dikenal.', en: 'Unknown option "budget".' },
        expected: OPTION_KEYS.split(', ').join(' | '),
        received: '"budget"',
      },
    ]);
    // A close key gets a "did you mean"; inherited keys are not options.
    expect(issuesOf(safePlan(threes, small, { index: '3' }, { maxLevle: 4 } as never))[0]?.message.en).toBe('Unknown option "maxLevle"; did you mean "maxLevel"?');
    const inherited = Object.create({ maxLevel: 'not a level' }) as object;
    expect(safePlan(threes, small, { index: '3' }, inherited).success).toBe(true);
  });

  it('a target outside the catalogue\'s value range', () => {
    const outside = (path: (string | number)[], received: string) => ({
      code: 'plan.target_invalid',
      path,
      message: { id: 'Target harus berada dalam rentang nilai katalog 1–5.', en: "A target must be within the catalogue's value range 1–5." },
      expected: '1..5',
      received,
    });
    expect(issuesOf(safePlan(threes, small, { index: '5.01', groups: { A1: 0.5 } }))).toEqual([outside(['index'], '"5.01"'), outside(['groups', 'A1'], '0.5')]);
    expect(issuesOf(safeFrontier(threes, small, { groups: { D1: '6' } }))).toEqual([outside(['groups', 'D1'], '"6"')]);
  });

  it('per-indicator options that are not objects, and a locked that is not a list', () => {
    const options = { caps: null, costs: 3, minimums: [], locked: 'x' };
    expect(issuesOf(safePlan(threes, small, { index: '3' }, options as never))).toEqual([
      notAnObject('costs', '3'),
      notAnObject('caps', 'null'),
      notAnObject('minimums', 'array'),
      { code: 'analysis.option_invalid', path: ['locked'], message: { id: '"locked" harus daftar id indikator.', en: '"locked" must be a list of indicator ids.' }, received: '"x"' },
    ]);
  });

  it('unknown indicator ids, by key for records and by position for locked (a number is not an id)', () => {
    const options = { caps: { '99': 3 }, costs: { '98': 1 }, minimums: { '97': 2 }, locked: ['96', 5] };
    expect(issuesOf(safePlan(threes, small, { index: '3' }, options as never))).toEqual([
      unknownIndicator(['costs', '98'], '98', '"98"'),
      unknownIndicator(['caps', '99'], '99', '"99"'),
      unknownIndicator(['minimums', '97'], '97', '"97"'),
      unknownIndicator(['locked', 0], '96', '"96"'),
      unknownIndicator(['locked', 1], '5', '5'),
    ]);
  });

  it('levels outside the scale or not whole numbers', () => {
    const options = { maxLevel: 0, minimumLevel: 2.5, caps: { '1': 6 }, minimums: { '2': '3' } };
    expect(issuesOf(safePlan(threes, small, { index: '3' }, options as never))).toEqual([
      levelIssue(['maxLevel'], '0'),
      levelIssue(['minimumLevel'], '2.5'),
      levelIssue(['caps', '1'], '6'),
      levelIssue(['minimums', '2'], '"3"'),
    ]);
    expect(issuesOf(safePlan(threes, small, {}, { maxLevel: 6, minimumLevel: 0, caps: { '3': 0 } }))).toEqual([
      levelIssue(['maxLevel'], '6'),
      levelIssue(['minimumLevel'], '0'),
      levelIssue(['caps', '3'], '0'),
    ]);
  });

  it('bad costs: negative, not a number, wrong step count; a bad default is reported once', () => {
    const options = { costs: { '1': -1, '2': [1, 'x', 2, 3], '3': [1, 2], '4': {} }, defaultCost: 'abc' };
    expect(issuesOf(safePlan(threes, small, { index: '3' }, options as never))).toEqual([
      costIssue(['costs', '1'], '-1'),
      costIssue(['costs', '2', 1], '"x"'),
      costIssue(['costs', '3'], 'array'),
      costIssue(['costs', '4'], 'object'),
      costIssue(['defaultCost'], '"abc"'),
    ]);
  });

  it('an indicator whose id is free text is locked only when listed', () => {
    const spaced = unwrap(
      compileCatalogue({
        ...smallDefinition,
        id: 'spaced-ids',
        groups: [
          {
            id: 'A1',
            tier: 'aspect',
            name: { id: 'A1', en: 'A1' },
            weight: '100',
            indicators: [
              { id: 'Stryker was here', number: 1, name: { id: 'a', en: 'a' }, scale: 'process', weight: '50' },
              { id: 'other', number: 2, name: { id: 'b', en: 'b' }, scale: 'process', weight: '50' },
            ],
          },
        ],
      }),
    );
    const result = score(spaced, { levels: { 'Stryker was here': 3, other: 5 } });
    expect(plan(result, spaced, { index: '5' }).raises.map((raise) => raise.indicator)).toEqual(['Stryker was here']);
    expect(plan(result, spaced, { index: '5' }, { locked: ['Stryker was here'] }).reachable).toBe(false);
  });
});

describe('plan: the result must be complete, whole and inside the scales', () => {
  it('refuses a not-applicable indicator that is excluded', () => {
    const result = score(small, { levels: { ...levelsFrom(small, [3, 3, 3, 3, 3, 3]), '2': 'na' } }, { allowNotApplicable: true });
    expect(result.indicators[1]?.status).toBe('not-applicable');
    expect(issuesOf(safePlan(result, small, {}))).toEqual([
      {
        code: 'analysis.result_incomplete',
        path: ['indicators'],
        message: {
          id: 'Perencanaan memerlukan hasil yang lengkap: setiap indikator harus memiliki tingkat.',
          en: 'Planning needs a complete result: every indicator must have a level.',
        },
      },
    ]);
  });

  it('plans from a fractional level: the first raise goes to the next whole level', () => {
    const city = rollup(small, [{ levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) }, { levels: levelsFrom(small, [3, 4, 3, 3, 3, 3]) }]).consolidated;
    const out = plan(city, small, { index: '3.35' });
    // 3.35 × 40 = 134 units; now 120 + 4 × 1/2 = 122: the one raise of +12 or more at cost 1 is indicator 5 (14 units).
    expect(out.raises).toEqual([expect.objectContaining({ indicator: '5', from: 3, to: 4, cost: '1' })]);
    const two = plan(city, small, { groups: { A1: '4' } }, { costs: { '1': 5 } });
    // A1 = (2 × 3 + 4 × 7/2) / 6 = 10/3; reaching 4 needs 4 more units. Indicator 2 from 7/2 to 5
    // gains 6 for 2 (the 3 → 4 step is paid whole from 7/2); anything with indicator 1 costs 5 or more.
    expect(two.raises.map((raise) => [raise.indicator, raise.from, raise.to, raise.cost, raise.gain.exact])).toEqual([['2', '7/2', 5, '2', '3/20']]);
    expect(two.result?.groups.find((group) => group.id === 'A1')?.exact).toBe('13/3');
  });

  const outside = (position: number, id: string) => ({
    code: 'analysis.result_invalid',
    path: ['indicators', position, 'level'],
    message: {
      id: `Tingkat indikator ${id} dalam hasil berada di luar skalanya: hasil telah diubah.`,
      en: `The level of indicator ${id} in the result is outside its scale: the result was edited.`,
    },
  });

  it('reports every level outside its scale (above the maximum, or 0 without allowZero)', () => {
    expect(issuesOf(safePlan(edited(threes, { 0: 6, 2: 0 }), small, {}))).toEqual([outside(0, '1'), outside(2, '3')]);
  });

  it('accepts 0 only under allowZero, and nothing below it', () => {
    const zero = score(small, { levels: levelsFrom(small, [0, 3, 3, 3, 3, 3]) }, { allowZero: true });
    expect(safePlan(zero, small, {}).success).toBe(true);
    expect(issuesOf(safePlan(edited(zero, { 0: -1 }), small, {}))).toEqual([outside(0, '1')]);
    expect(issuesOf(safePlan(edited(zero, { 0: 1, 3: 7 }), small, {}))).toEqual([outside(3, '4')]);
  });

  it('returns the issues of re-scoring an edited result whose options do not validate', () => {
    const copy = JSON.parse(JSON.stringify(threes)) as { meta: { options: Record<string, unknown> } };
    copy.meta.options.missing = 'bogus';
    const found = issuesOf(safePlan(copy as unknown as ScoreResult, small, { index: '3.5' }));
    expect(found.map((issue) => [issue.code, issue.path])).toEqual([['analysis.result_invalid', ['meta', 'options', 'missing']]]);
  });
});

describe('plan: costs summed exactly up to the safe-integer limit', () => {
  const ones = at([1, 3, 3, 3, 3, 3]);
  const tooLarge = {
    code: 'plan.costs_too_large',
    path: ['costs'],
    message: {
      id: 'Biaya terlalu besar atau terlalu banyak desimal untuk dihitung tepat.',
      en: 'The costs are too large or have too many decimals to be summed exactly.',
    },
  };

  it('accepts a total of exactly 2^53 − 1 and reports it exactly', () => {
    const out = plan(ones, small, {}, { defaultCost: 0, minimums: { '1': 2 }, costs: { '1': ['9007199254740991', 0, 0, 0] } });
    expect(out.totalCost).toBe('9007199254740991');
    expect(out.raises).toEqual([expect.objectContaining({ indicator: '1', from: 1, to: 2, cost: '9007199254740991', gain: { exact: '1/20', value: '+0.05' } })]);
  });

  it('counts the total at the cap once, not every option on the way', () => {
    // Options 1→1, 1→2, …, 1→5 all cost 3e15 beyond level 1: their sum passes 2^53, the cap's total does not.
    const out = plan(ones, small, { index: '5' }, { defaultCost: 0, costs: { '1': ['3000000000000000', 0, 0, 0] } });
    expect(out.totalCost).toBe('3000000000000000');
  });

  it('refuses a total of 2^53', () => {
    expect(issuesOf(safePlan(ones, small, {}, { defaultCost: 0, costs: { '1': ['9007199254740992', 0, 0, 0] } }))).toEqual([tooLarge]);
    // Levels already passed cost nothing: the same costs on an indicator at level 3 are fine.
    expect(safePlan(threes, small, {}, { defaultCost: 0, costs: { '1': ['9007199254740992', 0, 0, 0] } }).success).toBe(true);
  });
});

describe('plan targets: each wrong value has its own issue', () => {
  it('a target that is not an object', () => {
    for (const [target, received] of [
      [null, 'null'],
      ['x', '"x"'],
      [[], 'array'],
    ] as const) {
      expect(issuesOf(safePlan(threes, small, target as never))).toEqual([
        { code: 'plan.target_invalid', path: [], message: { id: 'Target harus berupa objek.', en: 'The target must be an object.' }, received },
      ]);
    }
  });

  it('an unknown key, a bad index, an unknown predikat', () => {
    expect(issuesOf(safePlan(threes, small, { goal: 3, index: 'x', predicate: 'nope' } as never))).toEqual([
      {
        code: 'plan.target_invalid',
        path: ['goal'],
        message: { id: 'Kunci target "goal" tidak dikenal (index, predicate, groups).', en: 'Unknown target key "goal" (index, predicate, groups).' },
        received: '"goal"',
      },
      { code: 'plan.target_invalid', path: ['index'], message: TARGET_MESSAGE, expected: 'decimal', received: '"x"' },
      {
        code: 'plan.unknown_predicate',
        path: ['predicate'],
        message: {
          id: 'Predikat "nope" tidak ada dalam katalog (memuaskan, sangat-baik, baik, cukup, kurang).',
          en: 'Predikat "nope" is not in the catalogue (memuaskan, sangat-baik, baik, cukup, kurang).',
        },
        expected: 'memuaskan | sangat-baik | baik | cukup | kurang',
        received: '"nope"',
      },
    ]);
  });

  it('groups that are not an object', () => {
    for (const [groups, received] of [
      ['x', '"x"'],
      [null, 'null'],
      [[], 'array'],
      [3, '3'],
    ] as const) {
      expect(issuesOf(safePlan(threes, small, { groups } as never))).toEqual([
        { code: 'plan.target_invalid', path: ['groups'], message: TARGET_MESSAGE, expected: 'decimal', received },
      ]);
    }
  });

  it('an unknown group, and a bad group value (an unknown group is reported as unknown only)', () => {
    expect(issuesOf(safePlan(threes, small, { groups: { Z: '1', A1: 'x', Q: 'y', A2: true } } as never))).toEqual([
      { code: 'plan.unknown_group', path: ['groups', 'Z'], message: { id: 'Kelompok "Z" tidak ada dalam katalog small-test.', en: 'Group "Z" is not in catalogue small-test.' }, received: '"Z"' },
      { code: 'plan.target_invalid', path: ['groups', 'A1'], message: TARGET_MESSAGE, expected: 'decimal', received: '"x"' },
      { code: 'plan.unknown_group', path: ['groups', 'Q'], message: { id: 'Kelompok "Q" tidak ada dalam katalog small-test.', en: 'Group "Q" is not in catalogue small-test.' }, received: '"Q"' },
      { code: 'plan.target_invalid', path: ['groups', 'A2'], message: TARGET_MESSAGE, expected: 'decimal', received: 'true' },
    ]);
  });

  it('target and option issues are reported together', () => {
    expect(issuesOf(safePlan(threes, small, { index: 'x' }, { maxLevel: 9 })).map((issue) => issue.code)).toEqual(['plan.target_invalid', 'plan.level_invalid']);
  });

  it('index and predikat combine: the higher minimum wins, whichever it is', () => {
    expect(plan(threes, small, { index: '3', predicate: 'sangat-baik' }).target.index).toEqual({ exact: '7/2', value: '3.50' });
    expect(plan(threes, small, { index: '4', predicate: 'sangat-baik' }).target.index).toEqual({ exact: '4', value: '4.00' });
    expect(plan(threes, small, { index: 3.5, predicate: 'sangat-baik' }).target.index).toEqual({ exact: '7/2', value: '3.50' });
    const out = plan(threes, small, { index: '3.2', predicate: 'sangat-baik' });
    // 3.5 × 40 = 140 units: +20 over 120. One step gains at most 14, two steps (5 and 6) gain 24: cost 2.
    expect(out.totalCost).toBe('2');
    expect(out.result?.index.predicate.id).toBe('sangat-baik');
  });

  it('reports the target it planned for: null index without one, and the group minimums', () => {
    const out = plan(threes, small, { groups: { A1: '3.5', D2: 4 } });
    expect(out.target).toEqual({ index: null, groups: { A1: { exact: '7/2', value: '3.50' }, D2: { exact: '4', value: '4.00' } } });
    expect(out.best).toEqual({ index: { exact: '5', value: '5.00' }, groups: { A1: { exact: '5', value: '5.00' }, D2: { exact: '5', value: '5.00' } } });
    expect(out.reasons).toEqual([]);
  });
});

describe('plan: unreachable targets', () => {
  it('gives the best figures and one reason per unreachable part, group before index', () => {
    const out = plan(at([1, 1, 1, 1, 1, 1]), small, { index: '4.2', groups: { A3: '3' } }, { maxLevel: 4, caps: { '5': 2 } });
    // Best: (2+4+5+5+10) × 4 + 14 × 2 = 132 units = 3.3; A3: (14 × 2 + 10 × 4) / 24 = 68/24 = 17/6.
    expect(out).toEqual({
      reachable: false,
      target: { index: { exact: '21/5', value: '4.20' }, groups: { A3: { exact: '3', value: '3.00' } } },
      best: { index: { exact: '33/10', value: '3.30' }, groups: { A3: { exact: '17/6', value: '2.83' } } },
      raises: [],
      totalCost: null,
      result: null,
      reasons: [
        {
          code: 'plan.group_unreachable',
          path: ['target', 'groups', 'A3'],
          message: {
            id: 'A3 paling tinggi mencapai 2.83 dengan batas dan kunci yang ada, di bawah target 3.00.',
            en: 'A3 can reach at most 2.83 under the caps and locks, below the target 3.00.',
          },
        },
        {
          code: 'plan.index_unreachable',
          path: ['target'],
          message: {
            id: 'Indeks paling tinggi mencapai 3.30 dengan batas dan kunci yang ada, di bawah target 4.20.',
            en: 'The index can reach at most 3.30 under the caps and locks, below the target 4.20.',
          },
        },
      ],
    });
  });

  it('names each minimum that a lock or a cap forbids, with the level it is held at', () => {
    const out = plan(at([2, 3, 3, 3, 3, 3]), small, {}, { minimumLevel: 3, locked: ['1'], minimums: { '2': 5 }, caps: { '2': 4 } });
    expect(out.reachable).toBe(false);
    expect(out.raises).toEqual([]);
    // Best: 2×2 + 4×4 + 5×(5+5+14+10) = 190 units.
    expect(out.best.index).toEqual({ exact: '19/4', value: '4.75' });
    expect(out.reasons).toEqual([
      {
        code: 'plan.minimum_unreachable',
        path: ['options', 'minimums', '1'],
        message: { id: 'Indikator 1 harus mencapai tingkat minimum, tetapi dibatasi pada 2 (batas atau kunci).', en: 'Indicator 1 must reach its minimum level but is held at 2 (cap or lock).' },
      },
      {
        code: 'plan.minimum_unreachable',
        path: ['options', 'minimums', '2'],
        message: { id: 'Indikator 2 harus mencapai tingkat minimum, tetapi dibatasi pada 4 (batas atau kunci).', en: 'Indicator 2 must reach its minimum level but is held at 4 (cap or lock).' },
      },
    ]);
  });

  it('reaches a target exactly at the best value (index and group)', () => {
    const out = plan(at([1, 1, 1, 1, 1, 1]), small, { index: '4', groups: { A1: '4' } }, { maxLevel: 4 });
    expect(out.reachable).toBe(true);
    expect(out.totalCost).toBe('18');
    expect(out.raises.map((raise) => [raise.indicator, raise.from, raise.to])).toEqual(UNITS.map((_, i) => [String(i + 1), 1, 4]));
    expect(out.result?.index.exact).toBe('4');
    const group = plan(at([1, 1, 3, 3, 3, 3]), small, { groups: { A1: '4' } }, { maxLevel: 4 });
    expect(group.reachable).toBe(true);
    expect(group.totalCost).toBe('6');
  });

  it('a target below the current values needs no raise', () => {
    const out = plan(threes, small, { index: '1', groups: { A3: '1' } });
    expect(out).toMatchObject({ reachable: true, raises: [], totalCost: '0', reasons: [] });
    expect(out.result?.index.exact).toBe('3');
  });
});

describe('plan: raises', () => {
  it('give exact costs and signed gains per raise, in catalogue order', () => {
    const out = plan(threes, small, { index: 5 }, { costs: { '5': [1, 1, '2.5', '0.25'] } });
    expect(out.raises).toEqual([
      { indicator: '1', label: { id: 'Indikator 1', en: 'Indicator 1' }, from: 3, to: 5, cost: '2', gain: { exact: '1/10', value: '+0.10' } },
      { indicator: '2', label: { id: 'Indikator 2', en: 'Indicator 2' }, from: 3, to: 5, cost: '2', gain: { exact: '1/5', value: '+0.20' } },
      { indicator: '3', label: { id: 'Indikator 3', en: 'Indicator 3' }, from: 3, to: 5, cost: '2', gain: { exact: '1/4', value: '+0.25' } },
      { indicator: '4', label: { id: 'Indikator 4', en: 'Indicator 4' }, from: 3, to: 5, cost: '2', gain: { exact: '1/4', value: '+0.25' } },
      { indicator: '5', label: { id: 'Indikator 5', en: 'Indicator 5' }, from: 3, to: 5, cost: '2.75', gain: { exact: '7/10', value: '+0.70' } },
      { indicator: '6', label: { id: 'Indikator 6', en: 'Indicator 6' }, from: 3, to: 5, cost: '2', gain: { exact: '1/2', value: '+0.50' } },
    ]);
    expect(out.totalCost).toBe('12.75');
    expect(out.reasons).toEqual([]);
  });

  it('take no raise that the target does not need, even a free one', () => {
    expect(plan(threes, small, {}, { defaultCost: 0 }).raises).toEqual([]);
    expect(plan(threes, small, {}, { defaultCost: 0 }).totalCost).toBe('0');
  });

  it('break ties between equally cheap plans towards the earlier indicator', () => {
    // 3.125 × 40 = 125: +5 units. One step of indicator 3, 4, 5 or 6 (5, 5, 14, 10 units) costs 1.
    const out = plan(threes, small, { index: '3.125' });
    expect(out.raises.map((raise) => [raise.indicator, raise.from, raise.to, raise.cost, raise.gain])).toEqual([['3', 3, 4, '1', { exact: '1/8', value: '+0.13' }]]);
    // +4 units: indicator 2 (4 units) or indicator 1 twice (cost 2) or any later one: indicator 2.
    expect(plan(threes, small, { index: '3.1' }).raises.map((raise) => raise.indicator)).toEqual(['2']);
  });

  it('buy the most gain a targeted group offers for its cost: free steps after a paid one come along', () => {
    // Indicator 1 at 2: 2→3 costs 1, 3→4 and 4→5 are free. A1 ≥ 3 needs +2 units; the index
    // (3.275 × 40 = 131, +13 over 118) takes indicator 5 (+14) too. Cost 2 either way; within
    // A1 the plan keeps the largest gain for that cost, indicator 1 at 5: (118 + 6 + 14) / 40.
    const out = plan(at([2, 3, 3, 3, 3, 3]), small, { index: '3.275', groups: { A1: '3' } }, { costs: { '1': [1, 1, 0, 0] } });
    expect(out.raises.map((raise) => [raise.indicator, raise.from, raise.to, raise.cost])).toEqual([
      ['1', 2, 5, '1'],
      ['5', 3, 4, '1'],
    ]);
    expect(out.totalCost).toBe('2');
    expect(out.result?.index.exact).toBe('69/20');
  });

  it('take nothing for a target already met, even a free step inside a targeted group', () => {
    const out = plan(threes, small, { index: '2', groups: { A2: '2' } }, { costs: { '3': 0 } });
    expect(out).toMatchObject({ reachable: true, raises: [], totalCost: '0' });
  });
});

describe('plan and frontier throw SpbeError on bad input', () => {
  it('plan', () => {
    expect(() => plan(threes, small, { index: 'x' })).toThrow(SpbeError);
    try {
      plan(threes, small, { index: 'x' });
    } catch (error) {
      expect((error as SpbeError).issues.map((issue) => issue.code)).toEqual(['plan.target_invalid']);
    }
  });

  it('frontier', () => {
    expect(() => frontier(threes, small, { maxLevel: 0 })).toThrow(SpbeError);
    try {
      frontier(threes, small, { maxLevel: 0 });
    } catch (error) {
      expect((error as SpbeError).issues).toEqual([levelIssue(['maxLevel'], '0')]);
    }
  });
});

/**
 * 50 indicators with weights of five decimals: 10 000 000 units in all (i1, i2: 200 000 each;
 * i3–i26: 199 999; i27–i50: 200 001). From level 1, a gain of 1 000 000 units needs a table of
 * (1 000 000 + 1) × 50 = 50 000 050 cells, just over the 50 000 000 limit.
 */
const fineIds = Array.from({ length: 50 }, (_, k) => `i${k + 1}`);
const fine = unwrap(
  compileCatalogue({
    ...smallDefinition,
    id: 'fine-50',
    groups: [
      {
        id: 'G',
        tier: 'aspect',
        name: { id: 'G', en: 'G' },
        weight: '100',
        indicators: fineIds.map((id, k) => ({ id, number: k + 1, name: { id, en: id }, scale: 'process', weight: k < 2 ? '2' : k < 26 ? '1.99999' : '2.00001' })),
      },
    ],
  }),
);
const fineOnes = score(fine, { levels: Object.fromEntries(fineIds.map((id) => [id, 1])) });
/** Only i1 (1→4) and i2 (1→3) may move: 3 × 200 000 + 2 × 200 000 = 1 000 000 units at most. */
const fineOptions = { locked: fineIds.slice(2), caps: { i1: 4, i2: 3 } };
const tooLarge = (cells: number) => ({
  code: 'plan.too_large',
  path: [],
  message: {
    id: `Perencanaan memerlukan tabel ${cells} sel, melebihi batas 50000000: bobot katalog terlalu halus.`,
    en: `Planning would need a table of ${cells} cells, above the limit of 50000000: the catalogue's weights are too fine.`,
  },
});

describe('the planner size limit', () => {
  it('checks the catalogue units', () => {
    expect(fine.totalUnits).toBe(10_000_000);
    expect(fine.indicators.map((indicator) => indicator.units).slice(0, 3)).toEqual([200_000, 200_000, 199_999]);
  });

  it('plan refuses a table just over the limit, whether or not groups are targeted', () => {
    expect(issuesOf(safePlan(fineOnes, fine, { index: '1.1' }, fineOptions))).toEqual([tooLarge(50_000_050)]);
    expect(issuesOf(safePlan(fineOnes, fine, { index: '1.1', groups: { G: '1' } }, fineOptions))).toEqual([tooLarge(50_000_050)]);
  });

  it('plan sizes the table by the largest need, the group one when it is larger', () => {
    expect(issuesOf(safePlan(fineOnes, fine, { index: '1', groups: { G: '1.1' } }, fineOptions))).toEqual([tooLarge(50_000_050)]);
  });

  it('frontier refuses a table just over the limit', () => {
    expect(issuesOf(safeFrontier(fineOnes, fine, fineOptions))).toEqual([tooLarge(50_000_050)]);
    expect(issuesOf(safeFrontier(fineOnes, fine, { ...fineOptions, groups: { G: '1' } }))).toEqual([tooLarge(50_000_050)]);
    expect(issuesOf(safeFrontier(fineOnes, fine))).toEqual([tooLarge(2_000_000_050)]);
  });

  it('frontier sizes the table by the gain still possible, not by the current levels', () => {
    const out = frontier(fineOnes, fine, { locked: fineIds });
    expect(out).toEqual({ feasible: true, points: [{ cost: '0', index: { exact: '1', value: '1.00', predicate: expect.objectContaining({ id: 'kurang' }) }, raises: [] }], reasons: [] });
  });
});

describe('plan with a group whose cost curve has more than 255 points', () => {
  it('backtracks the right point (choice tables wider than a byte)', () => {
    // Each step costs the indicator's units, so every distinct gain of domain D4 (units 55 and 60,
    // gains up to 3640) is its own Pareto point: several hundred of them.
    const result = score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 1) });
    const costs = Object.fromEntries(permenpanrb592020.indicators.map((indicator) => [indicator.id, indicator.units]));
    const out = plan(result, permenpanrb592020, { index: '5', groups: { D4: '1' } }, { costs });
    expect(out.totalCost).toBe('8000'); // 4 steps × 2000 units
    expect(out.raises).toHaveLength(47);
    expect(out.raises.every((raise) => raise.from === 1 && raise.to === 5)).toBe(true);
    expect(out.result?.index.exact).toBe('5');
  });
});

describe('frontier: points, reasons and validation', () => {
  it('lists every Pareto point with its exact cost, index, predikat and raises', () => {
    // Only indicators 5 (14 units) and 6 (10 units) can move, one step each at cost 1.
    const out = frontier(at([5, 5, 5, 5, 4, 4]), small);
    const memuaskan = { id: 'memuaskan', label: { id: 'Memuaskan', en: 'Excellent' } };
    const raise5 = { indicator: '5', label: { id: 'Indikator 5', en: 'Indicator 5' }, from: 4, to: 5, cost: '1', gain: { exact: '7/20', value: '+0.35' } };
    const raise6 = { indicator: '6', label: { id: 'Indikator 6', en: 'Indicator 6' }, from: 4, to: 5, cost: '1', gain: { exact: '1/4', value: '+0.25' } };
    expect(out).toEqual({
      feasible: true,
      points: [
        { cost: '0', index: { exact: '22/5', value: '4.40', predicate: memuaskan }, raises: [] }, // 176/40
        { cost: '1', index: { exact: '19/4', value: '4.75', predicate: memuaskan }, raises: [raise5] }, // 190/40
        { cost: '2', index: { exact: '5', value: '5.00', predicate: memuaskan }, raises: [raise5, raise6] },
      ],
      reasons: [],
    });
  });

  it('meets group minimums from the first point on', () => {
    // A2 ≥ 3.5: 35 of its 10 units × levels, +5 over 30: one step of indicator 3 or 4 (125/40).
    expect(frontier(threes, small, { groups: { A2: '3.5' } }).points[0]).toMatchObject({ cost: '1', index: { exact: '25/8' }, raises: [{ indicator: '3', from: 3, to: 4 }] });
    // A1 ≥ 3 from levels 2, 3: +2 units; the best single step is indicator 2 (+4): 122/40.
    expect(frontier(at([2, 3, 3, 3, 3, 3]), small, { groups: { A1: '3' } }).points[0]).toMatchObject({ cost: '1', index: { exact: '61/20' }, raises: [{ indicator: '2', from: 3, to: 4 }] });
    // A group minimum exactly at its best is feasible: A1 = 5 needs both indicators at 5 (cost 4).
    const top = frontier(threes, small, { groups: { A1: '5' } });
    expect(top.feasible).toBe(true);
    expect(top.points[0]).toMatchObject({ cost: '4', index: { exact: '33/10' } });
    // A minimum already met costs nothing.
    expect(frontier(threes, small, { groups: { A3: '2' } }).points[0]).toMatchObject({ cost: '0', index: { exact: '3' }, raises: [] });
  });

  it('gives the reasons it has no points: groups first, then minimums', () => {
    const out = frontier(threes, small, { groups: { A1: '4.9', A3: '3' }, minimums: { '3': 5, '6': 4 }, caps: { '1': 4, '3': 4 }, locked: ['6'] });
    expect(out).toEqual({
      feasible: false,
      points: [],
      reasons: [
        {
          code: 'plan.group_unreachable',
          path: ['groups', 'A1'],
          message: { id: 'A1 tidak dapat mencapai minimum yang diminta.', en: 'A1 cannot reach the required minimum.' },
        },
        {
          code: 'plan.minimum_unreachable',
          path: ['minimums', '3'],
          message: { id: 'Indikator 3 tidak dapat mencapai tingkat minimumnya.', en: 'Indicator 3 cannot reach its minimum level.' },
        },
        {
          code: 'plan.minimum_unreachable',
          path: ['minimums', '6'],
          message: { id: 'Indikator 6 tidak dapat mencapai tingkat minimumnya.', en: 'Indicator 6 cannot reach its minimum level.' },
        },
      ],
    });
  });

  it('validates its group minimums and plan options like plan does', () => {
    expect(issuesOf(safeFrontier(threes, small, { groups: { Z: '1', A1: 'x' }, maxLevel: 7 }))).toEqual([
      { code: 'plan.unknown_group', path: ['groups', 'Z'], message: { id: 'Kelompok "Z" tidak ada dalam katalog small-test.', en: 'Group "Z" is not in catalogue small-test.' }, received: '"Z"' },
      { code: 'plan.target_invalid', path: ['groups', 'A1'], message: TARGET_MESSAGE, expected: 'decimal', received: '"x"' },
      levelIssue(['maxLevel'], '7'),
    ]);
    expect(issuesOf(safeFrontier(threes, small, { groups: [] as never }))).toEqual([
      { code: 'plan.target_invalid', path: ['groups'], message: TARGET_MESSAGE, expected: 'decimal', received: 'array' },
    ]);
    expect(frontier(threes, small, {}).points).toHaveLength(frontier(threes, small).points.length);
  });
});

/** A small deterministic generator (mulberry32): the same scenarios on every run, no fast-check. */
function generator(seed: number): (low: number, high: number) => number {
  let state = seed;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (low, high) => low + Math.floor(next() * (high - low + 1));
}

interface Scenario {
  current: number[];
  /** Step costs in quarters: quarters[i][k] is the cost of step k + 1 → k + 2 of indicator i, × 4. */
  quarters: number[][];
  caps: (number | undefined)[];
  minimums: (number | undefined)[];
  locked: boolean[];
  index: number | undefined; // tenths
  groups: [string, number][]; // tenths
}

function scenario(pick: (low: number, high: number) => number): Scenario {
  const maybe = (percent: number, low: number, high: number): number | undefined => (pick(1, 100) <= percent ? pick(low, high) : undefined);
  return {
    current: UNITS.map(() => pick(1, 5)),
    quarters: UNITS.map(() => [0, 1, 2, 3].map(() => (pick(1, 5) === 1 ? 0 : pick(1, 12)))),
    caps: UNITS.map(() => maybe(30, 1, 5)),
    minimums: UNITS.map(() => maybe(20, 1, 5)),
    locked: UNITS.map(() => pick(1, 100) <= 12),
    index: maybe(60, 10, 50),
    groups: Object.keys(GROUPS).flatMap((id) => (pick(1, 100) <= 35 ? [[id, pick(10, 50)] as [string, number]] : [])),
  };
}

function optionsOf(s: Scenario) {
  const ids = small.indicators.map((indicator) => indicator.id);
  const entries = <T>(values: (T | undefined)[]) => Object.fromEntries(ids.flatMap((id, i) => (values[i] === undefined ? [] : [[id, values[i] as T]])));
  return {
    costs: Object.fromEntries(ids.map((id, i) => [id, (s.quarters[i] as number[]).map((q) => (q % 2 === 0 ? q / 4 : String(q / 4)))])),
    caps: entries(s.caps),
    minimums: entries(s.minimums),
    locked: ids.filter((_, i) => s.locked[i]),
  };
}

/** Level bounds per indicator as the planner reads the options. */
function bounds(s: Scenario) {
  return s.current.map((level, i) => {
    const cap = s.locked[i] ? level : Math.max(level, Math.min(5, s.caps[i] ?? 5));
    const wanted = Math.max(level, Math.min(s.minimums[i] ?? 0, 5));
    return { low: Math.min(wanted, cap), high: cap, conflict: wanted > cap };
  });
}

const sumOf = (levels: readonly number[], from = 0, to = levels.length) => {
  let sum = 0;
  for (let i = from; i < to; i++) sum += (levels[i] as number) * (UNITS[i] as number);
  return sum;
};
/** Least whole number of units that reaches `tenths / 10` on a range of `units`. */
const required = (tenths: number, units: number) => Math.ceil((tenths * units) / 10 - 1e-9);
const quartersOf = (s: Scenario, i: number, from: number, to: number) => {
  let q = 0;
  for (let level = from; level < to; level++) q += (s.quarters[i] as number[])[Math.max(0, level - 1)] as number;
  return q;
};
const fromQuarters = (q: number) => formatExactDecimal(rational(q, 4));

describe('plan and frontier against brute force (seeded scenarios, nested and sibling groups)', () => {
  it('plan finds a cheapest plan, or the exact reasons why there is none', () => {
    const pick = generator(20260601);
    let reached = 0;
    for (let run = 0; run < 100; run++) {
      const s = scenario(pick);
      const target = {
        ...(s.index === undefined ? {} : { index: (s.index / 10).toString() }),
        groups: Object.fromEntries(s.groups.map(([id, tenths]) => [id, (tenths / 10).toString()])),
      };
      const out = plan(at(s.current), small, target, optionsOf(s));
      const limits = bounds(s);
      const highs = limits.map((limit) => limit.high);
      const expectedReasons: (string | number)[][] = [];
      for (const [id, tenths] of s.groups) {
        const group = GROUPS[id] as { from: number; to: number; units: number };
        if (sumOf(highs, group.from, group.to) < required(tenths, group.units)) expectedReasons.push(['plan.group_unreachable', id]);
      }
      if (s.index !== undefined && sumOf(highs) < required(s.index, 40)) expectedReasons.push(['plan.index_unreachable']);
      limits.forEach((limit, i) => limit.conflict && expectedReasons.push(['plan.minimum_unreachable', String(i + 1)]));
      expect(out.reasons.map((reason) => [reason.code, ...reason.path.slice(2)]), `run ${run}`).toEqual(expectedReasons);
      expect(out.best.index.exact).toBe(toFractionString(rational(sumOf(highs), 40)));
      if (expectedReasons.length > 0) {
        expect(out).toMatchObject({ reachable: false, raises: [], totalCost: null, result: null });
        continue;
      }
      const meets = (levels: readonly number[]) =>
        (s.index === undefined || sumOf(levels) >= required(s.index, 40)) &&
        s.groups.every(([id, tenths]) => {
          const group = GROUPS[id] as { from: number; to: number; units: number };
          return sumOf(levels, group.from, group.to) >= required(tenths, group.units);
        });
      let least = Infinity;
      for (const levels of combinations(limits.map((limit) => limit.low), highs)) {
        if (!meets(levels)) continue;
        const q = levels.reduce((acc, level, i) => acc + quartersOf(s, i, s.current[i] as number, level), 0);
        if (q < least) least = q;
      }
      expect(least, `run ${run}`).toBeLessThan(Infinity);
      reached++;
      expect(out.reachable).toBe(true);
      expect(out.totalCost, `run ${run}`).toBe(fromQuarters(least));
      // The raises are the plan: they meet the target, stay within bounds and add up to the total.
      const planned = [...s.current];
      let total = 0;
      let last = -1;
      for (const raise of out.raises) {
        const i = Number(raise.indicator) - 1;
        expect(i).toBeGreaterThan(last);
        last = i;
        expect(raise.from).toBe(s.current[i]);
        expect(raise.to).not.toBe(raise.from);
        expect(raise.to).toBeGreaterThanOrEqual((limits[i] as { low: number }).low);
        expect(raise.to).toBeLessThanOrEqual((limits[i] as { high: number }).high);
        const q = quartersOf(s, i, raise.from as number, raise.to);
        expect(raise.cost).toBe(fromQuarters(q));
        expect(raise.gain.exact).toBe(toFractionString(rational((raise.to - (raise.from as number)) * (UNITS[i] as number), 40)));
        total += q;
        planned[i] = raise.to;
      }
      limits.forEach((limit, i) => expect(planned[i]).toBeGreaterThanOrEqual(limit.low));
      expect(meets(planned), `run ${run}`).toBe(true);
      expect(total).toBe(least);
      expect(out.result?.index.exact).toBe(toFractionString(rational(sumOf(planned), 40)));
    }
    expect(reached).toBeGreaterThan(40);
  });

  it('frontier gives exactly the Pareto points, with raises that reach them', () => {
    const pick = generator(777);
    let feasible = 0;
    for (let run = 0; run < 60; run++) {
      const s = scenario(pick);
      const groups = Object.fromEntries(s.groups.map(([id, tenths]) => [id, tenths / 10]));
      const out = frontier(at(s.current), small, { ...optionsOf(s), groups });
      const limits = bounds(s);
      const highs = limits.map((limit) => limit.high);
      const groupMet = (levels: readonly number[]) =>
        s.groups.every(([id, tenths]) => {
          const group = GROUPS[id] as { from: number; to: number; units: number };
          return sumOf(levels, group.from, group.to) >= required(tenths, group.units);
        });
      const expectedReasons: string[] = [
        ...s.groups.filter(([id, tenths]) => sumOf(highs, GROUPS[id]!.from, GROUPS[id]!.to) < required(tenths, GROUPS[id]!.units)).map(([id]) => `group ${id}`),
        ...limits.flatMap((limit, i) => (limit.conflict ? [`minimum ${i + 1}`] : [])),
      ];
      expect(out.reasons.map((reason) => `${reason.code === 'plan.group_unreachable' ? 'group' : 'minimum'} ${String(reason.path[1])}`), `run ${run}`).toEqual(expectedReasons);
      if (expectedReasons.length > 0) {
        expect(out).toEqual({ feasible: false, points: [], reasons: out.reasons });
        continue;
      }
      feasible++;
      const best = new Map<number, number>(); // sum → least quarters
      for (const levels of combinations(limits.map((limit) => limit.low), highs)) {
        if (!groupMet(levels)) continue;
        const sum = sumOf(levels);
        const q = levels.reduce((acc, level, i) => acc + quartersOf(s, i, s.current[i] as number, level), 0);
        if (q < (best.get(sum) ?? Infinity)) best.set(sum, q);
      }
      const expected: { cost: string; index: string }[] = [];
      let cheapest = Infinity;
      for (const sum of [...best.keys()].sort((a, b) => b - a)) {
        const q = best.get(sum) as number;
        if (q < cheapest) {
          expected.unshift({ cost: fromQuarters(q), index: toFractionString(rational(sum, 40)) });
          cheapest = q;
        }
      }
      expect(out.points.map((point) => ({ cost: point.cost, index: point.index.exact })), `run ${run}`).toEqual(expected);
      for (const point of out.points) {
        const planned = [...s.current];
        let total = 0;
        for (const raise of point.raises) {
          const i = Number(raise.indicator) - 1;
          total += quartersOf(s, i, raise.from as number, raise.to);
          planned[i] = raise.to;
        }
        expect(fromQuarters(total)).toBe(point.cost);
        expect(toFractionString(rational(sumOf(planned), 40))).toBe(point.index.exact);
        expect(groupMet(planned)).toBe(true);
        limits.forEach((limit, i) => expect(planned[i]).toBeGreaterThanOrEqual(limit.low));
      }
    }
    expect(feasible).toBeGreaterThan(30);
  });
});
