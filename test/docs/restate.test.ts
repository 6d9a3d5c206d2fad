import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import type { CatalogueMapping } from '../../src/model/mapping.js';
import { restate, safeRestate } from '../../src/restate/restate.js';
import { score } from '../../src/scoring/score.js';
import { cli } from '../cli/run-cli.js';

/* docs/restate.md: what it promises about restatement, the mapping format, the example and the command. */

const root = resolve(import.meta.dirname, '..', '..');
const page = readFileSync(resolve(root, 'docs', 'restate.md'), 'utf8');
const MAPPING = 'examples/mappings/59-2020-to-8-2026.json';
const mapping = JSON.parse(readFileSync(resolve(root, MAPPING), 'utf8')) as CatalogueMapping;
const result2025 = score(permenpanrb592020, JSON.parse(readFileSync(resolve(root, 'examples', 'kota-contoh-2024.json'), 'utf8')));
const codes = (outcome: ReturnType<typeof safeRestate>): string[] => (outcome.success ? [] : outcome.issues.map((issue) => issue.code));

describe('docs/restate.md', () => {
  it('links files that exist', () => {
    const links = [...page.matchAll(/\]\(((?:\.\.\/|schema\/)[^)#]+)\)/gu)].map((match) => match[1]!);
    expect(links).toEqual(['schema/mapping.schema.json', '../examples/mappings/59-2020-to-8-2026.json']);
    for (const link of links) expect(existsSync(resolve(root, 'docs', link)), link).toBe(true);
  });

  it('the example mapping: indicative, seven targets unmapped, 65 % of the weight from a complete assessment', () => {
    expect(mapping.indicative).toBe(true);
    const restatement = restate(result2025, mapping, { from: permenpanrb592020, to: permenpanrb82026 });
    expect(restatement.unmapped.map((target) => target.id)).toEqual(['6', '7', '8', '11', '12', '18', '20']);
    expect(restatement.unmapped[0]).toEqual({ id: '6', reason: 'unmapped', missing: [] });
    expect(restatement.notice.id.startsWith('Perkiraan indikatif, bukan crosswalk resmi: ')).toBe(true);
    expect(restatement.notice.en.startsWith('Indicative estimate, not an official crosswalk: ')).toBe(true);
    const estimate = score(permenpanrb82026, restatement.assessment, { missing: 'partial' });
    expect(estimate.coverage).toBe('13/20');
  });

  it('rules: mean is exact (4, 4, 4, 3, 4 give 19/5), min and max pick a level; the documented issue codes', () => {
    const levels = { '10': 4, '11': 4, '12': 4, '13': 3, '19': 4 };
    const sources = Object.keys(levels);
    const base = { from: 'x', to: 'y', indicative: true };
    const out = restate({ levels }, { ...base, targets: { a: { rule: 'mean', sources }, b: { rule: 'min', sources }, c: { rule: 'max', sources } } });
    expect(out.assessment.levels).toEqual({ a: '19/5', b: 3, c: 4 });
    expect(codes(safeRestate({ levels }, { ...base, targets: { a: { rule: 'mean', sources: ['10', '10'] } } }))).toEqual(['restate.mapping_invalid']);
    expect(codes(safeRestate({ levels }, { from: 'x', to: 'y', targets: {} }))).toEqual(['restate.mapping_invalid']);
    const dup = { ...mapping, targets: { '1': { rule: 'unmapped' as const }, I1: { rule: 'unmapped' as const } } };
    expect(codes(safeRestate(result2025, dup, { from: permenpanrb592020, to: permenpanrb82026 }))).toEqual(['restate.duplicate_target']);
    const partial = restate({ levels: { '10': 4 } }, { ...base, targets: { a: { rule: 'mean', sources: ['10', '11'] } } });
    expect(partial.unmapped).toEqual([{ id: 'a', reason: 'sources-missing', missing: ['11'] }]);
  });

  it('the command lines run as shown', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'spbe-restate-doc-')), 'pemdi-perkiraan.json');
    expect((await cli(['restate', 'examples/kota-contoh-2024.json', '--mapping', MAPPING, '-o', out])).code).toBe(0);
    const scored = await cli(['score', out, '--missing', 'partial', '--format', 'json']);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout).meta.catalogue.id).toBe('permenpanrb-8-2026');
    const report = await cli(['report', 'examples/kota-contoh-2024.json', '--mapping', MAPPING, '--lang', 'en']);
    expect(report.stdout).toContain('Estimated Digital Government Index');
    expect(report.stdout).toContain('Estimate, not an official crosswalk.');
  });
});
