import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { deriveCatalogue } from '../../src/catalogue/derive.js';
import { uniformLevels } from '../helpers/assessments.js';
import { baseDefinition } from '../helpers/small-catalogue.js';

const all3 = uniformLevels(catalogue, 3);

/* Reading an assessment: notes, metadata types, plain objects, level 0, hostile input. */

describe('assessment reading details', () => {
  it('copies per-indicator notes, and reports a note that is not text at its own path', () => {
    expect(score(catalogue, { levels: all3, notes: { '1': 'SK 2024' } }).assessment).toEqual({ notes: { '1': 'SK 2024' } });
    const outcome = safeScore(catalogue, { levels: all3, notes: { '1': 3 } });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues.map((issue) => [issue.path, issue.expected])).toEqual([[['notes', '1'], 'string']]);
    const notObject = safeScore(catalogue, { levels: all3, notes: ['x'] });
    expect(notObject.success).toBe(false);
    if (!notObject.success) expect(notObject.issues.map((issue) => [issue.path, issue.expected])).toEqual([[['notes'], 'object']]);
  });

  it('reports null notes and null levels as those fields of the wrong type, not as an unreadable assessment', () => {
    const notes = safeScore(catalogue, { levels: all3, notes: null } as never);
    expect(notes.success ? [] : notes.issues.map((issue) => [issue.code, issue.path, issue.expected])).toEqual([
      ['assessment.metadata_invalid', ['notes'], 'object'],
    ]);
    const levels = safeScore(catalogue, { levels: null } as never);
    expect(levels.success ? [] : levels.issues.map((issue) => [issue.code, issue.path])).toEqual([['assessment.levels_invalid_type', ['levels']]]);
  });

  it('counts a level given as undefined as missing', () => {
    const outcome = safeScore(catalogue, { levels: { ...all3, '12': undefined } } as never);
    expect(outcome.success ? [] : outcome.issues.map((issue) => [issue.code, issue.path])).toEqual([['indicator.missing', ['levels', '12']]]);
    const partial = score(catalogue, { levels: { ...all3, '12': undefined } } as never, { missing: 'partial' });
    expect(partial.indicators[11]).toMatchObject({ id: '12', status: 'missing', level: null });
    expect(partial.complete).toBe(false);
  });

  it('checks the catalogue an assessment names: its own id or, for a derived catalogue, its base', () => {
    expect(score(catalogue, { catalogue: catalogue.id, levels: all3 } as never).index.exact).toBe('3');
    const other = safeScore(catalogue, { catalogue: 'permenpanrb-5-2018', levels: all3 } as never);
    expect(other.success ? [] : other.issues.map((issue) => [issue.code, issue.path, issue.expected, issue.received])).toEqual([
      ['assessment.catalogue_mismatch', ['catalogue'], 'permenpanrb-59-2020', 'permenpanrb-5-2018'],
    ]);
    const notText = safeScore(catalogue, { catalogue: 59, levels: all3 } as never);
    expect(notText.success ? [] : notText.issues.map((issue) => [issue.code, issue.path, issue.expected])).toEqual([
      ['assessment.metadata_invalid', ['catalogue'], 'string'],
    ]);
    const part = deriveCatalogue(catalogue, { id: 'opd-d1', include: ['D1'] });
    const levels = uniformLevels(part, 3);
    expect(score(part, { catalogue: 'permenpanrb-59-2020', levels } as never).index.exact).toBe('3');
    expect(score(part, { catalogue: 'opd-d1', levels } as never).index.exact).toBe('3');
    const mismatch = safeScore(part, { catalogue: 'permenpanrb-5-2018', levels } as never);
    expect(mismatch.success ? [] : mismatch.issues.map((issue) => issue.code)).toEqual(['assessment.catalogue_mismatch']);
  });

  it('finds a missing indicator even when another indicator has the id "undefined"', () => {
    const d = baseDefinition();
    d.groups[0].groups[0].indicators[0].id = 'undefined';
    const hostile = defineCatalogue(d);
    const outcome = safeScore(hostile, { levels: { undefined: 3, '3': 3, '4': 3, '5': 3, '6': 3, '7': 3 } });
    expect(outcome.success ? [] : outcome.issues.map((issue) => [issue.code, issue.path])).toEqual([['indicator.missing', ['levels', '2']]]);
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
