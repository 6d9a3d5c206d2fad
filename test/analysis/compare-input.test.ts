import { describe, expect, it } from 'vitest';
import { compare, safeCompare } from '../../src/analysis/compare.js';
import { safeMargin } from '../../src/analysis/margin.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { SpbeError, type SafeResult } from '../../src/model/issue.js';
import type { ScoreResult } from '../../src/model/result.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom, uniformLevels } from '../helpers/assessments.js';
import { edit } from '../helpers/results.js';
import { small } from '../helpers/small-catalogue.js';

const before = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });
const after = score(small, { levels: levelsFrom(small, [4, 3, 3, 3, 3, 3]) });
const codes = (outcome: SafeResult<unknown>): string[] => (outcome.success ? [] : outcome.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`));

describe('compare: options', () => {
  it('refuses options that are not an object', () => {
    for (const [options, received] of [[null, 'null'], [3, '3'], [[], 'array'], ['self-assessment', '"self-assessment"']] as const) {
      expect(safeCompare(small, before, before, options as never)).toEqual({
        success: false,
        issues: [{ code: 'analysis.option_invalid', path: [], message: { id: 'Opsi harus berupa objek.', en: 'The options must be an object.' }, received }],
      });
    }
  });

  it('refuses an unknown mode, after the issues of both results', () => {
    const modeIssue = { code: 'analysis.option_invalid', path: ['mode'], message: { id: 'Mode harus "change" atau "self-assessment".', en: 'The mode must be "change" or "self-assessment".' }, received: '"review"' };
    expect(safeCompare(small, before, before, { mode: 'review' as never })).toEqual({ success: false, issues: [modeIssue] });
    const badBefore = { ...before, complete: 'yes' } as unknown as ScoreResult;
    const badAfter = { ...before, index: 3 } as unknown as ScoreResult;
    const outcome = safeCompare(small, badBefore, badAfter, { mode: 'review' as never });
    expect(codes(outcome)).toEqual(['analysis.result_invalid before.complete', 'analysis.result_invalid after.index', 'analysis.option_invalid mode']);
    if (!outcome.success) {
      expect(outcome.issues[0]?.message.en).toBe('The value "before.complete" in the result is not valid.');
      expect(outcome.issues[1]?.message.en).toBe('Part "after.index" of the result must be an object.');
    }
    expect(() => compare(small, badBefore, before)).toThrow(SpbeError);
  });

  it('reports unknown option keys as options.unknown with a did-you-mean, reading own keys only', () => {
    const outcome = safeCompare(small, before, after, { allowDifferentCatalogue: true, modes: 'change' } as never);
    expect(outcome.success).toBe(false);
    if (!outcome.success) {
      expect(outcome.issues.map((issue) => [issue.code, issue.path, issue.message.en])).toEqual([
        ['options.unknown', ['allowDifferentCatalogue'], 'Unknown option "allowDifferentCatalogue"; did you mean "allowDifferentCatalogues"?'],
        ['options.unknown', ['modes'], 'Unknown option "modes"; did you mean "mode"?'],
      ]);
    }
    // An inherited key is not an option: the mode stays "change".
    const inherited = Object.create({ mode: 'self-assessment' }) as object;
    expect(compare(small, before, after, inherited).selfAssessment).toBeNull();
  });

  it('refuses an allowDifferentCatalogues that is not a boolean', () => {
    const outcome = safeCompare(small, before, after, { allowDifferentCatalogues: 'yes' as never });
    expect(outcome.success === false && outcome.issues.map((issue) => [issue.code, issue.path.join('.'), issue.message.en])).toEqual([
      ['analysis.option_invalid', 'allowDifferentCatalogues', 'allowDifferentCatalogues must be true or false.'],
    ]);
  });

  it('refuses a first argument that is neither a catalogue nor a result', () => {
    expect(codes(safeCompare({ id: 'x' } as never, before, after))).toEqual(['analysis.catalogue_invalid catalogue']);
    expect(codes(safeCompare(null as never, before, after, {}))).toEqual(['analysis.catalogue_invalid catalogue']);
  });
});

describe('compare: edited results are refused, not compared', () => {
  const threes = score(permenpanrb592020, { levels: uniformLevels(permenpanrb592020, 3) });
  const memuaskan = { id: 'memuaskan', label: { id: 'Memuaskan', en: 'Excellent' } };

  it('an index value, exact value or predikat changed by hand is result.inconsistent at its path', () => {
    const edited = { ...threes, index: { ...threes.index, value: '4.99', exact: '499/100', predicate: memuaskan } } as ScoreResult;
    const outcome = safeCompare(permenpanrb592020, threes, edited);
    expect(codes(outcome)).toEqual(['result.inconsistent after.index.value', 'result.inconsistent after.index.exact', 'result.inconsistent after.index.predicate.id', 'result.inconsistent after.index.predicate.label.id', 'result.inconsistent after.index.predicate.label.en']);
    expect(outcome.success === false && outcome.issues[0]?.message.en).toBe(
      '"after.index.value" in the result does not follow from its levels, statuses and options (it should be "3.00"): the result was edited or is corrupt.',
    );
    // The reported case: only the exact value edited, which compare used to take as the delta.
    expect(codes(safeCompare(permenpanrb592020, edit(threes, ['index', 'exact'], '6'), threes))).toEqual(['result.inconsistent before.index.exact']);
  });

  it('an edited contribution, group value or level is refused on either side', () => {
    expect(codes(safeCompare(small, edit(before, ['indicators', 0, 'contribution', 'exact'], '1'), after))).toEqual(['result.inconsistent before.indicators.0.contribution.exact']);
    // aspects[0] is the same row as groups[1] (a copy keeps that), so both paths are named.
    expect(codes(safeCompare(small, before, edit(after, ['groups', 1, 'exact'], '5')))).toEqual(['result.inconsistent after.aspects.0.exact', 'result.inconsistent after.groups.1.exact']);
    const level = codes(safeCompare(small, before, edit(after, ['indicators', 0, 'level'], 5)));
    expect(level).toContain('result.inconsistent after.index.exact');
  });
});

describe('safeCompare and safeMargin never throw on results with sparse arrays', () => {
  const holes = (list: readonly unknown[], at: number): unknown[] => {
    const copy = [...list];
    delete copy[at];
    return copy;
  };
  const sparse: [string, ScoreResult][] = [
    ['indicators', { ...before, indicators: holes(before.indicators, 2) } as ScoreResult],
    ['groups', { ...before, groups: holes(before.groups, 0) } as ScoreResult],
    ['domains', { ...before, domains: holes(before.domains, 1) } as ScoreResult],
    ['aspects', { ...before, aspects: holes(before.aspects, 0) } as ScoreResult],
    ['allowNotApplicable', { ...before, meta: { ...before.meta, options: { ...before.meta.options, allowNotApplicable: holes(['1', '2'], 0) } } } as unknown as ScoreResult],
    ['an empty sparse list', { ...before, indicators: new Array(6) } as ScoreResult],
  ];

  it.each(sparse)('with a hole in %s: issues, no exception', (_, result) => {
    for (const outcome of [safeCompare(small, result, after), safeCompare(small, after, result), safeCompare(result, result), safeMargin(small, result)]) {
      expect(outcome.success).toBe(false);
      if (!outcome.success) for (const issue of outcome.issues) expect(issue.code).toMatch(/^(analysis\.result_invalid|result\.inconsistent)$/u);
    }
  });
});
