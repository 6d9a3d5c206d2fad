import { describe, expect, it } from 'vitest';
import { explain, safeExplain, type Explanation, type ExplanationNode } from '../../src/analysis/explain.js';
import { renderExplanation } from '../../src/report/render-explanation.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { score } from '../../src/scoring/score.js';
import { small } from '../helpers/small-catalogue.js';
import { completeLevels, custom, LONG_EN, node, partialLevels, partialOptions, scrub } from '../helpers/explain-scenarios.js';

describe('renderExplanation', () => {
  const complete = () => {
    const result = score(small, { levels: completeLevels });
    return { result, why: explain(result, small) };
  };
  const partial = () => {
    const result = score(custom, { levels: partialLevels }, partialOptions);
    return { result, why: explain(result, custom) };
  };

  it.each([
    ['text', 'id'],
    ['text', 'en'],
    ['markdown', 'id'],
    ['markdown', 'en'],
  ] as const)('renders a complete result as %s in %s', async (format, lang) => {
    const { result, why } = complete();
    const ext = format === 'markdown' ? 'md' : 'txt';
    await expect(scrub(renderExplanation(why, { format, lang }), result)).toMatchFileSnapshot(`./snapshots/explain-small-complete.${lang}.${ext}`);
  });

  it.each([
    ['text', 'id'],
    ['text', 'en'],
    ['markdown', 'id'],
    ['markdown', 'en'],
  ] as const)('renders a partial result with custom tiers as %s in %s', async (format, lang) => {
    const { result, why } = partial();
    const ext = format === 'markdown' ? 'md' : 'txt';
    await expect(scrub(renderExplanation(why, { format, lang }), result)).toMatchFileSnapshot(`./snapshots/explain-custom-partial.${lang}.${ext}`);
  });

  it('defaults to Indonesian plain text', () => {
    const { why } = complete();
    expect(renderExplanation(why)).toBe(renderExplanation(why, { format: 'text', lang: 'id' }));
  });

  it('writes the headline figures of the index and a domain', () => {
    const { why } = complete();
    const en = renderExplanation(why, { lang: 'en' }).split('\n');
    expect(en[0]).toBe('SPBE index: 3.25 (Good)');
    expect(en).toContain('  = 325 / 100 = 3.25 = 13/4');
    expect(en).toContain('D1 Domain 1: 4.50 (Excellent)');
    expect(en).toContain('  = 180 / 40 = 4.5 = 9/2');
    expect(en).toContain('  Predikat from the exact value: Excellent (4.2 ≤ v ≤ 5)');
    expect(en).toContain('  Predikat from the exact value: Good (2.6 ≤ v < 3.5)');
    const id = renderExplanation(why, { format: 'markdown', lang: 'id' }).split('\n');
    expect(id).toContain('### Indeks SPBE: 3,25 — Baik');
    expect(id).toContain('= 325 / 100 = 3,25 = 13/4. dibulatkan setengah ke atas, 2 desimal: **3,25**. Predikat dari nilai eksak: Baik (2,6 ≤ v < 3,5).');
    expect(id).toContain('| D1 | Domain 1 | 4,5 | 40 | 180 |');
    expect(id).toContain('| | **Σ** | | **100** | **325** |');
  });

  it('shows a group display value beside the exact value only when they differ', () => {
    const { why } = complete();
    const text = renderExplanation(why, { lang: 'en' }).split('\n');
    expect(text).toContain('  A1  Aspect 1  11/3 (≈ 3.67) × 15 = 55');
    expect(text).toContain('  A2  Aspect 2  5 × 25 = 125');
  });

  it('never shows an indicator level beside itself, even a roll-up fraction', () => {
    // Two units differing only on indicator 1 (3 and 4): its consolidated level is 7/2.
    const base = { '1': 3, '2': 3, '3': 3, '4': 3, '5': 3, '6': 3 };
    const city = rollup(small, [{ agency: 'A', levels: base }, { agency: 'B', levels: { ...base, '1': 4 } }]).consolidated;
    const why = explain(city, small);
    expect(node(why, 'A1').terms[0]).toMatchObject({ kind: 'indicator', value: '3.5', display: '7/2', product: '17.5' });
    const text = renderExplanation(why, { lang: 'id' }).split('\n');
    // A1 = (3.5×5 + 3×10) / 15 = 47.5/15 = 19/6
    expect(text).toContain('  1   Indikator 1  3,5 × 5 = 17,5');
    expect(text).toContain('  A1  Aspek 1  19/6 (≈ 3,17) × 15 = 47,5');
  });

  it('shows terms that did not enter with a dash and, for indicators, why', () => {
    const { why } = partial();
    const en = renderExplanation(why, { lang: 'en' }).split('\n');
    expect(en).toContain('K1 Component 1: —');
    expect(en).toContain('  no value (nothing in it entered the score)');
    expect(en).toContain('  K1  Component 1  — × 15');
    expect(en).toContain('  4   Indicator 4  — (not applicable, excluded) × 12.5');
    expect(en).toContain(`  2   ${'Indicator 2'.padEnd(48)}  — (missing) × 10`);
    const md = renderExplanation(why, { format: 'markdown', lang: 'id' }).split('\n');
    expect(md).toContain('### K1 Komponen 1: —');
    expect(md).toContain('| 2 | Indikator 2 | — (tidak diisi) | 10 | — |');
    expect(md).toContain('tidak ada nilai (tidak ada komponen yang dihitung).');
  });

  it('cuts names longer than 48 characters in text, never in Markdown', () => {
    const { why } = partial();
    const text = renderExplanation(why, { lang: 'en' });
    expect(text).toContain(`  1   ${LONG_EN.slice(0, 47)}…  — (missing) × 5`);
    expect(text).not.toContain(LONG_EN);
    expect(renderExplanation(why, { format: 'markdown', lang: 'en' })).toContain(`| 1 | ${LONG_EN} | — (missing) | 5 | — |`);
  });

  it('escapes pipes in Markdown table cells and headings but not in text', () => {
    const { why } = partial();
    const md = renderExplanation(why, { format: 'markdown', lang: 'en' });
    expect(md).toContain('| P1 | Governance \\| Policy | 4 | 40 | 160 |');
    expect(md).toContain('### P1 Governance \\| Policy: 4.000 — Very good');
    expect(renderExplanation(why, { lang: 'en' })).toContain('P1 Governance | Policy: 4.000 (Very good)');
  });

  it('escapes Markdown markup and backticks in catalogue text, and control characters in every format', () => {
    const { why } = complete();
    const [first, ...rest] = why.index.terms;
    const hostile: Explanation = {
      ...why,
      index: {
        ...why.index,
        label: { id: 'Indeks *tebal*', en: 'Index *bold*' },
        formula: { id: 'a `b` c', en: 'a `b` c' },
        terms: [{ ...first!, id: 'D`1', label: { id: 'Nama\u001b[31m merah', en: 'Name\u001b[31m red [link](x)' } }, ...rest],
      },
    };
    const md = renderExplanation(hostile, { format: 'markdown', lang: 'en' });
    expect(md).toContain('### Index \\*bold\\*: 3.25 — Good');
    expect(md).toContain('``a `b` c``');
    expect(md).toContain('| D\\`1 | Name\\x1b\\[31m red \\[link\\](x) |');
    const text = renderExplanation(hostile, { lang: 'en' });
    expect(text).toContain('  D`1  Name\\x1b[31m red [link](x)');
    expect(text).not.toContain('\u001b');
    expect(md).not.toContain('\u001b');
  });

  it('ends with the partial note, the catalogue and the fingerprint', () => {
    const { result, why } = partial();
    const { checksum } = result.meta.catalogue;
    const text = renderExplanation(why, { lang: 'en' });
    expect(text.endsWith(`\n\nPartial result: weights are re-normalised within each group over what entered the score.\ncustom-tiers (${checksum}) · Fingerprint ${result.meta.fingerprint}\n`)).toBe(true);
    const md = renderExplanation(why, { format: 'markdown', lang: 'id' });
    expect(md.endsWith(`\n\n_Hasil parsial: bobot dinormalkan ulang dalam setiap kelompok atas komponen yang dihitung._\n\n_custom-tiers (${checksum}) · Sidik ${result.meta.fingerprint}_\n`)).toBe(true);
    const completeText = renderExplanation({ ...complete().why, fingerprint: null }, { lang: 'en' });
    expect(completeText.endsWith(`\n\nsmall-test (${small.checksum})\n`)).toBe(true);
    expect(completeText).not.toContain('Partial result');
  });

  it('gives the predikat without bounds when the explanation has none', () => {
    const { why } = complete();
    const unbounded = (n: ExplanationNode): ExplanationNode => ({ ...n, predicate: n.predicate && { id: n.predicate.id, label: n.predicate.label, from: n.predicate.from } });
    const text = renderExplanation({ ...why, index: unbounded(why.index), groups: why.groups.map(unbounded) }, { lang: 'id' }).split('\n');
    expect(text).toContain('  Predikat dari nilai eksak: Baik');
    expect(text.filter((line) => line.includes('≤'))).toEqual([]);
  });

  it('leaves out the band line of a value without predikat, and bounds that are not both known', () => {
    const { why } = complete();
    const noBand = { ...why, index: { ...why.index, predicate: null }, groups: [] };
    expect(renderExplanation(noBand, { lang: 'en' }).split('\n').slice(0, 6)).toEqual([
      'SPBE index: 3.25',
      '  SPBE index = Σ (DI × DW) / Σ DW',
      '  D1  Domain 1  4.5 × 40 = 180',
      '  D2  Domain 2  29/12 (≈ 2.42) × 60 = 145',
      '  = 325 / 100 = 3.25 = 13/4',
      '  rounded half up, 2 decimals: 3.25',
    ]);
    expect(renderExplanation(noBand, { format: 'markdown', lang: 'en' })).toContain('\n= 325 / 100 = 3.25 = 13/4. rounded half up, 2 decimals: **3.25**.\n');
    const predicate = why.index.predicate;
    if (predicate === null) throw new Error('index has a predikat');
    const { max: _max, ...onlyMin } = predicate;
    const halfBand = { ...why, index: { ...why.index, predicate: onlyMin }, groups: [] };
    expect(renderExplanation(halfBand, { lang: 'en' })).toContain('\n  Predikat from the exact value: Good\n');
    const { min: _min, ...onlyMax } = predicate;
    const otherHalf = { ...why, index: { ...why.index, predicate: onlyMax }, groups: [] };
    expect(renderExplanation(otherHalf, { lang: 'en' })).toContain('\n  Predikat from the exact value: Good\n');
  });

  it('renders a group whose display value was removed: the exact value enters, with no rounding step', () => {
    // explain refuses such a result (the display value follows from the exact one); the renderer
    // still shows such an explanation sensibly.
    const result = score(small, { levels: completeLevels });
    const stripped = { ...result, groups: result.groups.map((group) => (group.id === 'A1' ? { ...group, value: null } : group)) };
    expect(safeExplain(small, stripped)).toMatchObject({ success: false, issues: [{ code: 'result.inconsistent', path: ['groups', 1, 'value'] }] });
    const full = explain(small, result);
    const why: Explanation = {
      ...full,
      groups: full.groups.map((group) =>
        group.id === 'A1' ? { ...group, rounding: null } : group.id === 'D1' ? { ...group, terms: group.terms.map((term) => (term.id === 'A1' ? { ...term, display: null } : term)) } : group,
      ),
    };
    expect(node(why, 'A1')).toMatchObject({ exact: '11/3', exactDecimal: '11/3', rounding: null });
    expect(node(why, 'D1').terms[0]).toMatchObject({ value: '11/3', display: null, entered: true });
    const text = renderExplanation(why, { lang: 'en' }).split('\n');
    expect(text).toContain('  A1  Aspect 1  11/3 × 15 = 55');
    expect(text).toContain('A1 Aspect 1: — (Very good)');
    // Without a display value there is no rounding step to show (whatever the summary says instead).
    const a1 = text.indexOf('A1 Aspect 1: — (Very good)');
    const block = text.slice(a1, text.indexOf('', a1));
    expect(block.slice(0, 4)).toEqual(['A1 Aspect 1: — (Very good)', '  Aspect index A1 = Σ (IL × IW) / Σ IW', '  1   Indicator 1  3 × 5 = 15', '  2   Indicator 2  4 × 10 = 40']);
    expect(block.filter((line) => line.includes('rounded'))).toEqual([]);
  });

  it('gives no derivation for a value without an exact value, even with a rounding step', () => {
    const { why } = partial();
    const k1 = node(why, 'K1');
    const shown = { ...why, index: { ...k1, rounding: { mode: 'halfUp' as const, decimals: 2, value: '3.00' } }, groups: [] };
    const lines = renderExplanation(shown, { lang: 'en' }).split('\n');
    expect(lines[0]).toBe('K1 Component 1: 3.00');
    expect(lines).toContain('  no value (nothing in it entered the score)');
    expect(lines.some((line) => line.startsWith('  = '))).toBe(false);
  });
});
