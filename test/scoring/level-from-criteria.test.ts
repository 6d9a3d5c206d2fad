import { describe, expect, it } from 'vitest';
import type { LevelCriteriaDefinition } from '../../src/model/catalogue.js';
import { levelFromCriteria } from '../../src/scoring/level-from-criteria.js';

const criterion = (id: string) => ({ id, text: { id: id, en: id } });
const level = (n: number, ...ids: string[]): LevelCriteriaDefinition => ({ level: n, criteria: ids.map(criterion) });

/** Levels 1–3: level 1 needs a, level 2 needs b and c, level 3 needs d. */
const checklist = [level(1, 'a'), level(2, 'b', 'c'), level(3, 'd')];

describe('levelFromCriteria edge cases', () => {
  it('an empty checklist has no level to reach: level 0, nothing next', () => {
    expect(levelFromCriteria([], new Set(['a']))).toEqual({ level: 0, inconsistencies: [], next: null });
  });

  it('an incomplete minimum still holds, and the next step needs the minimum’s and the next level’s criteria', () => {
    expect(levelFromCriteria(checklist, new Set(['b']))).toEqual({
      level: 1,
      inconsistencies: [{ criterion: 'b', level: 2, incompleteLevel: 1 }],
      next: { level: 2, missing: ['a', 'c'] },
    });
  });

  it('an incomplete minimum of a one-level checklist has nothing next', () => {
    expect(levelFromCriteria([level(2, 'x')], new Set())).toEqual({ level: 2, inconsistencies: [], next: null });
  });

  it('a checklist starting above 1 keeps its own minimum', () => {
    expect(levelFromCriteria([level(3, 'x'), level(4, 'y')], new Set(['y']))).toEqual({
      level: 3,
      inconsistencies: [{ criterion: 'y', level: 4, incompleteLevel: 3 }],
      next: { level: 4, missing: ['x'] },
    });
  });

  it('the top level, when it is the one incomplete, is still the next step', () => {
    expect(levelFromCriteria(checklist, new Set(['a', 'b', 'c']))).toEqual({ level: 2, inconsistencies: [], next: { level: 3, missing: ['d'] } });
  });

  it('everything met reaches the top with nothing next', () => {
    expect(levelFromCriteria(checklist, new Set(['a', 'b', 'c', 'd']))).toEqual({ level: 3, inconsistencies: [], next: null });
  });

  it('lists only the criteria still lacking at the first incomplete level', () => {
    expect(levelFromCriteria(checklist, new Set(['a', 'c', 'd']))).toEqual({
      level: 1,
      inconsistencies: [{ criterion: 'd', level: 3, incompleteLevel: 2 }],
      next: { level: 2, missing: ['b'] },
    });
  });
});
