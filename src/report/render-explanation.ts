import { formatExactDecimal, parseDecimal } from '../arithmetic/decimal-string.js';
import type { RoundingMode } from '../arithmetic/rounding.js';
import type { Language } from '../model/localized.js';
import type { Explanation, ExplanationNode, ExplanationTerm } from '../analysis/explain.js';
import type { IndicatorStatus } from '../model/result.js';
import { predicateName, t, type LabelKey } from './labels.js';
import { codeSpan, escapeMarkdown } from './markdown-escape.js';
import { escapeControl } from './terminal-text.js';
import { renderOptions } from './render-options.js';

/**
 * Options of `renderExplanation`.
 *
 * @example
 * ```ts
 * renderExplanation(explain(result), { format: 'markdown', lang: 'en' });
 * ```
 * @category Analysis
 */
export interface RenderExplanationOptions {
  /** `text` (default): plain aligned text; `markdown`: a heading and a table per value. */
  readonly format?: 'text' | 'markdown';
  /** Language of the words; default `id` (Indonesian, the official one). */
  readonly lang?: Language;
}

const ROUNDING: Record<RoundingMode, LabelKey> = {
  halfUp: 'explainHalfUp',
  halfEven: 'explainHalfEven',
  down: 'explainDown',
  up: 'explainUp',
};

const STATUS: Record<Exclude<IndicatorStatus, 'assessed'>, LabelKey> = {
  missing: 'explainMissing',
  'not-applicable': 'explainNotApplicable',
  'not-applicable-minimum': 'explainNotApplicableMinimum',
};

/** The words of one language: fixed texts from the label table, numbers in its decimal style. */
interface Words {
  readonly lang: Language;
  readonly t: (key: LabelKey) => string;
  readonly num: (text: string) => string;
}

function wordsOf(lang: Language): Words {
  return {
    lang,
    t: (key) => t(key, lang),
    // Indonesian writes the decimal separator as a comma ("3,28"); fractions are unchanged.
    num: lang === 'id' ? (text) => text.replace(/(\d)\.(\d)/g, '$1,$2') : (text) => text,
  };
}

function band(node: ExplanationNode, words: Words): string {
  const p = node.predicate;
  if (p === null) return '';
  const bounds =
    p.min !== undefined && p.max !== undefined ? ` (${words.num(p.min)} ≤ v ${p.maxInclusive ? '≤' : '<'} ${words.num(p.max)})` : '';
  const from = words.t(p.from === 'exact' ? 'explainFromExact' : 'explainFromRounded');
  return `${words.t('predikat')} ${from}: ${predicateName(p, words.lang)}${bounds}`;
}

function termValue(term: ExplanationTerm, words: Words): string {
  // A group's unrounded value enters; its display value is shown beside it only as a reading aid.
  if (term.entered) {
    const shown = term.display === null ? undefined : parseDecimal(term.display);
    const same = shown !== undefined && formatExactDecimal(shown) === term.value;
    const value = term.kind === 'group' && term.display !== null && !same ? `${term.value} (≈ ${term.display})` : (term.value ?? '');
    return words.num(value);
  }
  if (term.status === undefined) return '—';
  return `— (${term.status === 'assessed' ? '' : words.t(STATUS[term.status])})`;
}

function summary(node: ExplanationNode, words: Words, strong: (s: string) => string): string[] {
  if (node.exact === null || node.rounding === null) return [words.t('explainNoValue')];
  const exact = node.exactDecimal === node.exact ? node.exact : `${words.num(node.exactDecimal ?? '')} = ${node.exact}`;
  const { mode, decimals, value } = node.rounding;
  return [
    `= ${words.num(node.weightedSum ?? '')} / ${words.num(node.totalWeight)} = ${exact}`,
    `${words.t(ROUNDING[mode])}, ${decimals} ${words.t(decimals === 1 ? 'decimal' : 'decimals')}: ${strong(words.num(value))}`,
    band(node, words),
  ].filter((line) => line !== '');
}

/** Text from the catalogue or the result, for a terminal: control characters shown escaped. */
const plain = escapeControl;

/** Text from the catalogue or the result, for Markdown: markup escaped, then control characters. */
const markdown = (text: string): string => escapeControl(escapeMarkdown(text));

function textNode(node: ExplanationNode, words: Words): string {
  const { lang } = words;
  const label = plain(node.label[lang]);
  const title = `${node.id === 'index' ? label : `${plain(node.id)} ${label}`}: ${words.num(node.rounding?.value ?? '—')}${node.predicate ? ` (${plain(node.predicate.label[lang])})` : ''}`;
  const terms = node.terms.map((term) => ({ term, id: plain(term.id), label: plain(term.label[lang]) }));
  const idWidth = Math.max(...terms.map(({ id }) => id.length), 2);
  const nameWidth = Math.min(48, Math.max(...terms.map(({ label }) => label.length), 4));
  const rows = terms.map(({ term, id, label }) => {
    const name = label.length > nameWidth ? `${label.slice(0, nameWidth - 1)}…` : label;
    const weight = words.num(term.weight);
    const formula = term.entered ? `${termValue(term, words)} × ${weight} = ${words.num(term.product ?? '')}` : `${termValue(term, words)} × ${weight}`;
    return `  ${id.padEnd(idWidth)}  ${name.padEnd(nameWidth)}  ${formula}`;
  });
  return [title, `  ${plain(node.formula[lang])}`, ...rows, ...summary(node, words, (s) => s).map((line) => `  ${line}`)].join('\n');
}

function markdownNode(node: ExplanationNode, words: Words): string {
  const { lang } = words;
  const name = node.id === 'index' ? markdown(node.label[lang]) : `${markdown(node.id)} ${markdown(node.label[lang])}`;
  const predicate = node.predicate ? ` — ${markdown(node.predicate.label[lang])}` : '';
  const title = `### ${name}: ${words.num(node.rounding?.value ?? '—')}${predicate}`;
  const headers: LabelKey[] = ['id', 'name', 'explainValue', 'weight', 'explainProduct'];
  const header = `| ${headers.map((key) => words.t(key)).join(' | ')} |\n|---|---|---:|---:|---:|`;
  const rows = node.terms.map(
    (term) =>
      `| ${markdown(term.id)} | ${markdown(term.label[lang])} | ${termValue(term, words)} | ${words.num(term.weight)} | ${words.num(term.product ?? '—')} |`,
  );
  const total = `| | **Σ** | | **${words.num(node.totalWeight)}** | **${words.num(node.weightedSum ?? '')}** |`;
  return [title, '', escapeControl(codeSpan(node.formula[lang])), '', header, ...rows, total, '', summary(node, words, (s) => `**${s}**`).join('. ') + '.'].join('\n');
}

/**
 * Renders an explanation as plain text or Markdown, in Indonesian or English.
 *
 * @example
 * ```ts
 * const text = renderExplanation(explain(result), { format: 'text', lang: 'en' });
 * // SPBE index: 3.28 (Good)
 * //   SPBE index = Σ (DI × DW) / Σ DW
 * //   D1  Internal SPBE Policy  3.7 × 13 = 48.1
 * //   ...
 * //   = 328.2 / 100 = 3.282 = 1641/500
 * //   rounded half up, 2 decimals: 3.28
 * ```
 * @category Analysis
 */
export function renderExplanation(explanation: Explanation, given: RenderExplanationOptions = {}): string {
  const options = renderOptions(given, { format: true, lang: true });
  const words = wordsOf(options.lang ?? 'id');
  const nodes = [explanation.index, ...explanation.groups];
  const asMarkdown = options.format === 'markdown';
  const render = asMarkdown ? markdownNode : textNode;
  const notes = [
    ...(explanation.complete ? [] : [words.t('explainPartial')]),
    `${explanation.catalogue.id} (${explanation.catalogue.checksum})${explanation.fingerprint ? ` · ${words.t('explainFingerprint')} ${explanation.fingerprint}` : ''}`,
  ];
  const footer = asMarkdown ? notes.map((note) => `_${markdown(note)}_`).join('\n\n') : notes.map(plain).join('\n');
  return `${nodes.map((node) => render(node, words)).join('\n\n')}\n\n${footer}\n`;
}
