import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';
import { cli } from '../cli/run-cli.js';

/* docs/migrating.md, "From the Indeks SPBE to the Indeks Pemdi" and "From 0.1 to 0.2": what it tells users to expect. */

const root = resolve(import.meta.dirname, '..', '..');

describe('docs/migrating.md', () => {
  it('an 8/2026 result has no domains and seven aspects', () => {
    const result = score(permenpanrb82026, { levels: uniformLevels(permenpanrb82026, 3) });
    expect(result.domains).toEqual([]);
    expect(result.aspects.map((aspect) => aspect.id)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
  });

  it('an assessment naming another catalogue than the one passed is an issue, not a switch', () => {
    const outcome = safeScore(permenpanrb82026, { catalogue: 'permenpanrb-59-2020', levels: uniformLevels(permenpanrb82026, 3) });
    expect(outcome.success ? [] : outcome.issues.map((issue) => issue.code)).toContain('assessment.catalogue_mismatch');
  });

  it('the CLI scores a file without catalogue or year with 8/2026 and says how to keep 59/2020', async () => {
    const assessment = JSON.parse(readFileSync(resolve(root, 'examples', 'kota-contoh-2024.json'), 'utf8')) as Record<string, unknown>;
    delete assessment['year'];
    delete assessment['catalogue'];
    const { code, stderr } = await cli(['score', '-', '--lang', 'en'], JSON.stringify(assessment));
    expect(code).toBe(1);
    expect(stderr).toMatch(/permenpanrb-8-2026/u);
    expect(stderr).toContain('--catalogue permenpanrb-59-2020');
    const kept = await cli(['score', '-', '--catalogue', 'permenpanrb-59-2020'], JSON.stringify(assessment));
    expect(kept.code).toBe(0);
  });

  it('links only to headings that exist in the page', () => {
    const page = readFileSync(resolve(root, 'docs', 'migrating.md'), 'utf8');
    const slug = (heading: string): string => heading.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s/gu, '-');
    const anchors = new Set([...page.matchAll(/^#+ (.+)$/gmu)].map((match) => slug(match[1]!)));
    const links = [...page.matchAll(/\]\(#([^)]+)\)/gu)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(anchors, link).toContain(link);
  });
});
