import { describe, expect, it } from 'vitest';
import { explain, safeExplain } from '../../src/analysis/explain.js';
import { renderExplanation } from '../../src/report/render-explanation.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';
import { small } from '../helpers/small-catalogue.js';
import { safeCompileCatalogue } from '../../src/catalogue/compile.js';
import type { CatalogueDefinition } from '../../src/model/catalogue.js';
import { SpbeError, unwrap } from '../../src/model/issue.js';
import type { ScoreResult } from '../../src/model/result.js';
import { completeLevels, custom, ind, customDefinition, LONG_EN, LONG_ID, node, partialLevels, partialOptions, scrub } from '../helpers/explain-scenarios.js';

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

const BANDS = {
  memuaskan: { id: 'memuaskan', label: { id: 'Memuaskan', en: 'Excellent' } },
  sangatBaik: { id: 'sangat-baik', label: { id: 'Sangat Baik', en: 'Very good' } },
  baik: { id: 'baik', label: { id: 'Baik', en: 'Good' } },
  cukup: { id: 'cukup', label: { id: 'Cukup', en: 'Fair' } },
};

describe('explain: a complete result (small catalogue)', () => {
  it('derives the index and every group exactly as worked out by hand', () => {
    const result = score(small, { levels: completeLevels });
    const why = explain(result, small);
    expect(node(why, 'index')).toMatchObject({ weightedSum: '325', totalWeight: '100', exact: '13/4', exactDecimal: '3.25' });
    expect(node(why, 'D1')).toMatchObject({ weightedSum: '180', totalWeight: '40', exact: '9/2', exactDecimal: '4.5' });
    expect(node(why, 'A1')).toMatchObject({ weightedSum: '55', totalWeight: '15', exact: '11/3', exactDecimal: '11/3' });
    expect(node(why, 'A2')).toMatchObject({ weightedSum: '125', totalWeight: '25', exact: '5', exactDecimal: '5' });
    expect(node(why, 'D2')).toMatchObject({ weightedSum: '145', totalWeight: '60', exact: '29/12', exactDecimal: '29/12' });
    expect(why.groups.map((group) => [group.id, group.tier, group.rounding?.value])).toEqual([
      ['D1', 'domain', '4.50'],
      ['A1', 'aspect', '3.67'],
      ['A2', 'aspect', '5.00'],
      ['D2', 'domain', '2.42'],
      ['A3', 'aspect', '2.42'],
    ]);
    expect(why.index.id).toBe('index');
    expect(why.index.tier).toBe('index');
    expect(why.index.label).toEqual({ id: 'Indeks SPBE', en: 'SPBE index' });
    expect(why.index.rounding).toEqual({ mode: 'halfUp', decimals: 2, value: '3.25' });
    expect(why.complete).toBe(true);
  });

  it('writes the formulas of each tier in both languages', () => {
    const why = explain(score(small, { levels: completeLevels }));
    expect(node(why, 'index').formula).toEqual({ id: 'Indeks SPBE = Σ (ND × BD) / Σ BD', en: 'SPBE index = Σ (DI × DW) / Σ DW' });
    expect(node(why, 'D1').formula).toEqual({ id: 'Indeks Domain D1 = Σ (NA × BA) / Σ BA', en: 'Domain index D1 = Σ (AI × AW) / Σ AW' });
    expect(node(why, 'A3').formula).toEqual({ id: 'Indeks Aspek A3 = Σ (NI × BI) / Σ BI', en: 'Aspect index A3 = Σ (IL × IW) / Σ IW' });
    expect(node(why, 'A3').label).toEqual({ id: 'Aspek 3', en: 'Aspect 3' });
  });

  it('lists group terms with exact and display values, and indicator terms with their levels', () => {
    const why = explain(score(small, { levels: completeLevels }));
    const [a1, a2] = node(why, 'D1').terms;
    expect(a1).toStrictEqual({ kind: 'group', id: 'A1', label: { id: 'Aspek 1', en: 'Aspect 1' }, value: '11/3', display: '3.67', weight: '15', product: '55', entered: true });
    expect(a2).toStrictEqual({ kind: 'group', id: 'A2', label: { id: 'Aspek 2', en: 'Aspect 2' }, value: '5', display: '5.00', weight: '25', product: '125', entered: true });
    expect(node(why, 'A2').terms).toStrictEqual([
      { kind: 'indicator', id: '3', label: { id: 'Indikator 3', en: 'Indicator 3' }, value: '5', display: '5', weight: '12.5', product: '62.5', entered: true, status: 'assessed' },
      { kind: 'indicator', id: '4', label: { id: 'Indikator 4', en: 'Indicator 4' }, value: '5', display: '5', weight: '12.5', product: '62.5', entered: true, status: 'assessed' },
    ]);
    expect(node(why, 'index').terms.map((term) => [term.id, term.value, term.display, term.product])).toEqual([
      ['D1', '4.5', '4.50', '180'],
      ['D2', '29/12', '2.42', '145'],
    ]);
  });

  it('reads each predikat band from the catalogue; only the top band includes its maximum', () => {
    const why = explain(score(small, { levels: completeLevels }), small);
    expect(node(why, 'index').predicate).toStrictEqual({ ...BANDS.baik, from: 'exact', min: '2.6', max: '3.5', maxInclusive: false });
    expect(node(why, 'D1').predicate).toStrictEqual({ ...BANDS.memuaskan, from: 'exact', min: '4.2', max: '5', maxInclusive: true });
    expect(node(why, 'A1').predicate).toStrictEqual({ ...BANDS.sangatBaik, from: 'exact', min: '3.5', max: '4.2', maxInclusive: false });
    expect(node(why, 'A3').predicate).toStrictEqual({ ...BANDS.cukup, from: 'exact', min: '1.8', max: '2.6', maxInclusive: false });
  });

  it('gives the same explanation in every call form (the deprecated ones find or take the catalogue)', () => {
    const result = score(small, { levels: completeLevels });
    const current = explain(small, result);
    expect(explain(result)).toStrictEqual(current);
    expect(explain(result, small)).toStrictEqual(current);
    expect(safeExplain(small, result)).toStrictEqual({ success: true, output: current });
    expect(current.index.predicate).toStrictEqual({ ...BANDS.baik, from: 'exact', min: '2.6', max: '3.5', maxInclusive: false });
  });

  it('copies the catalogue identity and the fingerprint from the result (null when it has none)', () => {
    const result = score(small, { levels: completeLevels });
    const why = explain(result);
    expect(why.catalogue).toStrictEqual({ id: 'small-test', revision: '1', checksum: small.checksum });
    expect(why.catalogue).toStrictEqual(result.meta.catalogue);
    expect(why.fingerprint).toBe(result.meta.fingerprint);
    expect(why.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    // A result without its fingerprint does not follow from its inputs: refused, not explained.
    const { fingerprint: _dropped, ...meta } = result.meta;
    const outcome = safeExplain(small, { ...result, meta: meta as ScoreResult['meta'] });
    expect(outcome.success ? [] : outcome.issues.map((issue) => [issue.code, issue.path])).toEqual([['result.inconsistent', ['meta', 'fingerprint']]]);
  });

  it('matches the stored explanation', async () => {
    const result = score(small, { levels: completeLevels });
    await expect(scrub(JSON.stringify(explain(result, small), null, 2), result) + '\n').toMatchFileSnapshot('./__snapshots__/explain-small-complete.json');
  });
});

describe('explain: a partial result with not-applicable indicators and custom tiers', () => {
  it('derives the index and every group as worked out by hand', () => {
    const result = score(custom, { levels: partialLevels }, partialOptions);
    const why = explain(result, custom);
    expect(why.complete).toBe(false);
    expect(node(why, 'index')).toMatchObject({ weightedSum: '305', totalWeight: '100', exact: '61/20', exactDecimal: '3.05' });
    expect(node(why, 'index').rounding).toEqual({ mode: 'halfEven', decimals: 3, value: '3.050' });
    expect(node(why, 'index').predicate).toStrictEqual({ ...BANDS.baik, from: 'rounded', min: '2.6', max: '3.5', maxInclusive: false });
    expect(node(why, 'P1')).toMatchObject({ weightedSum: '100', totalWeight: '25', exact: '4', exactDecimal: '4', rounding: { value: '4.000' } });
    expect(node(why, 'K2')).toMatchObject({ weightedSum: '50', totalWeight: '12.5', exact: '4', rounding: { value: '4.000' }, predicate: { id: 'sangat-baik' } });
    expect(node(why, 'P2')).toMatchObject({ weightedSum: '145', totalWeight: '60', exact: '29/12', exactDecimal: '29/12', rounding: { value: '2.417' }, predicate: { id: 'cukup' } });
  });

  it('explains a group where nothing entered: no value, no rounding, no predikat', () => {
    const why = explain(score(custom, { levels: partialLevels }, partialOptions), custom);
    expect(node(why, 'K1')).toMatchObject({ weightedSum: '0', totalWeight: '0', exact: null, exactDecimal: null, rounding: null, predicate: null });
    expect(node(why, 'K1').terms).toStrictEqual([
      { kind: 'indicator', id: '1', label: { id: LONG_ID, en: LONG_EN }, value: null, display: null, weight: '5', product: null, entered: false, status: 'missing' },
      { kind: 'indicator', id: '2', label: { id: 'Indikator 2', en: 'Indicator 2' }, value: null, display: null, weight: '10', product: null, entered: false, status: 'missing' },
    ]);
    // The empty group does not enter its parent either.
    expect(node(why, 'P1').terms[0]).toStrictEqual({ kind: 'group', id: 'K1', label: { id: 'Komponen 1', en: 'Component 1' }, value: null, display: null, weight: '15', product: null, entered: false });
    expect(node(why, 'K2').terms.map((term) => [term.id, term.entered, term.status, term.value, term.product])).toEqual([
      ['3', true, 'assessed', '4', '50'],
      ['4', false, 'not-applicable', null, null],
    ]);
  });

  it('names the symbols of tiers other than domain and aspect after the tier', () => {
    const why = explain(score(custom, { levels: partialLevels }, partialOptions));
    expect(node(why, 'index').formula).toEqual({ id: 'Indeks SPBE = Σ (N(pilar) × B(pilar)) / Σ B(pilar)', en: 'SPBE index = Σ (V(pilar) × W(pilar)) / Σ W(pilar)' });
    expect(node(why, 'P1').formula).toEqual({ id: 'Indeks pilar P1 = Σ (N(komponen) × B(komponen)) / Σ B(komponen)', en: 'pilar index P1 = Σ (V(komponen) × W(komponen)) / Σ W(komponen)' });
    expect(node(why, 'K3').formula).toEqual({ id: 'Indeks komponen K3 = Σ (NI × BI) / Σ BI', en: 'komponen index K3 = Σ (IL × IW) / Σ IW' });
    expect(why.groups.map((group) => [group.id, group.tier])).toEqual([
      ['P1', 'pilar'],
      ['K1', 'komponen'],
      ['K2', 'komponen'],
      ['P2', 'pilar'],
      ['K3', 'komponen'],
    ]);
  });

  it('a group tier that is literally called "indicator" takes the indicator symbols', () => {
    const definition: CatalogueDefinition = {
      ...customDefinition,
      id: 'one-tier',
      tiers: [{ id: 'indicator', label: { id: 'Kelompok', en: 'Group' }, plural: { id: 'Kelompok', en: 'Groups' } }],
      groups: [{ id: 'G1', tier: 'indicator', name: { id: 'Kelompok 1', en: 'Group 1' }, weight: '100', indicators: [ind('1', '100')] }],
    };
    const catalogue = unwrap(safeCompileCatalogue(definition));
    const why = explain(score(catalogue, { levels: { '1': 3 } }));
    expect(why.index.formula).toEqual({ id: 'Indeks SPBE = Σ (NI × BI) / Σ BI', en: 'SPBE index = Σ (IL × IW) / Σ IW' });
    expect(node(why, 'G1').formula).toEqual({ id: 'Tingkat Indikator G1 = Σ (NI × BI) / Σ BI', en: 'Indicator level G1 = Σ (IL × IW) / Σ IW' });
  });

  it('shows not-applicable indicators counted at the minimum as entered, at level 1', () => {
    const why = explain(score(custom, { levels: { ...completeLevels, '4': 'na' } }, { notApplicable: 'minimum' }));
    expect(node(why, 'K2').terms[1]).toStrictEqual({
      kind: 'indicator',
      id: '4',
      label: { id: 'Indikator 4', en: 'Indicator 4' },
      value: '1',
      display: '1',
      weight: '12.5',
      product: '12.5',
      entered: true,
      status: 'not-applicable-minimum',
    });
    // K2 = (5×12.5 + 1×12.5) / 25 = 75/25 = 3
    expect(node(why, 'K2')).toMatchObject({ weightedSum: '75', totalWeight: '25', exact: '3', rounding: { value: '3.00' } });
  });

  it('matches the stored explanation', async () => {
    const result = score(custom, { levels: partialLevels }, partialOptions);
    await expect(scrub(JSON.stringify(explain(result, custom), null, 2), result) + '\n').toMatchFileSnapshot('./__snapshots__/explain-custom-partial.json');
  });
});

describe('explain: results that do not add up, and bad input', () => {
  const edit = (result: ScoreResult, id: string, change: object): ScoreResult => ({
    ...result,
    groups: result.groups.map((group) => (group.id === id ? { ...group, ...change } : group)),
  });

  it('reports an edited group value with the expected and the recorded value, in both languages', () => {
    const result = score(small, { levels: completeLevels });
    const outcome = safeExplain(small, edit(result, 'A2', { exact: '41/8' }));
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    // A2 is the third group (D1, A1, A2, D2, A3); the edit is found where it is, and only there.
    expect(outcome.issues).toStrictEqual([
      {
        code: 'result.inconsistent',
        path: ['groups', 2, 'exact'],
        message: {
          id: '"groups.2.exact" dalam hasil tidak mengikuti tingkat, status dan opsinya (seharusnya "5"): hasil telah diubah atau rusak.',
          en: '"groups.2.exact" in the result does not follow from its levels, statuses and options (it should be "5"): the result was edited or is corrupt.',
        },
        expected: '"5"',
        received: '"41/8"', // issue values are written as JSON
      },
    ]);
  });

  it('reports a value given to a group where nothing entered (expected "null")', () => {
    const result = score(custom, { levels: partialLevels }, partialOptions);
    const outcome = safeExplain(custom, edit(result, 'K1', { exact: '3', value: '3.000' }));
    expect(outcome.success).toBe(false);
    if (!outcome.success) {
      expect(outcome.issues).toMatchObject([
        { code: 'result.inconsistent', path: ['groups', 1, 'value'], expected: 'null', received: '"3.000"' },
        { code: 'result.inconsistent', path: ['groups', 1, 'exact'], expected: 'null', received: '"3"' },
      ]);
    }
  });

  it('reports a group value removed although its parts entered', () => {
    const result = score(small, { levels: completeLevels });
    const outcome = safeExplain(small, edit(result, 'A1', { exact: null, value: null, predicate: null }));
    expect(outcome.success).toBe(false);
    if (!outcome.success) {
      expect(outcome.issues.map((issue) => [issue.path.join('.'), issue.expected, issue.received])).toEqual([
        ['groups.1.value', '"3.67"', 'null'],
        ['groups.1.exact', '"11/3"', 'null'],
        ['groups.1.predicate', 'object', 'null'],
      ]);
    }
  });

  it('accepts an unedited result with an empty group (no issue when both values are null)', () => {
    const outcome = safeExplain(score(custom, { levels: partialLevels }, partialOptions), custom);
    expect(outcome.success).toBe(true);
  });

  it('refuses a malformed result with the result check issues, and explain throws them', () => {
    const result = score(small, { levels: completeLevels });
    const broken = { ...result, index: { ...result.index, exact: 'three' } };
    const outcome = safeExplain(broken);
    expect(outcome).toMatchObject({ success: false, issues: [{ code: 'analysis.result_invalid', path: ['index', 'exact'] }] });
    expect(() => explain(broken)).toThrow(SpbeError);
    try {
      explain(broken);
    } catch (error) {
      expect((error as SpbeError).issues).toEqual(outcome.success ? [] : outcome.issues);
    }
  });

  it('refuses another catalogue, pointing at meta.catalogue', () => {
    const result = score(small, { levels: completeLevels });
    const outcome = safeExplain(result, custom);
    expect(outcome).toMatchObject({ success: false, issues: [{ code: 'analysis.catalogue_mismatch', path: ['meta', 'catalogue'], expected: custom.checksum }] });
    expect(() => explain(result, custom)).toThrow(SpbeError);
  });
});
