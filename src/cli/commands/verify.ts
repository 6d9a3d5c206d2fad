import { checkShape } from '../../analysis/read-result.js';
import { safeVerifyResult } from '../../analysis/verify-result.js';
import type { Catalogue } from '../../model/catalogue.js';
import { capIssues, makeIssue, ownValue, type Issue } from '../../model/issue.js';
import type { Language } from '../../model/localized.js';
import type { ScoreResult } from '../../model/result.js';
import { indexName, predicateName } from '../../report/labels.js';
import { formatDecimal } from '../../report/number-format.js';
import { escapeControl } from '../../report/terminal-text.js';
import { builtinCatalogue, resolveCatalogue } from '../catalogues.js';
import { commandFlags, type Command } from '../command.js';
import { InputIssues } from '../errors.js';
import { EXIT } from '../io.js';
import { loadJson } from '../load-assessment.js';
import { choice, positionals, stringOption, type Flags } from '../options.js';
import { emit, jsonText, pathText } from '../output.js';

const VERIFY_FORMATS = ['table', 'json'] as const;
type VerifyFormat = (typeof VERIFY_FORMATS)[number];

/** Where the catalogue a result is verified against came from; `none` when the result names none. */
type VerifySource = 'flag' | 'result' | 'none';

/**
 * Runs a step that reads what is to be verified. Its issues mean the file could not be checked
 * at all, which is exit code 2: exit code 1 is kept for "checked, and it does not follow".
 */
async function unverifiable<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof InputIssues) throw new InputIssues(error.issues, EXIT.usage);
    throw error;
  }
}

function notResult(name: string, id: string, en: string): InputIssues {
  return new InputIssues([makeIssue('input.not_result', [name], { id, en })], EXIT.usage);
}

const isRecord = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Refuses, with what it is instead, a file that is not a score result at all. */
function checkIsResult(name: string, value: unknown): void {
  if (!isRecord(value)) {
    throw notResult(name, `Berkas ${name} bukan hasil penilaian (objek JSON dari spbe score --format json).`, `The file ${name} is not a score result (the JSON object spbe score --format json writes).`);
  }
  if (Object.hasOwn(value, 'levels')) {
    throw notResult(
      name,
      `Berkas ${name} adalah penilaian, bukan hasil: hitung dengan spbe score --format json, lalu verifikasi hasilnya.`,
      `The file ${name} is an assessment, not a result: score it with spbe score --format json, then verify that.`,
    );
  }
  if (Object.hasOwn(value, 'consolidated') && Object.hasOwn(value, 'units')) {
    throw notResult(
      name,
      `Berkas ${name} adalah hasil konsolidasi (spbe rollup): simpan kolom "consolidated" sebagai berkas tersendiri lalu verifikasi berkas itu.`,
      `The file ${name} is a roll-up (spbe rollup): save its "consolidated" field as a file of its own and verify that.`,
    );
  }
  if (!isRecord(ownValue(value, 'meta'))) {
    throw notResult(name, `Berkas ${name} bukan hasil penilaian: tidak ada "meta" (katalog, opsi, sidik jari).`, `The file ${name} is not a score result: it has no "meta" (catalogue, options, fingerprint).`);
  }
}

/** The catalogue the result names in `meta.catalogue.id`, when it is a string. */
function namedCatalogue(value: object): string | undefined {
  const meta = ownValue(value, 'meta') as object;
  const catalogue = ownValue(meta, 'catalogue');
  const id = isRecord(catalogue) ? ownValue(catalogue, 'id') : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** The built-in catalogue the result names; a name that is not built in needs `--catalogue`. */
function catalogueNamedBy(name: string, id: string): Catalogue {
  const catalogue = builtinCatalogue(id);
  if (catalogue !== undefined) return catalogue;
  throw new InputIssues(
    [
      makeIssue(
        'input.catalogue_unknown',
        [name, 'meta', 'catalogue', 'id'],
        {
          id: `Hasil ini dihitung dengan katalog "${id}", yang bukan katalog bawaan: berikan berkasnya dengan --catalogue <berkas.json>.`,
          en: `This result was computed with the catalogue "${id}", which is not built in: give its file with --catalogue <file.json>.`,
        },
        { received: id },
      ),
    ],
    EXIT.usage,
  );
}

/** What was verified, and what was found: the command's answer in every format. */
interface Verification {
  readonly file: string;
  readonly catalogue?: Catalogue;
  readonly source: VerifySource;
  readonly issues: readonly Issue[];
  readonly result?: ScoreResult;
}

const WORDS = {
  catalogue: { id: 'Katalog', en: 'Catalogue' },
  flag: { id: 'dari --catalogue', en: 'from --catalogue' },
  result: { id: 'disebut hasil dalam meta.catalogue', en: 'named by the result in meta.catalogue' },
  none: { id: 'hasil tidak menyebut katalognya', en: 'the result names none' },
  expected: { id: 'seharusnya', en: 'expected' },
  found: { id: 'ditemukan', en: 'found' },
  indicators: { id: 'indikator', en: 'indicators' },
  fingerprint: { id: 'sidik jari', en: 'fingerprint' },
  scope: {
    id: 'Artinya hasil ini konsisten dengan dirinya sendiri dan dengan katalognya. Ini tidak membuktikan siapa yang menghitungnya atau bahwa tingkatnya adalah tingkat asesor: siapa pun yang mengubah tingkat lalu menghitung ulang mendapat hasil yang juga lolos.',
    en: 'This means the result is consistent with itself and with its catalogue. It does not prove who computed it or that its levels are the assessors\': anyone who changes a level and scores again gets a result that passes too.',
  },
} as const;

function verifiedLines(verification: Verification, result: ScoreResult, lang: Language): string[] {
  const file = escapeControl(verification.file);
  return [
    lang === 'id'
      ? `Terverifikasi: setiap nilai turunan dalam ${file} mengikuti tingkat, status, dan opsinya.`
      : `Verified: every derived value in ${file} follows from its levels, statuses and options.`,
    `${indexName(verification.catalogue ?? result.meta.catalogue, lang)} ${formatDecimal(result.index.value, lang)} (${escapeControl(predicateName(result.index.predicate, lang))}), ${result.indicators.length} ${WORDS.indicators[lang]}, ${WORDS.fingerprint[lang]} ${escapeControl(result.meta.fingerprint)}`,
    '',
    WORDS.scope[lang],
  ];
}

function mismatchLines(verification: Verification, lang: Language): string[] {
  const file = escapeControl(verification.file);
  const count = verification.issues.length;
  const lines = [
    lang === 'id'
      ? `Tidak terverifikasi: ${file} tidak mengikuti tingkat, status, dan opsinya (${count} temuan).`
      : `Not verified: ${file} does not follow from its levels, statuses and options (${count} ${count === 1 ? 'finding' : 'findings'}).`,
  ];
  // One line per field, never cut: the expected fingerprint is longer than a table column.
  const compared = verification.issues.filter((issue) => issue.expected !== undefined);
  if (compared.length > 0) {
    lines.push('', ...compared.map((issue) => escapeControl(`${pathText(issue)}: ${WORDS.expected[lang]} ${issue.expected}, ${WORDS.found[lang]} ${issue.received ?? '–'}`)));
  }
  // Issues that compare nothing (a field of the wrong type, a count of the rest) are said in words.
  const told = verification.issues.filter((issue) => issue.expected === undefined || issue.code !== 'result.inconsistent');
  if (told.length > 0) lines.push('', ...told.map((issue) => escapeControl(`${pathText(issue)}: ${issue.message[lang]}`)));
  return lines;
}

function renderTable(verification: Verification, lang: Language): string {
  const reason = WORDS[verification.source][lang];
  const header = `${WORDS.catalogue[lang]}: ${escapeControl(verification.catalogue?.id ?? '–')} (${reason})`;
  const body = verification.result === undefined ? mismatchLines(verification, lang) : verifiedLines(verification, verification.result, lang);
  return `${[header, '', ...body].join('\n')}\n`;
}

function renderJson(verification: Verification): string {
  const { result } = verification;
  return jsonText({
    verified: result !== undefined,
    file: verification.file,
    catalogue: verification.catalogue === undefined ? null : { id: verification.catalogue.id, checksum: verification.catalogue.checksum },
    catalogueSource: verification.source,
    ...(result === undefined ? {} : { index: result.index, fingerprint: result.meta.fingerprint }),
    mismatches: verification.issues.map((issue) => ({
      code: issue.code,
      path: issue.path,
      ...(issue.expected === undefined ? {} : { expected: issue.expected }),
      ...(issue.received === undefined ? {} : { found: issue.received }),
      message: issue.message,
    })),
  });
}

const VERIFY_FLAGS = {
  ...commandFlags({}, VERIFY_FORMATS),
  catalogue: {
    type: 'string',
    value: { id: '<id|berkas.json>', en: '<id|file.json>' },
    help: {
      id: 'katalog untuk verifikasi; tanpa opsi ini: katalog bawaan yang disebut hasil (meta.catalogue.id)',
      en: 'the catalogue to verify against; without it: the built-in catalogue the result names (meta.catalogue.id)',
    },
  },
} as const satisfies Flags;

/**
 * `spbe verify <result.json>`: re-derives every derived field of a saved result from its levels,
 * statuses and options (`safeVerifyResult`). Exit 0 when all follow, 1 with every mismatch, 2 when
 * the file cannot be checked at all (unreadable, not JSON, not a result, unknown catalogue).
 */
export const verifyCommand: Command = {
  flags: VERIFY_FLAGS,
  async run(io, parsed, lang) {
    const [file] = positionals(parsed, 1, 1, 'spbe verify <result.json|->') as [string];
    const format = choice<VerifyFormat>(parsed.values, 'format', 'table');
    const spec = stringOption(parsed.values, 'catalogue');
    const value = await unverifiable(() => loadJson(io, file));
    checkIsResult(file, value);
    const flag = spec === undefined ? undefined : await unverifiable(() => resolveCatalogue(io, spec));
    const named = namedCatalogue(value as object);
    const verification = ((): Verification => {
      if (flag !== undefined) return verify(file, flag, 'flag', value);
      // Without a catalogue id there is nothing to verify against: the result's shape says what is wrong.
      if (named === undefined) return { file, source: 'none', issues: capIssues(checkShape(value)) };
      return verify(file, catalogueNamedBy(file, named), 'result', value);
    })();
    await emit(io, stringOption(parsed.values, 'out'), format === 'json' ? renderJson(verification) : renderTable(verification, lang));
    return verification.result === undefined ? EXIT.issues : EXIT.ok;
  },
};

function verify(file: string, catalogue: Catalogue, source: VerifySource, value: unknown): Verification {
  const outcome = safeVerifyResult(catalogue, value);
  return outcome.success ? { file, catalogue, source, issues: [], result: outcome.output } : { file, catalogue, source, issues: capIssues(outcome.issues) };
}
