import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { safeScore, score } from '../../src/scoring/score.js';
import type { LevelInput } from '../../src/model/assessment.js';
import { uniformLevels } from '../helpers/assessments.js';

/* docs/rounding-and-predikat.md, section 5 (the Indeks Pemdi): each figure it prints, recomputed. */

const guide = readFileSync(resolve(import.meta.dirname, '..', '..', 'docs', 'rounding-and-predikat.md'), 'utf8');
const constructed = { '1': 3, '2': 2, '3': '5/2', '4': 3, '5': 2, '6': 1, '7': 3, '8': 2, '9': 2, '10': 3, '11': 2, '12': '7/3', '13': 3, '14': 4, '15': 2, '16': 3, '17': 4, '18': 2, '19': 3, '20': '5/2' } as const;

describe('the rounding guide on the Indeks Pemdi', () => {
  it('shows what giving an indicator its rounded display instead of its exact value changes', () => {
    const exact = score(permenpanrb82026, { levels: constructed });
    const rounded = score(permenpanrb82026, { levels: { ...constructed, '12': '2.33' } });
    const a4 = (result: typeof exact) => result.aspects.find((aspect) => aspect.id === 'A4')!;
    expect([a4(exact).exact, a4(exact).value, exact.index.exact, exact.index.value, exact.index.predicate.id]).toEqual(['106/45', '2.36', '787/300', '2.62', 'baik']);
    expect([a4(rounded).exact, a4(rounded).value, rounded.index.exact, rounded.index.value]).toEqual(['883/375', '2.35', '3279/1250', '2.62']);
    expect(guide).toContain('| `"7/3"` (its exact value) | 106/45 | **2.36** | 787/300 | 2.62 (Baik) |');
    expect(guide).toContain('| `"2.33"` (its display) | 883/375 | **2.35** | 3279/1250 | 2.62 (Baik) |');
  });

  it('has the fragile display it describes: 3.4997 shown "3.50" and rated Baik', () => {
    const levels: Record<string, LevelInput> = { ...Object.fromEntries(permenpanrb82026.indicators.map((indicator) => [indicator.id, '3.5' as const])), '6': '3.49' };
    const result = score(permenpanrb82026, { levels });
    expect(result.index).toMatchObject({ exact: '34997/10000', value: '3.50', predicate: { id: 'baik', maturity: { id: 'Berkembang', en: 'Developing' } } });
    expect(guide).toContain('gives an exact 34997/10000 (3.4997), shown "3.50", predikat **Baik**');
  });

  it('lists the bands and maturity names the catalogue holds', () => {
    expect(permenpanrb82026.predicates.map((band) => [band.min, band.label.id, band.maturity?.id, band.maturity?.en])).toEqual([
      ['4', 'Memuaskan', 'Unggul', 'Leading'],
      ['3.5', 'Sangat Baik', 'Melembaga', 'Embedded'],
      ['2.5', 'Baik', 'Berkembang', 'Developing'],
      ['1.5', 'Cukup', 'Membangun', 'Emerging'],
      ['1', 'Kurang', 'Merintis', 'Initiate'],
    ]);
    expect(guide).toContain('| ≥ 3.50 and < 4.00 | Sangat Baik | Melembaga / Embedded |');
  });

  it('says what an SPBE catalogue answers to a fraction', () => {
    const outcome = safeScore(permenpanrb592020, { levels: { ...uniformLevels(permenpanrb592020, 3), '1': '7/2' } });
    expect(outcome.success ? [] : outcome.issues.map((issue) => issue.code)).toEqual(['level.not_integer']);
    expect(guide).toContain('a fraction there is the issue `level.not_integer`');
  });
});
