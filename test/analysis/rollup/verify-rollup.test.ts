import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RollupOptions } from '../../../src/analysis/rollup/rollup-options.js';
import { rollup, type Rollup } from '../../../src/analysis/rollup/rollup.js';
import { safeVerifyRollup, verifyRollup } from '../../../src/analysis/rollup/verify-rollup.js';
import { permenpanrb592020 } from '../../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../../src/catalogues/permenpanrb-8-2026/index.js';
import type { Assessment } from '../../../src/model/assessment.js';
import { SpbeError, type PathSegment, type SafeResult } from '../../../src/model/issue.js';
import { exampleOpdAssessments } from '../../helpers/assessments.js';
import { edit } from '../../helpers/results.js';
import { small } from '../../helpers/small-catalogue.js';

/** The example city of 2024, one unit that assessed one indicator (unranked) and one with a "na". */
const units = [...exampleOpdAssessments('2024'), { agency: 'Satu', levels: { '1': 5 } }, { agency: 'Dua', levels: { '1': 2, '2': 'na', '3': 4 } }] as Assessment[];
const options: RollupOptions = { score: { allowNotApplicable: true } };
/** As published: through JSON. */
const published = (city: Rollup): Rollup => JSON.parse(JSON.stringify(city)) as Rollup;
const city = published(rollup(permenpanrb592020, units, options));
const lean = published(rollup(permenpanrb592020, units, { ...options, unitResults: false }));

const paths = (outcome: SafeResult<unknown>): string[] => (outcome.success ? [] : outcome.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`));
const swap = (list: readonly unknown[], a: number, b: number): unknown[] => list.map((entry, k) => (k === a ? list[b] : k === b ? list[a] : entry));
const rewrite = (rollup: Rollup, path: readonly PathSegment[], value: unknown): Rollup => edit(rollup, path, value) as unknown as Rollup;

describe('verifyRollup', () => {
  it('verifies in full the roll-up of every strategy, given the options it does not record', () => {
    const weights = Object.fromEntries(units.map((unit, k) => [unit.agency, (k % 3) + 1]));
    const responsibilities = { indicators: Object.fromEntries(permenpanrb592020.indicators.map((indicator, i) => [indicator.id, { owners: ['Bappeda', 'Diskominfo', 'Inspektorat'], lead: i % 2 === 0 ? 'Bappeda' : 'Diskominfo' }])) };
    const cases: [RollupOptions, Parameters<typeof verifyRollup>[2]][] = [
      [{}, {}],
      [{ strategy: 'median' }, {}],
      [{ strategy: 'min' }, {}],
      [{ strategy: 'max' }, {}],
      [{ strategy: 'weighted', unitWeights: weights }, { unitWeights: weights }],
      [{ strategy: 'owner', responsibilities }, { responsibilities }],
      [{ strategy: 'owner', responsibilities, ownerMode: 'lead' }, { responsibilities, ownerMode: 'lead' }],
      [{ minimumCoverage: '0.25', spreadLimit: 3, targets: { index: '3.1', level: 4 }, name: 'Kota Contoh', score: { decimals: 3, rounding: 'halfEven', allowNotApplicable: true } }, { minimumCoverage: '0.25', spreadLimit: 3 }],
    ];
    for (const [made, given] of cases) {
      const verification = verifyRollup(permenpanrb592020, published(rollup(permenpanrb592020, units, { ...options, ...made })), given);
      expect([made.strategy, verification.verified, verification.unchecked]).toEqual([made.strategy, 'full', []]);
    }
  });

  it('returns the roll-up itself, and verifies it as rollup returns it too', () => {
    const made = rollup(permenpanrb592020, units, options);
    expect(verifyRollup(permenpanrb592020, made)).toEqual({ rollup: made, verified: 'full', unchecked: [] });
    expect(safeVerifyRollup(permenpanrb592020, city)).toEqual({ success: true, output: { rollup: city, verified: 'full', unchecked: [] } });
  });

  // Every derived part, edited in turn, is caught at its path.
  const edits: [string, Rollup, string][] = [
    ['a rank', rewrite(city, ['units', 0, 'rank'], 9), 'units.0.rank'],
    ['two units swapped', rewrite(city, ['units'], swap(city.units, 0, 1)), 'units.0.unit'],
    ['a unit index shown', rewrite(city, ['units', 1, 'index', 'value'], '4.99'), 'units.1.index.value'],
    ['a unit predikat', rewrite(city, ['units', 1, 'index', 'predicate', 'id'], 'memuaskan'), 'units.1.index.predicate.id'],
    ['a unit exact index', rewrite(city, ['units', 1, 'index', 'exact'], '5'), 'units.1.index.exact'],
    ['a unit coverage', rewrite(city, ['units', 1, 'coverage'], '1'), 'units.1.coverage'],
    ['an unranked unit ranked', rewrite(city, ['unranked', 0, 'rank'], 1), 'unranked.0.rank'],
    ['the number of units', rewrite(city, ['distribution', 'count'], 99), 'distribution.count'],
    ['the median shown', rewrite(city, ['distribution', 'median', 'value'], '4.00'), 'distribution.median.value'],
    ['the exact mean', rewrite(city, ['distribution', 'mean', 'exact'], '3'), 'distribution.mean.exact'],
    ['a quartile', rewrite(city, ['distribution', 'q1', 'exact'], '1'), 'distribution.q1.exact'],
    ['the index shortfall', rewrite(city, ['attribution', 'index', 'shortfall', 'value'], '+1.00'), 'attribution.index.shortfall.value'],
    ['an attribution share', rewrite(city, ['attribution', 'index', 'units', 0, 'share', 'exact'], '1'), 'attribution.index.units.0.share.exact'],
    ['an attributed unit', rewrite(city, ['attribution', 'level', 'units', 0, 'unit'], 'Nobody'), 'attribution.level.units.0.unit'],
    ['the level target', rewrite(city, ['attribution', 'level', 'target', 'exact'], '4'), 'attribution.level.target.exact'],
    ['who assessed an indicator', rewrite(city, ['indicators', 0, 'assessedBy'], 1), 'indicators.0.assessedBy'],
    ['the contributors', rewrite(city, ['indicators', 0, 'contributors'], []), 'indicators.0.contributors.length'],
    ['the not-applicable count', rewrite(city, ['indicators', 1, 'notApplicableBy'], 0), 'indicators.1.notApplicableBy'],
    ['a consolidated level', rewrite(city, ['indicators', 0, 'level', 'value'], '4.99'), 'indicators.0.level.value'],
    ['a minimum', rewrite(city, ['indicators', 0, 'min'], 5), 'indicators.0.min'],
    ['a maximum', rewrite(city, ['indicators', 0, 'max'], 1), 'indicators.0.max'],
    ['a spread', rewrite(city, ['indicators', 0, 'spread'], 0), 'indicators.0.spread'],
    ['the units below target on an indicator', rewrite(city, ['indicators', 0, 'unitsBelowTarget'], 99), 'indicators.0.unitsBelowTarget'],
    ['an indicator label', rewrite(city, ['indicators', 0, 'label', 'en'], 'Something else'), 'indicators.0.label.en'],
    ['the units below the index target', rewrite(city, ['belowTarget', 'units'], []), 'belowTarget.units.length'],
    ['the indicators below the level target', rewrite(city, ['belowTarget', 'indicators'], []), 'belowTarget.indicators.length'],
    ['a shortfall cost', rewrite(city, ['belowTarget', 'shortfalls', 0, 'cost', 'value'], '0.00'), 'belowTarget.shortfalls.0.cost.value'],
    ['the units below target on a shortfall', rewrite(city, ['belowTarget', 'shortfalls', 0, 'units'], []), 'belowTarget.shortfalls.0.units.length'],
    ['a widest spread', rewrite(city, ['widestSpread', 0, 'spread'], 1), 'widestSpread.0.spread'],
    ['the widest spreads reordered', rewrite(city, ['widestSpread'], swap(city.widestSpread, 0, 9)), 'widestSpread.0.indicator'],
    ['what nobody assessed', rewrite(city, ['unassessed'], ['47']), 'unassessed.length'],
    ['the consolidated index', rewrite(city, ['consolidated', 'index', 'value'], '4.99'), 'consolidated.index.value'],
    ['a unit result', rewrite(city, ['units', 0, 'result', 'index', 'value'], '4.99'), 'units.0.result.index.value'],
    [
      'the consolidated result of other units',
      { ...city, consolidated: published(rollup(permenpanrb592020, units.slice(0, -1), options)).consolidated },
      'consolidated.indicators.0.level',
    ],
  ];
  it.each(edits)('catches %s at its path', (_, edited, path) => {
    expect(() => verifyRollup(permenpanrb592020, edited)).toThrow(SpbeError);
    expect(paths(safeVerifyRollup(permenpanrb592020, edited))).toContain(`result.inconsistent ${path}`);
  });

  it('says what does not follow in both languages, with what it should be', () => {
    const outcome = safeVerifyRollup(permenpanrb592020, rewrite(city, ['distribution', 'median', 'value'], '4.00'));
    expect(outcome.success ? undefined : outcome.issues).toEqual([
      {
        code: 'result.inconsistent',
        path: ['distribution', 'median', 'value'],
        message: {
          id: `"distribution.median.value" dalam hasil konsolidasi tidak mengikuti hasil unit, hasil gabungan dan opsinya (seharusnya "${city.distribution.median.value}"): hasil konsolidasi telah diubah atau rusak.`,
          en: `"distribution.median.value" in the roll-up does not follow from its units' results, its consolidated result and its options (it should be "${city.distribution.median.value}"): the roll-up was edited or is corrupt.`,
        },
        expected: `"${city.distribution.median.value}"`,
        received: '"4.00"',
      },
    ]);
  });

  it('refuses what is not a roll-up, a unit named twice, another catalogue, unknown options and a non-catalogue', () => {
    expect(paths(safeVerifyRollup(permenpanrb592020, null))).toEqual(['analysis.result_invalid ']);
    expect(paths(safeVerifyRollup(permenpanrb592020, { ...city, strategy: 'average', units: 'x' }))).toEqual(['analysis.result_invalid strategy', 'analysis.result_invalid units']);
    expect(paths(safeVerifyRollup(permenpanrb592020, rewrite(city, ['units', 1, 'unit'], city.units[0]?.unit)))).toEqual(['rollup.duplicate_unit units.1.unit']);
    expect(paths(safeVerifyRollup(small, city))).toContain('analysis.catalogue_mismatch consolidated.meta.catalogue');
    expect(paths(safeVerifyRollup(permenpanrb592020, city, { minimumCoverag: 0 } as never))).toEqual(['options.unknown minimumCoverag']);
    expect(paths(safeVerifyRollup(permenpanrb592020, city, { minimumCoverage: 2 }))).toEqual(['analysis.option_invalid minimumCoverage']);
    expect(paths(safeVerifyRollup({} as never, city))).toEqual(['analysis.catalogue_invalid catalogue']);
  });
});

describe('verifyRollup without unit results (unitResults: false)', () => {
  it('checks what the roll-up still determines and says "partial", listing every part it could not check', () => {
    const verification = verifyRollup(permenpanrb592020, lean);
    expect(verification.verified).toBe('partial');
    expect(verification.unchecked.map((part) => part.path.join('.'))).toEqual([
      'consolidated.indicators.*.level',
      'consolidated.indicators.*.status',
      'indicators.*.assessedBy',
      'indicators.*.contributors',
      'indicators.*.notApplicableBy',
      'indicators.*.min',
      'indicators.*.max',
      'indicators.*.unitsBelowTarget',
      'belowTarget.shortfalls.*.units',
      'widestSpread',
      'units.*.index.exact',
      'units.*.coverage',
      'unranked.*.index.exact',
      'unranked.*.coverage',
      'attribution.index.units.*.share',
      'attribution.level.units.*.share',
    ]);
    expect(verification.unchecked[0]?.reason.en).toContain('unitResults: false');
  });

  it('does not notice an edit of what it lists as unchecked, and says so', () => {
    expect(verifyRollup(permenpanrb592020, rewrite(lean, ['indicators', 0, 'unitsBelowTarget'], 99)).verified).toBe('partial');
  });

  const edits: [string, Rollup, string][] = [
    ['a rank', rewrite(lean, ['units', 0, 'rank'], 9), 'result.inconsistent units.0.rank'],
    ['two units swapped', rewrite(lean, ['units'], swap(lean.units, 0, 1)), 'result.inconsistent units.0.unit'],
    ['a unit index shown', rewrite(lean, ['units', 1, 'index', 'value'], '4.99'), 'result.inconsistent units.1.index.value'],
    ['a unit ranked below the coverage', rewrite(lean, ['unranked', 0, 'rank'], 1), 'result.inconsistent unranked.0.rank'],
    ['the median', rewrite(lean, ['distribution', 'median', 'exact'], '4'), 'result.inconsistent distribution.median.exact'],
    ['the index shortfall', rewrite(lean, ['attribution', 'index', 'shortfall', 'exact'], '1'), 'result.inconsistent attribution.index.shortfall.exact'],
    ['an attribution share', rewrite(lean, ['attribution', 'index', 'units', 0, 'share', 'exact'], '1'), 'result.inconsistent attribution.index.units'],
    ['two attribution shares swapped', rewrite(lean, ['attribution', 'level', 'units'], swap(lean.attribution.level.units, 0, 1)), 'result.inconsistent attribution.level.units.0.unit'],
    ['an attributed unit renamed', rewrite(lean, ['attribution', 'index', 'units', 0, 'unit'], 'Nobody'), 'result.inconsistent attribution.index.units'],
    ['a consolidated level', rewrite(lean, ['indicators', 0, 'level', 'exact'], '5'), 'result.inconsistent indicators.0.level.exact'],
    ['a spread', rewrite(lean, ['indicators', 0, 'spread'], 0), 'result.inconsistent indicators.0.spread'],
    ['a count of contributors', rewrite(lean, ['indicators', 0, 'assessedBy'], 1), 'result.inconsistent indicators.0.assessedBy'],
    ['the units below the index target', rewrite(lean, ['belowTarget', 'units'], []), 'result.inconsistent belowTarget.units.length'],
    ['a shortfall cost', rewrite(lean, ['belowTarget', 'shortfalls', 0, 'cost', 'exact'], '0'), 'result.inconsistent belowTarget.shortfalls.0.cost.exact'],
    ['a widest spread', rewrite(lean, ['widestSpread', 0, 'spread'], 1), 'result.inconsistent widestSpread.0.spread'],
    ['what nobody assessed', rewrite(lean, ['unassessed'], ['47']), 'result.inconsistent unassessed.length'],
    ['the consolidated index', rewrite(lean, ['consolidated', 'index', 'value'], '4.99'), 'result.inconsistent consolidated.index.value'],
  ];
  it.each(edits)('still catches %s at its path', (_, edited, path) => {
    expect(paths(safeVerifyRollup(permenpanrb592020, edited))).toContain(path);
  });
});

describe('verifyRollup and the options a roll-up does not record', () => {
  it('takes a non-default minimum coverage or spread limit as consistent but unchecked, and checks it when given', () => {
    const covered = published(rollup(permenpanrb592020, units, { ...options, minimumCoverage: '0.25' }));
    expect(verifyRollup(permenpanrb592020, covered).unchecked.map((part) => part.path.join('.'))).toEqual(['unranked']);
    expect(verifyRollup(permenpanrb592020, covered, { minimumCoverage: '0.25' }).verified).toBe('full');
    expect(paths(safeVerifyRollup(permenpanrb592020, covered, { minimumCoverage: 0 }))).toContain('result.inconsistent units.length');
    // A unit moved to the unranked list out of order with the coverages fits no threshold.
    const moved = { ...city, units: city.units.slice(1), unranked: [{ ...city.units[0], rank: 0 }, ...city.unranked] } as Rollup;
    expect(safeVerifyRollup(permenpanrb592020, moved).success).toBe(false);
    const short = published(rollup(permenpanrb592020, units, { ...options, spreadLimit: 3 }));
    expect(verifyRollup(permenpanrb592020, short).unchecked.map((part) => part.path.join('.'))).toEqual(['widestSpread.length']);
    expect(verifyRollup(permenpanrb592020, short, { spreadLimit: 3 }).verified).toBe('full');
    expect(verifyRollup(permenpanrb592020, rewrite(city, ['widestSpread'], city.widestSpread.slice(0, 9))).verified).toBe('partial');
  });

  it('under weighted without the weights, checks what it can and lists the rest', () => {
    const weights = Object.fromEntries(units.map((unit, k) => [unit.agency, k + 1]));
    const weighted = published(rollup(permenpanrb592020, units, { ...options, strategy: 'weighted', unitWeights: weights }));
    const verification = verifyRollup(permenpanrb592020, weighted);
    expect(verification.verified).toBe('partial');
    expect(verification.unchecked.map((part) => part.path.join('.'))).toContain('attribution.index.units.*.share');
    expect(verification.unchecked[0]?.reason.en).toContain('unitWeights');
    // The units' results still fix their indexes.
    expect(paths(safeVerifyRollup(permenpanrb592020, rewrite(weighted, ['units', 0, 'index', 'exact'], '5')))).toContain('result.inconsistent units.0.index.exact');
    expect(paths(safeVerifyRollup(permenpanrb592020, weighted, { unitWeights: { ...weights, Bappeda: 99 } })).length).toBeGreaterThan(0);
  });

  it('under owner without the responsibilities, takes the contributors as the owners and lists them as unchecked', () => {
    const responsibilities = { indicators: Object.fromEntries(permenpanrb592020.indicators.map((indicator) => [indicator.id, ['Bappeda', 'Diskominfo']])) };
    const owned = published(rollup(permenpanrb592020, units, { ...options, strategy: 'owner', responsibilities }));
    const verification = verifyRollup(permenpanrb592020, owned);
    expect(verification.unchecked.map((part) => part.path.join('.'))).toEqual(['indicators.*.contributors']);
    // A contributor that gave no level does not follow.
    const added = rewrite(owned, ['indicators', 0, 'contributors'], ['Bappeda', 'Diskominfo', 'Satu'].filter((unit) => unit !== 'Satu' || owned.indicators[0]?.contributors.includes('Satu') === false));
    expect(safeVerifyRollup(permenpanrb592020, added).success).toBe(false);
  });
});

describe('verifyRollup over random cities', () => {
  const strategies = ['mean', 'median', 'min', 'max', 'weighted', 'owner'] as const;
  const ids = small.indicators.map((indicator) => indicator.id);
  // At least one level that is not "na": a unit with nothing applicable is refused by rollup itself.
  const unit = fc
    .tuple(fc.dictionary(fc.constantFrom(...ids), fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('na' as const))), fc.constantFrom(...ids), fc.integer({ min: 1, max: 5 }))
    .map(([levels, id, level]) => ({ levels: { ...levels, [id]: level } }));
  const city = fc.record({
    units: fc.array(unit, { minLength: 1, maxLength: 6 }),
    strategy: fc.constantFrom(...strategies),
    weights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 6, maxLength: 6 }),
    owners: fc.array(fc.nat({ max: 5 }), { minLength: ids.length, maxLength: ids.length }),
    lead: fc.boolean(),
    minimumCoverage: fc.constantFrom(undefined, 0, '0.5'),
    spreadLimit: fc.constantFrom(undefined, 0, 2),
    notApplicable: fc.constantFrom('exclude', 'minimum'),
  });

  it('verifies every roll-up in full with its options, and as partial without its unit results', () => {
    fc.assert(
      fc.property(city, (drawn) => {
        const assessments: Assessment[] = drawn.units.map((entry, k) => ({ agency: `U${k}`, ...entry }));
        const named = (k: number) => `U${k % assessments.length}`;
        const unitWeights = Object.fromEntries(assessments.map((_, k) => [named(k), drawn.weights[k] as number]));
        const responsibilities = { indicators: Object.fromEntries(ids.map((id, i) => [id, [...new Set([named(drawn.owners[i] as number), named(i)])]])) };
        const made: RollupOptions = {
          strategy: drawn.strategy,
          score: { allowNotApplicable: true, notApplicable: drawn.notApplicable },
          ...(drawn.strategy === 'weighted' ? { unitWeights } : {}),
          ...(drawn.strategy === 'owner' ? { responsibilities, ownerMode: drawn.lead ? 'lead' : 'mean' } : {}),
          ...(drawn.minimumCoverage === undefined ? {} : { minimumCoverage: drawn.minimumCoverage }),
          ...(drawn.spreadLimit === undefined ? {} : { spreadLimit: drawn.spreadLimit }),
        };
        const given = {
          ...(made.unitWeights === undefined ? {} : { unitWeights }),
          ...(made.responsibilities === undefined ? {} : { responsibilities, ownerMode: made.ownerMode }),
          ...(made.minimumCoverage === undefined ? {} : { minimumCoverage: made.minimumCoverage }),
          ...(made.spreadLimit === undefined ? {} : { spreadLimit: made.spreadLimit }),
        };
        const full = published(rollup(small, assessments, made));
        expect(verifyRollup(small, full, given)).toEqual({ rollup: full, verified: 'full', unchecked: [] });
        const partial = published(rollup(small, assessments, { ...made, unitResults: false }));
        expect(verifyRollup(small, partial, given).verified).toBe('partial');
        // Without the options it does not record: never a mismatch, only less checked.
        expect(safeVerifyRollup(small, full).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('verifies a roll-up of fractional values (8/2026)', () => {
    const ids2026 = permenpanrb82026.indicators.map((indicator) => indicator.id);
    const fractional = [
      { agency: 'A', levels: { [ids2026[0] as string]: '7/6', [ids2026[1] as string]: 2 } },
      { agency: 'B', levels: { [ids2026[0] as string]: '1.26', [ids2026[2] as string]: 3 } },
    ] as Assessment[];
    const made = published(rollup(permenpanrb82026, fractional, { minimumCoverage: 0 }));
    expect(verifyRollup(permenpanrb82026, made, { minimumCoverage: 0 }).verified).toBe('full');
    expect(paths(safeVerifyRollup(permenpanrb82026, rewrite(made, ['indicators', 0, 'min'], '7/5')))).toContain('result.inconsistent indicators.0.min');
  });
});
