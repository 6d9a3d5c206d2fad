import { checkShape } from '../../analysis/read-result.js';
import { safeVerifyResult } from '../../analysis/verify-result.js';
import { safeVerifyRollup, type RollupVerification } from '../../analysis/rollup/verify-rollup.js';
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

/** What `spbe verify` checks: a score result, or a roll-up (`spbe rollup --format json`). */
type VerifyKind = 'result' | 'rollup';

/** What the file is; refuses, with what it is instead, a file that is neither a result nor a roll-up. */
function kindOf(name: string, value: unknown): VerifyKind {
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
  if (Object.hasOwn(value, 'consolidated') && Object.hasOwn(value, 'units')) return 'rollup';
  if (!isRecord(ownValue(value, 'meta'))) {
    throw notResult(name, `Berkas ${name} bukan hasil penilaian: tidak ada "meta" (katalog, opsi, sidik jari).`, `The file ${name} is not a score result: it has no "meta" (catalogue, options, fingerprint).`);
  }
  return 'result';
}

/** The catalogue a result names in `meta.catalogue.id` (a roll-up: its consolidated result), when it is a string. */
function namedCatalogue(value: unknown): string | undefined {
  const meta = isRecord(value) ? ownValue(value, 'meta') : undefined;
  const catalogue = isRecord(meta) ? ownValue(meta, 'catalogue') : undefined;
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
  readonly kind: VerifyKind;
  readonly catalogue?: Catalogue;
  readonly source: VerifySource;
  readonly issues: readonly Issue[];
  /** The result, or the roll-up's consolidated result, when nothing is inconsistent. */
  readonly result?: ScoreResult;
  /** A roll-up's verification, when nothing is inconsistent. */
  readonly rollup?: RollupVerification;
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
  rollupScope: {
    id: 'Artinya hasil konsolidasi ini konsisten dengan hasil unitnya dan dengan katalognya. Ini tidak membuktikan siapa yang menghitungnya atau bahwa tingkat unit adalah tingkat asesor: siapa pun yang mengubah tingkat lalu menggabungkan ulang mendapat hasil yang juga lolos.',
    en: 'This means the roll-up is consistent with its units\' results and with its catalogue. It does not prove who computed it or that the units\' levels are the assessors\': anyone who changes a level and rolls up again gets a roll-up that passes too.',
  },
  units: { id: 'unit', en: 'units' },
  strategy: { id: 'strategi', en: 'strategy' },
} as const;

/** What a roll-up follows from, in the verdict lines. */
const ROLLUP_BASIS = {
  id: 'hasil unit, hasil gabungan, dan opsinya',
  en: "its units' results, its consolidated result and its options",
} as const;
const RESULT_BASIS = { id: 'tingkat, status, dan opsinya', en: 'its levels, statuses and options' } as const;

function rollupVerifiedLines(verification: Verification, checked: RollupVerification, lang: Language): string[] {
  const file = escapeControl(verification.file);
  const { rollup, verified, unchecked } = checked;
  const result = rollup.consolidated;
  const count = rollup.units.length + rollup.unranked.length;
  const lines = [
    verified === 'full'
      ? lang === 'id'
        ? `Terverifikasi: setiap bagian turunan dalam ${file} mengikuti ${ROLLUP_BASIS.id}.`
        : `Verified: every derived part of ${file} follows from ${ROLLUP_BASIS.en}.`
      : lang === 'id'
        ? `Terverifikasi sebagian: setiap bagian yang diperiksa dalam ${file} mengikuti ${ROLLUP_BASIS.id}; ${unchecked.length} bagian tidak dapat diperiksa:`
        : `Partly verified: every part of ${file} that was checked follows from ${ROLLUP_BASIS.en}; ${unchecked.length} ${unchecked.length === 1 ? 'part' : 'parts'} could not be checked:`,
  ];
  if (verified === 'partial') lines.push(...unchecked.map((part) => escapeControl(`  ${part.path.join('.')}: ${part.reason[lang]}`)));
  lines.push(
    `${indexName(verification.catalogue ?? result.meta.catalogue, lang)} ${formatDecimal(result.index.value, lang)} (${escapeControl(predicateName(result.index.predicate, lang))}), ${count} ${WORDS.units[lang]}, ${WORDS.strategy[lang]} ${rollup.strategy}`,
    '',
    WORDS.rollupScope[lang],
  );
  return lines;
}

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
  const basis = verification.kind === 'rollup' ? ROLLUP_BASIS : RESULT_BASIS;
  const lines = [
    lang === 'id'
      ? `Tidak terverifikasi: ${file} tidak mengikuti ${basis.id} (${count} temuan).`
      : `Not verified: ${file} does not follow from ${basis.en} (${count} ${count === 1 ? 'finding' : 'findings'}).`,
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
  const body =
    verification.rollup !== undefined
      ? rollupVerifiedLines(verification, verification.rollup, lang)
      : verification.result === undefined
        ? mismatchLines(verification, lang)
        : verifiedLines(verification, verification.result, lang);
  return `${[header, '', ...body].join('\n')}\n`;
}

function renderJson(verification: Verification): string {
  const { result, rollup } = verification;
  return jsonText({
    // A roll-up says how much was checked: "full", "partial" (see `unchecked`), or false.
    verified: verification.kind === 'rollup' ? (rollup?.verified ?? false) : result !== undefined,
    kind: verification.kind,
    file: verification.file,
    catalogue: verification.catalogue === undefined ? null : { id: verification.catalogue.id, checksum: verification.catalogue.checksum },
    catalogueSource: verification.source,
    ...(result === undefined ? {} : { index: result.index, fingerprint: result.meta.fingerprint }),
    ...(rollup === undefined ? {} : { strategy: rollup.rollup.strategy, unchecked: rollup.unchecked }),
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
  'minimum-coverage': {
    type: 'string',
    value: { id: '<0..1>', en: '<0..1>' },
    help: {
      id: 'hasil konsolidasi: --minimum-coverage yang dipakai spbe rollup, bila bukan bawaan',
      en: 'a roll-up: the --minimum-coverage spbe rollup was given, when not the default',
    },
  },
} as const satisfies Flags;

/**
 * `spbe verify <result.json|rollup.json>`: re-derives every derived field of a saved result from
 * its levels, statuses and options (`safeVerifyResult`), or every part of a saved roll-up from its
 * units' results (`safeVerifyRollup`). Exit 0 when all follow (a roll-up checked only partly says
 * which parts were not), 1 with every mismatch, 2 when the file cannot be checked at all
 * (unreadable, not JSON, neither a result nor a roll-up, unknown catalogue).
 */
export const verifyCommand: Command = {
  flags: VERIFY_FLAGS,
  async run(io, parsed, lang) {
    const [file] = positionals(parsed, 1, 1, 'spbe verify <result.json|rollup.json|->') as [string];
    const format = choice<VerifyFormat>(parsed.values, 'format', 'table');
    const spec = stringOption(parsed.values, 'catalogue');
    const value = await unverifiable(() => loadJson(io, file));
    const kind = kindOf(file, value);
    const coverage = stringOption(parsed.values, 'minimum-coverage')?.replace(',', '.');
    const flag = spec === undefined ? undefined : await unverifiable(() => resolveCatalogue(io, spec));
    // A roll-up names its catalogue in its consolidated result.
    const subject = kind === 'rollup' ? ownValue(value as object, 'consolidated') : value;
    const named = namedCatalogue(subject);
    const verification = ((): Verification => {
      const check = (catalogue: Catalogue, source: VerifySource) => (kind === 'rollup' ? verifyRollupFile(file, catalogue, source, value, coverage) : verify(file, catalogue, source, value));
      if (flag !== undefined) return check(flag, 'flag');
      // Without a catalogue id there is nothing to verify against: the result's shape says what is wrong.
      if (named === undefined) return { file, kind, source: 'none', issues: capIssues(checkShape(subject, kind === 'rollup' ? ['consolidated'] : [])) };
      return check(catalogueNamedBy(file, named), 'result');
    })();
    await emit(io, stringOption(parsed.values, 'out'), format === 'json' ? renderJson(verification) : renderTable(verification, lang));
    return verification.result === undefined ? EXIT.issues : EXIT.ok;
  },
};

function verify(file: string, catalogue: Catalogue, source: VerifySource, value: unknown): Verification {
  const outcome = safeVerifyResult(catalogue, value);
  const base = { file, kind: 'result', catalogue, source } as const;
  return outcome.success ? { ...base, issues: [], result: outcome.output } : { ...base, issues: capIssues(outcome.issues) };
}

function verifyRollupFile(file: string, catalogue: Catalogue, source: VerifySource, value: unknown, minimumCoverage: string | undefined): Verification {
  const outcome = safeVerifyRollup(catalogue, value, minimumCoverage === undefined ? {} : { minimumCoverage });
  // A bad --minimum-coverage means nothing could be checked: a usage error, like an unreadable file.
  if (!outcome.success && outcome.issues.some((issue) => issue.code === 'analysis.option_invalid')) {
    throw new InputIssues(
      outcome.issues.map((issue) => ({ ...issue, path: ['--minimum-coverage'] })),
      EXIT.usage,
    );
  }
  const base = { file, kind: 'rollup', catalogue, source } as const;
  return outcome.success ? { ...base, issues: [], result: outcome.output.rollup.consolidated, rollup: outcome.output } : { ...base, issues: capIssues(outcome.issues) };
}
