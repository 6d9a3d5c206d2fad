import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { SpbeError } from '../../src/model/issue.js';
import { ASSESSMENT_ISSUE_CODES } from '../../src/scoring/assessment-issues.js';
import { deriveLevel, safeDeriveLevel } from '../../src/scoring/derive-level.js';
import { safeScore, score } from '../../src/scoring/score.js';
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

const pemdi = defineCatalogue(JSON.parse(readFileSync(new URL('../helpers/pemdi-2026-sketch.catalogue.json', import.meta.url), 'utf8')));

const pemdiAssessment = JSON.parse(readFileSync(new URL('../helpers/pemdi-2026-sketch.assessment.json', import.meta.url), 'utf8'));

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

describe('assessments may give criteria met instead of a level', () => {
  const levels = { '1': 2, '2': 3, '3': 4, '4': 2, '5': 5, '6': 1, '7': 3 };
  const asCriteria = {
    ...levels,
    '1': { criteria: ['c2a', 'c2b'] },
    '3': { criteria: ['c4b', 'c4a', 'c3', 'c2b', 'c2a'] },
  };

  it('scores both forms the same way', () => {
    const byLevel = score(withChecklist, { levels });
    const byCriteria = score(withChecklist, { levels: asCriteria });
    expect(byCriteria.index).toEqual(byLevel.index);
    expect(byCriteria.groups).toEqual(byLevel.groups);
    expect(byCriteria.indicators.map((indicator) => indicator.level)).toEqual(byLevel.indicators.map((indicator) => indicator.level));
  });

  it('turns inconsistencies into warnings, never silently', () => {
    const result = score(withChecklist, { levels: { ...levels, '1': { criteria: ['c2a', 'c3'] } } });
    expect(result.indicators[0]!.level).toBe(1);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'level.criteria_inconsistent', path: ['levels', '1', 'criteria'], received: 'c3' }),
    ]);
  });

  it('reports each bad criteria answer with its own code and path', () => {
    const outcome = safeScore(defineCatalogue(baseDefinition()), { levels: { ...levels, '1': { criteria: ['c2a'] } } });
    expect(outcome.success || outcome.issues.map((issue) => issue.code)).toEqual(['level.no_criteria']);
    const bad = safeScore(withChecklist, {
      levels: { ...levels, '1': { criteria: 'c2a' }, '2': { criteria: ['x'] }, '3': { criteria: ['c2a'], extra: 1 }, '4': { value: '1' } },
    });
    expect(bad.success ? [] : bad.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['level.criteria_invalid', ['levels', '1', 'criteria']],
      ['level.unknown_criterion', ['levels', '2', 'criteria', 0]],
      ['level.input_invalid', ['levels', '3']],
      ['level.no_measure', ['levels', '4', 'value']],
    ]);
  });
});

describe('measured values: a two-tier catalogue shaped like the announced 2026 instrument', () => {
  it('has aspects only, and scores a hand-checked assessment', () => {
    expect(pemdi.tiers.map((tier) => tier.id)).toEqual(['aspect']);
    const result = score(pemdi, pemdiAssessment);
    // Aspect values × weights (A4 re-normalised over its one applicable indicator):
    // A1 3×5 + A2 3×5 + A3 (4+3+2)/3×20 + A4 2×6 + A5 4×9 + A6 3×10 + A7 (2+4)/2×10 + A8 (3+3+4)/3×15 + A9 4×20
    // = 15 + 15 + 60 + 12 + 36 + 30 + 30 + 50 + 80 = 328, over 100 → 3.28.
    expect(result.index).toMatchObject({ value: '3.28', exact: '82/25' });
    expect(result.domains).toEqual([]);
    expect(result.aspects).toHaveLength(9);
    expect(result.complete).toBe(false);
    expect(result.coverage).toBe('97/100');
    expect(result.indicators.find((indicator) => indicator.id === '16')!.level).toBe(4); // 1.25 is in [0.8, 2.4)
  });

  it('maps values to bands: min inclusive, max exclusive, the last band closed', () => {
    const levelFor = (value: string | number) => {
      const outcome = safeScore(pemdi, { ...pemdiAssessment, levels: { ...pemdiAssessment.levels, '16': { value } } });
      return outcome.success ? outcome.output.indicators.find((indicator) => indicator.id === '16')!.level : outcome.issues[0]!.code;
    };
    expect(levelFor('-4')).toBe(1);
    expect(levelFor('-2.4')).toBe(2);
    expect(levelFor('-2.4000001')).toBe(1);
    expect(levelFor('0.8')).toBe(4);
    expect(levelFor(0.79)).toBe(3);
    expect(levelFor('2.4')).toBe(5);
    expect(levelFor(4)).toBe(5);
    expect(levelFor('4.0001')).toBe('level.value_out_of_range');
    expect(levelFor('-5')).toBe('level.value_out_of_range');
    expect(levelFor('1,25')).toBe('level.value_invalid');
    expect(levelFor(Number.NaN)).toBe('level.value_invalid');
    expect(levelFor(1e-7)).toBe('level.value_invalid');
  });

  it('a measured indicator may still be given its level directly', () => {
    const result = score(pemdi, { ...pemdiAssessment, levels: { ...pemdiAssessment.levels, '16': 4 } });
    expect(result.index.exact).toBe('82/25');
  });
});

describe('every new level issue code is exercised', () => {
  it('lists them among the assessment codes', () => {
    for (const code of [
      'level.input_invalid',
      'level.no_criteria',
      'level.criteria_invalid',
      'level.unknown_criterion',
      'level.criteria_inconsistent',
      'level.no_measure',
      'level.value_invalid',
      'level.value_out_of_range',
    ]) {
      expect(ASSESSMENT_ISSUE_CODES).toContain(code);
    }
  });
});
