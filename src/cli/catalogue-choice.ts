import { builtinCatalogues, permenpanrb82026, safeCatalogueForYear, type BuiltinCatalogue } from '../catalogues/index.js';
import type { Catalogue } from '../model/catalogue.js';
import { makeIssue, ownValue, type Issue } from '../model/issue.js';
import type { Language } from '../model/localized.js';
import { fromFile, InputIssues } from './errors.js';
import { choiceText, type CatalogueChoice, type CatalogueSource } from './result-output.js';

/*
 * How `spbe` chooses the catalogue of the files it reads, with no file system in reach, so that
 * the workbench chooses by the same functions for the same files (its catalogue line is then the
 * command's).
 */

/** The built-in catalogues the command knows by id, newest first, with the years each applies to. */
export const BUILTIN_CATALOGUES: readonly BuiltinCatalogue[] = builtinCatalogues;

/** The catalogue an assessment that names neither its catalogue nor its year is scored with: the current instrument. */
export const DEFAULT_CATALOGUE: Catalogue = permenpanrb82026;

export function builtinCatalogue(id: string): Catalogue | undefined {
  return BUILTIN_CATALOGUES.find((entry) => entry.catalogue.id === id)?.catalogue;
}

export const BUILTIN_IDS = BUILTIN_CATALOGUES.map((entry) => entry.catalogue.id).join(', ');

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

/** What a file gives the choice: a JSON file its content; a CSV (or workbook) sheet, which names nothing. */
export type ChoiceSource = { readonly json: unknown } | { readonly csv: unknown };

const PRECEDENCE: readonly CatalogueSource[] = ['flag', 'assessment', 'year', 'default'];

/**
 * One catalogue for several files read together (the units of a roll-up). Each JSON file chooses
 * as {@link chooseCatalogue} does; a CSV file names nothing and follows the others. Files that
 * choose different catalogues are an issue (`input.catalogues_differ`), never a silent pick. The
 * reason given is the strongest one any file had; the year only when every file had the same.
 */
export function chooseOneCatalogue(flag: Catalogue | undefined, sources: readonly (readonly [string, ChoiceSource])[]): CatalogueChoice {
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
