import { catalogueSnapshot } from '../../catalogue/snapshot.js';
import { assessmentJsonSchema, catalogueJsonSchema, mappingJsonSchema, responsibilitiesJsonSchema } from '../../model/json-schemas.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { Language } from '../../model/localized.js';
import { t } from '../../report/labels.js';
import { formatDecimal } from '../../report/number-format.js';
import { escapeControl, escapeTerminal } from '../../report/terminal-text.js';
import { layoutTable } from '../../report/text-layout.js';
import { BUILTIN_CATALOGUES, loadCatalogueFile, resolveCatalogue } from '../catalogues.js';
import { commandFlags, type Command } from '../command.js';
import { UsageError } from '../errors.js';
import { helpText } from '../help.js';
import { EXIT } from '../io.js';
import { choice, positionals, stringOption, type Parsed } from '../options.js';
import { emit, jsonText } from '../output.js';

/** The JSON Schemas `spbe catalogue schema <kind>` prints: the files docs/schema ships. */
const SCHEMAS = {
  catalogue: catalogueJsonSchema,
  assessment: assessmentJsonSchema,
  mapping: mappingJsonSchema,
  responsibilities: responsibilitiesJsonSchema,
} as const;

/** Numbered indicators; when some are scored as several items (2018: 35.1–35.3), the items too. */
function counts(catalogue: Catalogue): { indicators: number; items: number } {
  return { indicators: new Set(catalogue.indicators.map((indicator) => indicator.number)).size, items: catalogue.indicators.length };
}

/** "35 (37 butir)" for the 2018 catalogue, as its README entry says; "47" where they agree. */
function indicatorCount(catalogue: Catalogue, lang: Language): string {
  const { indicators, items } = counts(catalogue);
  return indicators === items ? String(indicators) : `${indicators} (${items} ${lang === 'id' ? 'butir' : 'items'})`;
}

/** The evaluation years a built-in applies to: "2021–2025", or "2026–" while it is current. */
function yearRange(from: number, to: number | null): string {
  return `${from}–${to ?? ''}`;
}

function listText(lang: Language): string {
  const rows = BUILTIN_CATALOGUES.map(({ catalogue: c, from, to }) => [c.id, yearRange(from, to), indicatorCount(c, lang), c.title[lang]]);
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
  // A catalogue file's own text (id, title, labels) is shown escaped, never sent raw to the terminal.
  const lines = [`${catalogue.id} rev. ${catalogue.revision}`, catalogue.title[lang], catalogue.checksum, ''].map(escapeControl);
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
  // A scale that takes fractional values says so: "1–5" alone reads as whole levels.
  for (const scale of catalogue.scales.filter((entry) => entry.values === 'fractional')) {
    lines.push('', escapeControl(`${scale.name[lang]} ${scale.min}–${scale.max}: ${t('fractionalScale', lang)}`));
  }
  lines.push('', lang === 'id' ? 'Predikat:' : 'Ratings:');
  const width = Math.max(...catalogue.predicates.map((band) => formatDecimal(band.min, lang).length));
  for (const band of catalogue.predicates) {
    const min = formatDecimal(band.min, lang);
    const line = band.maturity === null ? min : `${min.padEnd(width)}  ${band.maturity[lang]}`;
    lines.push(escapeControl(`  ${band.label[lang].padEnd(14)} ≥ ${line}`));
  }
  return `${lines.join('\n')}\n`;
}

const CATALOGUE_FLAGS = commandFlags({}, ['table', 'md', 'json']);

const LIST_FORMATS = ['table', 'json'];
const SHOW_FORMATS = ['table', 'md', 'json'];
const VALIDATE_FORMATS = ['table', 'json'];

/** The subcommands take different formats: refuse one the subcommand does not write. */
function formatOf(action: string, values: Parsed['values'], allowed: readonly string[]): string {
  const format = choice(values, 'format', 'table');
  if (allowed.includes(format)) return format;
  throw new UsageError({
    id: `catalogue ${action} tidak menulis --format ${format}; pilihan: ${allowed.join(', ')}.`,
    en: `catalogue ${action} does not write --format ${format}; choose one of: ${allowed.join(', ')}.`,
  });
}

export const catalogueCommand: Command = {
  flags: CATALOGUE_FLAGS,
  async run(io, parsed, lang) {
    const [action, ...rest] = parsed.positionals;
    if (action === undefined) {
      io.stderr(helpText('catalogue', lang, CATALOGUE_FLAGS));
      return EXIT.usage;
    }
    const out = stringOption(parsed.values, 'out');
    switch (action) {
      case 'list': {
        positionals({ ...parsed, positionals: rest }, 0, 0, 'spbe catalogue list');
        const format = formatOf(action, parsed.values, LIST_FORMATS);
        const text =
          format === 'json'
            ? jsonText(
                BUILTIN_CATALOGUES.map(({ catalogue: c, from, to }) => ({ id: c.id, revision: c.revision, title: c.title, from, to, years: c.years, checksum: c.checksum, ...counts(c) })),
              )
            : listText(lang);
        await emit(io, out, text);
        return 0;
      }
      case 'show': {
        const [id] = positionals({ ...parsed, positionals: rest }, 1, 1, 'spbe catalogue show <id|file.json>');
        const format = formatOf(action, parsed.values, SHOW_FORMATS);
        const catalogue = await resolveCatalogue(io, id as string);
        const text = format === 'json' ? jsonText(catalogue.definition) : format === 'md' ? escapeTerminal(catalogueSnapshot(catalogue)) : showText(catalogue, lang);
        await emit(io, out, text);
        return 0;
      }
      case 'validate': {
        const [file] = positionals({ ...parsed, positionals: rest }, 1, 1, 'spbe catalogue validate <file.json>');
        const format = formatOf(action, parsed.values, VALIDATE_FORMATS);
        const catalogue = await loadCatalogueFile(io, file as string);
        const summary = { id: catalogue.id, revision: catalogue.revision, checksum: catalogue.checksum, groups: catalogue.groups.length, indicators: catalogue.indicators.length };
        const text =
          format === 'json'
            ? jsonText({ success: true, output: summary })
            : lang === 'id'
              ? `Katalog valid: ${escapeControl(`${summary.id} rev. ${summary.revision}`)}, ${summary.groups} kelompok, ${summary.indicators} indikator, ${summary.checksum}\n`
              : `Valid catalogue: ${escapeControl(`${summary.id} rev. ${summary.revision}`)}, ${summary.groups} groups, ${summary.indicators} indicators, ${summary.checksum}\n`;
        await emit(io, out, text);
        return 0;
      }
      case 'schema': {
        const [kind] = positionals({ ...parsed, positionals: rest }, 1, 1, 'spbe catalogue schema catalogue|assessment|mapping|responsibilities');
        if (stringOption(parsed.values, 'format') !== undefined) formatOf(action, parsed.values, ['json']);
        const schema = kind === undefined || !Object.hasOwn(SCHEMAS, kind) ? undefined : SCHEMAS[kind as keyof typeof SCHEMAS];
        if (schema === undefined) {
          throw new UsageError({
            id: `Skema "${kind}" tidak dikenal: pilih catalogue, assessment, mapping atau responsibilities.`,
            en: `Unknown schema "${kind}": choose catalogue, assessment, mapping or responsibilities.`,
          });
        }
        await emit(io, out, jsonText(schema()));
        return 0;
      }
      default:
        throw new UsageError({
          id: `Subperintah catalogue "${action}" tidak dikenal (list, show, validate, schema).`,
          en: `Unknown catalogue subcommand "${action}" (list, show, validate, schema).`,
        });
    }
  },
};
