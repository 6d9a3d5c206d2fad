import { describe, expect, it } from 'vitest';
import { explain, safeExplain, type Explanation, type ExplanationNode } from '../../src/analysis/explain.js';
import { renderExplanation } from '../../src/report/render-explanation.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { compileCatalogue } from '../../src/catalogue/compile.js';
import { PREDICATES_2020, PROCESS_SCALE } from '../../src/catalogues/permenpanrb-59-2020/scales.js';
import type { CatalogueDefinition, IndicatorDefinition } from '../../src/model/catalogue.js';
import { SpbeError, unwrap } from '../../src/model/issue.js';
import type { ScoreResult } from '../../src/model/result.js';
import { score } from '../../src/scoring/score.js';
import { small } from '../helpers/small-catalogue.js';

/*
 * Pins of explain / renderExplanation. Everything is computed inside the tests (not at describe
 * level), so the mutation run attributes the coverage to them.
 *
 * Worked numbers (small catalogue: D1 40 = A1 15 (i1 5, i2 10) + A2 25 (i3 12.5, i4 12.5);
 * D2 60 = A3 60 (i5 35, i6 25)), levels 3, 4, 5, 5, 2, 3:
 *   A1 = (3×5 + 4×10) / 15 = 55/15 = 11/3 ≈ 3.67 (Sangat Baik)
 *   A2 = (5×12.5 + 5×12.5) / 25 = 125/25 = 5 → 5.00 (Memuaskan, the first band, max inclusive)
 *   D1 = (11/3×15 + 5×25) / 40 = (55 + 125) / 40 = 9/2 = 4.5 → 4.50 (Memuaskan)
 *   A3 = D2 = (2×35 + 3×25) / 60 = 145/60 = 29/12 ≈ 2.42 (Cukup)
 *   index = (9/2×40 + 29/12×60) / 100 = (180 + 145) / 100 = 13/4 = 3.25 (Baik)
 */
const completeLevels = { '1': 3, '2': 4, '3': 5, '4': 5, '5': 2, '6': 3 };

const ind = (id: string, weight: string, name?: { id: string; en: string }, notApplicable?: boolean): IndicatorDefinition => ({
  id,
  number: Number(id),
  name: name ?? { id: `Indikator ${id}`, en: `Indicator ${id}` },
  scale: 'process',
  weight,
  ...(notApplicable ? { notApplicable } : {}),
});

const LONG_ID = 'Tingkat kematangan kebijakan internal arsitektur SPBE instansi'; // 62 characters
const LONG_EN = 'Maturity of the internal policy on the SPBE architecture of agencies'; // 68 characters

/** The small catalogue's shape with tiers other than domain/aspect, a long name and a name with a pipe. */
const customDefinition: CatalogueDefinition = {
  id: 'custom-tiers',
  revision: '1',
  title: { id: 'Katalog tingkatan lain', en: 'Other tiers catalogue' },
  legalBasis: [],
  years: [],
  tiers: [
    { id: 'pilar', label: { id: 'Pilar', en: 'Pillar' }, plural: { id: 'Pilar', en: 'Pillars' } },
    { id: 'komponen', label: { id: 'Komponen', en: 'Component' }, plural: { id: 'Komponen', en: 'Components' } },
  ],
  scales: [PROCESS_SCALE],
  predicates: PREDICATES_2020,
  totalWeight: '100',
  groups: [
    {
      id: 'P1',
      tier: 'pilar',
      name: { id: 'Tata Kelola | Kebijakan', en: 'Governance | Policy' },
      weight: '40',
      groups: [
        { id: 'K1', tier: 'komponen', name: { id: 'Komponen 1', en: 'Component 1' }, weight: '15', indicators: [ind('1', '5', { id: LONG_ID, en: LONG_EN }), ind('2', '10')] },
        { id: 'K2', tier: 'komponen', name: { id: 'Komponen 2', en: 'Component 2' }, weight: '25', indicators: [ind('3', '12.5'), ind('4', '12.5', undefined, true)] },
      ],
    },
    {
      id: 'P2',
      tier: 'pilar',
      name: { id: 'Layanan', en: 'Services' },
      weight: '60',
      groups: [{ id: 'K3', tier: 'komponen', name: { id: 'Komponen 3', en: 'Component 3' }, weight: '60', indicators: [ind('5', '35'), ind('6', '25')] }],
    },
  ],
};
const custom = unwrap(compileCatalogue(customDefinition));

/*
 * Partial result on the custom catalogue (decimals 3, half to even, predikat from the rounded value):
 * indicators 1 and 2 missing, 4 not applicable (excluded), 3 at 4, 5 at 2, 6 at 3.
 *   K1: nothing entered → no value, no predikat (Σ weight 0)
 *   K2 = 4×12.5 / 12.5 = 4 → 4.000 (Sangat Baik)
 *   P1 = 4×25 / 25 = 4 (K1 does not enter)
 *   K3 = P2 = 145/60 = 29/12 = 2.41666… → 2.417 (Cukup)
 *   index = (4×40 + 29/12×60) / 100 = (160 + 145) / 100 = 61/20 = 3.05 → 3.050 (Baik)
 */
const partialOptions = { missing: 'partial', decimals: 3, rounding: 'halfEven', predicateFrom: 'rounded' } as const;
const partialLevels = { '3': 4, '4': 'na' as const, '5': 2, '6': 3 };

const node = (why: Explanation, id: string): ExplanationNode => {
  const found = id === 'index' ? why.index : why.groups.find((group) => group.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
};

/** Checksums and fingerprints change with the catalogue compiler and the library version: keep them out of snapshots. */
function scrub(text: string, result: ScoreResult): string {
  return text.split(result.meta.catalogue.checksum).join('<checksum>').split(result.meta.fingerprint).join('<fingerprint>');
}

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
    const catalogue = unwrap(compileCatalogue(definition));
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
    await expect(scrub(renderExplanation(why, { format, lang }), result)).toMatchFileSnapshot(`./__snapshots__/explain-small-complete.${lang}.${ext}`);
  });

  it.each([
    ['text', 'id'],
    ['text', 'en'],
    ['markdown', 'id'],
    ['markdown', 'en'],
  ] as const)('renders a partial result with custom tiers as %s in %s', async (format, lang) => {
    const { result, why } = partial();
    const ext = format === 'markdown' ? 'md' : 'txt';
    await expect(scrub(renderExplanation(why, { format, lang }), result)).toMatchFileSnapshot(`./__snapshots__/explain-custom-partial.${lang}.${ext}`);
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
