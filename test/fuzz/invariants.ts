import { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import { SpbeError, type Issue } from '../../src/model/issue.js';

/** Fuzz budget: enough to find shallow crashes, small enough for 2 shared cores. */
export const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);

/** Every rejection is data: a code, a path of keys/indices and a message in both languages. */
export function expectWellFormedIssues(issues: readonly Issue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.code).toBe('string');
    expect(issue.code).toMatch(/^[a-z_]+(\.[a-z_]+)+$/);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const segment of issue.path) expect(['string', 'number']).toContain(typeof segment);
    expect(typeof issue.message.id).toBe('string');
    expect(typeof issue.message.en).toBe('string');
    expect(issue.message.id.trim().length).toBeGreaterThan(0);
    expect(issue.message.en.trim().length).toBeGreaterThan(0);
  }
}

/** Calls `fn`; the only exception it may throw is the library's own, carrying well-formed issues. */
export function expectOnlySpbeError(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SpbeError);
    expectWellFormedIssues((error as SpbeError).issues);
  }
}

const DECIMAL_SETTINGS = ['precision', 'rounding', 'toExpNeg', 'toExpPos', 'minE', 'maxE', 'crypto', 'modulo'] as const;

/** What no input may change: Object.prototype's own keys and decimal.js's global configuration. */
export function globalState(): string {
  const proto = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
  const decimal = DECIMAL_SETTINGS.map((key) => `${key}=${String((Decimal as unknown as Record<string, unknown>)[key])}`).join(',');
  // A polluted prototype shows up as an inherited key on a fresh object too.
  const inherited: string[] = [];
  for (const key in {}) inherited.push(key);
  return `${proto}|${decimal}|${inherited.join(',')}|${String(({} as Record<string, unknown>)['polluted'])}`;
}
