import type { Issue, PathSegment } from '../model/issue.js';
import { catalogueIssue } from './catalogue-issues.js';

/** Keys that could reach an object's prototype if any code copied them naively. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper than any sensible catalogue; bounds the recursion of the schema on hostile input. */
export const MAX_DEPTH = 64;

/** Whether a key is one of the forbidden prototype keys. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN.has(key);
}

/**
 * Walks raw input before any schema sees it. `JSON.parse('{"__proto__": 1}')` creates an *own*
 * `__proto__` key, so own keys are read with Object.keys. Also refuses cycles and absurd depth,
 * which would otherwise overflow the stack of a recursive schema.
 */
export function forbiddenKeyIssues(input: unknown): Issue[] {
  const issues: Issue[] = [];
  const active = new Set<object>();
  // One path, extended and shortened as the walk goes; copied only into an issue.
  const path: PathSegment[] = [];
  const visit = (value: unknown): boolean => {
    if (value === null || typeof value !== 'object') return true;
    if (active.has(value) || path.length > MAX_DEPTH) {
      issues.push(
        catalogueIssue(
          'catalogue.invalid_value',
          [...path],
          'Data katalog bersiklus atau terlalu dalam.',
          'The catalogue data is cyclic or nested too deeply.',
          { expected: `acyclic data at most ${MAX_DEPTH} levels deep` },
        ),
      );
      return false;
    }
    active.add(value);
    if (Array.isArray(value)) {
      // Indexes, not a key array per array: a catalogue of 100,000 indicators has many.
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        const fine = visit(value[i]);
        path.pop();
        if (!fine) return false;
      }
      active.delete(value);
      return true;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key)) {
        issues.push(
          catalogueIssue(
            'catalogue.forbidden_key',
            [...path, key],
            `Kunci "${key}" tidak diizinkan dalam katalog.`,
            `The key "${key}" is not allowed in a catalogue.`,
            { received: key },
          ),
        );
        continue;
      }
      path.push(key);
      const fine = visit((value as Record<PathSegment, unknown>)[key]);
      path.pop();
      if (!fine) return false;
    }
    active.delete(value);
    return true;
  };
  visit(input);
  return issues;
}
