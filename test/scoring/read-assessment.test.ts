import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';

const all3 = uniformLevels(catalogue, 3);

/* Reading an assessment: notes, metadata types, plain objects, level 0, hostile input. */

describe('assessment reading details', () => {
  it('copies per-indicator notes, and reports a note that is not text at its own path', () => {
    expect(score(catalogue, { levels: all3, notes: { '1': 'SK 2024' } }).assessment).toEqual({ notes: { '1': 'SK 2024' } });
    const outcome = safeScore(catalogue, { levels: all3, notes: { '1': 3 } });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues.map((issue) => issue.path)).toEqual([['notes', '1']]);
    const notObject = safeScore(catalogue, { levels: all3, notes: ['x'] });
    expect(notObject.success).toBe(false);
    if (!notObject.success) expect(notObject.issues.map((issue) => issue.path)).toEqual([['notes']]);
  });

  it('reports metadata of the wrong type with what was expected', () => {
    const outcome = safeScore(catalogue, { levels: all3, agency: 1, year: '2024', note: false } as never);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues.map((issue) => [issue.path[0], issue.expected])).toEqual([['agency', 'string'], ['year', 'integer'], ['note', 'string']]);
  });

  it('accepts a null-prototype object and refuses a class instance', () => {
    const bare = Object.assign(Object.create(null) as object, { levels: all3 });
    expect(safeScore(catalogue, bare).success).toBe(true);
    class Form {
      levels = all3;
    }
    expect(safeScore(catalogue, new Form()).success).toBe(false);
  });

  it('level 0 needs no option on a scale that starts at 0, and -0 is read as 0', async () => {
    const { permenpanrb52018 } = await import('../../src/catalogues/permenpanrb-5-2018/index.js');
    const levels = { ...uniformLevels(permenpanrb52018, 2), '1': 0, '2': -0 };
    const result = score(permenpanrb52018, { levels });
    expect(result.warnings).toEqual([]);
    expect(Object.is(result.indicators[1]?.level, 0)).toBe(true);
  });
});

describe('hostile input', () => {
  it('a throwing getter is an assessment.invalid_type issue, not a crash', () => {
    const levels = Object.defineProperty({ ...all3 }, '7', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const outcome = safeScore(catalogue, { levels });
    expect(outcome.success).toBe(false);
    if (!outcome.success) {
      expect(outcome.issues).toHaveLength(1);
      expect(outcome.issues[0]).toMatchObject({ code: 'assessment.invalid_type', path: [], expected: 'plain JSON data' });
      expect(outcome.issues[0]?.message.en).toBe('The assessment could not be read as plain data.');
    }
  });
});
