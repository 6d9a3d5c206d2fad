import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineCatalogue, safeDefineCatalogue } from '../../src/catalogue/define.js';
import { permenpanrb592020, permenpanrb592020Definition } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { safeScore } from '../../src/scoring/score.js';
import { deepValue, nested, withProtoKeys } from './arbitraries.js';
import { expectOnlySpbeError, expectWellFormedIssues, globalState, RUNS } from './invariants.js';
import { applyEdit, jsonEdit } from './json-mutate.js';

/*
 * safeDefineCatalogue never throws, on any input; defineCatalogue throws only SpbeError; every
 * rejection is well-formed; the built-in definition, read back from JSON, is accepted and scores
 * exactly like the built-in catalogue; nothing leaks into global state.
 */

const before = globalState();
const definitionJson = JSON.parse(JSON.stringify(permenpanrb592020Definition)) as Record<string, unknown>;

function check(input: unknown): ReturnType<typeof safeDefineCatalogue> {
  const outcome = safeDefineCatalogue(input);
  if (!outcome.success) expectWellFormedIssues(outcome.issues);
  expectOnlySpbeError(() => defineCatalogue(input));
  expect(globalState()).toBe(before);
  return outcome;
}

describe('safeDefineCatalogue under fuzzing', () => {
  it('accepts the built-in definition read back from JSON, and it scores identically', () => {
    const outcome = check(definitionJson);
    expect(outcome.success).toBe(true);
    if (!outcome.success) return;
    expect(outcome.output.checksum).toBe(permenpanrb592020.checksum);
    const levels = Object.fromEntries(permenpanrb592020.indicators.map((i) => [i.id, (i.number % 5) + 1]));
    const mine = safeScore(outcome.output, { levels });
    const builtIn = safeScore(permenpanrb592020, { levels });
    expect(mine.success && builtIn.success && mine.output.index).toEqual(builtIn.success && builtIn.output.index);
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), (input) => void check(input)), { numRuns: 200 });
  });

  it('never throws on the built-in definition with one to three random edits', () => {
    fc.assert(
      fc.property(fc.array(jsonEdit, { minLength: 1, maxLength: 3 }), (edits) => {
        const edited = edits.reduce<unknown>((value, edit) => applyEdit(value, edit), definitionJson);
        check(edited);
      }),
      { numRuns: RUNS },
    );
  });

  it('rejects prototype keys anywhere, including own __proto__ keys made by JSON.parse', () => {
    expect(check(withProtoKeys(definitionJson, { polluted: true })).success).toBe(false);
    const groups = definitionJson['groups'] as Record<string, unknown>[];
    const poisoned = { ...definitionJson, groups: [withProtoKeys(groups[0]!, 1), ...groups.slice(1)] };
    const outcome = check(poisoned);
    expect(outcome.success).toBe(false);
  });

  it('survives deep nesting, in fast-check and far deeper', () => {
    fc.assert(fc.property(deepValue, fc.constantFrom('groups', 'scales', 'title', 'extra'), (value, key) => void check({ ...definitionJson, [key]: value })), {
      numRuns: 100,
    });
    for (const depth of [10_000, 100_000]) expect(check({ ...definitionJson, groups: nested(depth) }).success).toBe(false);
  });

  it('does not crash on hostile objects (throwing getters, cycles)', () => {
    const cyclic: Record<string, unknown> = { ...definitionJson };
    cyclic['groups'] = [cyclic];
    const throwing = Object.defineProperty({ ...definitionJson }, 'id', { enumerable: true, get: () => { throw new Error('boom'); } });
    for (const input of [cyclic, throwing]) expect(() => check(input)).not.toThrow();
  });
});
