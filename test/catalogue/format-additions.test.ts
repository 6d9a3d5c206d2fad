import { describe, expect, it } from 'vitest';
import { safeCompileCatalogue } from '../../src/catalogue/compile.js';
import { safeDefineCatalogue } from '../../src/catalogue/define.js';
import { findIndicator } from '../../src/catalogue/find-indicator.js';
import { catalogueSnapshot } from '../../src/catalogue/snapshot.js';
import type { CatalogueDefinition } from '../../src/model/catalogue.js';
import { safeScore } from '../../src/scoring/score.js';
import { baseDefinition } from '../helpers/small-catalogue.js';

/** The catalogue-format fields of PermenPANRB 8/2026: fractional scales, band maturity names, indicator codes. */

const issuesOf = (d: Record<string, any>) => {
  const outcome = safeDefineCatalogue(d);
  return outcome.success ? [] : outcome.issues.map((issue) => [issue.code, issue.path]);
};

const indicators = (d: Record<string, any>) => d.groups[0].groups[0].indicators as Record<string, any>[];

describe('scale values', () => {
  it('are whole levels by default, and fractional only when the scale says so', () => {
    const whole = safeDefineCatalogue(baseDefinition());
    const d = baseDefinition();
    d.scales[0].values = 'fractional';
    const fractional = safeDefineCatalogue(d);
    if (!whole.success || !fractional.success) throw new Error('fixture invalid');
    const levels = Object.fromEntries(whole.output.indicators.map((indicator) => [indicator.id, 3]));
    expect(safeScore(whole.output, { levels: { ...levels, '1': '7/2' } })).toMatchObject({ success: false, issues: [{ code: 'level.not_integer' }] });
    expect(safeScore(fractional.output, { levels: { ...levels, '1': '7/2' } })).toMatchObject({ success: true });
  });

  it('refuses anything but "whole" or "fractional"', () => {
    const d = baseDefinition();
    d.scales[0].values = 'decimal';
    expect(issuesOf(d)).toEqual([['catalogue.invalid_value', ['scales', 0, 'values']]]);
    // Typed data that skips the schema meets the same rule in the compiler.
    expect(safeCompileCatalogue(d as CatalogueDefinition)).toMatchObject({ success: false, issues: [{ code: 'catalogue.scale_invalid', path: ['scales', 0, 'values'] }] });
  });
});

describe('predikat maturity names', () => {
  it('reach the results\' predikat refs and the snapshot, and stay absent where not given', () => {
    const d = baseDefinition();
    d.predicates[0].maturity = { id: 'Unggul', en: 'Leading' };
    const outcome = safeDefineCatalogue(d);
    if (!outcome.success) throw new Error('fixture invalid');
    const catalogue = outcome.output;
    expect(catalogue.predicates.map((band) => band.maturity)).toEqual([{ id: 'Unggul', en: 'Leading' }, null, null]);
    const top = safeScore(catalogue, { levels: Object.fromEntries(catalogue.indicators.map((indicator) => [indicator.id, 5])) });
    const low = safeScore(catalogue, { levels: Object.fromEntries(catalogue.indicators.map((indicator) => [indicator.id, 1])) });
    expect(top.success && top.output.index.predicate).toEqual({ id: 'tinggi', label: { id: 'Tinggi', en: 'High' }, maturity: { id: 'Unggul', en: 'Leading' } });
    expect(low.success && low.output.index.predicate).toEqual({ id: 'rendah', label: { id: 'Rendah', en: 'Low' } });
    expect(catalogueSnapshot(catalogue)).toContain('| tinggi | Tinggi | High | ≥ 3.5 and ≤ 5 | Unggul (Leading) |');
  });

  it('must be given in both languages', () => {
    const d = baseDefinition();
    d.predicates[0].maturity = { id: 'Unggul' };
    const issues = issuesOf(d);
    expect(issues).toHaveLength(1);
    expect(issues[0]![1]).toEqual(['predicates', 0, 'maturity', 'en']);
  });
});

describe('indicator codes', () => {
  it('name an indicator in input, never in results', () => {
    const d = baseDefinition();
    indicators(d)[0]!.codes = ['I1', '1.1'];
    const outcome = safeDefineCatalogue(d);
    if (!outcome.success) throw new Error('fixture invalid');
    const catalogue = outcome.output;
    expect(findIndicator(catalogue, '1.1')).toBe(0);
    expect(findIndicator(catalogue, '1')).toBe(0);
    expect(findIndicator(catalogue, 'I9')).toBeUndefined();
    const levels = Object.fromEntries(catalogue.indicators.slice(1).map((indicator) => [indicator.id, 3]));
    const scored = safeScore(catalogue, { levels: { ...levels, '1.1': 4 } });
    expect(scored.success && scored.output.indicators[0]).toMatchObject({ id: '1', level: 4 });
    expect(catalogueSnapshot(catalogue)).toContain('(codes: I1, 1.1)');
  });

  it('may not repeat, on one indicator or two, nor equal an indicator id', () => {
    const d = baseDefinition();
    indicators(d)[0]!.codes = ['X', 'X'];
    indicators(d)[1]!.codes = ['X', '1'];
    expect(issuesOf(d)).toEqual([
      ['catalogue.code_conflict', ['groups', 0, 'groups', 0, 'indicators', 0, 'codes', 1]],
      ['catalogue.code_conflict', ['groups', 0, 'groups', 0, 'indicators', 1, 'codes', 0]],
      ['catalogue.code_conflict', ['groups', 0, 'groups', 0, 'indicators', 1, 'codes', 1]],
    ]);
  });

  it('may not be empty', () => {
    const d = baseDefinition();
    indicators(d)[0]!.codes = [''];
    expect(issuesOf(d).map(([code]) => code)).toEqual(['catalogue.invalid_value']);
  });
});
