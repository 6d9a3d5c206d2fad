import { describe, expect, it } from 'vitest';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { baseDefinition } from '../helpers/small-catalogue.js';

// Weights: A1 {1: 4, 2: 6} = 10, A2 {3: 15, 4: 15} = 30 → D1 40; A3 {5, 6, 7: 20 each} = 60 → D2 60.
// Indicator 7 is marked notApplicable: true in the catalogue.
const catalogue = defineCatalogue(baseDefinition());

const levels = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 4, '7': 3 };

const without = (id: string) => Object.fromEntries(Object.entries(levels).filter(([key]) => key !== id));

const group = (result: ReturnType<typeof score>, id: string) => result.groups.find((g) => g.id === id)!;

describe('missing indicators', () => {
  it('are rejected by default, each one an issue', () => {
    const outcome = safeScore(catalogue, { levels: { '1': 1 } });
    expect(outcome.success || outcome.issues.map((issue) => issue.path[1])).toEqual(['2', '3', '4', '5', '6', '7']);
  });

  it('under missing: "partial" are re-normalised within their group, with coverage everywhere, never silently', () => {
    const result = score(catalogue, { levels: without('2') }, { missing: 'partial' });
    // A1 = 1 (indicator 1 alone); D1 = (1·10 + 7/2·30) / 40 = 23/8; D2 = 4; index = (23/8·40 + 4·60) / 100 = 71/20.
    expect(group(result, 'A1').exact).toBe('1');
    expect(group(result, 'D1').exact).toBe('23/8');
    expect(result.index.exact).toBe('71/20');
    expect(result.complete).toBe(false);
    expect(result.coverage).toBe('47/50');
    expect(group(result, 'A1').coverage).toBe('2/5');
    expect(group(result, 'D1').coverage).toBe('17/20');
    expect(group(result, 'D2').coverage).toBe('1');
    expect(result.indicators[1]).toMatchObject({ status: 'missing', level: null, contribution: { exact: '0' } });
    expect(result.meta.options).toMatchObject({ missing: 'partial', notApplicable: 'exclude' });
  });

  it('a complete assessment is complete with coverage 1 under either policy', () => {
    const strict = score(catalogue, { levels });
    const partial = score(catalogue, { levels }, { missing: 'partial' });
    expect(partial.complete).toBe(true);
    expect(partial.coverage).toBe('1');
    expect(partial.groups).toEqual(strict.groups);
  });
});

describe('not-applicable indicators', () => {
  it('are allowed where the catalogue permits them, and forbidden elsewhere unless the options allow', () => {
    expect(safeScore(catalogue, { levels: { ...levels, '7': 'na' } }).success).toBe(true);
    const forbidden = safeScore(catalogue, { levels: { ...levels, '1': 'na' } });
    expect(forbidden.success || forbidden.issues.map((issue) => issue.code)).toEqual(['level.not_applicable_forbidden']);
    expect(safeScore(catalogue, { levels: { ...levels, '1': 'na' } }, { allowNotApplicable: ['1'] }).success).toBe(true);
    expect(safeScore(catalogue, { levels: { ...levels, '1': 'na' } }, { allowNotApplicable: true }).success).toBe(true);
  });

  it('under exclude (default) re-normalise within the group and lower the coverage', () => {
    const result = score(catalogue, { levels: { ...levels, '7': 'na' } });
    // D2 = (5 + 4) / 2 = 9/2; D1 = (4·1 + 6·2 + 15·3 + 15·4) / 40 = 121/40; index = (121 + 9/2·60) / 100 = 391/100.
    expect(group(result, 'A3').exact).toBe('9/2');
    expect(result.index.exact).toBe('391/100');
    expect(result.complete).toBe(false);
    expect(group(result, 'A3').coverage).toBe('2/3');
    expect(result.coverage).toBe('4/5');
    expect(result.indicators[6]).toMatchObject({ status: 'not-applicable', level: null });
    expect(result.meta.options.notApplicable).toBe('exclude');
  });

  it('a group with nothing applicable has value null, never 0, and its parent re-normalises', () => {
    const result = score(catalogue, { levels: { ...levels, '1': 'na', '2': 'na' } }, { allowNotApplicable: true });
    expect(group(result, 'A1')).toMatchObject({ value: null, exact: null, predicate: null, coverage: '0' });
    // D1 = A2 = 7/2; index = (7/2·40 + 4·60) / 100 = 19/5.
    expect(group(result, 'D1').exact).toBe('7/2');
    expect(result.index.exact).toBe('19/5');
  });

  it('under minimum count at the scale minimum, and say so', () => {
    const result = score(catalogue, { levels: { ...levels, '7': 'na' } }, { notApplicable: 'minimum' });
    // D2 = (5 + 4 + 1) / 3 = 10/3; index = (121 + 10/3·60) / 100 = 321/100.
    expect(result.index.exact).toBe('321/100');
    expect(result.indicators[6]).toMatchObject({ status: 'not-applicable-minimum', level: 1 });
    expect(result.coverage).toBe('1');
    expect(result.meta.options.notApplicable).toBe('minimum');
  });

  it('when nothing at all enters the score, there is no index: an issue, not 0', () => {
    const outcome = safeScore(catalogue, { levels: { '7': 'na' } }, { missing: 'partial' });
    expect(outcome.success || outcome.issues.map((issue) => issue.code)).toEqual(['assessment.nothing_applicable']);
  });
});
