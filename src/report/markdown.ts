import { verifyResult } from '../analysis/verify-result.js';
import type { Catalogue } from '../model/catalogue.js';
import type { ScoreResult } from '../model/result.js';
import { exactWithFraction, fragileNote, percentText } from './band-notes.js';
import { indexName, predicateName, shortIndicatorName, t } from './labels.js';
import { codeSpan, escapeMarkdown } from './markdown-escape.js';
import { formatDecimal } from './number-format.js';
import { escapeControl } from './terminal-text.js';
import { fractionAsDecimal, levelText } from './exact-display.js';
import { renderOptions, RENDER_OPTION_KEYS, type RenderOptions } from './render-options.js';
import { subjectOf, tiersOf } from './result-sections.js';
import { gapToTarget, targetLevel } from './targets.js';


function table(headers: readonly string[], align: readonly ('l' | 'r')[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${headers.join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? '---:' : ':---')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/**
 * Renders a result as a Markdown report for a pull request or a wiki: the index and predikat,
 * a table per tier and, with `detail`, the indicators with their levels and gaps to the target
 * level. Every number is the library's display string in the chosen language's format.
 * The result is verified first, as `verifyResult` does: one whose numbers do not follow from its
 * levels, statuses and options (an edited result) throws a `SpbeError` with its
 * `result.inconsistent` issues, so a report never publishes them.
 *
 * @example
 * ```ts
 * import { renderMarkdown } from 'spbe-index/report';
 *
 * writeFileSync('hasil.md', renderMarkdown(catalogue, result, { lang: 'id', detail: true }));
 * ```
 * @category Reports
 */
export function renderMarkdown(catalogue: Catalogue, result: ScoreResult, given: RenderOptions = {}): string {
  const options = renderOptions(given, RENDER_OPTION_KEYS);
  verifyResult(catalogue, result);
  const lang = options.lang ?? 'id';
  const subject = subjectOf(result);
  const name = escapeMarkdown(indexName(catalogue, lang));
  const lines: string[] = [`# ${name}${subject ? `: ${escapeMarkdown(subject)}` : ''}`, ''];
  lines.push(
    `**${name}: ${formatDecimal(result.index.value, lang)}** (${escapeMarkdown(predicateName(result.index.predicate, lang))})`,
    '',
    `${t('exact', lang)}: ${escapeMarkdown(exactWithFraction(result.index.exact, lang))} · ${t('catalogue', lang)}: ${codeSpan(catalogue.id)}`,
  );
  const fragile = fragileNote(catalogue, result, lang);
  if (fragile !== undefined) lines.push('', `> ${escapeMarkdown(fragile)}`);
  if (!result.complete) lines.push('', `> ${t('incomplete', lang)} ${t('coverage', lang)}: ${percentText(result.coverage, lang)} ${t('ofWeight', lang)}.`);
  for (const { plural, groups } of tiersOf(catalogue, result, lang)) {
    if (groups.length === 0) continue;
    lines.push('', `## ${escapeMarkdown(plural)}`, '');
    lines.push(
      ...table(
        ['', plural, t('weight', lang), t('value', lang), t('predicate', lang)].map(escapeMarkdown),
        ['l', 'l', 'r', 'r', 'l'],
        groups.map((group) => [
          escapeMarkdown(group.id),
          escapeMarkdown(group.label[lang]),
          formatDecimal(group.weight, lang),
          formatDecimal(group.value, lang),
          escapeMarkdown(group.predicate?.label[lang] ?? '–'),
        ]),
      ),
    );
  }
  if (options.detail) {
    const target = targetLevel(catalogue);
    lines.push('', `## ${t('indicators', lang)}`, '');
    lines.push(
      ...table(
        ['No', t('indicator', lang), t('weight', lang), t('level', lang), `${t('gap', lang)} ${target}`, t('contribution', lang)],
        ['r', 'l', 'r', 'r', 'r', 'r'],
        result.indicators.map((indicator) => [
          escapeMarkdown(indicator.id),
          escapeMarkdown(shortIndicatorName(indicator.label[lang])),
          formatDecimal(fractionAsDecimal(indicator.weight), lang),
          escapeMarkdown(levelText(indicator, lang)),
          formatDecimal(gapToTarget(indicator, target), lang),
          formatDecimal(indicator.contribution.value, lang),
        ]),
      ),
    );
  }
  if (result.warnings.length > 0) {
    lines.push('', `## ${t('warnings', lang)}`, '', ...result.warnings.map((w) => `- ${escapeMarkdown(w.message[lang])}`));
  }
  lines.push('', `<sub>${t('generatedBy', lang)} ${escapeMarkdown(result.meta.library.name)} ${escapeMarkdown(result.meta.library.version)} · ${t('fingerprint', lang)} ${codeSpan(result.meta.fingerprint)}</sub>`, '');
  return lines.map(escapeControl).join('\n');
}
