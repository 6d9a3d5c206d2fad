import { safeDefineCatalogue } from '../catalogue/define.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import { builtinCatalogue, BUILTIN_IDS, chooseCatalogue } from './catalogue-choice.js';
import { InputIssues, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import type { Format } from './options.js';
import { jsonText, withChoice, type CatalogueChoice } from './result-output.js';
import { assessmentOf, loadJson, readAssessmentSource } from './load-assessment.js';

// The choice itself is pure and shared with the workbench (catalogue-choice.ts); its words and types live with the outputs they head (result-output.ts).
export { BUILTIN_CATALOGUES, builtinCatalogue, chooseCatalogue, chooseOneCatalogue, DEFAULT_CATALOGUE } from './catalogue-choice.js';
export { choiceJson, choiceLine, choiceReason, choiceText, type CatalogueChoice, type CatalogueChoiceJson, type CatalogueSource } from './result-output.js';

/** `--catalogue`: a built-in id, or a path to a catalogue JSON file (anything ending in .json). */
export async function resolveCatalogue(io: CliIo, spec: string): Promise<Catalogue> {
  const builtin = builtinCatalogue(spec);
  if (builtin) return builtin;
  if (!/\.json$/iu.test(spec)) {
    throw new UsageError({
      id: `Katalog "${spec}" tidak dikenal. Katalog bawaan: ${BUILTIN_IDS}; atau berikan berkas .json.`,
      en: `Unknown catalogue "${spec}". Built-in catalogues: ${BUILTIN_IDS}; or give a .json file.`,
    });
  }
  return loadCatalogueFile(io, spec);
}

/** A catalogue JSON file, validated and compiled by `safeDefineCatalogue`; issues stop with exit 1. */
export async function loadCatalogueFile(io: CliIo, file: string): Promise<Catalogue> {
  const defined = safeDefineCatalogue(await loadJson(io, file));
  if (!defined.success) throw new InputIssues(defined.issues);
  return defined.output;
}

/** The `--catalogue` flag resolved once for the run, or undefined when it was not given. */
export async function flagCatalogue(io: CliIo, spec: string | undefined): Promise<Catalogue | undefined> {
  return spec === undefined ? undefined : resolveCatalogue(io, spec);
}

/** An assessment file, the catalogue chosen for it (see {@link chooseCatalogue}) and why. */
export interface ChosenAssessment {
  readonly assessment: unknown;
  readonly chosen: CatalogueChoice;
}

/**
 * Reads an assessment file and picks its catalogue: `--catalogue` (resolved by the caller), else
 * the file's `catalogue` field, else its `year`, else the current instrument. Every command that
 * reads an assessment reads it here.
 */
export async function readAssessmentFile(io: CliIo, name: string, flag: Catalogue | undefined, lang: Language): Promise<ChosenAssessment> {
  const source = await readAssessmentSource(io, name);
  const chosen = chooseCatalogue(flag, 'json' in source ? source.json : undefined);
  return { assessment: assessmentOf(io, name, source, chosen.catalogue, lang), chosen };
}

/**
 * JSON output with the choice: the `catalogueChoice` field of an object. An array (leverage's
 * rows) has no place for a field, so there the line goes to stderr as for CSV.
 */
export function jsonWithChoice(io: CliIo, value: object, choice: unknown, line: string): string {
  if (Array.isArray(value)) {
    io.stderr(`spbe: ${line}\n`);
    return jsonText(value);
  }
  return jsonText({ ...value, catalogueChoice: choice });
}

/**
 * A readable output with the catalogue choice as its header line (see {@link withChoice}); for
 * CSV the line goes to stderr.
 */
export function withChoiceLine(io: CliIo, text: string, format: Format, choice: string): string {
  const output = withChoice(text, format, choice);
  if (output.notice !== undefined) io.stderr(`spbe: ${output.notice}\n`);
  return output.text;
}
