import { describe, expect, it } from 'vitest';
import { safeFrontier } from '../../../src/analysis/plan/frontier.js';
import { plan, safePlan } from '../../../src/analysis/plan/plan.js';
import { type Issue, type SafeResult } from '../../../src/model/issue.js';
import type { ScoreResult } from '../../../src/model/result.js';
import { score } from '../../../src/scoring/score.js';
import { levelsFrom } from '../../helpers/assessments.js';
import { oneAspectCatalogue, small } from '../../helpers/small-catalogue.js';

const at = (levels: readonly number[]): ScoreResult => score(small, { levels: levelsFrom(small, levels) });

const threes = at([3, 3, 3, 3, 3, 3]);

function issuesOf(outcome: SafeResult<unknown>): readonly Issue[] {
  if (outcome.success) throw new Error('expected issues, got a result');
  return outcome.issues;
}

const COST_MESSAGE = {
  id: 'Biaya harus bilangan tidak negatif (angka atau teks desimal), satu nilai atau satu per langkah tingkat.',
  en: 'A cost must be a non-negative number (a number or a decimal string): one value, or one per level step.',
};

const LEVEL_MESSAGE = { id: 'Tingkat harus bilangan bulat 1–5.', en: 'A level must be a whole number 1–5.' };

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
    const spaced = oneAspectCatalogue('spaced-ids', [['Stryker was here', '50'], ['other', '50']]);
    const result = score(spaced, { levels: { 'Stryker was here': 3, other: 5 } });
    expect(plan(result, spaced, { index: '5' }).raises.map((raise) => raise.indicator)).toEqual(['Stryker was here']);
    expect(plan(result, spaced, { index: '5' }, { locked: ['Stryker was here'] }).reachable).toBe(false);
  });
});
