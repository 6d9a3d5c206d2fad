import type { PlanResult } from '../analysis/plan/plan.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import { levelShown } from './exact-display.js';
import { indexName, shortIndicatorName, t } from './labels.js';
import { escapeMarkdown } from './markdown-escape.js';
import { formatDecimal } from './number-format.js';
import { escapeControl } from './terminal-text.js';
import { renderOptions, RENDER_OPTION_KEYS, type RenderOptions } from './render-options.js';
import { layoutTable } from './text-layout.js';


/** The plan's target as one line, `name` being the index's ("Indeks SPBE ≥ 3,50; D3 ≥ 2,60"). */
export function planTargetText(plan: Pick<PlanResult, 'target'>, lang: Language, name: string): string {
  const parts: string[] = [];
  if (plan.target.index) parts.push(`${name} ≥ ${formatDecimal(plan.target.index.value, lang)}`);
  for (const [group, value] of Object.entries(plan.target.groups)) parts.push(`${group} ≥ ${formatDecimal(value.value, lang)}`);
  return parts.join('; ');
}

/** Cells of the raises, shared by the text, Markdown and HTML forms. */
export function planRows(plan: PlanResult, lang: Language): string[][] {
  return plan.raises.map((raise) => [
    raise.indicator,
    shortIndicatorName(raise.label[lang]),
    levelShown(raise.from, lang),
    levelShown(raise.to, lang),
    formatDecimal(raise.cost, lang),
    formatDecimal(raise.gain.value, lang),
  ]);
}

/** The plan's headline lines: target, reachable or not, and the resulting index (called `name`). */
export function planSummary(plan: PlanResult, lang: Language, name: string): string[] {
  const lines = [`${t('target', lang)}: ${planTargetText(plan, lang, name)}`];
  if (plan.reachable && plan.result) {
    lines.push(`${t('planReachable', lang)} ${formatDecimal(plan.totalCost, lang)}`);
    lines.push(`${t('planResult', lang)}: ${name} ${formatDecimal(plan.result.index.value, lang)} (${plan.result.index.predicate.label[lang]})`);
  } else {
    lines.push(t('planUnreachable', lang), `${t('planBest', lang)}: ${name} ${formatDecimal(plan.best.index.value, lang)}`);
    for (const reason of plan.reasons) lines.push(`- ${reason.message[lang]}`);
  }
  return lines;
}


/**
 * The two call forms of the plan renderers. Without the catalogue (the 0.1 form) the index name
 * comes from the plan's result, which an unreachable plan does not have: "Indeks SPBE" then, as 0.1 said.
 */
function planRenderCall(first: Catalogue | PlanResult, second: PlanResult | RenderOptions | undefined, third: RenderOptions | undefined): { plan: PlanResult; lang: Language; name: string } {
  const withCatalogue = !Array.isArray((first as Partial<PlanResult>).raises);
  const plan = (withCatalogue ? second : first) as PlanResult;
  const lang = renderOptions((withCatalogue ? third : second) as RenderOptions | undefined, RENDER_OPTION_KEYS).lang ?? 'id';
  const identity = withCatalogue ? (first as Catalogue) : plan.result?.meta.catalogue;
  return { plan, lang, name: identity === undefined ? t('index', lang) : indexName(identity, lang) };
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
 * console.log(renderPlanTable(catalogue, plan(catalogue, result, { predicate: 'sangat-baik' }), { lang: 'en' }));
 * ```
 * @category Reports
 */
export function renderPlanTable(catalogue: Catalogue, plan: PlanResult, options?: RenderOptions): string;
/** @deprecated Since 0.2: pass the catalogue first, `renderPlanTable(catalogue, plan, options)`, so the index is named by its instrument; this form goes in 0.3. */
export function renderPlanTable(plan: PlanResult, options?: RenderOptions): string;
export function renderPlanTable(first: Catalogue | PlanResult, second?: PlanResult | RenderOptions, third?: RenderOptions): string {
  const { plan, lang, name } = planRenderCall(first, second, third);
  const lines = [t('planTitle', lang), ...planSummary(plan, lang, name), ''];
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
 * writeFileSync('rencana.md', renderPlanMarkdown(catalogue, plan(catalogue, result, { index: '3.5' })));
 * ```
 * @category Reports
 */
export function renderPlanMarkdown(catalogue: Catalogue, plan: PlanResult, options?: RenderOptions): string;
/** @deprecated Since 0.2: pass the catalogue first, `renderPlanMarkdown(catalogue, plan, options)`, so the index is named by its instrument; this form goes in 0.3. */
export function renderPlanMarkdown(plan: PlanResult, options?: RenderOptions): string;
export function renderPlanMarkdown(first: Catalogue | PlanResult, second?: PlanResult | RenderOptions, third?: RenderOptions): string {
  const { plan, lang, name } = planRenderCall(first, second, third);
  const lines = [`# ${t('planTitle', lang)}`, '', ...planSummary(plan, lang, name).map((line) => `${escapeMarkdown(line)}  `), ''];
  if (plan.raises.length > 0) {
    lines.push(`| ${planHeaders(lang).map(escapeMarkdown).join(' | ')} |`, '|---:|:---|---:|---:|---:|---:|');
    for (const row of planRows(plan, lang)) lines.push(`| ${row.map(escapeMarkdown).join(' | ')} |`);
  } else if (plan.reachable) lines.push(t('planNothing', lang));
  return `${lines.map(escapeControl).join('\n')}\n`;
}
