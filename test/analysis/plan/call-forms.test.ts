import { describe, expect, it } from 'vitest';
import { frontier, safeFrontier } from '../../../src/analysis/plan/frontier.js';
import { plan, safePlan } from '../../../src/analysis/plan/plan.js';
import { permenpanrb592020 } from '../../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../../src/scoring/score.js';
import { uniformLevels } from '../../helpers/assessments.js';
import { small } from '../../helpers/small-catalogue.js';

describe('plan and frontier call forms', () => {
  const result = score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 2) });
  const options = { defaultCost: [1, 1, 2, 4] };

  it('take the catalogue first, and give the same answer through the deprecated 0.1 forms', () => {
    const first = plan(permenpanrb592020, result, { predicate: 'baik' }, options);
    expect(first.reachable).toBe(true);
    expect(first.result?.index.predicate.id).toBe('baik');
    expect(plan(result, permenpanrb592020, { predicate: 'baik' }, options)).toEqual(first);
    expect(plan(result, { predicate: 'baik' }, options)).toEqual(first);
    const points = frontier(permenpanrb592020, result, options);
    expect(points.points.length).toBeGreaterThan(1);
    expect(frontier(result, permenpanrb592020, options)).toEqual(points);
    expect(frontier(result, options)).toEqual(points);
  });

  it('check the catalogue given first against the result', () => {
    const outcome = safePlan(small, result, { index: '3' });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues.map((issue) => issue.code)).toEqual(['analysis.catalogue_mismatch']);
    const points = safeFrontier(small, result);
    expect(points.success).toBe(false);
    if (!points.success) expect(points.issues.map((issue) => issue.code)).toEqual(['analysis.catalogue_mismatch']);
  });
});
