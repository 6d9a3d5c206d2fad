import { describe, expect, it } from 'vitest';
import { explain, safeExplain } from '../../src/analysis/explain.js';
import { renderExplanation } from '../../src/report/render-explanation.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';
import { small } from '../helpers/small-catalogue.js';

// The regulation's worked example: A2 at 3, 4, 3, 2; A3 all 4; everything else 3.
const levels = { ...uniformLevels(permenpanrb592020, 3), 11: 3, 12: 4, 13: 3, 14: 2, 15: 4, 16: 4, 17: 4, 18: 4 };
const result = score(permenpanrb592020, { agency: 'Kota Contoh', levels });

describe('explain', () => {
  const why = explain(result, permenpanrb592020);

  it('derives aspect A2 as in the regulation: 30 / 10 = 3.00', () => {
    const a2 = why.groups.find((node) => node.id === 'A2');
    expect(a2).toMatchObject({
      formula: { id: 'Indeks Aspek A2 = Σ (NI × BI) / Σ BI' },
      weightedSum: '30',
      totalWeight: '10',
      exact: '3',
      rounding: { mode: 'halfUp', decimals: 2, value: '3.00' },
      predicate: { id: 'baik', from: 'exact', min: '2.6', max: '3.5', maxInclusive: false },
    });
    expect(a2?.terms.map((term) => [term.id, term.value, term.weight, term.product])).toEqual([
      ['11', '3', '2.5', '7.5'],
      ['12', '4', '2.5', '10'],
      ['13', '3', '2.5', '7.5'],
      ['14', '2', '2.5', '5'],
    ]);
  });

  it('derives domain D2 from the unrounded aspect values: 85 / 25 = 3.40', () => {
    expect(why.groups.find((node) => node.id === 'D2')).toMatchObject({ weightedSum: '85', totalWeight: '25', exact: '17/5', exactDecimal: '3.4' });
  });

  it('derives the index from the domains, with no intermediate rounding', () => {
    expect(why.index.terms.map((term) => term.id)).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(why.index.exact).toBe(result.index.exact);
    expect(why.index.totalWeight).toBe('100');
    expect(why.fingerprint).toBe(result.meta.fingerprint);
  });

  it('works in the deprecated forms too, and refuses the wrong catalogue', () => {
    expect(explain(result)).toStrictEqual(explain(permenpanrb592020, result));
    const outcome = safeExplain(small, result);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues[0]?.code).toBe('analysis.catalogue_mismatch');
  });

  it('catches an edited result', () => {
    const edited = { ...result, groups: result.groups.map((group) => (group.id === 'A2' ? { ...group, exact: '31/10' } : group)) };
    const outcome = safeExplain(permenpanrb592020, edited);
    const a2 = result.groups.findIndex((group) => group.id === 'A2');
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues.map((issue) => [issue.code, issue.path])).toEqual([['result.inconsistent', ['groups', a2, 'exact']]]);
  });

  it('explains partial results with re-normalised weights', () => {
    const partial = score(small, { levels: { '1': 3, '3': 4, '5': 2 } }, { missing: 'partial' });
    const node = explain(partial, small).groups.find((group) => group.id === 'A1');
    expect(node?.terms.map((term) => [term.id, term.entered, term.status])).toEqual([
      ['1', true, 'assessed'],
      ['2', false, 'missing'],
    ]);
    expect(node).toMatchObject({ totalWeight: '5', exact: '3' });
  });

  it('renders text and Markdown in both languages', () => {
    const text = renderExplanation(why, { format: 'text', lang: 'en' });
    expect(text).toContain('Aspect index A2 = Σ (IL × IW) / Σ IW');
    expect(text).toContain('= 30 / 10 = 3');
    expect(text).toContain('rounded half up, 2 decimals: 3.00');
    expect(text).toContain('Predikat from the exact value: Good (2.6 ≤ v < 3.5)');
    const markdown = renderExplanation(why, { format: 'markdown', lang: 'id' });
    expect(markdown).toContain('### Indeks SPBE:');
    expect(markdown).toContain('| Id | Nama | Nilai | Bobot | Nilai × bobot |');
    expect(markdown).toContain('dibulatkan setengah ke atas, 2 desimal: **');
    expect(renderExplanation(why)).toContain('Indeks Domain D2 = Σ (NA × BA) / Σ BA');
  });

  it('writes Indonesian numbers with a decimal comma and leaves fractions and ids alone', () => {
    const id = renderExplanation(why, { format: 'text', lang: 'id' });
    expect(id).toContain('dibulatkan setengah ke atas, 2 desimal: 3,00');
    expect(id).toContain('(2,6 ≤ v < 3,5)');
    expect(id).toMatch(/16,5/); // the D3 weight
    expect(id).not.toMatch(/\d\.\d/);
    const en = renderExplanation(why, { format: 'text', lang: 'en' });
    expect(en).toMatch(/16\.5/);
  });
});
