import { describe, expect, it, vi } from 'vitest';
import { safeFrontier } from '../../../src/analysis/plan/frontier.js';
import { safePlan } from '../../../src/analysis/plan/plan.js';
import { permenpanrb592020 } from '../../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../../src/scoring/score.js';
import { uniformLevels } from '../../helpers/assessments.js';
import { cli } from '../../cli/run-cli.js';

/*
 * Issue 12, section 2: plan and frontier re-score what they are about to return, and a plan that
 * misses its target is an internal error (CLI exit code 3), never a result. A solver that goes
 * wrong is simulated: while `broken` is set, its backtracking picks no raise at all.
 */

const state = vi.hoisted(() => ({ broken: false }));

vi.mock('../../../src/analysis/plan/solver.js', async (importOriginal) => {
  const solver = await importOriginal<typeof import('../../../src/analysis/plan/solver.js')>();
  return {
    ...solver,
    solveNode: (...args: Parameters<typeof solver.solveNode>) => {
      const solved = solver.solveNode(...args);
      if (solved === undefined || !state.broken) return solved;
      // Every pick stays at option 0: the current level, no raise.
      return { ...solved, backtrack: () => undefined };
    },
  };
});

const twos = score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 2) });

async function whileBroken<T>(work: () => T | Promise<T>): Promise<T> {
  state.broken = true;
  try {
    return await work();
  } finally {
    state.broken = false;
  }
}

describe('a plan that misses its target is never returned', () => {
  it('plan: the healthy solver reaches the target', () => {
    const outcome = safePlan(twos, permenpanrb592020, { index: '3' });
    expect(outcome.success && outcome.output.reachable).toBe(true);
  });

  it('plan: a solver that raises nothing gives internal.plan_unverified at the target', async () => {
    const outcome = await whileBroken(() => safePlan(twos, permenpanrb592020, { index: '3', groups: { D1: '3' } }));
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['internal.plan_unverified', 'target.index'],
      ['internal.plan_unverified', 'target.groups.D1'],
    ]);
  });

  it('frontier: a point whose levels do not score its index gives internal.plan_unverified', async () => {
    const outcome = await whileBroken(() => safeFrontier(twos, permenpanrb592020));
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.issues[0]).toMatchObject({ code: 'internal.plan_unverified', path: ['index'] });
  });

  it('spbe plan and spbe frontier exit with code 3 (internal error), writing no plan', async () => {
    for (const args of [
      ['plan', 'examples/kota-contoh-2024.json', '--target', '4.2'],
      ['frontier', 'examples/kota-contoh-2024.json'],
    ]) {
      const { code, stdout, stderr } = await whileBroken(() => cli(args));
      expect(code, args[0]).toBe(3);
      expect(stdout).toBe('');
      expect(stderr).toContain("Kesalahan internal");
    }
  });
});
