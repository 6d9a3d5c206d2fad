import { describe, expectTypeOf, it } from 'vitest';
import { permenpanrb592020, type Predicate592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { CatalogueYearIssueCode } from '../../src/catalogues/year-issues.js';
import type { RestateIssueCode } from '../../src/restate/restate-issues.js';
import type { CSV_ISSUE_CODES, RESPONSIBILITIES_CSV_ISSUE_CODES } from '../../src/csv.js';
import type { XLSX_ISSUE_CODES } from '../../src/xlsx.js';
import type { AnalysisIssueCode } from '../../src/analysis.js';
import type {
  Assessment,
  AssessmentIssueCode,
  AssessmentMetadata,
  Catalogue,
  CatalogueIssueCode,
  InputIssueCode,
  Issue,
  IssueCode,
  PredicateId,
  SafeResult,
  ScoreOptions,
  ScoreResult,
} from '../../src/index.js';
import { safeScore, score } from '../../src/index.js';

describe('result types', () => {
  const result = score(permenpanrb592020, { levels: {} });

  it('predicate ids of the built-in catalogue are a precise union', () => {
    expectTypeOf<Predicate592020>().toEqualTypeOf<'memuaskan' | 'sangat-baik' | 'baik' | 'cukup' | 'kurang'>();
    expectTypeOf(result.index.predicate.id).toEqualTypeOf<Predicate592020>();
    expectTypeOf<PredicateId<typeof permenpanrb592020>>().toEqualTypeOf<Predicate592020>();
  });

  it('display and exact values are strings, never numbers', () => {
    expectTypeOf(result.index.value).toEqualTypeOf<string>();
    expectTypeOf(result.index.exact).toEqualTypeOf<string>();
    expectTypeOf(result.domains[0]!.value).toEqualTypeOf<string | null>();
    expectTypeOf(result.indicators[0]!.contribution.exact).toEqualTypeOf<string>();
  });

  it('safeScore is a discriminated union', () => {
    const outcome = safeScore(permenpanrb592020, JSON.parse('{}') as unknown);
    expectTypeOf(outcome).toEqualTypeOf<SafeResult<ScoreResult<Predicate592020>>>();
    if (outcome.success) expectTypeOf(outcome.output.index.predicate.id).toEqualTypeOf<Predicate592020>();
    else expectTypeOf(outcome.issues[0]!.code).toEqualTypeOf<IssueCode>();
  });

  it('a generic catalogue gives string predicate ids', () => {
    const generic = permenpanrb592020 as Catalogue;
    expectTypeOf(score(generic, { levels: {} }).index.predicate.id).toEqualTypeOf<string>();
  });

  it('score takes typed assessments and rejects wrong shapes at compile time', () => {
    // @ts-expect-error levels must be a record of numbers or "na"
    score(permenpanrb592020, { levels: { '1': 'three' } });
    // @ts-expect-error the assessment needs levels
    score(permenpanrb592020, { agency: 'x' });
  });

  it('compiled catalogues are read-only', () => {
    // @ts-expect-error weights cannot be reassigned
    permenpanrb592020.indicators[0]!.units = 1;
  });
});

describe('issue codes', () => {
  it('Issue.code is the union of the documented code lists', () => {
    expectTypeOf<Issue['code']>().toEqualTypeOf<IssueCode>();
    expectTypeOf<IssueCode>().toEqualTypeOf<
      AssessmentIssueCode | CatalogueIssueCode | AnalysisIssueCode | (typeof CSV_ISSUE_CODES)[number] | (typeof RESPONSIBILITIES_CSV_ISSUE_CODES)[number] | (typeof XLSX_ISSUE_CODES)[number] | InputIssueCode | CatalogueYearIssueCode | RestateIssueCode | 'issues.truncated'
    >();
    expectTypeOf<'options.unknown' | 'level.out_of_range' | 'catalogue.invalid_type'>().toMatchTypeOf<IssueCode>();
    expectTypeOf<'level.made_up'>().not.toMatchTypeOf<IssueCode>();
  });

  it('a switch over the code is checked; issues with codes of their own are Issue<string>', () => {
    const outcome = safeScore(permenpanrb592020, {});
    if (!outcome.success) {
      // @ts-expect-error a code no list documents can never match
      expectTypeOf(outcome.issues.filter((issue) => issue.code === 'level.made_up')).toBeArray();
    }
    const own: Issue<string> = { code: 'my.own', path: [], message: { id: 'x', en: 'x' } };
    expectTypeOf(own.code).toEqualTypeOf<string>();
    // @ts-expect-error a code outside the documented lists is not an Issue
    const wrong: Issue = { code: 'my.own', path: [], message: { id: 'x', en: 'x' } };
    expectTypeOf(wrong).toEqualTypeOf<Issue>();
    expectTypeOf<Issue>().toMatchTypeOf<Issue<string>>();
  });
});

describe('optional fields under exactOptionalPropertyTypes', () => {
  it('this file is compiled with exactOptionalPropertyTypes on', () => {
    // @ts-expect-error only under exactOptionalPropertyTypes is undefined refused for a plain optional field
    const probe: { readonly a?: string } = { a: undefined };
    expectTypeOf(probe).toEqualTypeOf<{ readonly a?: string }>();
  });

  it('options, assessments and issues accept undefined for every optional field', () => {
    const options: ScoreOptions = {
      decimals: undefined,
      rounding: undefined,
      predicateFrom: undefined,
      allowZero: undefined,
      missing: undefined,
      notApplicable: undefined,
      allowNotApplicable: undefined,
    };
    const assessment: Assessment = { levels: {}, agency: undefined, year: undefined, note: undefined, notes: undefined, $schema: undefined };
    const metadata: AssessmentMetadata = { agency: undefined, year: undefined, note: undefined, notes: undefined };
    const issue: Issue = { code: 'level.null', path: [], message: { id: '', en: '' }, expected: undefined, received: undefined };
    expectTypeOf(score(permenpanrb592020, assessment, options).assessment).toEqualTypeOf<AssessmentMetadata>();
    expectTypeOf([metadata, issue]).toBeArray();
  });
});
