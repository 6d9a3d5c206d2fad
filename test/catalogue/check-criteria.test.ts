import { describe, expect, it } from 'vitest';
import { safeCompileCatalogue } from '../../src/catalogue/compile.js';
import { checkIndicatorCriteria, checkScaleCriteria } from '../../src/catalogue/check-criteria.js';
import type { CatalogueDefinition, IndicatorDefinition, ScaleDefinition } from '../../src/model/catalogue.js';
import type { Issue } from '../../src/model/issue.js';
import { baseDefinition, withCriteria } from '../helpers/small-catalogue.js';

/**
 * Pins safeCompileCatalogue's meaning checks: each case breaks exactly one thing in the valid base
 * definition and lists every issue expected, with its code, path, both messages and details.
 */

type Def = Record<string, any>;

function compile(definition: Def) {
  return safeCompileCatalogue(definition as unknown as CatalogueDefinition);
}

// Paths into the base definition.
const A1 = ['groups', 0, 'groups', 0];

const IND1 = [...A1, 'indicators', 0];

const text = (id: string, en: string) => ({ id, en });

const criteria = (level: number, ...ids: string[]) => ({ level, criteria: ids.map((id) => ({ id, text: text(`Kriteria ${id}`, `Criterion ${id}`) })) });

describe('criteria checklists', () => {
  const scale = (): ScaleDefinition => withCriteria(baseDefinition()).scales[0];
  const named = (...ids: string[]) => ids.map((id) => ({ id, text: text(`Kriteria ${id}`, `Criterion ${id}`) }));
  /** The compiled checklist of indicator 1 (checks pass, so the build ran). */
  const checklistOf = (definition: Def) => {
    const outcome = compile(definition);
    if (!outcome.success) throw new Error(JSON.stringify(outcome.issues));
    return outcome.output.indicators[0]!.criteria;
  };

  it("resolves a scale's general checklist level by level, the minimum with none", () => {
    const issues: Issue[] = [];
    checkScaleCriteria(scale(), ['scales', 0], issues);
    expect(issues).toEqual([]);
    expect(checklistOf(withCriteria(baseDefinition()))).toEqual([
      { level: 1, criteria: [] },
      { level: 2, criteria: named('c2a', 'c2b') },
      { level: 3, criteria: named('c3') },
      { level: 4, criteria: named('c4a', 'c4b') },
      { level: 5, criteria: named('c5') },
    ]);
  });

  it('has no general checklist for a scale without criteria', () => {
    const issues: Issue[] = [];
    checkScaleCriteria(baseDefinition().scales[0], ['scales', 0], issues);
    expect(issues).toEqual([]);
    expect(checklistOf(baseDefinition())).toBeNull();
  });

  it("falls back to the scale's checklist when the indicator has none of its own", () => {
    const indicator = baseDefinition().groups[0].groups[0].indicators[0] as IndicatorDefinition;
    const issues: Issue[] = [];
    checkIndicatorCriteria(indicator, scale(), IND1, issues);
    expect(issues).toEqual([]);
    expect(checklistOf(withCriteria(baseDefinition()))?.[2]).toEqual({ level: 3, criteria: named('c3') });
    expect(checklistOf(baseDefinition())).toBeNull();
  });

  it('resolves own criteria in level order from the minimum, in place of the scale checklist', () => {
    const d = withCriteria(baseDefinition());
    const indicator = { ...d.groups[0].groups[0].indicators[0], criteria: [criteria(4, 'c'), criteria(2, 'a'), criteria(5, 'd'), criteria(3, 'b')] };
    const issues: Issue[] = [];
    checkIndicatorCriteria(indicator as IndicatorDefinition, scale(), IND1, issues);
    expect(issues).toEqual([]);
    d.groups[0].groups[0].indicators[0] = indicator;
    expect(checklistOf(d)).toEqual([
      { level: 1, criteria: [] },
      { level: 2, criteria: named('a') },
      { level: 3, criteria: named('b') },
      { level: 4, criteria: named('c') },
      { level: 5, criteria: named('d') },
    ]);
  });

  it('reports nothing for own criteria on an unknown scale (the unknown scale is reported instead)', () => {
    const indicator = { ...baseDefinition().groups[0].groups[0].indicators[0], criteria: [criteria(9)] };
    const issues: Issue[] = [];
    checkIndicatorCriteria(indicator as IndicatorDefinition, undefined, IND1, issues);
    expect(issues).toEqual([]);
  });
});
