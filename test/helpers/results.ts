import type { Issue, PathSegment } from '../../src/model/issue.js';
import type { ScoreResult } from '../../src/model/result.js';

/** A deep copy of `result` with the value at `path` replaced (or deleted, for `undefined`). */
export function edit(result: unknown, path: readonly PathSegment[], value: unknown): ScoreResult {
  const copy = structuredClone(result) as Record<PathSegment, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<PathSegment, unknown>;
  const last = path[path.length - 1] as PathSegment;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as unknown as ScoreResult;
}

/** The one issue the result reader's shape check gives for a bad value at `at`. */
export function badValue(at: readonly PathSegment[], received: string): Issue {
  const shown = at.join('.');
  return {
    code: 'analysis.result_invalid',
    path: [...at],
    message: { id: `Nilai "${shown}" dalam hasil tidak sah.`, en: `The value "${shown}" in the result is not valid.` },
    received,
  };
}
