import { afterEach, describe, expect, it, vi } from 'vitest';
import { inOrder } from '../../src/workbench/in-order.js';
import { loadCosts } from '../../src/workbench/loading.js';
import { freshSession } from '../../src/workbench/session.js';

/*
 * Files are read asynchronously. What the user does meanwhile stays, and files given one after
 * another are applied in that order, however long each takes to read.
 */
afterEach(() => {
  vi.restoreAllMocks();
});

describe('loading files while the user works', () => {
  it('keeps the cost per step typed while a costs file was being read', async () => {
    const session = freshSession(2024, 'id');
    const loading = loadCosts(session, [new File([JSON.stringify({ defaultCost: 2 })], 'biaya.json', { type: 'application/json' })]);
    session.state = { ...session.state, plan: { ...session.state.plan, defaultCost: '1; 2,5' } };
    await loading;
    expect(session.state.plan.defaultCost).toBe('1; 2,5');
    expect(session.state.plan.costs).toEqual({ name: 'biaya.json', options: { defaultCost: 2 } });
  });

  it('applies tasks in the order given, a slow first one before a quick second one', async () => {
    const queue = inOrder();
    const applied: string[] = [];
    let finishFirst = (): void => undefined;
    const first = queue(() => new Promise<void>((resolve) => (finishFirst = resolve)).then(() => void applied.push('catalogue')));
    const second = queue(async () => {
      applied.push('assessment');
    });
    await Promise.resolve();
    expect(applied).toEqual([]);
    finishFirst();
    await Promise.all([first, second]);
    expect(applied).toEqual(['catalogue', 'assessment']);
  });

  it('reports a task that fails on the console and runs the next', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const queue = inOrder();
    const applied: string[] = [];
    void queue(() => Promise.reject(new Error('unreadable')));
    await queue(async () => {
      applied.push('next');
    });
    expect(applied).toEqual(['next']);
    expect(logged).toHaveBeenCalledWith(new Error('unreadable'));
  });
});
