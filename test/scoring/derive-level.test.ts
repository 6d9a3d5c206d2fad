import { describe, expect, it } from 'vitest';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { SpbeError } from '../../src/model/issue.js';
import { deriveLevel, safeDeriveLevel } from '../../src/scoring/derive-level.js';
import { baseDefinition, withCriteria } from '../helpers/small-catalogue.js';

const withChecklist = defineCatalogue(withCriteria(baseDefinition()));

function ownCriteriaCatalogue() {
  const d = withCriteria(baseDefinition());
  // Indicator 1 brings its own checklist, replacing the scale's.
  d.groups[0].groups[0].indicators[0].criteria = [2, 3, 4, 5].map((level) => ({
    level,
    criteria: [{ id: `own${level}`, text: { id: `Sendiri ${level}`, en: `Own ${level}` } }],
  }));
  return defineCatalogue(d);
}

describe('deriveLevel: the cumulative rule', () => {
  it('holds the scale minimum with nothing met when the minimum has no criteria', () => {
    expect(deriveLevel(withChecklist, '1', [])).toEqual({ level: 1, inconsistencies: [], next: { level: 2, missing: ['c2a', 'c2b'] } });
  });

  it('needs every criterion of every level up to n', () => {
    expect(deriveLevel(withChecklist, '1', ['c2a']).level).toBe(1);
    expect(deriveLevel(withChecklist, '1', ['c2a', 'c2b']).level).toBe(2);
    expect(deriveLevel(withChecklist, '1', ['c2a', 'c2b', 'c3', 'c4a']).level).toBe(3);
    expect(deriveLevel(withChecklist, '1', ['c2a', 'c2b', 'c3', 'c4a', 'c4b', 'c5'])).toEqual({ level: 5, inconsistencies: [], next: null });
  });

  it('reports criteria met above an incomplete level as inconsistencies, which do not count', () => {
    const derived = deriveLevel(withChecklist, '1', ['c2a', 'c3', 'c4a', 'c5']);
    expect(derived.level).toBe(1);
    expect(derived.inconsistencies).toEqual([
      { criterion: 'c3', level: 3, incompleteLevel: 2 },
      { criterion: 'c4a', level: 4, incompleteLevel: 2 },
      { criterion: 'c5', level: 5, incompleteLevel: 2 },
    ]);
    expect(derived.next).toEqual({ level: 2, missing: ['c2b'] });
  });

  it('uses an indicator\'s own criteria instead of its scale\'s', () => {
    const catalogue = ownCriteriaCatalogue();
    expect(deriveLevel(catalogue, '1', ['own2', 'own3']).level).toBe(3);
    expect(deriveLevel(catalogue, '2', ['c2a', 'c2b']).level).toBe(2);
    expect(safeDeriveLevel(catalogue, '1', ['c2a']).success).toBe(false);
  });

  it('uses the general criteria of the built-in 59/2020 scales', () => {
    expect(deriveLevel(permenpanrb592020, '12', ['p2.plan', 'p2.monitor', 'p2.enacted']).level).toBe(2);
    expect(deriveLevel(permenpanrb592020, '42', ['s2.two-way', 's2.response', 's3.end-to-end', 's3.workflow', 's3.notify']).level).toBe(3);
    for (const indicator of permenpanrb592020.indicators) {
      const all = indicator.criteria!.flatMap((entry) => entry.criteria.map((criterion) => criterion.id));
      expect(deriveLevel(permenpanrb592020, indicator.id, all).level).toBe(5);
      expect(deriveLevel(permenpanrb592020, indicator.id, []).level).toBe(1);
    }
  });

  it('rejects an unknown indicator, an unknown criterion and an indicator without criteria', () => {
    const codes = (outcome: ReturnType<typeof safeDeriveLevel>) => (outcome.success ? [] : outcome.issues.map((issue) => issue.code));
    expect(codes(safeDeriveLevel(withChecklist, '99', []))).toEqual(['indicator.unknown']);
    expect(codes(safeDeriveLevel(withChecklist, '1', ['nope', 'c2a']))).toEqual(['level.unknown_criterion']);
    expect(codes(safeDeriveLevel(withChecklist, '1', [3 as unknown as string]))).toEqual(['level.criteria_invalid']);
    expect(codes(safeDeriveLevel(defineCatalogue(baseDefinition()), '1', []))).toEqual(['level.no_criteria']);
    expect(() => deriveLevel(withChecklist, '99', [])).toThrow(SpbeError);
  });

  it('names a first argument that is not a catalogue instead of throwing a TypeError', () => {
    for (const value of [null, undefined, 0, 'katalog', [], {}, { lookup: null }]) {
      const outcome = safeDeriveLevel(value as never, '1', []);
      expect(!outcome.success && outcome.issues.map((issue) => [issue.code, issue.path])).toEqual([['catalogue.invalid_type', ['catalogue']]]);
      expect(() => deriveLevel(value as never, '1', [])).toThrow(SpbeError);
    }
  });
});
