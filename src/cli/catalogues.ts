import { safeDefineCatalogue } from '../catalogue/define.js';
import { builtinCatalogues, permenpanrb82026, safeCatalogueForYear, type BuiltinCatalogue } from '../catalogues/index.js';
import type { Catalogue } from '../model/catalogue.js';
import { makeIssue, ownValue, type Issue } from '../model/issue.js';
import type { Language } from '../model/localized.js';
import { InputIssues, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import type { Format } from './options.js';
import { choiceText, jsonText, withChoice, type CatalogueChoice, type CatalogueSource } from './result-output.js';
import { assessmentOf, fromFile, loadJson, readAssessmentSource, type AssessmentSource } from './load-assessment.js';

/** The built-in catalogues the command knows by id, newest first, with the years each applies to. */
export const BUILTIN_CATALOGUES: readonly BuiltinCatalogue[] = builtinCatalogues;

/** The catalogue an assessment that names neither its catalogue nor its year is scored with: the current instrument. */
export const DEFAULT_CATALOGUE: Catalogue = permenpanrb82026;

export function builtinCatalogue(id: string): Catalogue | undefined {
  return BUILTIN_CATALOGUES.find((entry) => entry.catalogue.id === id)?.catalogue;
}

// The choice's words and types live with the outputs they head (result-output.ts, shared with the workbench).
export { choiceJson, choiceLine, choiceReason, choiceText, type CatalogueChoice, type CatalogueChoiceJson, type CatalogueSource } from './result-output.js';

const BUILTIN_IDS = BUILTIN_CATALOGUES.map((entry) => entry.catalogue.id).join(', ');

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

/** The assessment names another catalogue than `--catalogue`: the same issue scoring reports. */
function catalogueMismatch(named: string, id: string): Issue {
  return makeIssue(
    'assessment.catalogue_mismatch',
    ['catalogue'],
    {
      id: `Penilaian ini untuk katalog "${named}", bukan "${id}" yang diberikan dengan --catalogue; hapus --catalogue atau perbaiki "catalogue" dalam berkas.`,
      en: `This assessment is for catalogue "${named}", not "${id}" given with --catalogue; drop --catalogue or correct "catalogue" in the file.`,
    },
    { expected: id, received: named },
  );
}

/**
 * Picks the catalogue for one input: the `--catalogue` catalogue (resolved once per run by the
 * caller), else the built-in the assessment names in `catalogue`, else the built-in for its
 * `year`, else the current instrument (PermenPANRB 8/2026). A CSV file has neither field, so
 * `input` is undefined for it. The flag never silently overrides a different `catalogue` field:
 * that is the issue `assessment.catalogue_mismatch`. An unknown named catalogue and a year before
 * 2018 are issues too (exit 1).
 */
export function chooseCatalogue(flag: Catalogue | undefined, input: unknown): CatalogueChoice {
  const fields = typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {};
  const named = ownValue(fields, 'catalogue');
  if (flag !== undefined) {
    // Alone, before scoring: the one thing to fix, not buried among the indicators it would misread.
    if (typeof named === 'string' && named !== flag.id && named !== flag.base?.id) throw new InputIssues([catalogueMismatch(named, flag.id)]);
    return { catalogue: flag, source: 'flag' };
  }
  if (typeof named === 'string') {
    const catalogue = builtinCatalogue(named);
    if (catalogue === undefined) {
      throw new InputIssues([
        makeIssue(
          'input.catalogue_unknown',
          ['catalogue'],
          {
            id: `Penilaian ini menyebut katalog "${named}", yang bukan katalog bawaan (${BUILTIN_IDS}): berikan berkasnya dengan --catalogue <berkas.json>.`,
            en: `This assessment names the catalogue "${named}", which is not built in (${BUILTIN_IDS}): give its file with --catalogue <file.json>.`,
          },
          { expected: BUILTIN_IDS, received: named },
        ),
      ]);
    }
    return { catalogue, source: 'assessment' };
  }
  const year = ownValue(fields, 'year');
  if (year !== undefined) {
    const found = safeCatalogueForYear(year);
    if (!found.success) throw new InputIssues(found.issues);
    return { catalogue: found.output, source: 'year', year: year as number };
  }
  return { catalogue: DEFAULT_CATALOGUE, source: 'default' };
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

const PRECEDENCE: readonly CatalogueSource[] = ['flag', 'assessment', 'year', 'default'];

/**
 * One catalogue for several files read together (the units of a roll-up). Each JSON file chooses
 * as {@link chooseCatalogue} does; a CSV file names nothing and follows the others. Files that
 * choose different catalogues are an issue (`input.catalogues_differ`), never a silent pick. The
 * reason given is the strongest one any file had; the year only when every file had the same.
 */
export function chooseOneCatalogue(flag: Catalogue | undefined, sources: readonly (readonly [string, AssessmentSource])[]): CatalogueChoice {
  if (flag !== undefined) return { catalogue: flag, source: 'flag' };
  const choices: [string, CatalogueChoice][] = [];
  const issues: Issue[] = [];
  for (const [file, source] of sources) {
    if (!('json' in source)) continue;
    try {
      choices.push([file, chooseCatalogue(undefined, source.json)]);
    } catch (error) {
      if (!(error instanceof InputIssues)) throw error;
      issues.push(...fromFile(file, error.issues));
    }
  }
  if (issues.length > 0) throw new InputIssues(issues);
  const [first] = choices;
  if (first === undefined) return { catalogue: DEFAULT_CATALOGUE, source: 'default' };
  const other = choices.find(([, choice]) => choice.catalogue !== first[1].catalogue);
  if (other !== undefined) {
    const listed = (lang: Language) => [first, other].map(([file, choice]) => `${file}: ${choiceText(choice, lang)}`).join('; ');
    throw new InputIssues([
      makeIssue(
        'input.catalogues_differ',
        [other[0]],
        {
          id: `Berkas-berkas ini memakai katalog yang berbeda (${listed('id')}): konsolidasi membutuhkan satu katalog; samakan berkasnya atau pilih dengan --catalogue.`,
          en: `These files use different catalogues (${listed('en')}): a roll-up needs one catalogue; make the files agree or choose with --catalogue.`,
        },
        { expected: first[1].catalogue.id, received: other[1].catalogue.id },
      ),
    ]);
  }
  const source = PRECEDENCE.find((candidate) => choices.some(([, choice]) => choice.source === candidate)) as CatalogueSource;
  const years = new Set(choices.map(([, choice]) => choice.year));
  const year = source === 'year' && years.size === 1 ? first[1].year : undefined;
  return { catalogue: first[1].catalogue, source, ...(year === undefined ? {} : { year }) };
}
