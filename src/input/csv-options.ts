import { makeIssue, type Issue } from '../model/issue.js';

/**
 * The issues of a CSV reader's options: not an object (path `["options"]`), an unknown key
 * (`{ catalog: … }`: `options.unknown`), a `catalogue` that is not a compiled one or `units` that
 * are not a list (`option.invalid`). Never ignored, and never a crash deep in the reading. Kept
 * small, without the "did you mean" of the other functions: it is in the browser CSV bundle.
 */
export function csvOptionIssues(options: unknown, known: readonly string[]): Issue[] {
  if (options === undefined) return [];
  const record = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : undefined;
  return (record ? Object.keys(record) : ['']).flatMap((key) => {
    const value = record?.[key];
    const unknown = key !== '' && !known.includes(key);
    const valid = record && !unknown && (value === undefined || (key === 'units' ? Array.isArray(value) : typeof value === 'object' && value !== null && 'lookup' in value));
    if (valid) return [];
    const name = key || 'options';
    return [
      makeIssue(unknown ? 'options.unknown' : 'option.invalid', key ? ['options', key] : ['options'], {
        id: `Opsi "${name}" ${unknown ? 'tidak dikenal' : 'tidak valid'}.`,
        en: `Option "${name}" is ${unknown ? 'unknown' : 'invalid'}.`,
      }),
    ];
  });
}

/** An option's own value (an inherited key is not an option). */
export const ownOption = <T>(options: object | undefined, key: string): T | undefined =>
  options !== undefined && Object.hasOwn(options, key) ? (options as Record<string, T>)[key] : undefined;
