import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain, safeExplain } from '../../src/analysis/explain.js';
import { safeLeverage } from '../../src/analysis/leverage.js';
import { margin, safeMargin } from '../../src/analysis/margin.js';
import { safeFrontier } from '../../src/analysis/plan/frontier.js';
import { safePlan } from '../../src/analysis/plan/plan.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { safeVerifyResult, verifyResult } from '../../src/analysis/verify-result.js';
import { ROUNDING_MODES } from '../../src/arithmetic/rounding.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { SpbeError, type Issue, type PathSegment, type SafeResult } from '../../src/model/issue.js';
import type { ScoreResult } from '../../src/model/result.js';
import { fingerprintOf, verifyFingerprint } from '../../src/scoring/fingerprint.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom, uniformLevels } from '../helpers/assessments.js';
import { edit } from '../helpers/results.js';
import { small } from '../helpers/small-catalogue.js';

const threes = score(permenpanrb592020, { agency: 'Kota Contoh', year: 2024, levels: uniformLevels(permenpanrb592020, 3) });
const memuaskan = { id: 'memuaskan', label: { id: 'Memuaskan', en: 'Excellent' } };

/** The reported 2023 case: a result whose index was edited from "3.00" to "4.99", predikat Memuaskan. */
const edited = { ...threes, index: { ...threes.index, value: '4.99', predicate: memuaskan } } as ScoreResult;

const pathsOf = (outcome: SafeResult<unknown>): string[] => (outcome.success ? [] : outcome.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`));

describe('verifyResult', () => {
  it('passes results as score and rollup make them, returning the result itself', () => {
    const na = score(small, { levels: { ...levelsFrom(small, [3, 3, 3, 3, 3, 3]), '2': 'na' } }, { allowNotApplicable: true });
    const results: [ScoreResult, typeof small | typeof permenpanrb592020][] = [
      [threes, permenpanrb592020],
      [score(small, { levels: { '3': 4, '4': 2, '5': 3 } }, { missing: 'partial' }), small],
      [na, small],
      [score(small, { levels: { ...levelsFrom(small, [3, 3, 3, 3, 3, 3]), '2': 'na' } }, { allowNotApplicable: true, notApplicable: 'minimum' }), small],
      [score(small, { levels: levelsFrom(small, [0, 3, 3, 3, 3, 3]) }, { allowZero: true }), small],
      [score(small, { levels: levelsFrom(small, [3, 4, 3, 5, 3, 2]) }, { decimals: 0, predicateFrom: 'rounded' }), small],
      [score(small, { levels: levelsFrom(small, [3, 4, 3, 5, 3, 2]) }, { decimals: 20 }), small],
      ...ROUNDING_MODES.map((rounding): [ScoreResult, typeof small] => [score(small, { levels: levelsFrom(small, [1, 4, 3, 5, 2, 2]) }, { rounding, decimals: 1 }), small]),
      // A roll-up's consolidated result carries fractional levels ("7/2").
      [rollup(small, [{ levels: levelsFrom(small, [3, 4, 3, 3, 4, 3]) }, { levels: levelsFrom(small, [4, 4, 3, 3, 5, 2]) }]).consolidated, small],
    ];
    expect(results.at(-1)?.[0].indicators[0]?.level).toBe('7/2');
    for (const [result, catalogue] of results) {
      expect(safeVerifyResult(catalogue, result)).toEqual({ success: true, output: result });
      // Through JSON, as results are published.
      expect(verifyResult(catalogue, JSON.parse(JSON.stringify(result)))).toEqual(result);
    }
  });

  it('catches the edited index and predikat that the fingerprint does not cover', () => {
    // The fingerprint names the inputs only: it still matches.
    expect(verifyFingerprint(edited)).toBe(true);
    const outcome = safeVerifyResult(permenpanrb592020, edited);
    expect(pathsOf(outcome)).toEqual(['result.inconsistent index.value', 'result.inconsistent index.predicate.id', 'result.inconsistent index.predicate.label.id', 'result.inconsistent index.predicate.label.en']);
    expect(outcome.success ? undefined : outcome.issues[0]).toStrictEqual({
      code: 'result.inconsistent',
      path: ['index', 'value'],
      message: {
        id: '"index.value" dalam hasil tidak mengikuti tingkat, status dan opsinya (seharusnya "3.00"): hasil telah diubah atau rusak.',
        en: '"index.value" in the result does not follow from its levels, statuses and options (it should be "3.00"): the result was edited or is corrupt.',
      },
      expected: '"3.00"',
      received: '"4.99"',
    });
    expect(() => verifyResult(permenpanrb592020, edited)).toThrow(SpbeError);
  });

  it('catches an edited exact index, a level whose fingerprint was not updated, and an edited fingerprint', () => {
    expect(pathsOf(safeVerifyResult(permenpanrb592020, edit(threes, ['index', 'exact'], '499/100')))).toEqual(['result.inconsistent index.exact']);
    // A level raised with everything derived left as it was: every value it feeds, and the fingerprint.
    const raised = pathsOf(safeVerifyResult(permenpanrb592020, edit(threes, ['indicators', 0, 'level'], 4)));
    expect(raised).toContain('result.inconsistent index.exact');
    expect(raised).toContain('result.inconsistent indicators.0.contribution.exact');
    expect(raised.at(-1)).toBe('result.inconsistent meta.fingerprint');
    expect(pathsOf(safeVerifyResult(permenpanrb592020, edit(threes, ['meta', 'fingerprint'], `sha256:${'0'.repeat(64)}`)))).toEqual(['result.inconsistent meta.fingerprint']);
    expect(pathsOf(safeVerifyResult(permenpanrb592020, edit(threes, ['complete'], false)))).toEqual(['result.inconsistent complete']);
    expect(pathsOf(safeVerifyResult(permenpanrb592020, edit(threes, ['indicators', 3, 'label', 'en'], 'Other')))).toEqual(['result.inconsistent indicators.3.label.en']);
    expect(pathsOf(safeVerifyResult(permenpanrb592020, edit(threes, ['domains'], [])))).toEqual(['result.inconsistent domains.length']);
  });

  it('accepts a result computed by an earlier library version: its fingerprint is hashed with that version', () => {
    const meta = { ...threes.meta, library: { ...threes.meta.library, version: '0.0.1' } };
    const older = {
      ...threes,
      meta: {
        ...meta,
        fingerprint: fingerprintOf({
          catalogueChecksum: meta.catalogue.checksum,
          libraryVersion: '0.0.1',
          options: meta.options,
          metadata: threes.assessment,
          statuses: threes.indicators.map((indicator) => indicator.status),
          levels: threes.indicators.map((indicator) => indicator.level),
        }),
      },
    };
    expect(safeVerifyResult(permenpanrb592020, older).success).toBe(true);
    expect(pathsOf(safeVerifyResult(permenpanrb592020, { ...older, meta })).at(-1)).toBe('result.inconsistent meta.fingerprint');
  });

  it('refuses another catalogue, and a first argument that is not a catalogue', () => {
    expect(pathsOf(safeVerifyResult(small, threes))).toEqual(['analysis.catalogue_mismatch meta.catalogue']);
    expect(pathsOf(safeVerifyResult(null as never, threes))).toEqual(['analysis.catalogue_invalid catalogue']);
  });

  it('finds any single edit of a derived string field, at its path', () => {
    const result = score(small, { levels: levelsFrom(small, [3, 4, 2, 5, 1, 3]) });
    const derived: PathSegment[][] = [
      ['index', 'value'],
      ['index', 'exact'],
      ['coverage'],
      ...result.groups.flatMap((_, g): PathSegment[][] => [['groups', g, 'value'], ['groups', g, 'exact'], ['groups', g, 'weight'], ['groups', g, 'coverage']]),
      ...result.indicators.flatMap((_, i): PathSegment[][] => [['indicators', i, 'contribution', 'exact'], ['indicators', i, 'contribution', 'value'], ['indicators', i, 'weight']]),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...derived), fc.constantFrom('0', '1/3', '4.99', '5'), (path, value) => {
        const original = path.reduce<unknown>((node, key) => (node as Record<PathSegment, unknown>)[key], result);
        fc.pre(original !== value);
        const issues = (safeVerifyResult(small, edit(result, path, value)) as { issues?: readonly Issue[] }).issues ?? [];
        // The edit itself at its path, or a shape issue at the object holding it (a contribution
        // whose exact value is not a fraction).
        expect(issues.length).toBeGreaterThan(0);
        expect(issues.some((issue) => `${path.join('.')}.`.startsWith(`${issue.path.join('.')}.`))).toBe(true);
      }),
    );
  });
});

describe('every analysis function refuses a result whose values do not follow', () => {
  it('explain, margin, leverage, plan, frontier and compare refuse the edited index', () => {
    const outcomes: [string, SafeResult<unknown>][] = [
      ['explain', safeExplain(permenpanrb592020, edited)],
      ['margin', safeMargin(permenpanrb592020, edited)],
      ['leverage', safeLeverage(permenpanrb592020, edited)],
      ['plan', safePlan(edited, permenpanrb592020, { index: '3.5' })],
      ['frontier', safeFrontier(edited, permenpanrb592020)],
    ];
    for (const [name, outcome] of outcomes) {
      expect(outcome.success, name).toBe(false);
      expect(pathsOf(outcome).some((line) => line.startsWith('result.inconsistent')), name).toBe(true);
    }
    expect(() => explain(permenpanrb592020, edited)).toThrow(SpbeError);
  });

  it('margin does not compute from an edited exact index', () => {
    const better = score(permenpanrb592020, { levels: { ...uniformLevels(permenpanrb592020, 3), '1': 4 } });
    const forged = edit(better, ['index', 'exact'], '6');
    expect(pathsOf(safeMargin(permenpanrb592020, forged))).toEqual(['result.inconsistent index.exact']);
    // Unedited, the same call works.
    expect(margin(permenpanrb592020, better).index.exact).toBe(better.index.exact);
  });
});
