import type { Issue } from '../../model/issue.js';
import { analysisIssue } from '../analysis-issues.js';

/*
 * Why a target cannot be reached, for `plan` and `planCity` alike: the highest value reachable
 * under the caps and locks, beside the target, both as the analysed result displays values.
 */

/** The index can reach at most `best`, below `target`; `subject` names it ("Indeks kota" / "The city index"). */
export function indexUnreachable(best: string, target: string, subject: { readonly id: string; readonly en: string } = { id: 'Indeks', en: 'The index' }): Issue {
  return analysisIssue(
    'plan.index_unreachable',
    ['target'],
    `${subject.id} paling tinggi mencapai ${best} dengan batas dan kunci yang ada, di bawah target ${target}.`,
    `${subject.en} can reach at most ${best} under the caps and locks, below the target ${target}.`,
  );
}

/** Group `id` can reach at most `best`, below `target`. */
export function groupUnreachable(id: string, best: string, target: string): Issue {
  return analysisIssue(
    'plan.group_unreachable',
    ['target', 'groups', id],
    `${id} paling tinggi mencapai ${best} dengan batas dan kunci yang ada, di bawah target ${target}.`,
    `${id} can reach at most ${best} under the caps and locks, below the target ${target}.`,
  );
}
