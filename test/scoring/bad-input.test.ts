import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { SpbeError, type Issue } from '../../src/model/issue.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';

const complete = uniformLevels(catalogue, 3);

function issuesOf(assessment: unknown, options?: Parameters<typeof safeScore>[2]): readonly Issue[] {
  const outcome = safeScore(catalogue, assessment, options);
  if (outcome.success) throw new Error('expected issues');
  return outcome.issues;
}

function withLevel(id: string, level: unknown): unknown {
  return { levels: { ...complete, [id]: level } };
}

describe('bad assessments give typed, bilingual issues', () => {
  it.each([
    ['a string level', '3', 'level.string'],
    ['NaN', Number.NaN, 'level.nan'],
    ['Infinity', Number.POSITIVE_INFINITY, 'level.not_finite'],
    ['null', null, 'level.null'],
    ['a fraction', 2.5, 'level.not_integer'],
    ['above the scale', 6, 'level.out_of_range'],
    ['below the scale', -1, 'level.out_of_range'],
    ['zero', 0, 'level.zero'],
    ['a boolean', true, 'level.invalid_type'],
    ['an object', { level: 3 }, 'level.invalid_type'],
    ['na where not allowed', 'na', 'level.not_applicable_forbidden'],
  ])('%s → %s', (_, level, code) => {
    const issues = issuesOf(withLevel('12', level));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code, path: ['levels', '12'], expected: '1..5' });
    expect(issues[0]!.message.id).toMatch(/12/);
    expect(issues[0]!.message.en).toMatch(/12/);
  });

  it('lists every missing indicator, one issue each', () => {
    const levels: Record<string, number> = { ...complete };
    for (const id of ['3', '17', '47']) delete levels[id];
    const issues = issuesOf({ levels });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['indicator.missing', ['levels', '3']],
      ['indicator.missing', ['levels', '17']],
      ['indicator.missing', ['levels', '47']],
    ]);
  });

  it('an empty levels object reports all 47 missing indicators', () => {
    expect(issuesOf({ levels: {} }).filter((issue) => issue.code === 'indicator.missing')).toHaveLength(47);
  });

  it('reports unknown indicator ids, including prototype keys', () => {
    const levels = JSON.parse(`{"__proto__": 3, "48": 2, ${JSON.stringify(complete).slice(1)}`) as unknown;
    const issues = issuesOf({ levels });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['indicator.unknown', ['levels', '48']],
      ['indicator.unknown', ['levels', '__proto__']],
    ]);
    expect(({} as Record<string, unknown>)['3']).toBeUndefined();
  });

  it('collects every problem at once', () => {
    const levels: Record<string, unknown> = { ...complete, 1: '4', 2: 0, 3: 9, x: 1 };
    delete levels['47'];
    const codes = issuesOf({ levels, year: '2024' }).map((issue) => issue.code).sort();
    expect(codes).toEqual([
      'assessment.metadata_invalid',
      'indicator.missing',
      'indicator.unknown',
      'level.out_of_range',
      'level.string',
      'level.zero',
    ]);
  });

  it.each([
    ['null', null],
    ['an array', [3, 3]],
    ['a number', 3],
    ['a string', 'levels'],
  ])('rejects %s as the assessment', (_, input) => {
    expect(issuesOf(input)).toEqual([expect.objectContaining({ code: 'assessment.invalid_type', path: [] })]);
  });

  it('rejects a missing or malformed levels object', () => {
    expect(issuesOf({})[0]).toMatchObject({ code: 'assessment.levels_invalid_type', path: ['levels'] });
    expect(issuesOf({ levels: [3, 3] })[0]).toMatchObject({ code: 'assessment.levels_invalid_type' });
  });

  it('rejects unknown top-level keys (a typo is not silently ignored)', () => {
    expect(issuesOf({ levels: complete, level: {} })).toEqual([
      expect.objectContaining({ code: 'assessment.unknown_key', path: ['level'] }),
    ]);
  });

  it('checks metadata types', () => {
    const issues = issuesOf({ levels: complete, agency: 1, year: 2024.5, note: [], notes: { '1': 5 } });
    expect(issues.map((issue) => issue.path)).toEqual([['agency'], ['year'], ['note'], ['notes', '1']]);
    expect(issues.every((issue) => issue.code === 'assessment.metadata_invalid')).toBe(true);
  });

  it.each([
    [{ decimals: -1 }, 'decimals'],
    [{ decimals: 2.5 }, 'decimals'],
    [{ decimals: 21 }, 'decimals'],
    [{ rounding: 'halfDown' }, 'rounding'],
    [{ predicateFrom: 'display' }, 'predicateFrom'],
    [{ allowZero: 'yes' }, 'allowZero'],
    [{ missing: 'ignore' }, 'missing'],
    [{ notApplicable: 'zero' }, 'notApplicable'],
    [{ allowNotApplicable: [1] }, 'allowNotApplicable'],
  ])('rejects the option %j', (options, name) => {
    expect(issuesOf({ levels: complete }, options as never)).toEqual([
      expect.objectContaining({ code: 'option.invalid', path: ['options', name] }),
    ]);
  });

  it('score throws one SpbeError carrying the same issues', () => {
    const input = withLevel('5', 'tiga');
    const expected = issuesOf(input);
    try {
      score(catalogue, input as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SpbeError);
      expect((error as SpbeError).issues).toEqual(expected);
      expect((error as SpbeError).message).toContain('Indicator 5');
    }
  });
});

describe('level 0 under allowZero', () => {
  it('is accepted, scored as 0 and flagged in the result', () => {
    const result = score(catalogue, { levels: { ...complete, 12: 0 } }, { allowZero: true });
    expect(result.indicators.find((indicator) => indicator.id === '12')?.level).toBe(0);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'level.zero', path: ['levels', '12'] })]);
    // 3 everywhere except 2.50 × 0 on indicator 12: (6000 - 150) / 2000
    expect(result.index.exact).toBe('117/40');
    expect(result.meta.options.allowZero).toBe(true);
  });

  it('an index below the lowest band still gets the lowest predikat', () => {
    const result = score(catalogue, { levels: uniformLevels(catalogue, 0) }, { allowZero: true });
    expect(result.index).toMatchObject({ value: '0.00', predicate: { id: 'kurang' } });
  });
});

describe('metadata and meta', () => {
  it('carries the assessment metadata and records what produced the result', () => {
    const result = score(catalogue, { agency: 'Kota Contoh', year: 2024, note: 'final', levels: complete });
    expect(result.assessment).toEqual({ agency: 'Kota Contoh', year: 2024, note: 'final' });
    expect(result.meta.catalogue).toEqual({ id: catalogue.id, revision: catalogue.revision, checksum: catalogue.checksum });
    expect(result.meta.library.name).toBe('spbe-index');
    expect(result.meta.options).toMatchObject({ decimals: 2, rounding: 'halfUp', predicateFrom: 'exact' });
  });

  it('is JSON-serialisable without loss', () => {
    const result = score(catalogue, { levels: complete });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('does not modify or keep the caller’s assessment', () => {
    const assessment = { levels: { ...complete } };
    const snapshot = JSON.stringify(assessment);
    score(catalogue, assessment);
    expect(JSON.stringify(assessment)).toBe(snapshot);
  });
});

describe('the options object itself', () => {
  it.each([null, 3, 'fast', [1]])('rejects %j as options with the path ["options"]', (options) => {
    const outcome = safeScore(catalogue, { levels: complete }, options as never);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues).toEqual([expect.objectContaining({ code: 'option.invalid', path: ['options'], expected: 'object' })]);
  });
});
