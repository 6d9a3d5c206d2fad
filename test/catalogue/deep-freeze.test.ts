import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/catalogue/deep-freeze.js';

describe('deepFreeze', () => {
  it('freezes a cyclic graph and terminates', () => {
    const a: Record<string, unknown> = { list: [{}] };
    a.self = a;
    expect(deepFreeze(a)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen((a.list as object[])[0])).toBe(true);
  });

});
