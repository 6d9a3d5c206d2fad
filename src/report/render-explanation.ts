import { formatExactDecimal, parseDecimal } from '../arithmetic/decimal-string.js';
import type { RoundingMode } from '../arithmetic/rounding.js';
import type { Language } from '../model/localized.js';
import type { Explanation, ExplanationNode, ExplanationTerm } from '../analysis/explain.js';

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

const WORDS = {
  id: {
    rounding: { halfUp: 'dibulatkan setengah ke atas', halfEven: 'dibulatkan setengah ke genap', down: 'dipotong', up: 'dibulatkan ke atas' } as Record<RoundingMode, string>,
    decimals: (n: number) => `${n} desimal`,
    from: { exact: 'dari nilai eksak', rounded: 'dari nilai tampilan' },
    predicate: 'Predikat',
    exact: 'Eksak',
    noValue: 'tidak ada nilai (tidak ada komponen yang dihitung)',
    status: { assessed: '', missing: 'tidak diisi', 'not-applicable': 'tidak berlaku, dikecualikan', 'not-applicable-minimum': 'tidak berlaku, dihitung minimum' },
    header: ['Id', 'Nama', 'Nilai', 'Bobot', 'Nilai × bobot'],
    partial: 'Hasil parsial: bobot dinormalkan ulang dalam setiap kelompok atas komponen yang dihitung.',
    fingerprint: 'Sidik',
    // Indonesian writes the decimal separator as a comma ("3,28"); fractions are unchanged.
    num: (text: string) => text.replace(/(\d)\.(\d)/g, '$1,$2'),
  },
  en: {
    rounding: { halfUp: 'rounded half up', halfEven: 'rounded half to even', down: 'truncated', up: 'rounded up' } as Record<RoundingMode, string>,
    decimals: (n: number) => `${n} decimal${n === 1 ? '' : 's'}`,
    from: { exact: 'from the exact value', rounded: 'from the display value' },
    predicate: 'Predikat',
    exact: 'Exact',
    noValue: 'no value (nothing in it entered the score)',
    status: { assessed: '', missing: 'missing', 'not-applicable': 'not applicable, excluded', 'not-applicable-minimum': 'not applicable, counted at the minimum' },
    header: ['Id', 'Name', 'Value', 'Weight', 'Value × weight'],
    partial: 'Partial result: weights are re-normalised within each group over what entered the score.',
    fingerprint: 'Fingerprint',
    num: (text: string) => text,
  },
} as const;

type Words = (typeof WORDS)[Language];

function band(node: ExplanationNode, words: Words, lang: Language): string {
  const p = node.predicate;
  if (p === null) return '';
  const bounds =
    p.min !== undefined && p.max !== undefined ? ` (${words.num(p.min)} ≤ v ${p.maxInclusive ? '≤' : '<'} ${words.num(p.max)})` : '';
  return `${words.predicate} ${words.from[p.from]}: ${p.label[lang]}${bounds}`;
}

function termValue(term: ExplanationTerm, words: Words): string {
  // A group's unrounded value enters; its display value is shown beside it only as a reading aid.
  if (term.entered) {
    const shown = term.display === null ? undefined : parseDecimal(term.display);
    const same = shown !== undefined && formatExactDecimal(shown) === term.value;
    const value = term.kind === 'group' && term.display !== null && !same ? `${term.value} (≈ ${term.display})` : (term.value ?? '');
    return words.num(value);
  }
  return term.status ? `— (${words.status[term.status]})` : '—';
}

function summary(node: ExplanationNode, words: Words, lang: Language, strong: (s: string) => string): string[] {
  if (node.exact === null || node.rounding === null) return [words.noValue];
  const exact = node.exactDecimal === node.exact ? node.exact : `${words.num(node.exactDecimal ?? '')} = ${node.exact}`;
  return [
    `= ${words.num(node.weightedSum ?? '')} / ${words.num(node.totalWeight)} = ${exact}`,
    `${words.rounding[node.rounding.mode]}, ${words.decimals(node.rounding.decimals)}: ${strong(words.num(node.rounding.value))}`,
    band(node, words, lang),
  ].filter((line) => line !== '');
}

function textNode(node: ExplanationNode, words: Words, lang: Language): string {
  const title = `${node.id === 'index' ? node.label[lang] : `${node.id} ${node.label[lang]}`}: ${words.num(node.rounding?.value ?? '—')}${node.predicate ? ` (${node.predicate.label[lang]})` : ''}`;
  const idWidth = Math.max(...node.terms.map((term) => term.id.length), 2);
  const nameWidth = Math.min(48, Math.max(...node.terms.map((term) => term.label[lang].length), 4));
  const rows = node.terms.map((term) => {
    const name = term.label[lang].length > nameWidth ? `${term.label[lang].slice(0, nameWidth - 1)}…` : term.label[lang];
    const weight = words.num(term.weight);
    const formula = term.entered ? `${termValue(term, words)} × ${weight} = ${words.num(term.product ?? '')}` : `${termValue(term, words)} × ${weight}`;
    return `  ${term.id.padEnd(idWidth)}  ${name.padEnd(nameWidth)}  ${formula}`;
  });
  return [title, `  ${node.formula[lang]}`, ...rows, ...summary(node, words, lang, (s) => s).map((line) => `  ${line}`)].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function markdownNode(node: ExplanationNode, words: Words, lang: Language): string {
  const title = `### ${node.id === 'index' ? node.label[lang] : `${node.id} ${cell(node.label[lang])}`}: ${words.num(node.rounding?.value ?? '—')}${node.predicate ? ` — ${node.predicate.label[lang]}` : ''}`;
  const header = `| ${words.header.join(' | ')} |\n|---|---|---:|---:|---:|`;
  const rows = node.terms.map(
    (term) => `| ${cell(term.id)} | ${cell(term.label[lang])} | ${termValue(term, words)} | ${words.num(term.weight)} | ${words.num(term.product ?? '—')} |`,
  );
  const total = `| | **Σ** | | **${words.num(node.totalWeight)}** | **${words.num(node.weightedSum ?? '')}** |`;
  return [title, '', `\`${node.formula[lang]}\``, '', header, ...rows, total, '', summary(node, words, lang, (s) => `**${s}**`).join('. ') + '.'].join('\n');
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
export function renderExplanation(explanation: Explanation, options: RenderExplanationOptions = {}): string {
  const lang = options.lang === 'en' ? 'en' : 'id';
  const words = WORDS[lang];
  const nodes = [explanation.index, ...explanation.groups];
  const render = options.format === 'markdown' ? markdownNode : textNode;
  const notes = [
    ...(explanation.complete ? [] : [words.partial]),
    `${explanation.catalogue.id} (${explanation.catalogue.checksum})${explanation.fingerprint ? ` · ${words.fingerprint} ${explanation.fingerprint}` : ''}`,
  ];
  const footer = options.format === 'markdown' ? notes.map((note) => `_${cell(note)}_`).join('\n\n') : notes.join('\n');
  return `${nodes.map((node) => render(node, words, lang)).join('\n\n')}\n\n${footer}\n`;
}
