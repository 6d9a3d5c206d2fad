import { readFileSync } from 'node:fs';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Assessment } from '../../src/model/assessment.js';
import type { Catalogue, CatalogueDefinition } from '../../src/model/catalogue.js';
import type { ScoreResult } from '../../src/model/result.js';
import { score } from '../../src/scoring/score.js';

/**
 * A catalogue and a result carrying hostile text where a user's catalogue or assessment brings
 * it (renderers refuse an edited result, so the text comes in through the inputs): the 59/2020
 * catalogue with a backtick, pipe and bold in its id; the domain tier, D1, A1 and indicator 1
 * renamed to what a spreadsheet would run; names with escape sequences, bidi controls, pipes and a
 * leading tab or CR; band labels starting with "="; and an agency name with an escape sequence.
 * Ids may not hold control characters (catalogue.id_invalid), so tab and CR come in names.
 */
export function hostileResult(): { catalogue: Catalogue; result: ScoreResult } {
  const definition = structuredClone(permenpanrb592020.definition) as { -readonly [K in keyof CatalogueDefinition]: any };
  definition.id = 'kota`|**x**';
  definition.tiers[0].id = '@SUM(A1)';
  for (const band of definition.predicates) band.label = { id: `=${band.label.id}`, en: `=${band.label.en}` };
  definition.groups.forEach((domain: any, d: number) => {
    domain.tier = '@SUM(A1)';
    if (d === 1) domain.name = { id: '\t=SUM(1)', en: '\t=SUM(1)' };
  });
  const d1 = definition.groups[0];
  d1.id = '=HYPERLINK("http://x")';
  d1.name = { id: '+cmd|x', en: '+cmd|x' };
  const a1 = d1.groups[0];
  a1.id = '+3';
  a1.name = { id: '\r=A', en: '\r=A' };
  const first = a1.indicators[0];
  first.id = '=2';
  first.name = { id: 'Nama\u001b[31m merah\u202e', en: 'Name\u001b[31m red\u202e' };
  const catalogue = defineCatalogue(definition);
  const example = JSON.parse(readFileSync('examples/kota-contoh-2024.json', 'utf8')) as Assessment;
  const { '1': level, ...levels } = example.levels;
  const { '1': note, ...notes } = example.notes ?? {};
  const result = score(catalogue, { ...example, agency: 'Kota\u001b]0;pwned\u0007 X', levels: { ...levels, '=2': level! }, notes: { ...notes, '=2': note! } });
  return { catalogue, result };
}
