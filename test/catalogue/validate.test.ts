import { describe, expect, it } from 'vitest';
import { safeCompileCatalogue } from '../../src/catalogue/compile.js';
import type { CatalogueDefinition } from '../../src/model/catalogue.js';
import type { Issue } from '../../src/model/issue.js';
import { baseDefinition } from '../helpers/small-catalogue.js';

const issuesOf = (definition: Record<string, any>): Issue[] => {
  const outcome = safeCompileCatalogue(definition as CatalogueDefinition);
  return outcome.success ? [] : [...outcome.issues];
};

describe('catalogue validation (#12)', () => {
  it('refuses a group and an indicator sharing an id, in both languages', () => {
    const d = baseDefinition();
    d.groups[0].groups[0].id = '5'; // aspect "5" next to indicator "5"
    expect(issuesOf(d)).toEqual([
      {
        code: 'catalogue.duplicate_id',
        path: ['groups', 1, 'groups', 0, 'indicators', 0, 'id'],
        message: { id: 'Id "5" dipakai oleh kelompok dan indikator sekaligus.', en: 'The id "5" is used by both a group and an indicator.' },
        expected: undefined,
        received: '"5"',
      },
    ]);
  });

  it('reports weight issues together with other issues, every one at once', () => {
    const d = baseDefinition();
    d.groups[0].groups[0].tier = 'nope';
    d.groups[0].groups[0].indicators[0].weight = '5'; // A1: 5 + 6 ≠ 10
    expect(issuesOf(d).map((issue) => [issue.code, issue.path])).toEqual([
      ['catalogue.unknown_tier', ['groups', 0, 'groups', 0, 'tier']],
      ['catalogue.weight_mismatch', ['groups', 0, 'groups', 0, 'weight']],
    ]);
  });

  it('does not report the weights of a broken tree again as mismatches', () => {
    const d = baseDefinition();
    d.groups[0].groups[0].indicators = [];
    expect(issuesOf(d).map((issue) => issue.code)).toEqual(['catalogue.empty_group']);
  });

  it('gives bands listed lowest first one clear issue naming the right order', () => {
    const d = baseDefinition();
    d.predicates.reverse();
    expect(issuesOf(d)).toEqual([
      {
        code: 'catalogue.predicate_order',
        path: ['predicates'],
        message: {
          id: 'Predikat harus diurutkan dari yang tertinggi: tinggi, sedang, rendah.',
          en: 'Predicate bands must be listed highest first: tinggi, sedang, rendah.',
        },
        expected: 'tinggi, sedang, rendah',
        received: '"rendah, sedang, tinggi"',
      },
    ]);
  });

  it('still reports a single overlap in bands that are in order', () => {
    const d = baseDefinition();
    d.predicates[1].max = '3.6';
    expect(issuesOf(d).map((issue) => issue.code)).toEqual(['catalogue.predicate_overlap']);
  });
});
