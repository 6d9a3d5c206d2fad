import type { Catalogue } from '../model/catalogue.js';
import type { Language, Localized } from '../model/localized.js';
import type { RestatedIndicator, Restatement, UnmappedTarget } from '../restate/restate.js';
import { fractionAsDecimal } from './exact-display.js';
import { shortIndicatorName } from './labels.js';
import { escapeMarkdown } from './markdown-escape.js';
import { formatDecimal } from './number-format.js';
import { escapeControl } from './terminal-text.js';
import { layoutTable, wrap } from './text-layout.js';

/**
 * The mark every output of a restatement carries: an estimate, and for an `indicative` mapping
 * plainly not an official crosswalk.
 */
export function estimateMark(restatement: Restatement, lang: Language): string {
  const mark: Localized = restatement.mapping.indicative
    ? { id: 'Perkiraan, bukan crosswalk resmi', en: 'Estimate, not an official crosswalk' }
    : { id: 'Perkiraan dari pemetaan yang diberikan pengguna', en: 'Estimate from a mapping the user supplied' };
  return mark[lang];
}

const RULES: Readonly<Record<RestatedIndicator['rule'], Localized>> = {
  mean: { id: 'rata-rata', en: 'mean' },
  min: { id: 'minimum', en: 'minimum' },
  max: { id: 'maksimum', en: 'maximum' },
  unmapped: { id: 'tidak dipetakan', en: 'unmapped' },
  none: { id: 'tanpa aturan', en: 'no rule' },
};

const HEADERS: Readonly<Record<'target' | 'rule' | 'sources' | 'level', Localized>> = {
  target: { id: 'Indikator sasaran', en: 'Target indicator' },
  rule: { id: 'Aturan', en: 'Rule' },
  sources: { id: 'Sumber (tingkat)', en: 'Sources (level)' },
  level: { id: 'Tingkat', en: 'Level' },
};

/** A level as shown: the decimal in the language's format, and a fraction beside its rounding ("≈2,33 (7/3)"). */
export function restatedLevel(level: number | string | null, lang: Language): string {
  if (level === null) return '–';
  const shown = formatDecimal(fractionAsDecimal(level), lang);
  return shown.startsWith('≈') ? `${shown} (${level})` : shown;
}

/** Why a target has no value, in words. */
export function unmappedReason(target: UnmappedTarget, lang: Language): string {
  switch (target.reason) {
    case 'unmapped':
      return lang === 'id' ? 'pemetaan tidak memberinya padanan' : 'the mapping gives it no counterpart';
    case 'no-rule':
      return lang === 'id' ? 'pemetaan tidak memiliki aturan untuknya' : 'the mapping has no rule for it';
    case 'sources-missing':
      return lang === 'id' ? `sumber tanpa tingkat: ${target.missing.join(', ')}` : `sources without a level: ${target.missing.join(', ')}`;
  }
}

/** "13 dari 20 indikator sasaran diberi nilai" / "13 of 20 target indicators have a value". */
export function mappedCount(restatement: Restatement, lang: Language): string {
  const given = restatement.indicators.length - restatement.unmapped.length;
  return lang === 'id'
    ? `${given} dari ${restatement.indicators.length} indikator sasaran diberi nilai`
    : `${given} of ${restatement.indicators.length} target indicators have a value`;
}

/** The unmapped targets as one line: "Tanpa nilai (diisi sendiri atau dihitung parsial): 6, 7 …". */
export function unmappedLine(restatement: Restatement, lang: Language): string {
  const ids = restatement.unmapped.map((target) => target.id).join(', ');
  return lang === 'id' ? `Tanpa nilai, tidak dikarang: ${ids}` : `Without a value, never invented: ${ids}`;
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
    `${lang === 'id' ? 'Pernyataan ulang' : 'Restatement'} ${mapping.from} → ${mapping.to}${mapping.title === null ? '' : `: ${mapping.title[lang]}`}`,
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
export function renderRestatementTable(restatement: Restatement, options: RestatementTextOptions = {}): string {
  const lang = options.lang ?? 'id';
  const lines = heading(restatement, lang).flatMap((line) => wrap(line));
  const [header, rule, ...rows] = layoutTable(
    [
      { header: HEADERS.target[lang], align: 'left', flex: true },
      { header: HEADERS.rule[lang], align: 'left' },
      { header: HEADERS.level[lang], align: 'right' },
    ],
    restatement.indicators.map((row) => [nameOf(options.catalogue, row.id, lang), RULES[row.rule][lang], restatedLevel(row.level, lang)]),
  );
  lines.push('', header as string, rule as string);
  // Each target's sources under it, wrapped: a long list (target 17 has 16 sources) never widens the table.
  const from = lang === 'id' ? 'dari' : 'from';
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
export function renderRestatementMarkdown(restatement: Restatement, options: RestatementTextOptions = {}): string {
  const lang = options.lang ?? 'id';
  const [title, mark, count] = heading(restatement, lang) as [string, string, string];
  const lines = [`# ${escapeMarkdown(title)}`, '', `> **${escapeMarkdown(mark)}**`, '', escapeMarkdown(count), ''];
  const rationale = lang === 'id' ? 'Alasan' : 'Rationale';
  lines.push(
    `| ${HEADERS.target[lang]} | ${HEADERS.rule[lang]} | ${HEADERS.sources[lang]} | ${HEADERS.level[lang]} | ${rationale} |`,
    '|:---|:---|:---|---:|:---|',
    ...restatement.indicators.map(
      (row) =>
        `| ${[nameOf(options.catalogue, row.id, lang), RULES[row.rule][lang], sourcesText(row, lang), restatedLevel(row.level, lang), row.rationale?.[lang] ?? '–'].map(escapeMarkdown).join(' | ')} |`,
    ),
  );
  if (restatement.unmapped.length > 0) {
    lines.push('', escapeMarkdown(unmappedLine(restatement, lang)), '', ...restatement.unmapped.map((target) => `- ${escapeMarkdown(`${target.id}: ${unmappedReason(target, lang)}`)}`));
  }
  return `${lines.map(escapeControl).join('\n')}\n`;
}
