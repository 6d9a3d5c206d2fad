import { describe, expect, it } from 'vitest';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { planFieldIssues, planOptionsOf, typedLevel, typedStepCosts } from '../../src/workbench/plan-entries.js';
import { EMPTY_PLAN, withIndicatorPlan, type PlanState } from '../../src/workbench/state.js';

/*
 * How the per-indicator costs, caps and locks typed in the page become the planner's options:
 * in place of the costs file's entry for the same indicator, whether the file named it by id or
 * by code, and with the planner's own issues for the typed values only.
 */
const withFile = (options: unknown): PlanState => ({ ...EMPTY_PLAN, costs: { name: 'biaya.json', options } });

describe('plan options typed per indicator', () => {
  it('reads typed costs and caps with the decimal comma, and leaves a wrong one for the planner', () => {
    expect(typedStepCosts('2,5')).toBe('2.5');
    expect(typedStepCosts(' 1; 1; 2,5 ;4')).toEqual(['1', '1', '2.5', '4']);
    expect(typedLevel('4')).toBe(4);
    expect(typedLevel(' 4,0 ')).toBe(4);
    expect(typedLevel('4,5')).toBe(4.5);
    expect(typedLevel('empat')).toBe('empat');
  });

  it('replaces the file’s cost and cap of an indicator it names by code, and adds a typed lock once', () => {
    let plan = withFile({ defaultCost: 2, costs: { I5: 3, '1.1': 4 }, caps: { I5: 3 }, locked: ['I7', 'I2'] });
    plan = withIndicatorPlan(plan, '5', { cost: '1; 1; 1; 1,5', cap: '4', locked: false });
    plan = withIndicatorPlan(plan, '7', { cost: '', cap: '', locked: true });
    plan = withIndicatorPlan(plan, '9', { cost: '', cap: '', locked: true });
    expect(planOptionsOf(plan, permenpanrb82026)).toEqual({
      defaultCost: 2,
      costs: { '1.1': 4, '5': ['1', '1', '1', '1.5'] },
      caps: { '5': 4 },
      locked: ['I2', '7', '9'],
    });
    expect(planFieldIssues(plan, permenpanrb82026)).toEqual([]);
  });

  it('keeps nothing for an indicator whose fields are emptied again', () => {
    const typed = withIndicatorPlan(EMPTY_PLAN, '5', { cost: '2', cap: '', locked: false });
    expect(withIndicatorPlan(typed, '5', { cost: '', cap: '', locked: false }).indicators).toEqual({});
    expect(planOptionsOf(withIndicatorPlan(typed, '5', { cost: '', cap: '', locked: false }), permenpanrb82026)).toEqual({});
  });

  it('answers a bad typed cost or cap with the planner’s issue at that field, and a bad file entry not at any field', () => {
    let plan = withFile({ costs: { I6: 'dua' } });
    plan = withIndicatorPlan(plan, '5', { cost: '1; dua; 1; 1', cap: '4,5', locked: false });
    const found = planFieldIssues(plan, permenpanrb82026);
    expect(found.map((entry) => [entry.id, entry.field, entry.issue.code])).toEqual([
      ['5', 'cap', 'plan.level_invalid'],
      ['5', 'cost', 'plan.cost_invalid'],
    ]);
    expect(found[1]?.issue.message.en).toMatch(/^A cost must be a non-negative number/u);
  });

  it('leaves options that are not an object, or a costs entry that is not one, as they are for the planner to refuse', () => {
    const typed = (options: unknown) => withIndicatorPlan(withFile(options), '5', { cost: '2', cap: '3', locked: true });
    expect(planOptionsOf(typed([1, 2]), permenpanrb82026)).toEqual([1, 2]);
    expect(planOptionsOf(typed({ costs: 'mahal', locked: 'I5' }), permenpanrb82026)).toEqual({ costs: 'mahal', caps: { '5': 3 }, locked: 'I5' });
  });
});
