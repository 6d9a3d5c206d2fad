/**
 * Text and Markdown views of `margin`, `leverage` and `frontier`, for the `spbe` command. Each
 * is a title, summary lines and one table; the two forms lay that out for a terminal (80
 * columns) or for Markdown.
 */
import type { Frontier } from '../analysis/plan/frontier.js';
import type { IndicatorLeverage } from '../analysis/leverage.js';
import type { Margin, ValueMargin } from '../analysis/margin.js';
import type { Language } from '../model/localized.js';
import { levelShown } from './exact-display.js';
import { indexName, shortIndicatorName, t, type CatalogueIdentity } from './labels.js';
import { formatDecimal } from './number-format.js';
import { layoutTable, wrap } from './text-layout.js';

interface TableView {
  readonly title: string;
  readonly lines: readonly string[];
  readonly headers: readonly string[];
  /** The column that shrinks in a terminal. */
  readonly flex: number;
  /** Left-aligned (text) columns; the others hold numbers and are right-aligned. */
  readonly left: readonly number[];
  readonly rows: readonly (readonly string[])[];
}

function asText(view: TableView): string {
  const columns = view.headers.map((header, i) => ({
    header,
    align: view.left.includes(i) ? ('left' as const) : ('right' as const),
    ...(i === view.flex ? { flex: true } : {}),
  }));
  return `${[view.title, ...view.lines.flatMap((line) => wrap(line, 80, '')), '', ...layoutTable(columns, view.rows)].join('\n')}\n`;
}

function asMarkdown(view: TableView): string {
  const cell = (text: string): string => text.replace(/([\\|*_<>[\]`])/gu, '\\$1');
  const align = view.headers.map((_, i) => (view.left.includes(i) ? ':---' : '---:'));
  return `${[
    `# ${cell(view.title)}`,
    '',
    ...view.lines.map((line) => `${cell(line)}  `),
    '',
    `| ${view.headers.map(cell).join(' | ')} |`,
    `|${align.join('|')}|`,
    ...view.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n')}\n`;
}

/** Renders a view as a terminal table or Markdown. */
function render(view: TableView, format: 'table' | 'md'): string {
  return format === 'md' ? asMarkdown(view) : asText(view);
}

/** A distance with its direction's sign, except a zero one: "+0.45", "-0.25", "0.00". */
function signed(sign: '+' | '-', distance: string, lang: Language): string {
  return `${/^0(\.0+)?$/u.test(distance) ? '' : sign}${formatDecimal(distance, lang)}`;
}

function marginRow(value: ValueMargin, lang: Language, name: string): string[] {
  return [
    value.id === 'index' ? name : value.id,
    value.predicate.label[lang],
    formatDecimal(value.value, lang),
    value.above === null ? '–' : signed('+', value.above.distance.value, lang),
    value.below === null ? '–' : signed('-', value.below.distance.value, lang),
    value.demotion === null ? '–' : String(value.demotion.count),
    value.fragile ? t('fragile', lang) : '',
  ];
}

/** `spbe margin`: how safe each predikat is. */
export function renderMarginView(catalogue: CatalogueIdentity, margin: Margin, format: 'table' | 'md', lang: Language): string {
  const name = indexName(catalogue, lang);
  const fragile = [margin.index, ...margin.groups].filter((value) => value.fragile).map((value) => value.id);
  return render(
    {
      title: t('marginTitle', lang),
      lines: [t('marginLegend', lang), ...(fragile.length === 0 ? [] : [`${t('marginFragile', lang)} ${fragile.join(', ')}.`])],
      headers: [
        '',
        t('predicate', lang),
        t('value', lang),
        t('up', lang),
        t('down', lang),
        t('drops', lang),
        '',
      ],
      flex: 1,
      left: [0, 1, 6],
      rows: [margin.index, ...margin.groups].map((value) => marginRow(value, lang, name)),
    },
    format,
  );
}

/** `spbe leverage`: where one more level is worth most. */
export function renderLeverageView(leverage: readonly IndicatorLeverage[], format: 'table' | 'md', lang: Language): string {
  return render(
    {
      title: t('leverageTitle', lang),
      lines: [t('leverageLegend', lang)],
      headers: [
        '',
        t('indicator', lang),
        t('level', lang),
        t('oneLevel', lang),
        t('toTop', lang),
      ],
      flex: 1,
      left: [0, 1],
      rows: leverage.map((entry) => [
        entry.indicator,
        shortIndicatorName(entry.label[lang]),
        `${levelShown(entry.level, lang)}/${entry.max}`,
        formatDecimal(entry.index.oneLevel.value, lang),
        formatDecimal(entry.index.toTop.value, lang),
      ]),
    },
    format,
  );
}

/** `spbe frontier`: each least cost against the highest index it buys. */
export function renderFrontierView(catalogue: CatalogueIdentity, frontier: Frontier, format: 'table' | 'md', lang: Language): string {
  return render(
    {
      title: t('frontierTitle', lang),
      lines: frontier.feasible
        ? [t('frontierLegend', lang)]
        : [t('frontierInfeasible', lang), ...frontier.reasons.map((reason) => `- ${reason.message[lang]}`)],
      headers: [
        t('cost', lang),
        t('predicate', lang),
        indexName(catalogue, lang),
        t('raises', lang),
      ],
      flex: 3,
      left: [1, 3],
      rows: frontier.points.map((point) => [
        formatDecimal(point.cost, lang),
        point.index.predicate.label[lang],
        formatDecimal(point.index.value, lang),
        point.raises.map((raise) => `${raise.indicator}:${levelShown(raise.from, lang)}→${levelShown(raise.to, lang)}`).join(' ') || '–',
      ]),
    },
    format,
  );
}
