import { withDecimalComma } from '../../arithmetic/decimal-string.js';
import { toFractionString, type Rational } from '../../arithmetic/rational.js';
import { roundRatio } from '../../arithmetic/rounding.js';
import type { Issue } from '../../model/issue.js';
import type { Localized } from '../../model/localized.js';
import { analysisIssue } from '../analysis-issues.js';
import type { Display } from '../exact-value.js';

/*
 * Why a target cannot be reached, for `plan` and `planCity` alike: the highest value reachable
 * under the caps and locks, beside the target, both as the analysed result displays values.
 */

/** Past this many extra decimals the two figures are shown as exact fractions instead. */
const MORE_DECIMALS = 20;

/**
 * The best value and the target as displayed, with as many more decimals as it takes for them
 * to look different: "4.90 … below the target 4.90" would contradict itself when the best is
 * 4.899. Where even 20 more decimals do not separate them, the exact fractions.
 */
export function distinctFigures(best: Rational, target: Rational, display: Display): { readonly best: string; readonly target: string } {
  for (let decimals = display.decimals; decimals <= display.decimals + MORE_DECIMALS; decimals++) {
    const shown = { best: roundRatio(best.num, best.den, decimals, display.rounding), target: roundRatio(target.num, target.den, decimals, display.rounding) };
    if (shown.best !== shown.target) return shown;
  }
  return { best: toFractionString(best), target: toFractionString(target) };
}

function unreachable(code: 'plan.index_unreachable' | 'plan.group_unreachable', path: readonly string[], subject: Localized, best: Rational, target: Rational, display: Display): Issue {
  const shown = distinctFigures(best, target, display);
  return analysisIssue(
    code,
    path,
    `${subject.id} paling tinggi mencapai ${withDecimalComma(shown.best)} dengan batas dan kunci yang ada, di bawah target ${withDecimalComma(shown.target)}.`,
    `${subject.en} can reach at most ${shown.best} under the caps and locks, below the target ${shown.target}.`,
  );
}

/** The index can reach at most `best`, below `target`; `subject` names it ("Indeks kota" / "The city index"). */
export function indexUnreachable(best: Rational, target: Rational, display: Display, subject: Localized = { id: 'Indeks', en: 'The index' }): Issue {
  return unreachable('plan.index_unreachable', ['target'], subject, best, target, display);
}

/** Group `id` can reach at most `best`, below `target`. */
export function groupUnreachable(id: string, best: Rational, target: Rational, display: Display): Issue {
  return unreachable('plan.group_unreachable', ['target', 'groups', id], { id, en: id }, best, target, display);
}
