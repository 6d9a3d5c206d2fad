import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Responsibilities } from '../../analysis/rollup/responsibilities.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { Language } from '../../model/localized.js';
import { templateCsv, templateSheet } from '../../report/template.js';
import { chooseCatalogue, flagCatalogue } from '../catalogues.js';
import { loadResponsibilities } from '../city-input.js';
import { commandFlags, type Command } from '../command.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { looksLikeJson, parseJson } from '../load-assessment.js';
import { positionals, stringOption, type Flags } from '../options.js';
import { emit } from '../output.js';
import { readInputBytes } from '../read-input.js';

const TEMPLATE_FLAGS = {
  responsibilities: {
    type: 'string',
    value: { id: '<tanggung-jawab.json|csv|xlsx>', en: '<responsibilities.json|csv|xlsx>' },
    help: { id: 'satu lembar per unit, hanya dengan indikator miliknya', en: 'one sheet per unit, with only the indicators it owns' },
  },
  format: { type: 'string', choices: ['xlsx', 'csv'], help: { id: 'jenis berkas (bawaan: xlsx)', en: 'file type (default: xlsx)' } },
} as const satisfies Flags;

/** A file name for a unit: lower case, letters and digits joined by "-" ("Dinas Kominfo" → "dinas-kominfo"). */
export function unitFileName(unit: string, taken: Set<string>): string {
  const base = unit.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '') || 'unit';
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base}-${k}`;
  taken.add(name);
  return name;
}

/** The catalogue: --catalogue, else the one a JSON responsibilities file names, else the current instrument. */
async function templateCatalogue(io: CliIo, spec: string | undefined, file: string | undefined): Promise<Catalogue> {
  const flag = await flagCatalogue(io, spec);
  if (file === undefined) return chooseCatalogue(flag, undefined).catalogue;
  const bytes = await readInputBytes(io, file);
  const json = looksLikeJson(file, new TextDecoder('utf-8').decode(bytes.subarray(0, 64))) ? parseJson(file, new TextDecoder('utf-8').decode(bytes)) : undefined;
  const named = typeof json === 'object' && json !== null && typeof (json as { catalogue?: unknown }).catalogue === 'string' ? { catalogue: (json as { catalogue: string }).catalogue } : undefined;
  return chooseCatalogue(flag, named).catalogue;
}

/** Per unit, the ids of the indicators it owns, in catalogue order; units in order of first mention. */
function sheetsByUnit(catalogue: Catalogue, responsibilities: Responsibilities): Map<string, string[]> {
  const sheets = new Map<string, string[]>();
  for (const indicator of catalogue.indicators) {
    const entry = responsibilities.indicators[indicator.id];
    const owners = entry === undefined ? [] : Array.isArray(entry) ? entry : (entry as { owners: readonly string[] }).owners;
    for (const unit of owners as readonly string[]) sheets.set(unit, [...(sheets.get(unit) ?? []), indicator.id]);
  }
  return sheets;
}

async function sheetBytes(catalogue: Catalogue, ids: readonly string[] | undefined, unit: string | undefined, format: 'xlsx' | 'csv', lang: Language): Promise<Uint8Array | string> {
  if (format === 'csv') return templateCsv(templateSheet(catalogue, ids, lang), lang);
  const { templateWorkbook } = await import('../../xlsx/template-workbook.js');
  return templateWorkbook(catalogue, { ...(ids === undefined ? {} : { indicators: ids }), ...(unit === undefined ? {} : { unit }), lang });
}

/** `spbe template`: fill-in sheets, one per unit (OPD) with only the indicators it owns. */
export const templateCommand: Command = {
  flags: commandFlags(TEMPLATE_FLAGS, []),
  async run(io, parsed, lang) {
    positionals(parsed, 0, 0, 'spbe template [--responsibilities <file>] [--format xlsx|csv] -o <dir|file>');
    const format = (stringOption(parsed.values, 'format') ?? 'xlsx') as 'xlsx' | 'csv';
    const file = stringOption(parsed.values, 'responsibilities');
    const out = stringOption(parsed.values, 'out');
    const catalogue = await templateCatalogue(io, stringOption(parsed.values, 'catalogue'), file);
    if (file === undefined) {
      // One sheet with every indicator: to a file, or a CSV to stdout.
      if ((out === undefined || out === '-') && format === 'xlsx') {
        throw new UsageError({ id: 'Buku kerja .xlsx perlu -o <berkas.xlsx> (atau --format csv untuk stdout).', en: 'An .xlsx workbook needs -o <file.xlsx> (or --format csv for stdout).' });
      }
      const bytes = await sheetBytes(catalogue, undefined, undefined, format, lang);
      await emit(io, out, bytes);
      return 0;
    }
    if (out === undefined || out === '-') {
      throw new UsageError({ id: 'Dengan --responsibilities, berikan direktori keluaran: -o <direktori> (satu berkas per unit).', en: 'With --responsibilities, give an output directory: -o <dir> (one file per unit).' });
    }
    const responsibilities = await loadResponsibilities(io, file, catalogue, undefined, lang);
    const directory = resolve(io.cwd, out);
    const existing = await stat(directory).catch(() => undefined);
    if (existing !== undefined && !existing.isDirectory()) throw new UsageError({ id: `${out} bukan direktori.`, en: `${out} is not a directory.` });
    await mkdir(directory, { recursive: true });
    const taken = new Set<string>();
    const written: string[] = [];
    for (const [unit, ids] of sheetsByUnit(catalogue, responsibilities)) {
      const name = `${unitFileName(unit, taken)}.${format}`;
      const bytes = await sheetBytes(catalogue, ids, unit, format, lang);
      await emit(io, join(out, name), bytes);
      written.push(`${join(out, name)}  ${unit} (${ids.length})`);
    }
    io.stderr(`${written.join('\n')}\n`);
    return 0;
  },
};
