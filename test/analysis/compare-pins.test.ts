import { describe, expect, it } from 'vitest';
import { compare, safeCompare } from '../../src/analysis/compare.js';
import { compileCatalogue } from '../../src/catalogue/compile.js';
import type { CatalogueDefinition } from '../../src/model/catalogue.js';
import { SpbeError, unwrap } from '../../src/model/issue.js';
import type { ScoreResult } from '../../src/model/result.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom } from '../helpers/assessments.js';
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
const other = unwrap(compileCatalogue(otherDefinition));

const before = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });
// (20 + 30 + 37.5 + 37.5 + 70 + 125) / 100 = 16/5.
const after = score(other, { levels: { '1': 4, '2': 3, '3': 3, '4': 3, '5': 2, '7': 5 } });
const baik = { id: 'baik', label: { id: 'Baik', en: 'Good' } };
const cukup = { id: 'cukup', label: { id: 'Cukup', en: 'Fair' } };

function withCatalogueId(result: ScoreResult, id: string): ScoreResult {
  return { ...result, meta: { ...result.meta, catalogue: { ...result.meta.catalogue, id } } };
}

describe('compare (pins)', () => {
  it('matches groups and indicators by id across catalogues: after order first, then what only the before result has', () => {
    const change = compare(before, after, { allowDifferentCatalogues: true });
    expect(change.catalogues).toEqual({
      before: { id: 'small-test', revision: '1', checksum: small.checksum },
      after: { id: 'small-other', revision: '1', checksum: other.checksum },
      same: false,
    });
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
    const review = compare(before, after, { allowDifferentCatalogues: true, mode: 'self-assessment' });
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
    const inflated = compare(after, score(other, { levels: { '1': 3, '2': 3, '3': 3, '4': 3, '5': 2, '7': 4 } }), { mode: 'self-assessment' });
    // Self 16/5, final (15 + 30 + 75 + 70 + 100) / 100 = 29/10: inflated by 3/10.
    expect(inflated.selfAssessment).toMatchObject({ compared: 6, overRated: 2, underRated: 0, agreed: 4, overRatedIndicators: ['1', '7'], levelDifference: '2', inflation: { exact: '3/10', value: '+0.30' } });
  });

  it('lists a predikat change of the index and of groups, in that order', () => {
    const low = score(small, { levels: levelsFrom(small, [2, 2, 3, 3, 2, 2]) });
    const change = compare(before, low);
    // (10 + 20 + 37.5 + 37.5 + 70 + 50) / 100 = 9/4; A1 = 30/15 = 2, D1 = 105/40 = 2.625 (still Baik), D2 = A3 = 120/60 = 2.
    expect(change.index).toMatchObject({ after: { exact: '9/4', predicate: cukup }, delta: { exact: '-3/4', value: '-0.75' }, predicateChanged: true });
    expect(change.predicateChanges).toEqual([
      { scope: 'index', id: 'index', from: baik, to: cukup },
      { scope: 'group', id: 'A1', from: baik, to: cukup },
      { scope: 'group', id: 'D2', from: baik, to: cukup },
      { scope: 'group', id: 'A3', from: baik, to: cukup },
    ]);
    expect(change.catalogues.same).toBe(true);
  });

  it('refuses results whose catalogue ids differ even with the same checksum, naming both', () => {
    const renamed = withCatalogueId(before, 'renamed');
    const outcome = safeCompare(before, renamed);
    expect(outcome).toEqual({
      success: false,
      issues: [
        {
          code: 'compare.catalogue_mismatch',
          path: ['after', 'meta', 'catalogue'],
          message: {
            id: 'Hasil dihitung dengan katalog berbeda (small-test dan renamed, atau revisi berbeda); gunakan allowDifferentCatalogues untuk tetap membandingkan.',
            en: 'The results were computed with different catalogues (small-test and renamed, or different revisions); pass allowDifferentCatalogues to compare them anyway.',
          },
          expected: small.checksum,
          received: JSON.stringify(`${small.checksum.slice(0, 40)}…`),
        },
      ],
    });
    expect(compare(before, renamed, { allowDifferentCatalogues: true }).catalogues).toMatchObject({ after: { id: 'renamed', checksum: small.checksum }, same: false });
    expect(() => compare(before, after)).toThrow(SpbeError);
    expect(() => compare(before, after)).toThrow('The results were computed with different catalogues (small-test and small-other, or different revisions)');
  });

  it('refuses options that are not an object', () => {
    for (const [options, received] of [[null, 'null'], [3, '3'], [[], 'array'], ['self-assessment', '"self-assessment"']] as const) {
      expect(safeCompare(before, before, options as never)).toEqual({
        success: false,
        issues: [{ code: 'analysis.option_invalid', path: [], message: { id: 'Opsi harus berupa objek.', en: 'The options must be an object.' }, received }],
      });
    }
  });

  it('refuses an unknown mode, after the issues of both results', () => {
    const modeIssue = { code: 'analysis.option_invalid', path: ['mode'], message: { id: 'Mode harus "change" atau "self-assessment".', en: 'The mode must be "change" or "self-assessment".' }, received: '"review"' };
    expect(safeCompare(before, before, { mode: 'review' as never })).toEqual({ success: false, issues: [modeIssue] });
    const badBefore = { ...before, complete: 'yes' } as unknown as ScoreResult;
    const badAfter = { ...before, index: 3 } as unknown as ScoreResult;
    const outcome = safeCompare(badBefore, badAfter, { mode: 'review' as never });
    expect(outcome.success).toBe(false);
    if (!outcome.success) {
      expect(outcome.issues.map((issue) => [issue.code, issue.path])).toEqual([
        ['analysis.result_invalid', ['before', 'complete']],
        ['analysis.result_invalid', ['after', 'index']],
        ['analysis.option_invalid', ['mode']],
      ]);
      expect(outcome.issues[0]?.message.en).toBe('The value "before.complete" in the result is not valid.');
      expect(outcome.issues[1]?.message.en).toBe('Part "after.index" of the result must be an object.');
    }
    expect(() => compare(badBefore, before)).toThrow(SpbeError);
  });
});
