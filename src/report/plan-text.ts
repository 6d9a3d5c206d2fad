import type { PlanResult } from '../analysis/plan/plan.js';
import type { Language } from '../model/localized.js';
import { shortIndicatorName, t } from './labels.js';
import { escapeMarkdown } from './markdown-escape.js';
import { formatDecimal } from './number-format.js';
import { escapeControl } from './terminal-text.js';
import type { RenderOptions } from './render-options.js';
import { layoutTable } from './text-layout.js';


/** The plan's target as one line: "indeks ≥ 3,50; D3 ≥ 2,60". */
export function planTargetText(plan: Pick<PlanResult, 'target'>, lang: Language): string {
  const parts: string[] = [];
  if (plan.target.index) parts.push(`${t('index', lang)} ≥ ${formatDecimal(plan.target.index.value, lang)}`);
  for (const [group, value] of Object.entries(plan.target.groups)) parts.push(`${group} ≥ ${formatDecimal(value.value, lang)}`);
  return parts.join('; ');
}

/** Cells of the raises, shared by the text, Markdown and HTML forms. */
export function planRows(plan: PlanResult, lang: Language): string[][] {
  return plan.raises.map((raise) => [
    raise.indicator,
    shortIndicatorName(raise.label[lang]),
    String(raise.from),
    String(raise.to),
    formatDecimal(raise.cost, lang),
    formatDecimal(raise.gain.value, lang),
  ]);
}

/** The plan's headline lines: target, reachable or not, and the resulting index. */
export function planSummary(plan: PlanResult, lang: Language): string[] {
  const lines = [`${t('target', lang)}: ${planTargetText(plan, lang)}`];
  if (plan.reachable && plan.result) {
    lines.push(`${t('planReachable', lang)} ${formatDecimal(plan.totalCost, lang)}`);
    lines.push(`${t('planResult', lang)}: ${t('index', lang)} ${formatDecimal(plan.result.index.value, lang)} (${plan.result.index.predicate.label[lang]})`);
  } else {
    lines.push(t('planUnreachable', lang), `${t('planBest', lang)}: ${t('index', lang)} ${formatDecimal(plan.best.index.value, lang)}`);
    for (const reason of plan.reasons) lines.push(`- ${reason.message[lang]}`);
  }
  return lines;
}

export function planHeaders(lang: Language): string[] {
  return ['', t('indicator', lang), t('raiseFrom', lang), t('raiseTo', lang), t('cost', lang), t('gain', lang)];
}

/**
 * Renders an improvement plan (from `plan`) as plain text of at most 80 columns: the target,
 * whether it is reachable and at what exact cost, the resulting index, and every raise.
 *
 * @example
 * ```ts
 * import { plan } from 'spbe-index/analysis';
 * import { renderPlanTable } from 'spbe-index/report';
 *
 * console.log(renderPlanTable(plan(catalogue, result, { predicate: 'sangat-baik' }), { lang: 'en' }));
 * ```
 * @category Reports
 */
export function renderPlanTable(plan: PlanResult, options: RenderOptions = {}): string {
  const lang = options.lang ?? 'id';
  const lines = [t('planTitle', lang), ...planSummary(plan, lang), ''];
  if (plan.reachable && plan.raises.length === 0) lines.push(t('planNothing', lang));
  else if (plan.raises.length > 0) {
    const headers = planHeaders(lang);
    lines.push(
      ...layoutTable(
        headers.map((header, i) => ({ header, align: i === 1 ? ('left' as const) : ('right' as const), ...(i === 1 ? { flex: true } : {}) })),
        planRows(plan, lang),
      ),
    );
  }
  return `${lines.map(escapeControl).join('\n')}\n`;
}

/**
 * Renders an improvement plan (from `plan`) as Markdown.
 *
 * @example
 * ```ts
 * import { plan } from 'spbe-index/analysis';
 * import { renderPlanMarkdown } from 'spbe-index/report';
 *
 * writeFileSync('rencana.md', renderPlanMarkdown(plan(catalogue, result, { index: '3.5' })));
 * ```
 * @category Reports
 */
export function renderPlanMarkdown(plan: PlanResult, options: RenderOptions = {}): string {
  const lang = options.lang ?? 'id';
  const lines = [`# ${t('planTitle', lang)}`, '', ...planSummary(plan, lang).map((line) => `${escapeMarkdown(line)}  `), ''];
  if (plan.raises.length > 0) {
    lines.push(`| ${planHeaders(lang).map(escapeMarkdown).join(' | ')} |`, '|---:|:---|---:|---:|---:|---:|');
    for (const row of planRows(plan, lang)) lines.push(`| ${row.map(escapeMarkdown).join(' | ')} |`);
  } else if (plan.reachable) lines.push(t('planNothing', lang));
  return `${lines.map(escapeControl).join('\n')}\n`;
}
