import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import type { LevelInput } from '../../src/model/assessment.js';
import type { CatalogueMapping } from '../../src/model/mapping.js';
import { mappingSchema } from '../../src/model/schemas.js';
import { RESTATE_ISSUE_CODES } from '../../src/restate/restate-issues.js';
import { restate, safeRestate } from '../../src/restate/restate.js';
import { score } from '../../src/scoring/score.js';

const example = JSON.parse(readFileSync(new URL('../../examples/mappings/59-2020-to-8-2026.json', import.meta.url), 'utf8')) as CatalogueMapping;
const spbe2025 = JSON.parse(readFileSync(new URL('../../examples/kota-contoh-2024.json', import.meta.url), 'utf8'));
const levelOf = (id: string) => spbe2025.levels[id] as number;
const codesOf = (outcome: ReturnType<typeof safeRestate>) => (outcome.success ? [] : outcome.issues.map((issue) => issue.code));

const small: CatalogueMapping = {
  from: 'permenpanrb-59-2020',
  to: 'permenpanrb-8-2026',
  indicative: true,
  targets: {
    '1': { rule: 'mean', sources: ['1', '2'], rationale: { id: 'alasan', en: 'reason' } },
    '2': { rule: 'min', sources: ['1', '2', '3'] },
    I3: { rule: 'max', sources: ['1', '2', '3'] },
    '4': { rule: 'unmapped', rationale: { id: 'tidak ada', en: 'none' } },
  },
};

describe('restate', () => {
  it('applies every rule to the exact source levels and carries provenance per target', () => {
    const input = { catalogue: 'permenpanrb-59-2020', agency: 'Kota Contoh', year: 2025, levels: { '1': 2, '2': 3, '3': 5 } };
    const out = restate(input, small);
    expect(out.assessment).toMatchObject({ catalogue: 'permenpanrb-8-2026', agency: 'Kota Contoh', year: 2025, levels: { '1': '5/2', '2': 2, I3: 5 } });
    // Without the target catalogue, targets keep the mapping's key order (integer-like keys first, as in JSON objects).
    expect(out.indicators.map((entry) => [entry.id, entry.rule, entry.level])).toEqual([
      ['1', 'mean', '5/2'], ['2', 'min', 2], ['4', 'unmapped', null], ['I3', 'max', 5],
    ]);
    expect(out.indicators[0]).toEqual({ id: '1', rule: 'mean', sources: [{ id: '1', level: 2 }, { id: '2', level: 3 }], level: '5/2', rationale: { id: 'alasan', en: 'reason' } });
    expect(out.unmapped).toEqual([{ id: '4', reason: 'unmapped', missing: [] }]);
    expect(out.notice.en).toContain('not an official crosswalk');
    expect(out.assessment.note).toContain('not an official crosswalk');
  });

  it('with the target catalogue, resolves codes and lists every target the mapping leaves out', () => {
    const levels = Object.fromEntries(permenpanrb592020.indicators.map((indicator) => [indicator.id, 3]));
    const out = restate({ levels }, small, { from: permenpanrb592020, to: permenpanrb82026 });
    expect(out.indicators.map((entry) => entry.id)).toEqual(permenpanrb82026.indicators.map((indicator) => indicator.id));
    expect(out.assessment.levels).toEqual({ '1': 3, '2': 3, '3': 3 });
    expect(out.unmapped.map((entry) => [entry.id, entry.reason])).toEqual([
      ['4', 'unmapped'], ...permenpanrb82026.indicators.slice(4).map((indicator) => [indicator.id, 'no-rule']),
    ]);
    expect(out.complete).toBe(false);
    // The partial restated assessment scores with missing: "partial", never with invented values.
    const estimate = score(permenpanrb82026, out.assessment, { missing: 'partial' });
    expect(estimate.indicators.filter((row) => row.status === 'missing')).toHaveLength(17);
  });

  it('leaves a target empty when a source has no level, and says which', () => {
    const out = restate({ levels: { '1': 4, '2': 'na' } }, { ...small, targets: { '1': { rule: 'mean', sources: ['1', '2'] } } });
    expect(out.assessment.levels).toEqual({});
    expect(out.unmapped).toEqual([{ id: '1', reason: 'sources-missing', missing: ['2'] }]);
  });

  it('reads a result, fractional levels included', () => {
    const pemdiToPemdi: CatalogueMapping = { from: 'permenpanrb-8-2026', to: 'permenpanrb-8-2026', indicative: false, targets: { '1': { rule: 'mean', sources: ['1', '12'] } } };
    const levels: Record<string, LevelInput> = Object.fromEntries(permenpanrb82026.indicators.map((indicator) => [indicator.id, indicator.id === '12' ? '7/3' : 3]));
    const out = restate(score(permenpanrb82026, { levels }), pemdiToPemdi);
    expect(out.assessment.levels).toEqual({ '1': '8/3' });
    expect(out.notice.en).not.toContain('crosswalk');
  });

  it('reads a result with its catalogue through the one reader: an edited level is refused, not restated', () => {
    const result = score(permenpanrb592020, spbe2025);
    const edited = { ...result, indicators: result.indicators.map((row) => (row.id === '10' ? { ...row, level: 1 } : row)) };
    const refused = safeRestate(edited, example, { from: permenpanrb592020, to: permenpanrb82026 });
    expect(codesOf(refused)).toContain('result.inconsistent');
    expect(safeRestate(result, example, { from: permenpanrb592020, to: permenpanrb82026 }).success).toBe(true);
  });

  it('refuses mismatched catalogues, unknown ids and malformed mappings with typed issues', () => {
    expect(codesOf(safeRestate({ catalogue: 'permenpanrb-5-2018', levels: {} }, small))).toEqual(['restate.catalogue_mismatch']);
    expect(codesOf(safeRestate({ levels: {} }, small, { to: permenpanrb592020 }))).toContain('restate.catalogue_mismatch');
    expect(codesOf(safeRestate({ levels: {} }, { ...small, targets: { '99': { rule: 'unmapped' } } }, { to: permenpanrb82026 }))).toEqual(['restate.unknown_target']);
    expect(codesOf(safeRestate({ levels: {} }, { ...small, targets: { '1': { rule: 'unmapped' }, I1: { rule: 'unmapped' } } }, { to: permenpanrb82026 }))).toEqual(['restate.duplicate_target']);
    expect(codesOf(safeRestate({ levels: {} }, { ...small, targets: { '1': { rule: 'mean', sources: ['99'] } } }, { from: permenpanrb592020 }))).toEqual(['restate.unknown_source']);
    const bad = [
      null,
      { ...small, indicative: undefined },
      { ...small, targets: { '1': { rule: 'median', sources: ['1'] } } },
      { ...small, targets: { '1': { rule: 'mean', sources: [] } } },
      { ...small, targets: { '1': { rule: 'unmapped', sources: ['1'] } } },
      { ...small, extra: 1 },
    ];
    for (const mapping of bad) {
      expect(codesOf(safeRestate({ levels: {} }, mapping))).toEqual(['restate.mapping_invalid']);
      expect(mappingSchema().safeParse(mapping).success).toBe(false);
    }
    expect(codesOf(safeRestate({ levels: { '1': { criteria: [] } } }, small))).toEqual(['restate.input_invalid']);
    expect(codesOf(safeRestate('x' as never, small))).toEqual(['restate.input_invalid']);
    expect(() => restate({ levels: {} }, null as never)).toThrow();
    for (const code of RESTATE_ISSUE_CODES) expect(code.startsWith('restate.')).toBe(true);
  });
});

describe('the example mapping 59/2020 → 8/2026', () => {
  it('is labelled indicative, validates, and gives every target of 8/2026 a rule with a rationale', () => {
    expect(example.indicative).toBe(true);
    expect(example.title?.en).toContain('NOT an official crosswalk');
    expect(mappingSchema().safeParse(example).success).toBe(true);
    expect(Object.keys(example.targets).sort((a, b) => Number(a) - Number(b))).toEqual(permenpanrb82026.indicators.map((indicator) => indicator.id));
    for (const rule of Object.values(example.targets)) expect(rule.rationale?.id && rule.rationale.en).toBeTruthy();
  });

  it('restates a 59/2020 result, listing the targets it leaves out', () => {
    const out = restate(score(permenpanrb592020, spbe2025), example, { from: permenpanrb592020, to: permenpanrb82026 });
    expect(out.unmapped.map((entry) => entry.id)).toEqual(['6', '7', '8', '11', '12', '18', '20']);
    expect(out.unmapped.every((entry) => entry.reason === 'unmapped')).toBe(true);
    expect(out.indicators[3]).toMatchObject({ id: '4', level: levelOf('20'), sources: [{ id: '20', level: levelOf('20') }] });
    // Target 10 is the exact mean of sources 8 and 22 (sum over 2, reduced).
    const sum = levelOf('8') + levelOf('22');
    expect(out.indicators[9]!.level).toBe(sum % 2 === 0 ? sum / 2 : `${sum}/2`);
    expect(out.notice.en).toContain('not an official crosswalk');
  });
});

describe('safeRestate options', () => {
  it('refuses an unknown option key with a did-you-mean instead of ignoring it', () => {
    const outcome = safeRestate(spbe2025, small, { To: permenpanrb82026 } as never);
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['options.unknown', 'options.To']]);
    expect(outcome.issues[0]?.message.en).toContain('did you mean "to"?');
  });

  it('refuses options that are not an object, and reads only own properties', () => {
    expect(codesOf(safeRestate(spbe2025, small, null as never))).toEqual(['option.invalid']);
    // An inherited "to" of the wrong catalogue would be a catalogue_mismatch if it were read.
    const inherited = Object.create({ to: permenpanrb592020 }) as object;
    expect(safeRestate(spbe2025, small, inherited).success).toBe(true);
  });
});
