import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCompare } from '../../src/analysis/compare.js';
import { safeExplain } from '../../src/analysis/explain.js';
import { safeFrontier } from '../../src/analysis/plan/frontier.js';
import { safeLeverage } from '../../src/analysis/leverage.js';
import { safeMargin } from '../../src/analysis/margin.js';
import { safePlan } from '../../src/analysis/plan/plan.js';
import { safeRollup } from '../../src/analysis/rollup/rollup.js';
import type { ScoreResult } from '../../src/model/result.js';
import { score } from '../../src/scoring/score.js';
import { levelsFrom } from '../helpers/assessments.js';
import { small } from '../helpers/small-catalogue.js';

const good = score(small, { levels: levelsFrom(small, [3, 3, 3, 3, 3, 3]) });
/** A good result with one part replaced by arbitrary JSON. */
const damaged = fc
  .tuple(fc.constantFrom('index', 'groups', 'indicators', 'meta', 'assessment', 'complete'), fc.jsonValue())
  .map(([key, value]) => ({ ...good, [key]: value }) as unknown as ScoreResult);
const anyResult = fc.oneof(fc.anything(), damaged) as fc.Arbitrary<ScoreResult>;

describe('analysis functions on bad input', () => {
  it('return issues, never throw', () => {
    fc.assert(
      fc.property(anyResult, fc.anything(), fc.anything(), (result, target, options) => {
        for (const outcome of [
          safeExplain(result, small),
          safeCompare(good, result, options as never),
          safeMargin(result, small),
          safeLeverage(result, small),
          safePlan(result, small, target as never, options as never),
          safeFrontier(result, small, options as never),
          safeRollup(small, [result as never], options as never),
        ]) {
          expect(typeof outcome.success).toBe('boolean');
          if (!outcome.success) expect(outcome.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reject malformed plan options with issues', () => {
    for (const options of [null, 3, 'x', [], { caps: 3 }, { locked: 'x' }, { costs: { '1': {} } }, { defaultCost: [] }, { minimums: { '1': 1.5 } }]) {
      const outcome = safePlan(good, small, { index: '3' }, options as never);
      expect(outcome.success, JSON.stringify(options)).toBe(false);
    }
  });
});
