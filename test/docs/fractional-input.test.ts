import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import type { Catalogue } from '../../src/model/catalogue.js';
import { ASSESSMENT_ISSUE_CODES } from '../../src/scoring/assessment-issues.js';
import { safeScore } from '../../src/scoring/score.js';

/*
 * docs/catalogues.md lists every bad-input class of a fractional value with its issue code and
 * examples. Each example, given as an indicator's value, yields exactly that code: the table is
 * read from the page, so the docs and the code cannot drift apart.
 */
const page = readFileSync(new URL('../../docs/catalogues.md', import.meta.url), 'utf8');
const table = page.slice(page.indexOf('Every other form is an issue with its own code:'), page.indexOf('## Indicator codes'));
const rows = [...table.matchAll(/^\| (.+) \| `([a-z_.]+)` \|$/gmu)].map(([, input, code]) => ({ input: input!, code: code! }));

/** An example as the page writes it: a JSON string, `NaN`, `Infinity`, or a JSON number. */
function valueOf(example: string): unknown {
  if (example === 'NaN') return Number.NaN;
  if (example === 'Infinity') return Number.POSITIVE_INFINITY;
  try {
    return JSON.parse(example);
  } catch {
    return undefined; // `[min, max]`: a range, not an example
  }
}

function codesFor(catalogue: Catalogue, value: unknown): string[] {
  const levels: Record<string, unknown> = Object.fromEntries(catalogue.indicators.map((indicator) => [indicator.id, 3]));
  levels[catalogue.indicators[0]!.id] = value;
  const outcome = safeScore(catalogue, { levels } as never);
  return outcome.success ? [] : outcome.issues.map((issue) => issue.code);
}

describe('the bad fractional values of docs/catalogues.md', () => {
  it('lists every class the issue names, each with a code the library declares', () => {
    expect(rows.map((row) => row.code)).toEqual([
      'level.out_of_range', 'level.too_many_slashes', 'level.zero_denominator', 'level.exponent', 'level.empty',
      'level.nan', 'level.not_finite', 'level.malformed', 'level.not_integer',
    ]);
    for (const row of rows) expect(ASSESSMENT_ISSUE_CODES).toContain(row.code);
  });

  it.each(rows.filter((row) => row.code !== 'level.not_integer'))('$code: every example of the row yields it on 8/2026', ({ input, code }) => {
    const examples = [...input.matchAll(/`([^`]+)`/gu)].map(([, example]) => example!).map(valueOf).filter((value) => value !== undefined);
    expect(examples.length).toBeGreaterThan(0);
    for (const value of examples) expect([value, codesFor(permenpanrb82026, value)]).toEqual([value, [code]]);
  });

  it('level.not_integer: a fraction, in each written form, where the catalogue takes whole levels (59/2020)', () => {
    for (const value of ['5/2', '2.5', 2.5, '7/6']) expect([value, codesFor(permenpanrb592020, value)]).toEqual([value, ['level.not_integer']]);
    // The same values are accepted where the scale is fractional.
    for (const value of ['5/2', '2.5', 2.5, '7/6']) expect(codesFor(permenpanrb82026, value)).toEqual([]);
  });
});

/*
 * The measured values table of docs/catalogues.md: each example, given as `{ value }` on 8/2026
 * (indicator 5, the SDI score; indicator 18 for the indicator without a measure), yields its code.
 */
const measured = page.slice(page.indexOf('| Measured value | Code |'), page.indexOf('## Missing and not-applicable indicators'));
const measuredRows = [...measured.matchAll(/^\| (.+) \| `([a-z_.]+)` \|$/gmu)].map(([, input, code]) => ({ input: input!, code: code! }));

describe('the bad measured values of docs/catalogues.md', () => {
  it('lists the three classes, each with a code the library declares', () => {
    expect(measuredRows.map((row) => row.code)).toEqual(['level.value_invalid', 'level.value_out_of_range', 'level.no_measure']);
    for (const row of measuredRows) expect(ASSESSMENT_ISSUE_CODES).toContain(row.code);
  });

  it.each(measuredRows)('$code: every example of the row yields it on 8/2026', ({ input, code }) => {
    const examples = [...input.matchAll(/`(\{[^`]+\})`/gu)].map(([, example]) => JSON.parse(example!) as unknown);
    expect(examples.length).toBeGreaterThan(0);
    const indicator = code === 'level.no_measure' ? '18' : '5';
    for (const value of examples) {
      const levels: Record<string, unknown> = Object.fromEntries(permenpanrb82026.indicators.map((i) => [i.id, 3]));
      levels[indicator] = value;
      const outcome = safeScore(permenpanrb82026, { levels } as never);
      expect([value, outcome.success ? [] : outcome.issues.map((issue) => [issue.code, issue.path.join('.')])]).toEqual([value, [[code, `levels.${indicator}.value`]]]);
    }
  });
});
