import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import type { RestatedIndicator, Restatement, UnmappedTarget } from '../restate/restate.js';
import { levelShown } from './exact-display.js';
import { shortIndicatorName, t, type LabelKey } from './labels.js';
import { escapeMarkdown } from './markdown-escape.js';
import { escapeControl } from './terminal-text.js';
import { layoutTable, wrap } from './text-layout.js';
import { renderOptions, type OptionKeys } from './render-options.js';

/**
 * The mark every output of a restatement carries: an estimate, and for an `indicative` mapping
 * plainly not an official crosswalk.
 */
export function estimateMark(restatement: Restatement, lang: Language): string {
  return t(restatement.mapping.indicative ? 'restateMarkIndicative' : 'restateMarkUser', lang);
}

const RULES: Readonly<Record<RestatedIndicator['rule'], LabelKey>> = {
  mean: 'restateRuleMean',
  min: 'restateRuleMin',
  max: 'restateRuleMax',
  unmapped: 'restateRuleUnmapped',
  none: 'restateRuleNone',
};

const HEADERS: Readonly<Record<'target' | 'rule' | 'sources' | 'level', LabelKey>> = {
  target: 'restateTarget',
  rule: 'restateRule',
  sources: 'restateSources',
  level: 'level',
};

/** A level as shown: the decimal in the language's format, and a fraction beside its rounding ("≈2,33 (7/3)"). */
export function restatedLevel(level: number | string | null, lang: Language): string {
  if (level === null) return '–';
  const shown = levelShown(level, lang);
  return shown.startsWith('≈') ? `${shown} (${level})` : shown;
}

/** Why a target has no value, in words. */
export function unmappedReason(target: UnmappedTarget, lang: Language): string {
  switch (target.reason) {
    case 'unmapped':
      return t('restateReasonUnmapped', lang);
    case 'no-rule':
      return t('restateReasonNoRule', lang);
    case 'sources-missing':
      return `${t('restateReasonSourcesMissing', lang)}: ${target.missing.join(', ')}`;
  }
}

/** "13 dari 20 indikator sasaran diberi nilai" / "13 of 20 target indicators have a value". */
export function mappedCount(restatement: Restatement, lang: Language): string {
  const given = restatement.indicators.length - restatement.unmapped.length;
  return `${given} ${t('restateCountOf', lang)} ${restatement.indicators.length} ${t('restateCountMapped', lang)}`;
}

/** The unmapped targets as one line: "Tanpa nilai (diisi sendiri atau dihitung parsial): 6, 7 …". */
export function unmappedLine(restatement: Restatement, lang: Language): string {
  const ids = restatement.unmapped.map((target) => target.id).join(', ');
  return `${t('restateUnmapped', lang)}: ${ids}`;
}

function nameOf(catalogue: Catalogue | undefined, id: string, lang: Language): string {
  const indicator = catalogue?.indicators.find((entry) => entry.id === id);
  return indicator === undefined ? id : `${id} ${shortIndicatorName(indicator.name[lang])}`;
}

const sourcesText = (row: RestatedIndicator, lang: Language): string =>
  row.sources.map((source) => `${source.id} (${restatedLevel(source.level, lang)})`).join(', ') || '–';

function heading(restatement: Restatement, lang: Language): string[] {
  const { mapping } = restatement;
  return [
    `${t('restatement', lang)} ${mapping.from} → ${mapping.to}${mapping.title === null ? '' : `: ${mapping.title[lang]}`}`,
    `${estimateMark(restatement, lang).toUpperCase()}. ${restatement.notice[lang]}`,
    mappedCount(restatement, lang),
  ];
}

/** Options of the restatement renderers. */
export interface RestatementTextOptions {
  readonly lang?: Language;
  /** The target catalogue, for indicator names beside their ids. */
  readonly catalogue?: Catalogue;
}

const RESTATEMENT_OPTION_KEYS = { lang: true, catalogue: true } as const satisfies OptionKeys<RestatementTextOptions>;

/**
 * A restatement as plain text for a terminal: the mark (estimate, not an official crosswalk),
 * each target's rule, sources with their levels and restated level, then every target without a
 * value and why. No line is longer than 80 columns.
 *
 * @example
 * ```ts
 * process.stderr.write(renderRestatementTable(restate(result, mapping, { from, to }), { lang: 'en', catalogue: to }));
 * ```
 * @category Reports
 */
export function renderRestatementTable(restatement: Restatement, given: RestatementTextOptions = {}): string {
  const options = renderOptions(given, RESTATEMENT_OPTION_KEYS);
  const lang = options.lang ?? 'id';
  const lines = heading(restatement, lang).flatMap((line) => wrap(line));
  const [header, rule, ...rows] = layoutTable(
    [
      { header: t(HEADERS.target, lang), align: 'left', flex: true },
      { header: t(HEADERS.rule, lang), align: 'left' },
      { header: t(HEADERS.level, lang), align: 'right' },
    ],
    restatement.indicators.map((row) => [nameOf(options.catalogue, row.id, lang), t(RULES[row.rule], lang), restatedLevel(row.level, lang)]),
  );
  lines.push('', header as string, rule as string);
  // Each target's sources under it, wrapped: a long list (target 17 has 16 sources) never widens the table.
  const from = t('restateFrom', lang);
  restatement.indicators.forEach((row, k) => {
    lines.push(rows[k] as string);
    if (row.sources.length > 0) lines.push(...wrap(`${from} ${sourcesText(row, lang)}`, 76).map((line) => `    ${line}`));
  });
  if (restatement.unmapped.length > 0) {
    lines.push('', ...wrap(unmappedLine(restatement, lang)));
    for (const target of restatement.unmapped) lines.push(...wrap(`- ${target.id}: ${unmappedReason(target, lang)}`));
  }
  return `${lines.map(escapeControl).join('\n')}\n`;
}

/**
 * A restatement as Markdown: the same content as {@link renderRestatementTable}, with each
 * target's rationale.
 *
 * @example
 * ```ts
 * writeFileSync('restatement.md', renderRestatementMarkdown(restatement, { lang: 'id', catalogue: to }));
 * ```
 * @category Reports
 */
export function renderRestatementMarkdown(restatement: Restatement, given: RestatementTextOptions = {}): string {
  const options = renderOptions(given, RESTATEMENT_OPTION_KEYS);
  const lang = options.lang ?? 'id';
  const [title, mark, count] = heading(restatement, lang) as [string, string, string];
  const lines = [`# ${escapeMarkdown(title)}`, '', `> **${escapeMarkdown(mark)}**`, '', escapeMarkdown(count), ''];
  lines.push(
    `| ${[HEADERS.target, HEADERS.rule, HEADERS.sources, HEADERS.level, 'restateRationale' as const].map((key) => t(key, lang)).join(' | ')} |`,
    '|:---|:---|:---|---:|:---|',
    ...restatement.indicators.map(
      (row) =>
        `| ${[nameOf(options.catalogue, row.id, lang), t(RULES[row.rule], lang), sourcesText(row, lang), restatedLevel(row.level, lang), row.rationale?.[lang] ?? '–'].map(escapeMarkdown).join(' | ')} |`,
    ),
  );
  if (restatement.unmapped.length > 0) {
    lines.push('', escapeMarkdown(unmappedLine(restatement, lang)), '', ...restatement.unmapped.map((target) => `- ${escapeMarkdown(`${target.id}: ${unmappedReason(target, lang)}`)}`));
  }
  return `${lines.map(escapeControl).join('\n')}\n`;
}
