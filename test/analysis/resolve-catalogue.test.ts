import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontier, safeFrontier } from '../../src/analysis/plan/frontier.js';
import { leverage, safeLeverage } from '../../src/analysis/leverage.js';
import { margin, safeMargin } from '../../src/analysis/margin.js';
import { plan, safePlan } from '../../src/analysis/plan/plan.js';
import { safeCompileCatalogue } from '../../src/catalogue/compile.js';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { deriveCatalogue } from '../../src/catalogue/derive.js';
import { catalogueByChecksum, rememberCatalogue } from '../../src/catalogue/registry.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Catalogue } from '../../src/model/catalogue.js';
import { SpbeError, unwrap, type Issue, type SafeResult } from '../../src/model/issue.js';
import type { ScoreResult } from '../../src/model/result.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom } from '../helpers/assessments.js';
import { smallDefinition } from '../helpers/small-catalogue.js';

/*
 * resolve-catalogue: the deprecated 0.1 forms of margin, leverage, plan and frontier (and their
 * safe variants) take the catalogue second or not at all; without it, the catalogue compiled in
 * this process with the result's checksum is used (the registry).
 */

const UNKNOWN_CHECKSUM = `sha256:${'0'.repeat(64)}`;

/** Levels 1..4 spread over the catalogue: complete, whole, below the top (so plans have work). */
const spread = (catalogue: Catalogue): ScoreResult =>
  score(catalogue, { levels: levelsFrom(catalogue, catalogue.indicators.map((_, i) => (i % 4) + 1)) });

const compiledSmall = unwrap(safeCompileCatalogue(smallDefinition));
const definedSmall = defineCatalogue(JSON.parse(JSON.stringify({ ...smallDefinition, id: 'small-defined' })));

const cases: [string, Catalogue][] = [
  ['the built-in 59/2020 catalogue', permenpanrb592020 as Catalogue],
  ['a catalogue from safeCompileCatalogue', compiledSmall],
  ['a catalogue from defineCatalogue', definedSmall],
];

const planOptions = { defaultCost: [1, 1, 2, 4], minimumLevel: 2 } as const;

/** Every function in both forms: [name, without the catalogue, with it]. */
function forms(result: ScoreResult, catalogue: Catalogue): [string, () => unknown, () => unknown][] {
  const target = { predicate: 'baik' };
  return [
    ['margin', () => margin(result), () => margin(result, catalogue)],
    ['safeMargin', () => safeMargin(result), () => safeMargin(result, catalogue)],
    ['leverage', () => leverage(result), () => leverage(result, catalogue)],
    ['safeLeverage', () => safeLeverage(result), () => safeLeverage(result, catalogue)],
    ['plan', () => plan(result, target, planOptions), () => plan(result, catalogue, target, planOptions)],
    ['plan, no options', () => plan(result, { index: '3' }), () => plan(result, catalogue, { index: '3' })],
    ['safePlan', () => safePlan(result, target, planOptions), () => safePlan(result, catalogue, target, planOptions)],
    ['frontier', () => frontier(result, planOptions), () => frontier(result, catalogue, planOptions)],
    ['frontier, no options', () => frontier(result), () => frontier(result, catalogue)],
    ['safeFrontier', () => safeFrontier(result, { groups: { D1: '2' } }), () => safeFrontier(result, catalogue, { groups: { D1: '2' } })],
  ];
}

/** The result with its meta.catalogue replaced. */
function withCatalogueMeta(result: ScoreResult, catalogue: unknown): ScoreResult {
  return { ...result, meta: { ...result.meta, catalogue } } as unknown as ScoreResult;
}

/** Every safe function without the catalogue. */
function safeOutcomes(result: ScoreResult): [string, SafeResult<unknown>][] {
  return [
    ['safeMargin', safeMargin(result)],
    ['safeLeverage', safeLeverage(result)],
    ['safePlan', safePlan(result, { index: '3' })],
    ['safePlan with options', safePlan(result, { index: '3' }, planOptions)],
    ['safeFrontier', safeFrontier(result)],
    ['safeFrontier with options', safeFrontier(result, planOptions)],
  ];
}

/** Every throwing function without the catalogue. */
function throwing(result: ScoreResult): [string, () => unknown][] {
  return [
    ['margin', () => margin(result)],
    ['leverage', () => leverage(result)],
    ['plan', () => plan(result, { index: '3' })],
    ['frontier', () => frontier(result)],
  ];
}

function issuesOf(outcome: SafeResult<unknown>): readonly Issue[] {
  expect(outcome.success).toBe(false);
  return outcome.success ? [] : outcome.issues;
}

describe.each(cases)('without the catalogue, on %s', (_, catalogue) => {
  const result = spread(catalogue);

  it('each function gives the same output as with it', () => {
    for (const [name, short, long] of forms(result, catalogue)) {
      const expected = long();
      expect(short(), name).toEqual(expected);
      if (typeof expected === 'object' && expected !== null && 'success' in expected) expect(expected.success, name).toBe(true);
    }
  });

  it('works on a result round-tripped through JSON', () => {
    const parsed = JSON.parse(JSON.stringify(result)) as ScoreResult;
    for (const [name, short] of forms(parsed, catalogue)) expect(short(), name).toEqual(forms(result, catalogue).find(([n]) => n === name)![2]());
  });

  it('still checks the catalogue given against the result', () => {
    const other = catalogue === permenpanrb592020 ? compiledSmall : permenpanrb592020;
    expect(issuesOf(safeMargin(result, other as Catalogue))[0]?.code).toBe('analysis.catalogue_mismatch');
    expect(issuesOf(safeLeverage(result, other as Catalogue))[0]?.code).toBe('analysis.catalogue_mismatch');
    expect(issuesOf(safePlan(result, other as Catalogue, { index: '3' }))[0]?.code).toBe('analysis.catalogue_mismatch');
    expect(issuesOf(safeFrontier(result, other as Catalogue))[0]?.code).toBe('analysis.catalogue_mismatch');
  });
});

describe('the catalogue argument', () => {
  const result = spread(compiledSmall);

  it('keeps the 4-argument plan and the 3-argument frontier working', () => {
    const planned = plan(result, compiledSmall, { index: '3.2', groups: { D1: '2.5' } }, { caps: { '6': 3 }, locked: ['1'] });
    expect(planned.reachable).toBe(true);
    expect(planned.raises.some((raise) => raise.indicator === '1')).toBe(false);
    expect(planned).toEqual(plan(result, { index: '3.2', groups: { D1: '2.5' } }, { caps: { '6': 3 }, locked: ['1'] }));
    const curve = frontier(result, compiledSmall, { maxLevel: 4, groups: { A3: '2' } });
    expect(curve.feasible).toBe(true);
    expect(curve.points.at(-1)?.raises.every((raise) => raise.to <= 4)).toBe(true);
    expect(curve).toEqual(frontier(result, { maxLevel: 4, groups: { A3: '2' } }));
  });

  it('is found for a derived catalogue too', () => {
    const derived = deriveCatalogue(compiledSmall, { id: 'small-derived', weights: { '1': '10', '2': '5' } });
    const derivedResult = spread(derived);
    expect(derivedResult.meta.catalogue.checksum).not.toBe(result.meta.catalogue.checksum);
    expect(margin(derivedResult)).toEqual(margin(derivedResult, derived));
    expect(plan(derivedResult, { index: '3' })).toEqual(plan(derivedResult, derived, { index: '3' }));
  });

  it('an unknown catalogue: analysis.catalogue_unknown, in both languages, with a path', () => {
    const unknown = withCatalogueMeta(result, { ...result.meta.catalogue, checksum: UNKNOWN_CHECKSUM });
    for (const [name, outcome] of safeOutcomes(unknown)) {
      const issues = issuesOf(outcome);
      expect(issues.map((issue) => issue.code), name).toEqual(['analysis.catalogue_unknown']);
      const [issue] = issues;
      expect(issue?.path).toEqual(['meta', 'catalogue', 'checksum']);
      expect(issue?.message.id).toContain('small-test');
      expect(issue?.message.id).toContain('sha256:00000000…');
      expect(issue?.message.id).toMatch(/argumen pertama/);
      expect(issue?.message.en).toContain('small-test');
      expect(issue?.message.en).toContain('sha256:00000000…');
      expect(issue?.message.en).toMatch(/not loaded in this process.*first argument/);
      expect(issue?.received).toBeDefined();
    }
    for (const [name, call] of throwing(unknown)) {
      expect(call, name).toThrow(SpbeError);
      try {
        call();
      } catch (error) {
        expect((error as SpbeError).issues[0]?.code, name).toBe('analysis.catalogue_unknown');
        expect((error as SpbeError).message).toMatch(/first argument/);
      }
    }
    // Given, the catalogue still decides: the checksum differs, so it is a mismatch, not unknown.
    expect(issuesOf(safeMargin(unknown, compiledSmall))[0]?.code).toBe('analysis.catalogue_mismatch');
  });

  it('an unknown catalogue with a broken result reports both', () => {
    const broken = { ...withCatalogueMeta(result, { id: 7, revision: '1', checksum: UNKNOWN_CHECKSUM }), indicators: 'none' } as unknown as ScoreResult;
    const issues = issuesOf(safeMargin(broken));
    expect(issues.map((issue) => issue.code)).toContain('analysis.result_invalid');
    expect(issues.at(-1)?.code).toBe('analysis.catalogue_unknown');
    expect(issues.at(-1)?.message.en).toContain('?');
  });

  it('malformed meta gives issues, never a crash', () => {
    const malformed: unknown[] = [
      { ...result, meta: undefined },
      { ...result, meta: null },
      { ...result, meta: 42 },
      { ...result, meta: 'meta' },
      { ...result, meta: [] },
      withCatalogueMeta(result, undefined),
      withCatalogueMeta(result, null),
      withCatalogueMeta(result, 42),
      withCatalogueMeta(result, []),
      withCatalogueMeta(result, { id: 'small-test', revision: '1' }),
      withCatalogueMeta(result, { ...result.meta.catalogue, checksum: null }),
      withCatalogueMeta(result, { ...result.meta.catalogue, checksum: 42 }),
      withCatalogueMeta(result, { ...result.meta.catalogue, checksum: { value: 'x' } }),
      withCatalogueMeta(result, { ...result.meta.catalogue, checksum: '' }),
      withCatalogueMeta(result, { ...result.meta.catalogue, checksum: '__proto__' }),
      undefined,
      null,
      42,
      'result',
      [],
      {},
    ];
    for (const bad of malformed) {
      for (const [name, outcome] of safeOutcomes(bad as ScoreResult)) {
        const issues = issuesOf(outcome);
        expect(issues.length, `${name} ${JSON.stringify(bad)?.slice(0, 80)}`).toBeGreaterThan(0);
        for (const issue of issues) {
          expect(issue.code).toMatch(/^analysis\.(result_invalid|catalogue_unknown|catalogue_invalid)$/);
          expect(issue.message.id.length).toBeGreaterThan(0);
          expect(issue.message.en.length).toBeGreaterThan(0);
        }
      }
      for (const [name, call] of throwing(bad as ScoreResult)) expect(call, name).toThrow(SpbeError);
    }
  });

  it('return issues, never throw, on any result without the catalogue', () => {
    const damaged = fc
      .tuple(fc.constantFrom('index', 'groups', 'indicators', 'meta', 'assessment', 'complete'), fc.jsonValue())
      .map(([key, value]) => ({ ...result, [key]: value }) as unknown as ScoreResult);
    const damagedMeta = fc.jsonValue().map((catalogue) => withCatalogueMeta(result, catalogue));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), damaged, damagedMeta) as fc.Arbitrary<ScoreResult>, fc.anything(), (bad, options) => {
        for (const outcome of [
          safeMargin(bad),
          safeLeverage(bad),
          safePlan(bad, options as never),
          safePlan(bad, { index: '3' }, options as never),
          safeFrontier(bad, options as never),
        ]) {
          expect(typeof outcome.success).toBe('boolean');
          if (!outcome.success) expect(outcome.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the catalogue registry', () => {
  it('finds every compiled catalogue by its checksum', () => {
    expect(catalogueByChecksum(permenpanrb592020.checksum)).toBe(permenpanrb592020);
    expect(catalogueByChecksum(compiledSmall.checksum)?.checksum).toBe(compiledSmall.checksum);
    expect(catalogueByChecksum(definedSmall.checksum)).toBe(definedSmall);
    expect(catalogueByChecksum(UNKNOWN_CHECKSUM)).toBeUndefined();
    expect(catalogueByChecksum('__proto__')).toBeUndefined();
  });

  it('lets the latest of equal catalogues take the entry', () => {
    const again = unwrap(safeCompileCatalogue(smallDefinition));
    expect(again).not.toBe(compiledSmall);
    expect(catalogueByChecksum(again.checksum)).toBe(again);
    expect(rememberCatalogue(compiledSmall)).toBe(compiledSmall);
    expect(catalogueByChecksum(compiledSmall.checksum)).toBe(compiledSmall);
  });
});
