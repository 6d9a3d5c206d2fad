import type { Issue } from '../model/issue.js';
import type { ScoreResult } from '../model/result.js';

/** Library option keys as the command's user knows them: by their flags. */
const FLAG_OF: readonly (readonly [RegExp, string])[] = [
  [/\ballowZero\b/gu, '--allow-zero'],
  [/\ballowNotApplicable\b/gu, '--allow-na'],
  [/\ballowDifferentCatalogues\b/gu, '--allow-different-catalogues'],
];

function reword(text: string): string {
  return FLAG_OF.reduce((current, [key, flag]) => current.replace(key, flag), text);
}

/** An issue whose messages name the command's flags (`--allow-zero`) instead of option keys. */
export function cliIssue(issue: Issue): Issue {
  return { ...issue, message: { id: reword(issue.message.id), en: reword(issue.message.en) } };
}

/** A result whose warnings name flags, for the readable formats (JSON keeps the library's text). */
export function cliWording<R extends ScoreResult>(result: R): R {
  return { ...result, warnings: result.warnings.map(cliIssue) };
}
