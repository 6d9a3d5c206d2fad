import { catalogueSnapshot } from '../../catalogue/snapshot.js';
import { assessmentJsonSchema, catalogueJsonSchema, mappingJsonSchema, responsibilitiesJsonSchema } from '../../model/json-schemas.js';
import { indicatorCounts, renderCatalogueList, renderCatalogueTree } from '../../report/catalogue-text.js';
import { escapeControl, escapeTerminal } from '../../report/terminal-text.js';
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
                BUILTIN_CATALOGUES.map(({ catalogue: c, from, to }) => ({ id: c.id, revision: c.revision, title: c.title, from, to, years: c.years, checksum: c.checksum, ...indicatorCounts(c) })),
              )
            : renderCatalogueList(BUILTIN_CATALOGUES, lang);
        await emit(io, out, text);
        return 0;
      }
      case 'show': {
        const [id] = positionals({ ...parsed, positionals: rest }, 1, 1, 'spbe catalogue show <id|file.json>');
        const format = formatOf(action, parsed.values, SHOW_FORMATS);
        const catalogue = await resolveCatalogue(io, id as string);
        const text = format === 'json' ? jsonText(catalogue.definition) : format === 'md' ? escapeTerminal(catalogueSnapshot(catalogue)) : renderCatalogueTree(catalogue, lang);
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
