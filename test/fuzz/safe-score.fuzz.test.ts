import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { deepValue, duplicateKeyJson, mutate, mutation, nastyValue, nested, PROTO_KEYS, validLevels, validMetadata, withProtoKeys } from './arbitraries.js';
import { expectOnlySpbeError, expectWellFormedIssues, globalState, RUNS } from './invariants.js';

/*
 * safeScore never throws, whatever it is given; score throws only SpbeError; every rejection is
 * well-formed; valid assessments are never rejected; nothing leaks into global state.
 */

const before = globalState();

function check(input: unknown, options?: unknown): ReturnType<typeof safeScore> {
  const outcome = safeScore(catalogue, input, options as never);
  if (!outcome.success) expectWellFormedIssues(outcome.issues);
  expectOnlySpbeError(() => score(catalogue, input as never, options as never));
  expect(globalState()).toBe(before);
  return outcome;
}

/** Any JSON-ish value, including prototype keys as own keys (as JSON.parse makes them). */
const anyJson = fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);

describe('safeScore under fuzzing', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(fc.property(anyJson, (input) => void check(input)), { numRuns: RUNS });
  });

  it('never throws on arbitrary JSON under "levels", nor with arbitrary options', () => {
    fc.assert(
      fc.property(anyJson, fc.oneof(fc.constant(undefined), anyJson, fc.record({ decimals: nastyValue, rounding: nastyValue, missing: nastyValue })), (levels, options) => {
        check({ levels }, options);
      }),
      { numRuns: RUNS },
    );
  });

  it('never rejects a valid complete assessment, with or without metadata', () => {
    fc.assert(
      fc.property(validLevels(catalogue), validMetadata, (levels, metadata) => {
        const outcome = check({ ...metadata, levels });
        expect(outcome.success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('rejects one bad level with an issue at exactly its path, and accepts exactly the valid levels', () => {
    fc.assert(
      fc.property(validLevels(catalogue), fc.nat(), nastyValue, (levels, i, value) => {
        const indicator = catalogue.indicators[i % catalogue.indicators.length]!;
        const outcome = check({ levels: { ...levels, [indicator.id]: value } });
        const valid = Number.isInteger(value) && (value as number) >= indicator.scale.min && (value as number) <= indicator.scale.max;
        expect(outcome.success).toBe(valid);
        if (!outcome.success) expect(outcome.issues.map((issue) => issue.path)).toEqual([['levels', indicator.id]]);
      }),
      { numRuns: RUNS },
    );
  });

  it('rejects or scores mutated valid assessments, never crashes', () => {
    fc.assert(
      fc.property(validLevels(catalogue), fc.array(mutation, { minLength: 1, maxLength: 4 }), (levels, mutations) => {
        const input = mutate(catalogue, { levels }, mutations);
        const outcome = check(input);
        if (outcome.success) expect(outcome.output.indicators).toHaveLength(catalogue.indicators.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('rejects prototype keys as unknown keys and is not polluted by them', () => {
    fc.assert(
      fc.property(validLevels(catalogue), fc.oneof(nastyValue, fc.constant({ polluted: true })), (levels, payload) => {
        const top = check(withProtoKeys({ levels }, payload));
        expect(top.success).toBe(false);
        const inLevels = check({ levels: withProtoKeys(levels, payload) });
        expect(inLevels.success).toBe(false);
        if (!inLevels.success) {
          const paths = inLevels.issues.map((issue) => issue.path.join('/'));
          for (const key of PROTO_KEYS) expect(paths).toContain(`levels/${key}`);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('handles deep nesting, very long strings and huge numbers anywhere', () => {
    fc.assert(
      fc.property(validLevels(catalogue), fc.oneof(deepValue, nastyValue), fc.constantFrom('levels', 'agency', 'notes', 'year'), (levels, value, key) => {
        check({ levels, [key]: value });
        check({ levels: { ...levels, '1': value } });
      }),
      { numRuns: 150 },
    );
    for (const depth of [5_000, 100_000]) {
      expect(check({ levels: nested(depth) }).success).toBe(false);
      expect(check({ levels: Object.fromEntries(catalogue.indicators.map((i) => [i.id, 3])), notes: nested(depth) }).success).toBe(false);
    }
    // A long agency name is metadata, not a problem.
    expect(check({ levels: { ...Object.fromEntries(catalogue.indicators.map((i) => [i.id, 3])) }, agency: 'x'.repeat(1_000_000) }).success).toBe(true);
  });

  it('reads JSON text with duplicate keys as JSON.parse does (the last one wins), with no crash', () => {
    fc.assert(
      fc.property(validLevels(catalogue), fc.nat(), nastyValue, (levels, i, first) => {
        const id = catalogue.indicators[i % catalogue.indicators.length]!.id;
        const parsed = JSON.parse(duplicateKeyJson(levels, id, typeof first === 'bigint' ? 0 : first ?? null)) as unknown;
        const outcome = check(parsed);
        expect(outcome.success).toBe(true);
        if (outcome.success) expect(outcome.output.indicators.find((indicator) => indicator.id === id)?.level).toBe(levels[id]);
      }),
      { numRuns: RUNS },
    );
  });

  it('does not crash on hostile objects: getters that throw, proxies, cycles, class instances', () => {
    const levels = Object.fromEntries(catalogue.indicators.map((i) => [i.id, 3]));
    const throwing = Object.defineProperty({ ...levels }, '7', { enumerable: true, get: () => { throw new Error('boom'); } });
    const cyclic: Record<string, unknown> = { levels };
    cyclic['notes'] = cyclic;
    const inputs: unknown[] = [
      { levels: throwing },
      cyclic,
      new Proxy({ levels }, {}),
      Object.assign(Object.create({ inherited: true }) as object, { levels }),
      new Map([['levels', levels]]),
      { levels: new Proxy(levels, { ownKeys: () => { throw new Error('no keys'); } }) },
    ];
    for (const input of inputs) {
      let outcome;
      expect(() => (outcome = safeScore(catalogue, input))).not.toThrow();
      if (outcome !== undefined && !(outcome as { success: boolean }).success) expectWellFormedIssues((outcome as { issues: never }).issues);
    }
  });
});
