import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../src/scoring/score.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import type { LevelInput } from '../../src/model/assessment.js';
import { uniformLevels } from '../helpers/assessments.js';
import { small } from '../helpers/small-catalogue.js';

const all3 = uniformLevels(catalogue, 3);

/* The result built from the kernel: groups in tree order, contributions, the fingerprint. */

describe('result shape', () => {
  it('lists domains and aspects of the catalogue in order, and every group in tree order', () => {
    const result = score(catalogue, { levels: all3 });
    expect(result.domains.map((group) => group.id)).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(result.aspects.map((group) => group.id)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
    expect(result.groups.map((group) => group.id)).toEqual(['D1', 'A1', 'D2', 'A2', 'A3', 'A4', 'D3', 'A5', 'A6', 'D4', 'A7', 'A8']);
    expect(result.indicators.map((indicator) => indicator.level)).toEqual(Array(47).fill(3));
  });

  it('carries a fingerprint that verifies and changes with any level', async () => {
    const { verifyFingerprint } = await import('../../src/scoring/fingerprint.js');
    const result = score(catalogue, { levels: all3 });
    expect(verifyFingerprint(result)).toBe(true);
    expect(score(catalogue, { levels: all3 }).meta.fingerprint).toBe(result.meta.fingerprint);
    expect(score(catalogue, { levels: { ...all3, '47': 4 } }).meta.fingerprint).not.toBe(result.meta.fingerprint);
  });
});

describe('values, coverage and contributions of a partial result', () => {
  // Small catalogue: D1 40 [A1 15: 1 (5), 2 (10); A2 25: 3 (12.5), 4 (12.5)], D2 60 [A3 60: 5 (35), 6 (25)].
  const partial = () => score(small, { levels: { '1': 1, '2': 2, '3': 3, '5': 5 } }, { missing: 'partial' });

  it('shows every group re-normalised over what entered, with its assessed share and predikat', () => {
    const result = partial();
    expect(result.groups.map((group) => [group.id, group.value, group.exact, group.coverage, group.predicate?.id])).toEqual([
      ['D1', '2.50', '5/2', '11/16', 'cukup'],
      ['A1', '1.67', '5/3', '1', 'kurang'],
      ['A2', '3.00', '3', '1/2', 'baik'],
      ['D2', '5.00', '5', '7/12', 'memuaskan'],
      ['A3', '5.00', '5', '7/12', 'memuaskan'],
    ]);
    expect(result.groups[1]).toEqual({
      id: 'A1',
      tier: 'aspect',
      parent: 'D1',
      label: { id: 'Aspek 1', en: 'Aspect 1' },
      weight: '15',
      coverage: '1',
      value: '1.67',
      exact: '5/3',
      predicate: result.groups[1]!.predicate,
    });
    expect(result.index).toMatchObject({ value: '4.00', exact: '4', predicate: { id: 'sangat-baik' } });
    expect([result.complete, result.coverage]).toEqual([false, '5/8']);
  });

  it('gives each indicator its exact share of the index, shown with two more decimals than the values', () => {
    const result = partial();
    expect(result.indicators.map((indicator) => [indicator.id, indicator.status, indicator.level, indicator.levelDisplay, indicator.contribution])).toEqual([
      ['1', 'assessed', 1, '1.00', { exact: '1/20', value: '0.0500' }],
      ['2', 'assessed', 2, '2.00', { exact: '1/5', value: '0.2000' }],
      ['3', 'assessed', 3, '3.00', { exact: '3/4', value: '0.7500' }],
      ['4', 'missing', null, null, { exact: '0', value: '0.0000' }],
      ['5', 'assessed', 5, '5.00', { exact: '3', value: '3.0000' }],
      ['6', 'missing', null, null, { exact: '0', value: '0.0000' }],
    ]);
    expect(result.indicators[0]).toEqual({
      id: '1',
      number: 1,
      label: { id: 'Indikator 1', en: 'Indicator 1' },
      group: 'A1',
      status: 'assessed',
      level: 1,
      levelDisplay: '1.00',
      weight: '5',
      contribution: { exact: '1/20', value: '0.0500' },
    });
    const three = score(small, { levels: { '1': 1, '2': 2, '3': 3, '5': 5 } }, { missing: 'partial', decimals: 1, rounding: 'down' });
    expect(three.indicators.map((indicator) => indicator.contribution.value)).toEqual(['0.050', '0.200', '0.750', '0.000', '3.000', '0.000']);
    expect(three.groups[1]!.value).toBe('1.6');
  });

  it('takes the predikat from the rounded value under predicateFrom "rounded", from the exact value otherwise', () => {
    // 4, 5, 1, 1, 1, 5: index exactly 2.55, shown as 2.6 with one decimal: the band "baik" starts at 2.6.
    const levels = { '1': 4, '2': 5, '3': 1, '4': 1, '5': 1, '6': 5 };
    const exact = score(small, { levels }, { decimals: 1 });
    const rounded = score(small, { levels }, { decimals: 1, predicateFrom: 'rounded' });
    expect([exact.index.exact, exact.index.value, exact.index.predicate.id]).toEqual(['51/20', '2.6', 'cukup']);
    expect([rounded.index.exact, rounded.index.value, rounded.index.predicate.id]).toEqual(['51/20', '2.6', 'baik']);
    // D1: (15 × 14/3 + 25 × 1) / 40 = 95/40 = 2.375, shown 2.4: "cukup" either way.
    expect(rounded.groups[0]).toMatchObject({ exact: '19/8', value: '2.4', predicate: { id: 'cukup' } });
  });

  it('shows a fractional level rounded like every other value', () => {
    const levels: Record<string, LevelInput> = { ...Object.fromEntries(permenpanrb82026.indicators.map((indicator) => [indicator.id, 3])), '1': '5/3' };
    expect(score(permenpanrb82026, { levels }).indicators[0]).toMatchObject({ level: '5/3', levelDisplay: '1.67' });
    expect(score(permenpanrb82026, { levels }, { decimals: 3, rounding: 'down' }).indicators[0]).toMatchObject({ level: '5/3', levelDisplay: '1.666' });
  });

  it('gives a level 0 (allowZero) an assessed row with a zero contribution shown like any other', () => {
    const result = score(small, { levels: { '1': 0, '2': 3, '3': 3, '4': 3, '5': 3, '6': 3 } }, { allowZero: true, decimals: 1 });
    expect(result.indicators[0]).toMatchObject({ status: 'assessed', level: 0, levelDisplay: '0.0', contribution: { exact: '0', value: '0.000' } });
  });
});

