import { catalogueSnapshot } from '../../catalogue/snapshot.js';
import { assessmentJsonSchema, catalogueJsonSchema } from '../../model/json-schemas.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { Language } from '../../model/localized.js';
import { formatDecimal } from '../../report/number-format.js';
import { layoutTable } from '../../report/text-layout.js';
import { BUILTIN_CATALOGUES, loadCatalogueFile, resolveCatalogue } from '../catalogues.js';
import { UsageError } from '../errors.js';
import { helpText } from '../help.js';
import type { CliIo } from '../io.js';
import { choice, language, parseCommand, positionals, stringOption } from '../options.js';
import { emit, jsonText } from '../output.js';

function listText(lang: Language): string {
  const years = (list: readonly number[]): string => (list.length > 1 ? `${Math.min(...list)}–${Math.max(...list)}` : list.join(''));
  const rows = BUILTIN_CATALOGUES.map((c) => [c.id, years(c.years), String(c.indicators.length), c.title[lang]]);
  const headers = lang === 'id' ? ['Id', 'Tahun', 'Indikator', 'Judul'] : ['Id', 'Years', 'Indicators', 'Title'];
  return `${layoutTable(
    [
      { header: headers[0] as string, align: 'left' },
      { header: headers[1] as string, align: 'left' },
      { header: headers[2] as string, align: 'right' },
      { header: headers[3] as string, align: 'left', flex: true },
    ],
    rows,
  ).join('\n')}\n`;
}

/** The catalogue tree as indented text: groups with weights, indicators with weight and scale. */
function showText(catalogue: Catalogue, lang: Language): string {
  const lines = [`${catalogue.id} rev. ${catalogue.revision}`, catalogue.title[lang], catalogue.checksum, ''];
  const rows: string[][] = [];
  for (const group of catalogue.groups) {
    rows.push([`${'  '.repeat(group.depth)}${group.id}`, group.name[lang], formatDecimal(group.weight, lang), '']);
    if (group.childKind === 'indicator') {
      for (const indicator of catalogue.indicators.slice(group.from, group.to)) {
        rows.push([`${'  '.repeat(group.depth + 1)}${indicator.id}`, indicator.name[lang], formatDecimal(indicator.weight, lang), `${indicator.scale.min}–${indicator.scale.max}`]);
      }
    }
  }
  const headers = lang === 'id' ? ['Id', 'Nama', 'Bobot', 'Skala'] : ['Id', 'Name', 'Weight', 'Scale'];
  lines.push(
    ...layoutTable(
      [
        { header: headers[0] as string, align: 'left' },
        { header: headers[1] as string, align: 'left', flex: true },
        { header: headers[2] as string, align: 'right' },
        { header: headers[3] as string, align: 'left' },
      ],
      rows,
    ),
  );
  lines.push('', lang === 'id' ? 'Predikat:' : 'Ratings:');
  for (const band of catalogue.predicates) {
    lines.push(`  ${band.label[lang].padEnd(14)} ≥ ${formatDecimal(band.min, lang)}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function catalogueCommand(io: CliIo, argv: readonly string[]): Promise<number> {
  const parsed = parseCommand(argv, {});
  const lang = language(parsed.values);
  const [action, ...rest] = parsed.positionals;
  if (parsed.values['help'] === true) {
    io.stdout(helpText('catalogue', lang));
    return 0;
  }
  if (action === undefined) {
    io.stderr(helpText('catalogue', lang));
    return 2;
  }
  const out = stringOption(parsed.values, 'out');
  switch (action) {
    case 'list': {
      positionals({ ...parsed, positionals: rest }, 0, 0, 'spbe catalogue list');
      const format = choice(parsed.values, 'format', ['table', 'json'], 'table');
      const text =
        format === 'json'
          ? jsonText(BUILTIN_CATALOGUES.map((c) => ({ id: c.id, revision: c.revision, title: c.title, years: c.years, checksum: c.checksum })))
          : listText(lang);
      await emit(io, out, text);
      return 0;
    }
    case 'show': {
      const [id] = positionals({ ...parsed, positionals: rest }, 1, 1, 'spbe catalogue show <id|file.json>');
      const format = choice(parsed.values, 'format', ['table', 'md', 'json'], 'table');
      const catalogue = await resolveCatalogue(io, id);
      const text = format === 'json' ? jsonText(catalogue.definition) : format === 'md' ? catalogueSnapshot(catalogue) : showText(catalogue, lang);
      await emit(io, out, text);
      return 0;
    }
    case 'validate': {
      const [file] = positionals({ ...parsed, positionals: rest }, 1, 1, 'spbe catalogue validate <file.json>');
      const format = choice(parsed.values, 'format', ['table', 'json'], 'table');
      const catalogue = await loadCatalogueFile(io, file as string);
      const summary = { id: catalogue.id, revision: catalogue.revision, checksum: catalogue.checksum, groups: catalogue.groups.length, indicators: catalogue.indicators.length };
      const text =
        format === 'json'
          ? jsonText({ success: true, output: summary })
          : lang === 'id'
            ? `Katalog valid: ${summary.id} rev. ${summary.revision}, ${summary.groups} kelompok, ${summary.indicators} indikator, ${summary.checksum}\n`
            : `Valid catalogue: ${summary.id} rev. ${summary.revision}, ${summary.groups} groups, ${summary.indicators} indicators, ${summary.checksum}\n`;
      await emit(io, out, text);
      return 0;
    }
    case 'schema': {
      const [kind] = positionals({ ...parsed, positionals: rest }, 1, 1, 'spbe catalogue schema catalogue|assessment');
      if (kind !== 'catalogue' && kind !== 'assessment') {
        throw new UsageError({
          id: `Skema "${kind}" tidak dikenal: pilih catalogue atau assessment.`,
          en: `Unknown schema "${kind}": choose catalogue or assessment.`,
        });
      }
      await emit(io, out, jsonText(kind === 'catalogue' ? catalogueJsonSchema() : assessmentJsonSchema()));
      return 0;
    }
    default:
      throw new UsageError({
        id: `Subperintah catalogue "${action}" tidak dikenal (list, show, validate, schema).`,
        en: `Unknown catalogue subcommand "${action}" (list, show, validate, schema).`,
      });
  }
}
