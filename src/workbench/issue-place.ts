import type { Issue, Language } from '../index.js';
import { t } from './labels.js';

/** Where in a file an issue is: "baris 5, kolom Tingkat: " for a CSV cell, the path otherwise. */
export function issuePlace(issue: Issue<string>, lang: Language): string {
  const [first, row, column] = issue.path;
  if (first === 'row' && typeof row === 'number') {
    return `${t('row', lang)} ${row}${typeof column === 'string' ? `, ${t('column', lang)} ${column}` : ''}: `;
  }
  return issue.path.length === 0 ? '' : `${issue.path.map(String).join('.')}: `;
}
