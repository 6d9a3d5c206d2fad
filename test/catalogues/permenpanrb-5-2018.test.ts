import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { permenpanrb52018 as catalogue } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import { score } from '../../src/scoring/score.js';

describe('permenpanrb-5-2018: structure', () => {
  it('has 3 domains, 7 aspects and 35 indicators, indicator 35 as three items', () => {
    const tiers = (tier: string) => catalogue.groups.filter((group) => group.tier === tier).map((group) => group.id);
    expect(tiers('domain')).toEqual(['D1', 'D2', 'D3']);
    expect(tiers('aspect')).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
    const ids = catalogue.indicators.map((indicator) => indicator.id);
    expect(ids).toEqual([...Array.from({ length: 34 }, (_, i) => String(i + 1)), '35.1', '35.2', '35.3']);
    expect(new Set(catalogue.indicators.map((indicator) => indicator.number)).size).toBe(35);
    expect(catalogue.indicators.slice(-3).map((indicator) => indicator.number)).toEqual([35, 35, 35]);
  });

  it('has the weights of the domain reference, with A7 shared equally: 20/6 each, exactly', () => {
    const weights = Object.fromEntries(catalogue.groups.map((group) => [group.id, group.weight]));
    expect(weights).toEqual({ D1: '17', A1: '7', A2: '10', D2: '28', A3: '8', A4: '8', A5: '12', D3: '55', A6: '35', A7: '20' });
    const byAspect = (aspect: string) =>
      catalogue.indicators.filter((indicator) => indicator.groupPath.at(-1) === aspect).map((indicator) => indicator.weight);
    expect(byAspect('A1')).toEqual(Array(7).fill('1'));
    expect(byAspect('A2')).toEqual(Array(10).fill('1'));
    expect([...byAspect('A3'), ...byAspect('A4'), ...byAspect('A5')]).toEqual(Array(7).fill('4'));
    expect(byAspect('A6')).toEqual(Array(7).fill('5'));
    expect(byAspect('A7')).toEqual(Array(6).fill('10/3'));
    expect(catalogue.totalWeight).toBe('100');
    expect(catalogue.totalUnits).toBe(300);
  });

  it('has one 0–5 scale (0 = does not exist), predikat bands from 0 and its provenance stated', () => {
    expect(catalogue.scales).toHaveLength(1);
    expect(catalogue.scales[0]).toMatchObject({ min: 0, max: 5 });
    expect(catalogue.scales[0]!.levels[0]!.name).toEqual({ id: 'Tidak ada', en: 'Does not exist' });
    expect(catalogue.scales[0]!.levels.slice(1).map((level) => level.name.id)).toEqual(['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimalisasi']);
    expect(catalogue.range).toEqual({ min: 0, max: 5 });
    expect(catalogue.predicates.map((band) => `${band.id} ${band.min}..${band.max}`)).toEqual([
      'memuaskan 4.2..5',
      'sangat-baik 3.5..4.2',
      'baik 2.6..3.5',
      'cukup 1.8..2.6',
      'kurang 0..1.8',
    ]);
    const provenance = catalogue.provenance.map((note) => note.en).join(' ');
    expect(provenance).toMatch(/weights rest on a single source/);
    expect(provenance).toMatch(/predikat bands are believed to match/);
  });

  it('is a package subpath, like the 59/2020 catalogue', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['./catalogues/permenpanrb-5-2018'].import.default).toBe('./dist/catalogues/permenpanrb-5-2018.js');
  });
});

describe('permenpanrb-5-2018: a hand-checked assessment', () => {
  const levels = {
    // A1 (weight 1 each): 2+3+2+1+0+3+2 = 13 → 13/7
    '1': 2, '2': 3, '3': 2, '4': 1, '5': 0, '6': 3, '7': 2,
    // A2 (weight 1 each): 3+3+2+2+3+1+2+0+1+3 = 20 → 20/10 = 2
    '8': 3, '9': 3, '10': 2, '11': 2, '12': 3, '13': 1, '14': 2, '15': 0, '16': 1, '17': 3,
    // A3 (4 each): (3+2)·4/8 = 5/2; A4: (2+2)·4/8 = 2; A5: (3+2+1)·4/12 = 2
    '18': 3, '19': 2, '20': 2, '21': 2, '22': 3, '23': 2, '24': 1,
    // A6 (5 each): 3+3+2+2+3+2+3 = 18 → 18·5/35 = 18/7
    '25': 3, '26': 3, '27': 2, '28': 2, '29': 3, '30': 2, '31': 3,
    // A7 (20/6 each): 3+2+1+4+3+0 = 13 → 13/6
    '32': 3, '33': 2, '34': 1, '35.1': 4, '35.2': 3, '35.3': 0,
  };
  // D1 = (13/7·7 + 2·10) / 17 = 33/17
  // D2 = (5/2·8 + 2·8 + 2·12) / 28 = 60/28 = 15/7
  // D3 = (18/7·35 + 13/6·20) / 55 = (90 + 130/3) / 55 = 80/33
  // Index = (33/17·17 + 15/7·28 + 80/33·55) / 100 = (33 + 60 + 400/3) / 100 = 679/300 = 2.2633… → "2.26", Cukup
  const result = score(catalogue, { agency: 'Kota Contoh (fiktif)', year: 2018, levels });

  it('gives the hand-computed index and predikat', () => {
    expect(result.index).toMatchObject({ value: '2.26', exact: '679/300', predicate: { id: 'cukup' } });
  });

  it('gives the hand-computed domains and aspects', () => {
    const exact = Object.fromEntries(result.groups.map((group) => [group.id, `${group.exact} ${group.value}`]));
    expect(exact).toEqual({
      D1: '33/17 1.94',
      A1: '13/7 1.86',
      A2: '2 2.00',
      D2: '15/7 2.14',
      A3: '5/2 2.50',
      A4: '2 2.00',
      A5: '2 2.00',
      D3: '80/33 2.42',
      A6: '18/7 2.57',
      A7: '13/6 2.17',
    });
  });

  it('accepts level 0 without allowZero (it is on this scale) and raises no warning', () => {
    expect(result.warnings).toEqual([]);
    expect(result.indicators.find((indicator) => indicator.id === '35.3')!.level).toBe(0);
  });

  it('contributions add up to the index exactly', () => {
    let num = 0n;
    let den = 1n;
    for (const indicator of result.indicators) {
      const [a = 0n, b = 1n] = indicator.contribution.exact.split('/').map(BigInt);
      num = num * b + a * den;
      den *= b;
    }
    expect(num * 300n).toBe(679n * den);
  });
});
