import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueSnapshot } from '../../src/catalogue/snapshot.js';
import { builtinCatalogues } from '../../scripts/builtin-catalogues.js';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { deriveCatalogue } from '../../src/catalogue/derive.js';
import type { CatalogueDefinition } from '../../src/model/catalogue.js';
import { assembleCatalogue } from '../../src/catalogue/assemble.js';
import { resolveWeights } from '../../src/catalogue/resolve-weights.js';
import { small, baseDefinition, withCriteria } from '../helpers/small-catalogue.js';

describe('generated catalogue snapshots (docs/catalogues)', () => {
  for (const catalogue of builtinCatalogues) {
    it(`docs/catalogues/${catalogue.id}.md matches the catalogue data (run npm run docs:catalogues)`, () => {
      const committed = readFileSync(new URL(`../../docs/catalogues/${catalogue.id}.md`, import.meta.url), 'utf8');
      expect(committed).toBe(catalogueSnapshot(catalogue));
    });

    it(`the ${catalogue.id} snapshot shows the checksum and every indicator`, () => {
      const text = catalogueSnapshot(catalogue);
      expect(text).toContain(catalogue.checksum);
      for (const indicator of catalogue.indicators) expect(text).toContain(`;${indicator.id} | Indicator`);
    });
  }
});

/** A catalogue exercising every optional part of the snapshot. */
function richDefinition(): Record<string, any> {
  const d = withCriteria(baseDefinition());
  d.provenance = [{ id: 'Sumber A', en: 'Source A' }];
  d.targets = { index: '3.5', level: 4 };
  d.legalBasis = [{ id: 'Peraturan X', en: 'Regulation X' }];
  d.scales[0].levels[2].aliases = ['Terstandarisasi', 'Baku'];
  const first = d.groups[0].groups[0].indicators[0];
  first.aliases = ['Nama|lama', 'Lain'];
  first.name = { id: 'Indikator 1 | satu', en: 'Indicator 1 | one' };
  first.criteria = [2, 3, 4, 5].map((level) => ({
    level,
    criteria: [{ id: `own${level}`, text: { id: `Sendiri ${level}`, en: `Own ${level}` } }],
  }));
  d.groups[1].groups[0].indicators[1].measure = {
    min: '-4',
    max: '4',
    name: { id: 'Indeks kepuasan', en: 'Satisfaction index' },
    bands: [
      { min: '-4', max: '0', level: 1 },
      { min: '0', max: '2', level: 3 },
      { min: '2', max: '4', level: 5 },
    ],
  };
  return d;
}

describe('catalogueSnapshot: exact text', () => {
  it('renders the small 6-indicator catalogue (no provenance, no special indicators)', async () => {
    const text = catalogueSnapshot(small);
    // Headline facts checked by eye against small-catalogue.ts.
    expect(text).toContain('| Total weight | 100 |');
    expect(text).toContain('| Targets | index 2.6, level 3 |');
    expect(text).toContain('| &nbsp;&nbsp;&nbsp;&nbsp;3 | Indicator | Indikator 3 | Indicator 3 | process | 12.5 |');
    expect(text).not.toContain('## Provenance');
    expect(text).not.toContain('Derived from');
    expect(text).not.toContain('## Indicator criteria and measures');
    await expect(text).toMatchFileSnapshot('./__snapshots__/small-catalogue.md');
  });

  it('renders provenance, aliases, escaped pipes, own criteria and measures', async () => {
    const catalogue = defineCatalogue(richDefinition());
    const text = catalogueSnapshot(catalogue);
    expect(text).toContain('## Provenance\n\n- Sumber A\n  *Source A*\n');
    expect(text).toContain('| Indikator 1 \\| satu (aliases: Nama\\|lama; Lain) | Indicator 1 \\| one | p | 4 |');
    expect(text).toContain('| 3 | T3 (L3) (also: Terstandarisasi, Baku) | Arti 3 / Meaning 3 |');
    expect(text).toContain('| 2 | T2 (L2) | Arti 2 / Meaning 2 |');
    expect(text).toContain(
      [
        '## Indicator criteria and measures',
        '',
        '### 1: Indicator 1 \\| one',
        '',
        'Criteria (cumulative: level n needs every criterion of the levels up to n):',
        '',
        '- Level 1: no criteria (holds with nothing met)',
        '- Level 2, `own2`: Sendiri 2 / *Own 2*',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        '### 6: Indicator 6',
        '',
        'Measured value -4–4 (Indeks kepuasan / Satisfaction index):',
        '',
        '| Value | Level |',
        '|---|---|',
        '| ≥ -4 and < 0 | 1 |',
        '| ≥ 0 and < 2 | 3 |',
        '| ≥ 2 and ≤ 4 | 5 |',
        '',
        '## Predikat',
      ].join('\n'),
    );
    // Indicators using the scale's criteria get no section of their own.
    expect(text).not.toContain('### 2:');
    await expect(text).toMatchFileSnapshot('./__snapshots__/rich-catalogue.md');
  });

  it('names the base of a derived catalogue with its revision and checksum', () => {
    const base = defineCatalogue(baseDefinition());
    const derived = deriveCatalogue(base, { id: 'opd', include: ['A2'] });
    const text = catalogueSnapshot(derived);
    expect(text).toContain(`| Derived from | uji-kecil rev. 1 (\`${base.checksum}\`) |\n`);
    expect(catalogueSnapshot(base)).not.toContain('Derived from');
  });

  it('lists only indicators under a group, even when a sub-group shares an indicator id', () => {
    const d = baseDefinition();
    d.groups[0].groups[0].id = '5'; // aspect "5" next to indicator "5": invalid, but the snapshot keeps them apart
    const text = catalogueSnapshot(assembleCatalogue(d as CatalogueDefinition, resolveWeights));
    expect(text).toContain('| &nbsp;&nbsp;**5** | Aspect | Aspek 1 | Aspect 1 |  | 10 |');
    expect(text.match(/5 \| Indicator \|/g)).toHaveLength(1);
  });

  it('finds own criteria of an indicator outside the first group', () => {
    const d = richDefinition();
    d.groups[1].groups[0].indicators[0].criteria = [2, 3, 4, 5].map((level) => ({
      level,
      criteria: [{ id: `five${level}`, text: { id: `Lima ${level}`, en: `Five ${level}` } }],
    }));
    const text = catalogueSnapshot(defineCatalogue(d));
    expect(text).toContain('### 5: Indicator 5\n\nCriteria (cumulative: level n needs every criterion of the levels up to n):\n\n- Level 1: no criteria (holds with nothing met)\n- Level 2, `five2`: Lima 2 / *Five 2*\n');
    expect(text).toContain('- Level 5, `five5`: Lima 5 / *Five 5*\n\n### 6: Indicator 6');
  });

  it('omits the measure name when there is none', () => {
    const d = richDefinition();
    delete d.groups[1].groups[0].indicators[1].measure.name;
    const text = catalogueSnapshot(defineCatalogue(d));
    expect(text).toContain('Measured value -4–4:\n');
  });
});
