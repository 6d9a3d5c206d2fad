import { describe, expect, it } from 'vitest';
import { forbiddenKeyIssues, MAX_DEPTH } from '../../src/catalogue/forbidden-keys.js';

describe('forbiddenKeyIssues', () => {
  const nest = (depth: number): Record<string, unknown> => (depth === 0 ? {} : { a: nest(depth - 1) });

  it('accepts nulls and strings as leaves', () => {
    expect(forbiddenKeyIssues({ a: null, b: 'text', c: [null, 'x'] })).toEqual([]);
  });

  it(`allows nesting ${MAX_DEPTH} levels deep and refuses one more`, () => {
    expect(forbiddenKeyIssues(nest(MAX_DEPTH))).toEqual([]);
    const issues = forbiddenKeyIssues(nest(MAX_DEPTH + 1));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toHaveLength(MAX_DEPTH + 1);
  });

  it('reports a cycle once, in both languages, and stops walking', () => {
    // x.a points back at the root; y, visited after x, holds a forbidden key that is never reached.
    const root: Record<string, unknown> = { x: {}, y: JSON.parse('{"constructor": 1}') };
    (root.x as Record<string, unknown>).a = root;
    expect(forbiddenKeyIssues(root)).toEqual([
      {
        code: 'catalogue.invalid_value',
        path: ['x', 'a'],
        message: { id: 'Data katalog bersiklus atau terlalu dalam.', en: 'The catalogue data is cyclic or nested too deeply.' },
        expected: `acyclic data at most ${MAX_DEPTH} levels deep`,
      },
    ]);
  });

  it('names the forbidden key it received', () => {
    expect(forbiddenKeyIssues(JSON.parse('{"a": {"__proto__": 1}}'))).toEqual([
      {
        code: 'catalogue.forbidden_key',
        path: ['a', '__proto__'],
        message: { id: 'Kunci "__proto__" tidak diizinkan dalam katalog.', en: 'The key "__proto__" is not allowed in a catalogue.' },
        received: '"__proto__"',
      },
    ]);
  });
});
