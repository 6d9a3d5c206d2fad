import { describe, expect, it } from 'vitest';
import { safeDefineCatalogue } from '../../src/catalogue/define.js';
import { catalogueSnapshot } from '../../src/catalogue/snapshot.js';
import { unwrap, type Issue } from '../../src/model/issue.js';
import { baseDefinition, withCriteria } from '../helpers/small-catalogue.js';

/*
 * Catalogue ids reach terminals, Markdown tables and file names (issue 12, sections 4 and 5):
 * an id holding a control, line-breaking or bidirectional character is refused with a typed
 * issue; Markdown punctuation in any id or text stays inside its cell or code span.
 */

function issuesOf(data: unknown): readonly Issue[] {
  const outcome = safeDefineCatalogue(data);
  if (outcome.success) throw new Error('expected the catalogue to be rejected');
  return outcome.issues;
}

const idIssues = (data: unknown) => issuesOf(data).filter((issue) => issue.code === 'catalogue.id_invalid').map((issue) => [issue.path.join('.'), issue.received]);

describe('catalogue ids with control characters', () => {
  it.each([
    ['ESC', '\u001b[2J', 'U+001B'],
    ['NUL', '\u0000', 'U+0000'],
    ['line feed', '\n', 'U+000A'],
    ['DEL', '\u007f', 'U+007F'],
    ['C1 CSI', '\u009b', 'U+009B'],
    ['line separator', '\u2028', 'U+2028'],
    ['right-to-left override', '\u202e', 'U+202E'],
    ['first strong isolate', '\u2068', 'U+2068'],
  ])('refuses %s in an indicator id, naming the character', (_, char, code) => {
    const d = baseDefinition();
    d.groups[0].groups[0].indicators[1].id = `2${char}`;
    const issues = issuesOf(d);
    const issue = issues.find((entry) => entry.code === 'catalogue.id_invalid');
    expect(issue).toMatchObject({ path: ['groups', 0, 'groups', 0, 'indicators', 1, 'id'], received: `"${code}"` });
    expect(issue?.message.en).toContain(code);
    expect(issue?.message.id).toContain(code);
    // The message quotes the code point, never the character itself.
    expect(issue?.message.en).not.toContain(char);
  });

  it('checks every kind of id: catalogue, tier, scale, band, group, indicator and code', () => {
    const d = baseDefinition();
    d.id = 'uji\u0007';
    d.tiers[1].id = 'aspect\r';
    for (const group of d.groups) for (const aspect of group.groups) aspect.tier = 'aspect\r';
    d.scales[0].id = 'p\u001b';
    for (const group of d.groups) for (const aspect of group.groups) for (const indicator of aspect.indicators) indicator.scale = 'p\u001b';
    d.predicates[0].id = 'tinggi\u202e';
    d.groups[1].id = 'D2\t';
    d.groups[0].groups[1].id = 'A2\u0085';
    d.groups[1].groups[0].indicators[0].id = '5\u2029';
    d.groups[0].groups[0].indicators[0].codes = ['I1', 'I\u00011'];
    expect(idIssues(d)).toEqual([
      ['id', '"U+0007"'],
      ['tiers.1.id', '"U+000D"'],
      ['scales.0.id', '"U+001B"'],
      ['predicates.0.id', '"U+202E"'],
      ['groups.0.groups.1.id', '"U+0085"'],
      ['groups.1.id', '"U+0009"'],
      ['groups.0.groups.0.indicators.0.codes.1', '"U+0001"'],
      ['groups.1.groups.0.indicators.0.id', '"U+2029"'],
    ]);
  });

  it('accepts ids with ordinary punctuation, spaces and non-Latin letters', () => {
    const d = baseDefinition();
    d.groups[0].groups[0].indicators[0].id = '1.a (baru) – ü 一';
    expect(safeDefineCatalogue(d).success).toBe(true);
  });
});

/** The cells of a Markdown table row: split at pipes not escaped by a backslash. */
const cells = (row: string): number => row.split(/(?<!\\)\|/u).length - 2;

describe('catalogueSnapshot escapes what a catalogue may hold', () => {
  const d = withCriteria(baseDefinition());
  d.id = 'uji`|kecil';
  d.revision = '1 | 2';
  d.title = { id: 'Judul\n# bukan judul', en: 'Title `x` | y' };
  d.groups[0].id = 'D`1|';
  d.groups[0].name = { id: 'Domain | satu', en: 'Domain\n| fake | row |' };
  d.groups[0].groups[0].indicators[0].id = '1|`';
  d.groups[0].groups[0].indicators[0].codes = ['I|1'];
  d.predicates[0].id = 'ting`gi|';
  d.predicates[0].label = { id: 'Tinggi | ok', en: 'High`' };
  d.scales[0].id = 's|`';
  for (const group of d.groups) for (const aspect of group.groups) for (const indicator of aspect.indicators) indicator.scale = 's|`';
  d.scales[0].levels[2].criteria[0].id = 'k``1|';
  const catalogue = unwrap(safeDefineCatalogue(d));
  const text = catalogueSnapshot(catalogue);
  const lines = text.split('\n');

  it('keeps every table row to its header\'s number of cells', () => {
    let columns: number | undefined;
    let rows = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        columns = undefined;
        continue;
      }
      if (columns === undefined) columns = cells(line);
      expect(cells(line), line).toBe(columns);
      rows++;
    }
    expect(rows).toBeGreaterThan(20);
  });

  it('lets no text start a line of its own or a heading', () => {
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([
      '# uji\\`\\|kecil',
      '## Legal basis',
      '## Tree',
      '## Scales',
      '### s\\|\\`: Proses (Process), 1–5',
      '## Predikat',
    ]);
    expect(text).toContain('**Judul \\# bukan judul**');
    expect(text).toContain('Domain \\| fake \\| row \\|');
  });

  it('shows a criterion id as a code span it cannot leave', () => {
    expect(text).toContain('- Level 3, ```k``1\\|```: ');
  });
});
