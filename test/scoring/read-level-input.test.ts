import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { ASSESSMENT_ISSUE_CODES } from '../../src/scoring/assessment-issues.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { baseDefinition, withCriteria } from '../helpers/small-catalogue.js';

/*
 * The object forms of an indicator's input (read-level-input.ts): criteria met instead of a
 * level, and a measured value mapped to its level by the indicator's bands.
 */
const withChecklist = defineCatalogue(withCriteria(baseDefinition()));

const pemdi = defineCatalogue(JSON.parse(readFileSync(new URL('../helpers/pemdi-2026-sketch.catalogue.json', import.meta.url), 'utf8')));

const pemdiAssessment = JSON.parse(readFileSync(new URL('../helpers/pemdi-2026-sketch.assessment.json', import.meta.url), 'utf8'));

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
