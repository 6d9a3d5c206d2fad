import { describe, expect, it } from 'vitest';
import { safeCompileCatalogue } from '../../src/catalogue/compile.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb52018 } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import { permenpanrb82026, permenpanrb82026Definition } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import type { LevelInput } from '../../src/model/assessment.js';
import type { Issue } from '../../src/model/issue.js';
import { ASSESSMENT_ISSUE_CODES } from '../../src/scoring/assessment-issues.js';
import { safeScore, score } from '../../src/scoring/score.js';

/** pemdi.md section 6: the constructed example. */
const EXAMPLE = {
  '1': 3, '2': 2, '3': '5/2', '4': 3, '5': 2, '6': 1, '7': 3, '8': 2, '9': 2, '10': 3,
  '11': 2, '12': '7/3', '13': 3, '14': 4, '15': 2, '16': 3, '17': 4, '18': 2, '19': 3, '20': '5/2',
} as const;

const allAt = (value: number | string) => Object.fromEntries(permenpanrb82026.indicators.map((indicator) => [indicator.id, value as LevelInput]));
const codes = (outcome: ReturnType<typeof safeScore>) => (outcome.success ? [] : outcome.issues.map((issue: Issue) => issue.code));

describe('permenpanrb-8-2026', () => {
  it('has seven aspects and twenty indicators whose weights add up to each aspect and to 100', () => {
    expect(permenpanrb82026.groups.map((group) => [group.id, group.weight])).toEqual([
      ['A1', '10'], ['A2', '10'], ['A3', '15'], ['A4', '15'], ['A5', '10'], ['A6', '15'], ['A7', '25'],
    ]);
    expect(permenpanrb82026.indicators.map((indicator) => indicator.weight)).toEqual(
      ['5', '5', '5', '5', '5', '3', '3', '4', '4', '4', '3', '4', '5', '5', '4', '4', '4', '3', '10', '15'],
    );
    expect(permenpanrb82026.totalWeight).toBe('100');
    expect(permenpanrb82026.tiers.map((tier) => tier.id)).toEqual(['aspect']);
  });

  it('compiles through the validator to exactly the exported catalogue', () => {
    const outcome = safeCompileCatalogue(permenpanrb82026Definition);
    expect(outcome.success ? [] : outcome.issues).toEqual([]);
    expect(outcome.success && outcome.output).toEqual(permenpanrb82026);
  });

  it('reproduces the constructed example of pemdi.md section 6 exactly', () => {
    const result = score(permenpanrb82026, { levels: EXAMPLE });
    expect(result.aspects.map((aspect) => [aspect.id, aspect.exact, aspect.value])).toEqual([
      ['A1', '5/2', '2.50'], ['A2', '11/4', '2.75'], ['A3', '2', '2.00'], ['A4', '106/45', '2.36'],
      ['A5', '7/2', '3.50'], ['A6', '14/5', '2.80'], ['A7', '27/10', '2.70'],
    ]);
    expect(result.index).toEqual({
      value: '2.62',
      exact: '787/300',
      predicate: { id: 'baik', label: { id: 'Baik', en: 'Good' }, maturity: { id: 'Berkembang', en: 'Developing' } },
    });
    expect(result.domains).toEqual([]);
    expect(result.indicators[11]).toMatchObject({ id: '12', level: '7/3', levelDisplay: '2.33' });
    expect(result.indicators[0]).toMatchObject({ id: '1', level: 3, levelDisplay: '3.00' });
  });

  it('puts each band bound in the higher band, and names its maturity', () => {
    const bands: [string, string, string][] = [
      ['1', 'kurang', 'Merintis'], ['3/2', 'cukup', 'Membangun'], ['5/2', 'baik', 'Berkembang'],
      ['7/2', 'sangat-baik', 'Melembaga'], ['4', 'memuaskan', 'Unggul'], ['5', 'memuaskan', 'Unggul'],
    ];
    for (const [value, id, maturity] of bands) {
      const predicate = score(permenpanrb82026, { levels: allAt(value) }).index.predicate;
      expect([value, predicate.id, predicate.maturity?.id]).toEqual([value, id, maturity]);
    }
    // Just below a bound stays in the lower band, even where the display rounds up to it.
    const below = score(permenpanrb82026, { levels: allAt('3.999') });
    expect([below.index.value, below.index.predicate.id]).toEqual(['4.00', 'sangat-baik']);
  });

  it('accepts the codes I1..I20 and 1.1..7.2 as names, and reports results by id', () => {
    const byCode: Record<string, LevelInput> = Object.fromEntries(
      permenpanrb82026.indicators.map((indicator, i) => [i % 2 === 0 ? indicator.codes[0]! : indicator.codes[1]!, EXAMPLE[indicator.id as keyof typeof EXAMPLE]]),
    );
    expect(Object.keys(byCode).slice(0, 4)).toEqual(['I1', '1.2', 'I3', '2.2']);
    const result = score(permenpanrb82026, { levels: byCode });
    expect(result.index.exact).toBe('787/300');
    expect(result.indicators.map((indicator) => indicator.id)).toEqual(permenpanrb82026.indicators.map((indicator) => indicator.id));
    expect(permenpanrb82026.indicators.map((indicator) => indicator.codes)).toContainEqual(['I20', '7.2']);
  });

  it('refuses two names for one indicator', () => {
    const outcome = safeScore(permenpanrb82026, { levels: { ...EXAMPLE, I5: 3 } });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues).toMatchObject([{ code: 'indicator.duplicate', path: ['levels', 'I5'] }]);
  });

  it('converts the source index value of indicators 5, 6 and 7, and says so', () => {
    const result = score(permenpanrb82026, { levels: { ...EXAMPLE, '5': { value: 68.4 }, '6': { value: '2.5' }, '7': { value: '4.2' } } });
    expect(result.indicators.slice(4, 7).map((indicator) => indicator.level)).toEqual([4, 3, 5]);
    expect(result.warnings.map((warning) => [warning.code, warning.path, warning.received])).toEqual([
      ['level.converted', ['levels', '5', 'value'], '68.4'],
      ['level.converted', ['levels', '6', 'value'], '2.5'],
      ['level.converted', ['levels', '7', 'value'], '4.2'],
    ]);
    expect(result.warnings[0]!.message.en).toContain('Satu Data Indonesia');
    expect(result.warnings[0]!.message.en).toContain('single-source');
    // The source value as each language writes a decimal: a comma in Indonesian, a point in English.
    expect(result.warnings[0]!.message).toEqual({
      id: 'Indikator 5: tingkat 4 dikonversi dari Nilai Satu Data Indonesia (Bappenas; konversi satu sumber) 68,4.',
      en: 'Indicator 5: level 4 converted from Satu Data Indonesia score (Bappenas; single-source conversion) 68.4.',
    });
    // The bands of the one source, lower bound inclusive.
    for (const [sdi, level] of [[0, 1], [12.4, 1], [12.5, 2], [62.5, 4], [75, 5], [100, 5]] as const) {
      expect(score(permenpanrb82026, { levels: { ...EXAMPLE, '5': { value: sdi } } }).indicators[4]!.level).toBe(level);
    }
  });

  it('takes a direct value only for indicator 18', () => {
    expect(permenpanrb82026.indicators[17]!.measure).toBeNull();
    expect(codes(safeScore(permenpanrb82026, { levels: { ...EXAMPLE, '18': { value: 50 } } }))).toEqual(['level.no_measure']);
  });

  it('checks the catalogue an assessment names', () => {
    expect(score(permenpanrb82026, { catalogue: 'permenpanrb-8-2026', levels: EXAMPLE } as never).index.exact).toBe('787/300');
    const outcome = safeScore(permenpanrb82026, { catalogue: 'permenpanrb-59-2020', levels: EXAMPLE });
    expect(outcome.success).toBe(false);
    if (!outcome.success) {
      expect(outcome.issues).toMatchObject([{ code: 'assessment.catalogue_mismatch', path: ['catalogue'], expected: 'permenpanrb-8-2026', received: 'permenpanrb-59-2020' }]);
    }
    expect(codes(safeScore(permenpanrb82026, { catalogue: 8, levels: EXAMPLE }))).toEqual(['assessment.metadata_invalid']);
  });
});

describe('fractional values', () => {
  const one = (value: unknown) => codes(safeScore(permenpanrb82026, { levels: { ...EXAMPLE, '1': value } }));

  it('are read exactly from fraction strings, decimal strings and numbers', () => {
    for (const [given, level] of [['7/6', '7/6'], ['1.26', '63/50'], [1.26, '63/50'], ['4', 4], [2.5, '5/2']] as const) {
      expect(score(permenpanrb82026, { levels: { ...EXAMPLE, '1': given } }).indicators[0]!.level).toBe(level);
    }
  });

  it('give one documented issue code per bad input', () => {
    const cases: [unknown, string][] = [
      ['5.01', 'level.out_of_range'],
      [0.99, 'level.out_of_range'],
      ['11/2', 'level.out_of_range'],
      ['1/2/3', 'level.too_many_slashes'],
      ['7/0', 'level.zero_denominator'],
      ['1e0', 'level.exponent'],
      [1e-7, 'level.exponent'],
      ['', 'level.empty'],
      [Number.NaN, 'level.nan'],
      ['NaN', 'level.nan'],
      [Number.POSITIVE_INFINITY, 'level.not_finite'],
      ['1,5', 'level.malformed'],
    ];
    for (const [value, code] of cases) {
      expect([value, one(value)]).toEqual([value, [code]]);
      expect(ASSESSMENT_ISSUE_CODES).toContain(code);
    }
  });

  it('stay refused by the whole-level catalogues 59/2020 and 5/2018, with the reason', () => {
    for (const catalogue of [permenpanrb592020, permenpanrb52018]) {
      const levels = Object.fromEntries(catalogue.indicators.map((indicator) => [indicator.id, 3]));
      for (const value of [2.5, '5/2', '2.5']) {
        const outcome = safeScore(catalogue, { levels: { ...levels, '1': value } });
        expect(outcome.success).toBe(false);
        if (!outcome.success) {
          expect(outcome.issues.map((issue) => issue.code)).toEqual(['level.not_integer']);
          expect(outcome.issues[0]!.message.en).toContain('takes whole levels only');
        }
      }
      // A string that is no number at all keeps its own code.
      expect(codes(safeScore(catalogue, { levels: { ...levels, '1': 'tiga' } }))).toEqual(['level.string']);
    }
  });

  it('a value of the wrong type is told what the scale takes: fractions and decimals where it is fractional', () => {
    const wrong = (catalogue: typeof permenpanrb82026) => {
      const levels = Object.fromEntries(catalogue.indicators.map((indicator) => [indicator.id, 3]));
      const outcome = safeScore(catalogue, { levels: { ...levels, '1': true } } as never);
      return outcome.success ? undefined : outcome.issues[0];
    };
    expect(wrong(permenpanrb82026)).toMatchObject({
      code: 'level.invalid_type',
      message: {
        id: 'Nilai indikator 1 harus berupa angka, pecahan ("7/6") atau desimal ("1.26"), bukan true.',
        en: 'Indicator 1 value must be a number, a fraction ("7/6") or decimal ("1.26"), not true.',
      },
    });
    // Whole-level catalogues keep saying a number.
    expect(wrong(permenpanrb592020)).toMatchObject({ code: 'level.invalid_type', message: { en: 'Indicator 1 level must be a number, not true.' } });
  });
});
