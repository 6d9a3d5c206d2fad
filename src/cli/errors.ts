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

/** The input has issues: exit code 1, one line per issue (or JSON with --format json). */
export class InputIssues extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(issues[0]?.message.en ?? 'Invalid input');
    this.name = 'InputIssues';
    this.issues = issues;
  }
}
