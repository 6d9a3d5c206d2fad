import type { Issue } from '../model/issue.js';
import type { Localized } from '../model/localized.js';

/** A mistake in how the command was called: exit code 2, message and a pointer to --help. */
export class UsageError extends Error {
  readonly text: Localized;
  constructor(text: Localized) {
    super(text.en);
    this.name = 'UsageError';
    this.text = text;
  }
}

/**
 * The input has issues: one line per issue (or JSON with --format json), exit code 1 unless the
 * command gives another (`spbe verify` keeps 1 for "the result does not follow" and reports an
 * input it cannot check at all with 2).
 */
export class InputIssues extends Error {
  readonly issues: readonly Issue[];
  readonly exitCode: number;
  constructor(issues: readonly Issue[], exitCode = 1) {
    super(issues[0]?.message.en ?? 'Invalid input');
    this.name = 'InputIssues';
    this.issues = issues;
    this.exitCode = exitCode;
  }
}

/** Issues of one of several input files, their paths starting with the file (once). */
export function fromFile(file: string, issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => (issue.path[0] === file ? issue : { ...issue, path: [file, ...issue.path] }));
}
