import fc from 'fast-check';
import { nastyValue, PROTO_KEYS } from './arbitraries.js';

/** Every path to a value inside a JSON tree (objects and arrays), root included. */
export function pathsOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}

export type JsonEdit =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'proto-key'; at: number; key: (typeof PROTO_KEYS)[number] }
  | { op: 'duplicate'; at: number };

export const jsonEdit: fc.Arbitrary<JsonEdit> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: nastyValue }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('proto-key' as const), at: fc.nat(), key: fc.constantFrom(...PROTO_KEYS) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
);

/** Applies one edit to a deep copy of a JSON value; object keys are set as own keys. */
export function applyEdit(root: unknown, edit: JsonEdit): unknown {
  const copy = structuredClone(root);
  const paths = pathsOf(copy);
  const path = paths[edit.at % paths.length]!;
  if (path.length === 0) return edit.op === 'replace' ? edit.value : copy;
  let parent: unknown = copy;
  for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[segment];
  const last = path[path.length - 1]!;
  const container = parent as Record<string | number, unknown>;
  const target = container[last];
  switch (edit.op) {
    case 'replace':
      container[last] = edit.value;
      break;
    case 'delete':
      if (Array.isArray(container)) container.splice(last as number, 1);
      else delete container[last];
      break;
    case 'proto-key':
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        Object.defineProperty(target, edit.key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      }
      break;
    case 'duplicate':
      if (Array.isArray(container)) container.splice(last as number, 0, structuredClone(target));
      break;
  }
  return copy;
}
