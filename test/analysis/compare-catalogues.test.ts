import { describe, expect, it } from 'vitest';
import { compare, safeCompare } from '../../src/analysis/compare.js';
import { safeCompileCatalogue } from '../../src/catalogue/compile.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import type { CatalogueDefinition } from '../../src/model/catalogue.js';
import { SpbeError, unwrap } from '../../src/model/issue.js';
import type { ScoreResult } from '../../src/model/result.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom, uniformLevels } from '../helpers/assessments.js';
import { small, smallDefinition } from '../helpers/small-catalogue.js';

const indicator = (id: string, weight: string) => ({ id, number: Number(id), name: { id: `Indikator ${id}`, en: `Indicator ${id}` }, scale: 'process', weight });

/** The small catalogue with A3 (indicators 5 and 6) replaced by A4 (indicators 5 and 7). */
const otherDefinition: CatalogueDefinition = {
  ...smallDefinition,
  id: 'small-other',
  groups: [
    smallDefinition.groups[0]!,
    {
      id: 'D2',
      tier: 'domain',
      name: { id: 'Domain 2', en: 'Domain 2' },
      weight: '60',
      groups: [{ id: 'A4', tier: 'aspect', name: { id: 'Aspek 4', en: 'Aspect 4' }, weight: '60', indicators: [indicator('5', '35'), indicator('7', '25')] }],
    },
  ],
};
const other = unwrap(safeCompileCatalogue(otherDefinition));

const before = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });
// (20 + 30 + 37.5 + 37.5 + 70 + 125) / 100 = 16/5.
const after = score(other, { levels: { '1': 4, '2': 3, '3': 3, '4': 3, '5': 2, '7': 5 } });
const baik = { id: 'baik', label: { id: 'Baik', en: 'Good' } };

const spbe = score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 3) });
const pemdi = score(permenpanrb82026, { levels: uniformLevels(permenpanrb82026, 4) });

describe('compare across catalogues', () => {
  it('matches groups and indicators by id: after order first, then what only the before result has', () => {
    const change = compare([small, other], before, after, { allowDifferentCatalogues: true });
    expect(change.catalogues).toEqual({
      before: { id: 'small-test', revision: '1', checksum: small.checksum },
      after: { id: 'small-other', revision: '1', checksum: other.checksum },
      same: false,
    });
    // Catalogues of the user's own: no known instrument, so not known to differ.
    expect(change.instruments).toEqual({ before: null, after: null, same: true });
    expect(change.index).toEqual({
      before: { value: '3.00', exact: '3', predicate: baik },
      after: { value: '3.20', exact: '16/5', predicate: baik },
      delta: { exact: '1/5', value: '+0.20' },
      predicateChanged: false,
    });
    expect(change.groups.map((g) => [g.id, g.tier, g.before.exact, g.after.exact, g.delta, g.predicateChanged])).toEqual([
      ['D1', 'domain', '3', '25/8', { exact: '1/8', value: '+0.13' }, false],
      ['A1', 'aspect', '3', '10/3', { exact: '1/3', value: '+0.33' }, false],
      ['A2', 'aspect', '3', '3', { exact: '0', value: '0.00' }, false],
      ['D2', 'domain', '3', '13/4', { exact: '1/4', value: '+0.25' }, false],
      // Only in one result: no delta, and the predikat appears or disappears.
      ['A4', 'aspect', null, '13/4', null, true],
      ['A3', 'aspect', '3', null, null, true],
    ]);
    const a4 = change.groups.find((g) => g.id === 'A4');
    expect(a4).toMatchObject({ label: { id: 'Aspek 4', en: 'Aspect 4' }, before: { value: null, exact: null, predicate: null }, after: { value: '3.25', exact: '13/4', predicate: baik } });
    expect(change.groups.find((g) => g.id === 'A3')).toMatchObject({ before: { value: '3.00', exact: '3', predicate: baik }, after: { value: null, exact: null, predicate: null } });
    expect(change.domains.map((g) => g.id)).toEqual(['D1', 'D2']);
    expect(change.aspects.map((g) => g.id)).toEqual(['A1', 'A2', 'A4', 'A3']);
    expect(change.predicateChanges).toEqual([
      { scope: 'group', id: 'A4', from: null, to: baik },
      { scope: 'group', id: 'A3', from: baik, to: null },
    ]);
    // Attribution: contribution after − before (shown with two more decimals than the values); they add up to +1/5.
    expect(change.indicators.map((i) => [i.id, i.before, i.after, i.levelDelta, i.attribution.exact, i.attribution.value])).toEqual([
      ['1', 3, 4, '1', '1/20', '+0.0500'],
      ['2', 3, 3, '0', '0', '0.0000'],
      ['3', 3, 3, '0', '0', '0.0000'],
      ['4', 3, 3, '0', '0', '0.0000'],
      ['5', 3, 2, '-1', '-7/20', '-0.3500'],
      ['7', null, 5, null, '5/4', '+1.2500'],
      ['6', 3, null, null, '-3/4', '-0.7500'],
    ]);
    expect(change.indicators[5]?.label).toEqual({ id: 'Indikator 7', en: 'Indicator 7' });
    expect(change.selfAssessment).toBeNull();
  });

  it('counts a self-assessment over the indicators both results have', () => {
    const review = compare([small, other], before, after, { allowDifferentCatalogues: true, mode: 'self-assessment' });
    expect(review.selfAssessment).toEqual({
      compared: 5,
      overRated: 1,
      underRated: 1,
      agreed: 3,
      overRatedIndicators: ['5'],
      underRatedIndicators: ['1'],
      levelDifference: '0',
      inflation: { exact: '-1/5', value: '-0.20' },
    });
    const inflated = compare(other, after, score(other, { levels: { '1': 3, '2': 3, '3': 3, '4': 3, '5': 2, '7': 4 } }), { mode: 'self-assessment' });
    // Self 16/5, final (15 + 30 + 75 + 70 + 100) / 100 = 29/10: inflated by 3/10.
    expect(inflated.selfAssessment).toMatchObject({ compared: 6, overRated: 2, underRated: 0, agreed: 4, overRatedIndicators: ['1', '7'], levelDifference: '2', inflation: { exact: '3/10', value: '+0.30' } });
  });

  it('refuses results of different catalogues unless allowed, naming both', () => {
    const revised = unwrap(safeCompileCatalogue({ ...smallDefinition, revision: '2' }));
    const later = score(revised, { levels: levelsFrom(revised, [4, 3, 3, 3, 3, 3]) });
    const refused = safeCompare([small, revised], before, later);
    expect(refused).toEqual({
      success: false,
      issues: [
        {
          code: 'compare.catalogue_mismatch',
          path: ['after', 'meta', 'catalogue'],
          message: {
            id: 'Hasil dihitung dengan katalog berbeda (small-test dan small-test, atau revisi berbeda); gunakan allowDifferentCatalogues untuk tetap membandingkan.',
            en: 'The results were computed with different catalogues (small-test and small-test, or different revisions); pass allowDifferentCatalogues to compare them anyway.',
          },
          expected: small.checksum,
          received: JSON.stringify(`${revised.checksum.slice(0, 40)}…`),
        },
      ],
    });
    // One catalogue given for both: the same refusal, before either result is read.
    expect(safeCompare(small, before, later)).toEqual(refused);
    const allowed = compare([small, revised], before, later, { allowDifferentCatalogues: true });
    expect(allowed.catalogues.same).toBe(false);
    expect(allowed.index.delta.exact).toBe('1/20');
    expect(() => compare(small, before, after)).toThrow('The results were computed with different catalogues (small-test and small-other, or different revisions)');
  });

  it('reads each result with its own catalogue: one catalogue for two is analysis.catalogue_mismatch', () => {
    const outcome = safeCompare(small, before, after, { allowDifferentCatalogues: true });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['analysis.catalogue_mismatch', 'after.meta.catalogue']]);
  });

  it('refuses a result whose catalogue id was edited (same checksum) as a mismatch, and as inconsistent when allowed', () => {
    const renamed = { ...before, meta: { ...before.meta, catalogue: { ...before.meta.catalogue, id: 'renamed' } } } as ScoreResult;
    const refused = safeCompare(small, before, renamed);
    expect(refused.success === false && refused.issues.map((issue) => issue.code)).toEqual(['compare.catalogue_mismatch']);
    expect(refused.success === false && refused.issues[0]?.message.en).toContain('(small-test and renamed, or different revisions)');
    const allowed = safeCompare(small, before, renamed, { allowDifferentCatalogues: true });
    expect(allowed.success === false && allowed.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['result.inconsistent', 'after.meta.catalogue.id']]);
  });
});

describe('compare across instruments (Indeks SPBE and Indeks Pemerintah Digital)', () => {
  it('refuses by default, saying the two are different instruments', () => {
    const outcome = safeCompare([permenpanrb592020, permenpanrb82026], spbe, pemdi);
    expect(outcome).toEqual({
      success: false,
      issues: [
        {
          code: 'compare.catalogue_mismatch',
          path: ['after', 'meta', 'catalogue'],
          message: {
            id: 'permenpanrb-59-2020 mengukur Indeks SPBE dan permenpanrb-8-2026 mengukur Indeks Pemerintah Digital: instrumen berbeda, bukan indeks yang sama; gunakan allowDifferentCatalogues untuk membandingkan indeks dan predikatnya saja.',
            en: 'permenpanrb-59-2020 measures the SPBE Index and permenpanrb-8-2026 the Digital Government Index: different instruments, not the same index; pass allowDifferentCatalogues to compare only the index and its predikat.',
          },
          expected: permenpanrb592020.checksum,
          received: JSON.stringify(`${permenpanrb82026.checksum.slice(0, 40)}…`),
        },
      ],
    });
    // The deprecated form finds both catalogues by checksum and refuses the same way.
    expect(safeCompare(spbe, pemdi)).toEqual(outcome);
  });

  it('compares the index and its predikat only when allowed, and says the instruments differ', () => {
    const change = compare([permenpanrb592020, permenpanrb82026], spbe, pemdi, { allowDifferentCatalogues: true });
    expect(change.instruments).toEqual({
      before: { id: 'indeks-spbe', name: { id: 'Indeks SPBE', en: 'SPBE Index' } },
      after: { id: 'indeks-pemdi', name: { id: 'Indeks Pemerintah Digital', en: 'Digital Government Index' } },
      same: false,
    });
    expect(change.catalogues.same).toBe(false);
    expect(change.index).toMatchObject({ before: { value: '3.00', exact: '3' }, after: { value: '4.00', exact: '4' }, delta: { exact: '1', value: '+1.00' }, predicateChanged: true });
    expect(change.index.before.predicate.id).toBe('baik');
    expect(change.index.after.predicate.id).toBe('memuaskan');
    expect(change.groups).toEqual([]);
    expect(change.domains).toEqual([]);
    expect(change.aspects).toEqual([]);
    expect(change.indicators).toEqual([]);
    expect(change.predicateChanges).toEqual([{ scope: 'index', id: 'index', from: change.index.before.predicate, to: change.index.after.predicate }]);
  });

  it('refuses the self-assessment mode across instruments: it compares indicator levels', () => {
    const outcome = safeCompare([permenpanrb592020, permenpanrb82026], spbe, pemdi, { allowDifferentCatalogues: true, mode: 'self-assessment' });
    expect(outcome.success === false && outcome.issues.map((issue) => [issue.code, issue.path.join('.'), issue.message.en])).toEqual([
      ['analysis.option_invalid', 'mode', 'The self-assessment mode compares levels indicator by indicator, so both results must be of the same instrument.'],
    ]);
  });

  it('treats 5/2018 and 59/2020 as one instrument, compared in full', async () => {
    const { permenpanrb52018 } = await import('../../src/catalogues/permenpanrb-5-2018/index.js');
    const old = score(permenpanrb52018, { levels: uniformLevels(permenpanrb52018, 3) });
    const change = compare([permenpanrb52018, permenpanrb592020], old, spbe, { allowDifferentCatalogues: true });
    expect(change.instruments.same).toBe(true);
    expect(change.instruments.before?.id).toBe('indeks-spbe');
    expect(change.indicators.length).toBeGreaterThan(0);
    expect(change.index.delta.exact).toBe('0');
  });
});

describe('compare: the deprecated 0.1 form', () => {
  it('finds each result\'s catalogue among those compiled in the process', () => {
    expect(compare(before, after, { allowDifferentCatalogues: true })).toEqual(compare([small, other], before, after, { allowDifferentCatalogues: true }));
    expect(() => compare(before, after)).toThrow(SpbeError);
  });

  it('reports a catalogue not compiled in this process as analysis.catalogue_unknown', () => {
    const unknown = { ...before, meta: { ...before.meta, catalogue: { ...before.meta.catalogue, checksum: 'sha256:0000' } } } as ScoreResult;
    const outcome = safeCompare(unknown, unknown);
    expect(outcome.success === false && outcome.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['analysis.catalogue_unknown', 'before.meta.catalogue.checksum'],
      ['analysis.catalogue_unknown', 'after.meta.catalogue.checksum'],
    ]);
  });
});
