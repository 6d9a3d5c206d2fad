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

  it('freezes own members at any depth, and leaves what an object inherits alone', () => {
    const inherited = { shared: {} };
    const value = Object.assign(Object.create(inherited) as Record<string, unknown>, { own: [{ deep: { deeper: {} } }], text: 'x' });
    deepFreeze(value);
    expect(Object.isFrozen((value.own as { deep: { deeper: object } }[])[0]!.deep.deeper)).toBe(true);
    expect(Object.isFrozen(inherited.shared)).toBe(false);
  });

});
