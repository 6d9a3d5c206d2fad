import fc from 'fast-check';
import type { Catalogue } from '../../src/model/catalogue.js';

/** Keys that reach a prototype when code copies them naively. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Values that have broken parsers before: huge, tiny, negative zero, non-finite, odd types. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_VALUE,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    2.5,
    3.0000000000000004,
    '3',
    ' 3',
    '3.0',
    '',
    'na',
    'NA',
    '\uFEFF3',
    null,
    true,
    [],
    [3],
    {},
  ),
  fc.string({ minLength: 1000, maxLength: 5000 }),
  fc.bigInt(),
  fc.double(),
  fc.integer({ min: -10, max: 10 }),
);

/** Arrays and objects nested `depth` deep, alternating, with a level at the bottom. */
export function nested(depth: number): unknown {
  let value: unknown = 3;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { levels: value };
  return value;
}

/**
 * Deep nesting inside fast-check stays moderate: fast-check's own reporting recurses through
 * values. The very deep cases (100,000 levels) are tested directly.
 */
export const deepValue: fc.Arbitrary<unknown> = fc.integer({ min: 20, max: 300 }).map(nested);

/** An object that holds prototype keys as own keys, the way JSON.parse creates them. */
export function withProtoKeys(base: Record<string, unknown>, payload: unknown): Record<string, unknown> {
  const replacer = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);
  const json = JSON.stringify(base, replacer).slice(0, -1);
  const text = JSON.stringify(payload, replacer) ?? 'null';
  const extra = PROTO_KEYS.map((key) => `"${key}":${text}`).join(',');
  return JSON.parse(`${json}${json.length > 1 ? ',' : ''}${extra}}`) as Record<string, unknown>;
}

/** A complete, valid level map for a catalogue. */
export function validLevels(catalogue: Catalogue): fc.Arbitrary<Record<string, number>> {
  return fc
    .tuple(...catalogue.indicators.map((indicator) => fc.integer({ min: indicator.scale.min, max: indicator.scale.max })))
    .map((levels) => Object.fromEntries(catalogue.indicators.map((indicator, i) => [indicator.id, levels[i] as number])));
}

/** Metadata a valid assessment may carry. */
export const validMetadata = fc.record(
  { agency: fc.string({ maxLength: 200 }), year: fc.integer({ min: 2018, max: 2030 }), note: fc.string({ maxLength: 500 }) },
  { requiredKeys: [] },
);

/** One edit of a valid assessment: a level replaced, removed, added, or a key poisoned. */
export type Mutation =
  | { kind: 'set-level'; index: number; value: unknown }
  | { kind: 'delete-level'; index: number }
  | { kind: 'add-level'; key: string; value: unknown }
  | { kind: 'set-top'; key: string; value: unknown }
  | { kind: 'proto'; where: 'top' | 'levels'; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set-level' as const), index: fc.nat(), value: nastyValue }),
  fc.record({ kind: fc.constant('delete-level' as const), index: fc.nat() }),
  fc.record({
    kind: fc.constant('add-level' as const),
    key: fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS, '48', '0', '1.0', ' 1', 'toString')),
    value: nastyValue,
  }),
  fc.record({
    kind: fc.constant('set-top' as const),
    key: fc.constantFrom('levels', 'agency', 'year', 'note', 'notes', '$schema', 'extra', 'toString'),
    value: fc.oneof(nastyValue, deepValue),
  }),
  fc.record({ kind: fc.constant('proto' as const), where: fc.constantFrom('top' as const, 'levels' as const), value: fc.oneof(nastyValue, fc.constant({ polluted: true })) }),
);

/** Applies mutations to a copy of an assessment (JSON-shaped), returning the new value. */
export function mutate(catalogue: Catalogue, assessment: Record<string, unknown>, mutations: readonly Mutation[]): Record<string, unknown> {
  let top: Record<string, unknown> = { ...assessment, levels: { ...(assessment['levels'] as Record<string, unknown>) } };
  for (const m of mutations) {
    const levels = top['levels'];
    const levelMap = typeof levels === 'object' && levels !== null && !Array.isArray(levels) ? (levels as Record<string, unknown>) : null;
    const id = catalogue.indicators[(m.kind === 'set-level' || m.kind === 'delete-level' ? m.index : 0) % catalogue.indicators.length]!.id;
    switch (m.kind) {
      case 'set-level':
        if (levelMap) levelMap[id] = m.value;
        break;
      case 'delete-level':
        if (levelMap) delete levelMap[id];
        break;
      case 'add-level':
        if (levelMap) Object.defineProperty(levelMap, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
        break;
      case 'set-top':
        Object.defineProperty(top, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
        break;
      case 'proto':
        if (m.where === 'top') top = withProtoKeys(top, m.value);
        else if (levelMap) top['levels'] = withProtoKeys(levelMap, m.value);
        break;
    }
  }
  return top;
}

/** JSON text of an object with one key repeated (JSON.parse keeps the last). */
export function duplicateKeyJson(levels: Record<string, number>, key: string, first: unknown): string {
  const body = JSON.stringify(levels).slice(1, -1);
  return `{"levels":{${JSON.stringify(key)}:${JSON.stringify(first)},${body}}}`;
}
