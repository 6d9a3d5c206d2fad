import { parseDecimal } from '../arithmetic/decimal-string.js';
import { parseFraction, type Rational } from '../arithmetic/rational.js';
import { ratioToFraction, type Fraction } from '../arithmetic/ratio.js';
import { roundRatio } from '../arithmetic/rounding.js';
import type { Catalogue } from '../model/catalogue.js';
import type { AssessmentMetadata } from '../model/assessment.js';
import type { Issue } from '../model/issue.js';
import type { ResolvedScoreOptions } from '../model/options.js';
import type { GroupScore, IndicatorScore, IndicatorStatus, ScoredValue, ScoreResult } from '../model/result.js';
import { VERSION } from '../version.js';
import type { KernelOutput } from './kernel/kernel-output.js';
import { predicateOf, predicateRef } from './predicate.js';
import { fingerprintOf } from './fingerprint.js';
import { catalogueRef, idleGroupRow, idleIndicatorRow, LIBRARY } from './shared-rows.js';

/** Turns the kernel's exact values into the public result: display strings, fractions, predikat. */

export function scored<P extends string>(catalogue: Catalogue<P>, value: Fraction, options: ResolvedScoreOptions): ScoredValue<P> {
  const display = roundRatio(value.num, value.den, options.decimals, options.rounding);
  // predicateFrom "rounded": the band of the value as shown.
  const basis = options.predicateFrom === 'exact' ? value : (parseDecimal(display) ?? value);
  return { value: display, exact: ratioToFraction(value.num, value.den), predicate: predicateRef(predicateOf(catalogue, basis.num, basis.den)) };
}

/** An exact level (integer or "n/d") rounded for display like every other value of the result. */
function levelDisplay(level: number | string, options: ResolvedScoreOptions): string {
  const { num, den } = typeof level === 'number' ? { num: level, den: 1 } : (parseFraction(level) as Rational);
  return roundRatio(num, den, options.decimals, options.rounding);
}

export interface BuildInput {
  readonly kernel: KernelOutput;
  /** The level that entered the score per position (number or fraction string), or null. */
  readonly levels: readonly (number | string | null)[];
  readonly statuses: readonly IndicatorStatus[];
  readonly complete: boolean;
  readonly metadata: AssessmentMetadata;
  readonly warnings: readonly Issue[];
  readonly options: ResolvedScoreOptions;
}

export function buildResult<P extends string>(catalogue: Catalogue<P>, input: BuildInput): ScoreResult<P> {
  const { kernel, options } = input;
  const contributionDecimals = options.decimals + 2;
  const groups: GroupScore<P>[] = catalogue.groups.map((group, g) => {
    const value = kernel.groups[g] ?? null;
    const coverage = kernel.groupCoverage[g] as Fraction;
    if (value === null && (coverage.num === 0 || coverage.num === 0n)) return idleGroupRow(catalogue, g, contributionDecimals);
    // Plain literals, not object spread: spreading here cost more than the whole kernel.
    const shown = value === null ? null : scored(catalogue, value, options);
    return {
      id: group.id,
      tier: group.tier,
      parent: group.parent,
      label: group.name,
      weight: group.weight,
      coverage: ratioToFraction(coverage.num, coverage.den),
      value: shown === null ? null : shown.value,
      exact: shown === null ? null : shown.exact,
      predicate: shown === null ? null : shown.predicate,
    };
  });
  const indicators: IndicatorScore[] = catalogue.indicators.map((indicator, i) => {
    const contribution = kernel.contributions[i] as Fraction;
    const status = input.statuses[i] as IndicatorStatus;
    const level = input.levels[i] ?? null;
    const isZero = contribution.num === 0 || contribution.num === 0n;
    if (isZero && level === null && (status === 'missing' || status === 'not-applicable')) {
      return idleIndicatorRow(catalogue, i, status, contributionDecimals);
    }
    return {
      id: indicator.id,
      number: indicator.number,
      label: indicator.name,
      group: indicator.groupPath[indicator.groupPath.length - 1] as string,
      status,
      level,
      levelDisplay: level === null ? null : levelDisplay(level, options),
      weight: indicator.weight,
      contribution: isZero
        ? { exact: '0', value: roundRatio(0, 1, contributionDecimals, options.rounding) }
        : {
            exact: ratioToFraction(contribution.num, contribution.den),
            value: roundRatio(contribution.num, contribution.den, contributionDecimals, options.rounding),
          },
    };
  });
  const coverage = kernel.coverage;
  return {
    index: scored(catalogue, kernel.index as Fraction, options),
    complete: input.complete,
    coverage: ratioToFraction(coverage.num, coverage.den),
    domains: groups.filter((group) => group.tier === 'domain'),
    aspects: groups.filter((group) => group.tier === 'aspect'),
    groups,
    indicators,
    assessment: input.metadata,
    warnings: input.warnings,
    meta: {
      catalogue: catalogueRef(catalogue),
      library: LIBRARY,
      options,
      fingerprint: fingerprintOf({
        catalogueChecksum: catalogue.checksum,
        libraryVersion: VERSION,
        options,
        metadata: input.metadata,
        statuses: input.statuses,
        levels: input.levels,
      }),
    },
  };
}
