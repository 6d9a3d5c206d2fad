import { basename } from 'node:path';
import type { Catalogue } from '../model/catalogue.js';
import { ownValue, type Issue } from '../model/issue.js';
import type { Assessment } from '../model/assessment.js';
import type { Language } from '../model/localized.js';
import type { ScoreResult } from '../model/result.js';
import type { RestatedEstimate } from '../report/estimate-section.js';
import { safeRestate, type Restatement } from '../restate/restate.js';
import { safeScore } from '../scoring/score.js';
import { builtinCatalogue, chooseCatalogue, choiceReason, DEFAULT_CATALOGUE } from './catalogues.js';
import { InputIssues, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { assessmentOf, fromFile, inFile, loadJson, readAssessmentOrResult } from './load-assessment.js';

/** A restated input file, with the catalogues used and why, in words. */
export interface RestatedFile {
  readonly restatement: Restatement;
  readonly from: Catalogue | undefined;
  readonly to: Catalogue | undefined;
  /** "Katalog sumber: … ; sasaran: …": the header of every readable output. */
  readonly line: string;
}

const isRecord = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The mapping's `from` or `to` when it is a string (the library checks the rest). */
function mappingEnd(mapping: unknown, key: 'from' | 'to'): string | undefined {
  const value = isRecord(mapping) ? ownValue(mapping, key) : undefined;
  return typeof value === 'string' ? value : undefined;
}

function resultCatalogueId(result: object): string | undefined {
  const meta = ownValue(result, 'meta');
  const catalogue = isRecord(meta) ? ownValue(meta, 'catalogue') : undefined;
  const id = isRecord(catalogue) ? ownValue(catalogue, 'id') : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** A restatement's issues, each naming its file: the mapping's (its shape, targets, sources) or the input's. */
function placed(file: string, mappingFile: string, issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => {
    const head = issue.path[0];
    const inMapping = head === 'mapping' || head === 'targets';
    const path = head === 'mapping' ? issue.path.slice(1) : issue.path;
    return fromFile(inMapping ? mappingFile : file, [{ ...issue, path }])[0] as Issue;
  });
}

const WHY = {
  mapping: { id: 'dari "from" pemetaan', en: 'the mapping\'s "from"' },
  mappingTo: { id: 'dari "to" pemetaan', en: 'the mapping\'s "to"' },
  result: { id: 'disebut hasil (meta.catalogue)', en: 'named by the result (meta.catalogue)' },
  flag: { id: 'dari --to', en: 'from --to' },
} as const;

/**
 * Restates one assessment or result file with a mapping file. The source catalogue is
 * `--catalogue`, else the one the file names (a result's `meta.catalogue`, an assessment's
 * `catalogue` or `year`), else the mapping's `from`; the target is `--to`, else the mapping's
 * `to`. A catalogue that does not match the mapping is the library's `restate.catalogue_mismatch`.
 */
export async function restateFile(io: CliIo, file: string, mappingFile: string, flags: { readonly catalogue?: Catalogue; readonly to?: Catalogue }, lang: Language): Promise<RestatedFile> {
  const mapping = await inFile(mappingFile, () => loadJson(io, mappingFile));
  const source = await inFile(file, () => readAssessmentOrResult(io, file));
  const fromId = mappingEnd(mapping, 'from');
  const fromMapping = fromId === undefined ? undefined : builtinCatalogue(fromId);
  let from: Catalogue | undefined;
  let why: string;
  let input: Assessment | ScoreResult;
  if ('result' in source) {
    const named = resultCatalogueId(source.result);
    const builtin = named === undefined ? undefined : builtinCatalogue(named);
    from = flags.catalogue ?? builtin ?? fromMapping;
    why = flags.catalogue !== undefined ? (lang === 'id' ? 'dari --catalogue' : 'from --catalogue') : builtin !== undefined ? WHY.result[lang] : WHY.mapping[lang];
    input = source.result as ScoreResult;
  } else {
    const chosen = chooseCatalogue(flags.catalogue, 'json' in source ? source.json : undefined);
    // A file that names neither catalogue nor year is read as the mapping says it is, not as the current instrument.
    const byMapping = chosen.source === 'default' && fromMapping !== undefined;
    from = byMapping ? fromMapping : chosen.catalogue;
    why = byMapping ? WHY.mapping[lang] : choiceReason(chosen, lang);
    input = (await inFile(file, async () => assessmentOf(io, file, source, from ?? DEFAULT_CATALOGUE, lang))) as Assessment;
  }
  const toId = mappingEnd(mapping, 'to');
  const to = flags.to ?? (toId === undefined ? undefined : builtinCatalogue(toId));
  const outcome = safeRestate(input, mapping, { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
  if (!outcome.success) throw new InputIssues(placed(file, mappingFile, outcome.issues));
  const label = lang === 'id' ? ['Katalog sumber', 'sasaran'] : ['Source catalogue', 'target'];
  const toWhy = flags.to !== undefined ? WHY.flag[lang] : WHY.mappingTo[lang];
  const line = `${label[0]} (${basename(file)}): ${from?.id ?? fromId} (${why}); ${label[1]}: ${outcome.output.mapping.to}${to === undefined ? '' : ` (${toWhy})`}`;
  return { restatement: outcome.output, from, to, line };
}

/**
 * The estimate section of `score` and `report` with `--mapping`: the scored result restated with
 * the mapping (read with its catalogue, so the restatement starts from verified levels), then
 * scored partially with the mapping's `to` catalogue, which must be built in.
 */
export async function estimateFor(io: CliIo, file: string, mappingFile: string, result: ScoreResult, from: Catalogue): Promise<RestatedEstimate> {
  const mapping = await inFile(mappingFile, () => loadJson(io, mappingFile));
  const toId = mappingEnd(mapping, 'to');
  const to = toId === undefined ? undefined : builtinCatalogue(toId);
  const restated = safeRestate(result, mapping, { from, ...(to === undefined ? {} : { to }) });
  if (!restated.success) throw new InputIssues(placed(file, mappingFile, restated.issues));
  if (to === undefined) {
    throw new UsageError({
      id: `Pemetaan ${mappingFile} menyatakan ulang ke "${toId}", yang bukan katalog bawaan: perkiraannya tidak dapat dihitung di laporan; gunakan spbe restate.`,
      en: `The mapping ${mappingFile} restates to "${toId}", which is not a built-in catalogue: the report cannot score the estimate; use spbe restate.`,
    });
  }
  const scored = safeScore(to, restated.output.assessment, { missing: 'partial' });
  if (!scored.success) throw new InputIssues(fromFile(mappingFile, scored.issues));
  return { restatement: restated.output, catalogue: to, result: scored.output };
}
