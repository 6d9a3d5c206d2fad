import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeFrontier } from '../../src/analysis/plan/frontier.js';
import { CITY_MENU_WORK_LIMIT, FRONTIER_OUTPUT_LIMIT, PLAN_CELL_LIMIT, PLAN_OPTION_LIMIT, PLAN_WORK_LIMIT } from '../../src/analysis/plan/limits.js';
import { safePlan } from '../../src/analysis/plan/plan.js';
import { ROLLUP_UNIT_LIMIT } from '../../src/analysis/rollup/rollup.js';
import { safeCompileCatalogue } from '../../src/catalogue/compile.js';
import type { Catalogue, CatalogueDefinition } from '../../src/model/catalogue.js';
import { MAX_ISSUES, unwrap, type Issue, type SafeResult } from '../../src/model/issue.js';
import { score } from '../../src/scoring/score.js';

/*
 * docs/quality.md, "The trust review of 0.2": the budgets it names are the code's, and the two
 * hostile plans it measured are refused by those budgets before any solving (no clock is read;
 * the file's timeout is the bound).
 */

const quality = readFileSync(new URL('../../docs/quality.md', import.meta.url), 'utf8');
const text = (id: string) => ({ id, en: id });

/** `count` unweighted indicators in one group on a `0..max` scale, bands split at the middle. */
function wideCatalogue(count: number, max: number): Catalogue {
  const levels = Array.from({ length: max + 1 }, (_, level) => ({ level, name: text(`L${level}`), meaning: text(`L${level}`) }));
  const definition: CatalogueDefinition = {
    id: `wide-${count}x${max}`,
    revision: '1',
    title: text('Wide'),
    legalBasis: [],
    years: [],
    tiers: [{ id: 'aspect', label: text('Aspect'), plural: text('Aspects') }],
    scales: [{ id: 'wide', name: text('Wide'), min: 0, max, levels }],
    predicates: [
      { id: 'high', label: text('High'), min: String(max / 2), max: String(max) },
      { id: 'low', label: text('Low'), min: '0', max: String(max / 2) },
    ],
    totalWeight: '100',
    groups: [
      {
        id: 'G',
        tier: 'aspect',
        name: text('G'),
        weight: '100',
        indicators: Array.from({ length: count }, (_, k) => ({ id: `i${k + 1}`, number: k + 1, name: text(`i${k + 1}`), scale: 'wide' })),
      },
    ],
  };
  return unwrap(safeCompileCatalogue(definition));
}

const zeros = (catalogue: Catalogue) => score(catalogue, { levels: Object.fromEntries(catalogue.indicators.map((indicator) => [indicator.id, 0])) });

function onlyIssue(outcome: SafeResult<unknown>): Issue {
  expect(outcome.success).toBe(false);
  if (outcome.success) throw new Error('expected an issue');
  expect(outcome.issues).toHaveLength(1);
  return outcome.issues[0]!;
}

describe('docs/quality.md', () => {
  it('states the budgets the code enforces', () => {
    expect(PLAN_OPTION_LIMIT).toBe(1e6);
    expect(PLAN_WORK_LIMIT).toBe(1e9);
    expect(PLAN_CELL_LIMIT).toBe(50_000_000);
    expect(FRONTIER_OUTPUT_LIMIT).toBe(1e6);
    expect(CITY_MENU_WORK_LIMIT).toBe(5e6);
    expect(MAX_ISSUES).toBe(1000);
    expect(ROLLUP_UNIT_LIMIT).toBe(100_000);
    for (const claim of ['4,700,047 level options > 1,000,000', '2.45e9 solver steps > 1e9', '1,000 issues plus `issues.truncated`', '`rollup.too_many_units` above 100,000', '47,188,235,094 city menu steps > 5,000,000', 'budget stays 5,000,000 steps']) {
      expect(quality).toContain(claim);
    }
  });

  it('plan on 47 indicators with a 0–100000 scale: refused for its 4,700,047 level options', { timeout: 20_000 }, () => {
    const wide = wideCatalogue(47, 100_000);
    const issue = onlyIssue(safePlan(zeros(wide), wide, { index: '60000' }));
    expect(issue).toMatchObject({ code: 'plan.too_large', expected: '<= 1000000', received: '4700047' });
    expect(issue.message.en).toContain('level options');
  });

  it('frontier on 1,000 indicators with a 0–49 scale: refused for its ~2.45e9 solver steps', { timeout: 20_000 }, () => {
    const wide = wideCatalogue(1000, 49);
    const issue = onlyIssue(safeFrontier(zeros(wide), wide));
    expect(issue).toMatchObject({ code: 'plan.too_large', expected: '<= 1000000000' });
    expect(issue.message.en).toContain('solver steps');
    expect(Number(issue.received)).toBeGreaterThan(2.4e9);
    expect(Number(issue.received)).toBeLessThan(2.5e9);
  });
});
