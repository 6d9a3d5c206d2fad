import { describe, expect, it } from 'vitest';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import type { CatalogueMapping } from '../../src/model/mapping.js';
import { renderRestatementMarkdown, renderRestatementTable } from '../../src/report/restatement-text.js';
import { restate } from '../../src/restate/restate.js';

/*
 * The restatement's words come from the one label table: every rule, every reason a target has
 * no value, and both marks, said in each language exactly.
 */
const mapping: CatalogueMapping = {
  from: 'permenpanrb-59-2020',
  to: 'permenpanrb-8-2026',
  indicative: false,
  targets: {
    '1': { rule: 'mean', sources: ['1', '2'], rationale: { id: 'alasan', en: 'reason' } },
    '2': { rule: 'min', sources: ['1', '2'] },
    '3': { rule: 'max', sources: ['1', '2'] },
    '4': { rule: 'unmapped' },
    '5': { rule: 'mean', sources: ['1', '3'] },
  },
};
// Source 3 is not applicable: target 5 has a source without a level; 6..20 have no rule.
const restatement = restate({ levels: { '1': 2, '2': 3, '3': 'na' } }, mapping, { to: permenpanrb82026 });

describe('restatement text', () => {
  it('says every rule, reason and mark in Indonesian', () => {
    const text = renderRestatementTable(restatement, { lang: 'id', catalogue: permenpanrb82026 });
    expect(text).toContain('PERKIRAAN DARI PEMETAAN YANG DIBERIKAN PENGGUNA.');
    expect(text).toContain('3 dari 20 indikator sasaran diberi nilai');
    expect(text).toMatch(/Indikator sasaran\s+Aturan\s+Tingkat/u);
    for (const rule of ['rata-rata', 'minimum', 'maksimum', 'tidak dipetakan', 'tanpa aturan']) expect(text).toContain(rule);
    expect(text).toContain('    dari 1 (2), 2 (3)');
    expect(text).toContain('Tanpa nilai, tidak dikarang: 4, 5, 6,');
    expect(text).toContain('- 4: pemetaan tidak memberinya padanan');
    expect(text).toContain('- 5: sumber tanpa tingkat: 3');
    expect(text).toContain('- 6: pemetaan tidak memiliki aturan untuknya');
  });

  it('says every rule, reason and mark in English, and the Markdown heads its table in the language', () => {
    const text = renderRestatementTable(restatement, { lang: 'en', catalogue: permenpanrb82026 });
    expect(text).toContain('Restatement permenpanrb-59-2020 → permenpanrb-8-2026');
    expect(text).toContain('ESTIMATE FROM A MAPPING THE USER SUPPLIED.');
    expect(text).toContain('3 of 20 target indicators have a value');
    for (const rule of ['mean', 'minimum', 'maximum', 'unmapped', 'no rule']) expect(text).toContain(rule);
    expect(text).toContain('    from 1 (2), 2 (3)');
    expect(text).toContain('- 4: the mapping gives it no counterpart');
    expect(text).toContain('- 5: sources without a level: 3');
    expect(text).toContain('- 6: the mapping has no rule for it');
    expect(renderRestatementMarkdown(restatement, { lang: 'en' })).toContain('| Target indicator | Rule | Sources (level) | Level | Rationale |');
    expect(renderRestatementMarkdown(restatement, { lang: 'id' })).toContain('| Indikator sasaran | Aturan | Sumber (tingkat) | Tingkat | Alasan |');
    expect(renderRestatementMarkdown(restatement, { lang: 'id' })).toContain('Pernyataan ulang permenpanrb-59-2020 → permenpanrb-8-2026');
  });
});
