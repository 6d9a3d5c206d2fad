import type { CityPlan, CityRaise } from '../analysis/city/plan-city.js';
import type { Language } from '../model/localized.js';
import { indexName, shortIndicatorName, t } from './labels.js';
import { levelShown } from './exact-display.js';
import { escapeMarkdown } from './markdown-escape.js';
import { formatDecimal } from './number-format.js';
import { planTargetText } from './plan-text.js';
import { renderOptions, RENDER_OPTION_KEYS, type RenderOptions } from './render-options.js';
import { escapeControl } from './terminal-text.js';
import { layoutTable, wrap, type Column } from './text-layout.js';

/** The headline: target, reachable at what cost (and how close to optimal), the city before and after. */
function summary(plan: CityPlan, lang: Language): string[] {
  const name = indexName(plan.current.meta.catalogue, lang);
  const index = (result: CityPlan['current']): string => `${name} ${formatDecimal(result.index.value, lang)} (${result.index.predicate.label[lang]})`;
  const lines = [`${t('target', lang)}: ${planTargetText(plan, lang, name)}`, `${t('cityPlanBefore', lang)}: ${index(plan.current)}`];
  if (plan.reachable && plan.rollup !== null) {
    lines.push(`${t('planReachable', lang)} ${formatDecimal(plan.totalCost, lang)}`);
    if (!plan.optimal) lines.push(`${t('cityPlanBound', lang)} ${formatDecimal(plan.bound, lang)}`);
    lines.push(`${t('planResult', lang)}: ${index(plan.rollup.consolidated)}`);
  } else {
    lines.push(t('planUnreachable', lang), `${t('planBest', lang)}: ${name} ${formatDecimal(plan.best.index.value, lang)}`);
    for (const reason of plan.reasons) lines.push(`- ${reason.message[lang]}`);
  }
  return lines;
}

function raiseHeaders(lang: Language): string[] {
  return ['', t('indicator', lang), t('raiseFrom', lang), t('raiseTo', lang), t('cost', lang)];
}

function raiseRow(raise: CityRaise, lang: Language): string[] {
  return [raise.indicator, shortIndicatorName(raise.label[lang]), levelShown(raise.from, lang), String(raise.to), formatDecimal(raise.cost, lang)];
}

function indicatorHeaders(lang: Language): string[] {
  return ['', t('indicator', lang), t('raiseFrom', lang), t('raiseTo', lang), t('cost', lang), t('cityPlanUnitCount', lang)];
}

function indicatorRows(plan: CityPlan, lang: Language): string[][] {
  return plan.indicators.map((change) => [
    change.indicator,
    shortIndicatorName(change.label[lang]),
    levelShown(change.from.exact, lang),
    levelShown(change.to.exact, lang),
    formatDecimal(change.cost, lang),
    String(change.raises.length),
  ]);
}

/** Right-aligned columns with the name column (the second) left-aligned and flexible. */
function columns(headers: readonly string[]): Column[] {
  return headers.map((header, i) => ({ header, align: i === 1 ? ('left' as const) : ('right' as const), ...(i === 1 ? { flex: true } : {}) }));
}

/**
 * Renders a city plan (from `planCity`) as plain text of at most 80 columns: the target, the
 * city now, the exact total cost and the city after the plan; then each department's action list
 * with its cost, and the same raises per indicator with the city's value before and after.
 */
export function renderCityPlanTable(plan: CityPlan, given: RenderOptions = {}): string {
  const lang = renderOptions(given, RENDER_OPTION_KEYS).lang ?? 'id';
  const lines = [t('cityPlanTitle', lang), ...summary(plan, lang).flatMap((line) => wrap(line)), ''];
  if (plan.reachable && plan.units.length === 0) lines.push(t('planNothing', lang));
  if (plan.units.length > 0) {
    lines.push(t('cityPlanUnits', lang), '');
    for (const unit of plan.units) {
      lines.push(...wrap(`${unit.unit} — ${t('cost', lang)} ${formatDecimal(unit.cost, lang)}`));
      lines.push(...layoutTable(columns(raiseHeaders(lang)), unit.raises.map((raise) => raiseRow(raise, lang))), '');
    }
    lines.push(t('cityPlanIndicators', lang), ...layoutTable(columns(indicatorHeaders(lang)), indicatorRows(plan, lang)));
  }
  return `${lines.map(escapeControl).join('\n')}\n`;
}

function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const rule = headers.map((_, i) => (i === 1 ? ':---' : '---:'));
  return [`| ${headers.map(escapeMarkdown).join(' | ')} |`, `|${rule.join('|')}|`, ...rows.map((row) => `| ${row.map(escapeMarkdown).join(' | ')} |`)];
}

/**
 * Renders a city plan (from `planCity`) as Markdown: the summary, one section per department
 * with its action list, and the per-indicator table naming the departments that raise each.
 */
export function renderCityPlanMarkdown(plan: CityPlan, given: RenderOptions = {}): string {
  const lang = renderOptions(given, RENDER_OPTION_KEYS).lang ?? 'id';
  const lines = [`# ${t('cityPlanTitle', lang)}`, '', ...summary(plan, lang).map((line) => `${escapeMarkdown(line)}  `), ''];
  if (plan.reachable && plan.units.length === 0) lines.push(t('planNothing', lang));
  if (plan.units.length > 0) {
    lines.push(`## ${t('cityPlanUnits', lang)}`, '');
    for (const unit of plan.units) {
      lines.push(`### ${escapeMarkdown(unit.unit)} — ${t('cost', lang)} ${formatDecimal(unit.cost, lang)}`, '');
      lines.push(...markdownTable(raiseHeaders(lang), unit.raises.map((raise) => raiseRow(raise, lang))), '');
    }
    const headers = [...indicatorHeaders(lang).slice(0, -1), t('unit', lang)];
    const rows = indicatorRows(plan, lang).map((row, k) => [...row.slice(0, -1), (plan.indicators[k] as CityPlan['indicators'][number]).raises.map((raise) => raise.unit).join(', ')]);
    lines.push(`## ${t('cityPlanIndicators', lang)}`, '', ...markdownTable(headers, rows));
  }
  return `${lines.map(escapeControl).join('\n')}\n`;
}
