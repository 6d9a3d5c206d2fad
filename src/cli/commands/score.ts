import type { Catalogue } from '../../model/catalogue.js';
import type { Language } from '../../model/localized.js';
import type { ScoreOptions } from '../../model/options.js';
import type { ScoreResult } from '../../model/result.js';
import type { HtmlExtras } from '../../report/html.js';
import { safeScore } from '../../scoring/score.js';
import { DEFAULT_CATALOGUE, flagCatalogue, readAssessmentFile, type CatalogueChoice } from '../catalogues.js';
import { resultOutput } from '../result-output.js';
import { commandFlags, type Command } from '../command.js';
import { InputIssues, UsageError } from '../errors.js';
import { estimateFor } from '../restate-input.js';
import { MAPPING_FLAG } from './restate.js';
import { FAIL_UNDER_FLAG, failUnder } from '../fail-under.js';
import { EXIT, type CliIo } from '../io.js';
import { choice, positionals, stringOption, type Flags, type Format, type Parsed } from '../options.js';
import { emit } from '../output.js';

/** Flags that change how an assessment is scored, shared by every command that scores one. */
export const SCORING_FLAGS = {
  missing: {
    type: 'string',
    choices: ['reject', 'partial'],
    help: { id: 'hitung penilaian yang tidak lengkap (partial) alih-alih menolaknya', en: 'score an incomplete assessment (partial) instead of refusing it' },
  },
  na: { type: 'string', choices: ['exclude', 'minimum'], help: { id: 'cara indikator "na" dihitung (bawaan: exclude)', en: 'how "na" indicators count (default: exclude)' } },
  'allow-na': { type: 'boolean', help: { id: 'izinkan "na" pada semua indikator', en: 'allow "na" on every indicator' } },
  'allow-zero': { type: 'boolean', help: { id: 'terima tingkat 0 (ditandai sebagai peringatan)', en: 'accept level 0 (flagged as a warning)' } },
} as const satisfies Flags;

export const DETAIL_FLAG = {
  detail: { type: 'boolean', help: { id: 'tambahkan satu baris per indikator (table, md)', en: 'add one row per indicator (table, md)' } },
} as const satisfies Flags;

export function scoreOptions(values: Parsed['values']): ScoreOptions {
  return {
    missing: choice(values, 'missing', 'reject'),
    notApplicable: choice(values, 'na', 'exclude'),
    ...(values['allow-na'] === true ? { allowNotApplicable: true } : {}),
    ...(values['allow-zero'] === true ? { allowZero: true } : {}),
  };
}

/** Said when a file that names neither catalogue nor year names indicators the default catalogue lacks. */
const DEFAULT_HINT = {
  id: `Berkas ini tidak menyebut "catalogue" maupun "year", jadi dinilai dengan katalog bawaan ${DEFAULT_CATALOGUE.id} (Indeks Pemdi, 2026–). Untuk data 2018–2025 berikan --catalogue permenpanrb-59-2020 (atau permenpanrb-5-2018), atau tambahkan "year".`,
  en: `This file names neither "catalogue" nor "year", so it was scored with the default catalogue ${DEFAULT_CATALOGUE.id} (Indeks Pemdi, 2026–). For 2018–2025 data give --catalogue permenpanrb-59-2020 (or permenpanrb-5-2018), or add "year".`,
} as const;

/** A scored assessment file, with the catalogue chosen for it and why. */
export interface ScoredFile {
  readonly result: ScoreResult;
  readonly chosen: CatalogueChoice;
}

/**
 * Reads and scores one assessment file with the catalogue chosen for it (`--catalogue`, else the
 * file's `catalogue`, else its `year`, else the current instrument); issues stop the command with
 * exit code 1.
 */
export async function scoreFile(io: CliIo, flag: Catalogue | undefined, file: string, options: ScoreOptions, lang: Language): Promise<ScoredFile> {
  const { assessment, chosen } = await readAssessmentFile(io, file, flag, lang);
  const outcome = safeScore(chosen.catalogue, assessment, options);
  if (!outcome.success) {
    // Indicators the default catalogue does not have: most likely 2018–2025 data without a year.
    if (chosen.source === 'default' && outcome.issues.some((issue) => issue.code === 'indicator.unknown')) io.stderr(`spbe: ${DEFAULT_HINT[lang]}\n`);
    throw new InputIssues(outcome.issues);
  }
  return { result: outcome.output, chosen };
}

/**
 * Renders a result in the chosen format, headed by the catalogue choice (see
 * {@link resultOutput}, which the workbench's downloads use too); CSV's choice line goes to stderr.
 */
export function renderResult(
  io: CliIo,
  choices: readonly (readonly [string, CatalogueChoice])[],
  result: ScoreResult,
  format: Format,
  lang: Language,
  detail: boolean,
  extras: HtmlExtras = {},
): string {
  const output = resultOutput(choices, result, format, lang, detail, extras);
  if (output.notice !== undefined) io.stderr(`spbe: ${output.notice}\n`);
  return output.text;
}

/** Writes the output, then applies `--fail-under`: exit code 4 when the result is below the bar. */
export async function emitResult(io: CliIo, out: string | undefined, text: string, catalogue: Catalogue, result: ScoreResult, values: Parsed['values'], lang: Language): Promise<number> {
  const bar = stringOption(values, 'fail-under');
  // Checked before writing, so that a mistyped bar is a usage error and no half-finished run.
  const failure = bar === undefined ? undefined : failUnder(catalogue, result, bar, lang);
  await emit(io, out, text);
  if (failure === undefined) return EXIT.ok;
  io.stderr(`spbe: ${failure}\n`);
  return EXIT.belowBar;
}

/**
 * `--mapping`: the estimate section of another catalogue's index (readable formats only: JSON
 * and CSV carry the result alone, so there the flag is a usage error rather than ignored).
 */
export async function mappingEstimate(io: CliIo, values: Parsed['values'], format: Format, file: string, scored: ScoredFile): Promise<HtmlExtras> {
  const mappingFile = stringOption(values, 'mapping');
  if (mappingFile === undefined) return {};
  if (format === 'json' || format === 'csv') {
    throw new UsageError({
      id: `--mapping menambah bagian perkiraan pada laporan: gunakan --format html, md, atau table (untuk penilaian hasil pernyataan ulang: spbe restate).`,
      en: `--mapping adds an estimate section to a report: use --format html, md or table (for the restated assessment: spbe restate).`,
    });
  }
  return { estimate: await estimateFor(io, file, mappingFile, scored.result, scored.chosen.catalogue) };
}

export const scoreCommand: Command = {
  flags: commandFlags({ ...DETAIL_FLAG, ...SCORING_FLAGS, 'fail-under': FAIL_UNDER_FLAG, ...MAPPING_FLAG }),
  async run(io, parsed, lang) {
    const [file] = positionals(parsed, 1, 1, 'spbe score <file|->');
    const format = choice<Format>(parsed.values, 'format', 'table');
    const out = stringOption(parsed.values, 'out');
    const flag = await flagCatalogue(io, stringOption(parsed.values, 'catalogue'));
    const scored = await scoreFile(io, flag, file as string, scoreOptions(parsed.values), lang);
    const { result, chosen } = scored;
    const extras = await mappingEstimate(io, parsed.values, format, file as string, scored);
    const text = renderResult(io, [[file as string, chosen]], result, format, lang, parsed.values['detail'] === true, extras);
    return emitResult(io, out, text, chosen.catalogue, result, parsed.values, lang);
  },
};
