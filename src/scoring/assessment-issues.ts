import { withDecimalComma } from '../arithmetic/decimal-string.js';
import { describeValue, makeIssue, type Issue, type PathSegment } from '../model/issue.js';

/**
 * Issue builders for assessments and score options: every code `score` can report, with its
 * Indonesian and English message, in one place. Each builder is its own export, imported as
 * `* as assessmentIssues`: bundlers then shorten their names, which an object's keys keep.
 */

/** Every issue code an assessment or score options can produce. @category Errors */
export const ASSESSMENT_ISSUE_CODES = /* @__PURE__ */ Object.freeze([
  'assessment.invalid_type',
  'assessment.unknown_key',
  'assessment.levels_invalid_type',
  'assessment.metadata_invalid',
  'assessment.nothing_applicable',
  'indicator.missing',
  'indicator.unknown',
  'level.null',
  'level.string',
  'level.nan',
  'level.not_finite',
  'level.not_integer',
  'level.out_of_range',
  'level.empty',
  'level.exponent',
  'level.too_many_slashes',
  'level.zero_denominator',
  'level.malformed',
  'level.converted',
  'indicator.duplicate',
  'assessment.catalogue_mismatch',
  'level.zero',
  'level.invalid_type',
  'level.not_applicable_forbidden',
  'level.input_invalid',
  'level.no_criteria',
  'level.criteria_invalid',
  'level.unknown_criterion',
  'level.criteria_inconsistent',
  'level.no_measure',
  'level.value_invalid',
  'level.value_out_of_range',
  'option.invalid',
  'options.unknown',
  'catalogue.invalid_type',
] as const);

/** An issue code of assessments and score options. @category Errors */
export type AssessmentIssueCode = (typeof ASSESSMENT_ISSUE_CODES)[number];

/** Codes of a level given as a plain value (criteria and measured values have their own builders). */
type ScalarLevelIssueCode =
  | 'level.null'
  | 'level.string'
  | 'level.nan'
  | 'level.not_finite'
  | 'level.not_integer'
  | 'level.out_of_range'
  | 'level.empty'
  | 'level.exponent'
  | 'level.too_many_slashes'
  | 'level.zero_denominator'
  | 'level.malformed'
  | 'level.zero'
  | 'level.invalid_type'
  | 'level.not_applicable_forbidden';

export const invalidType = (received: unknown): Issue =>
  makeIssue(
    'assessment.invalid_type',
    [],
    { id: 'Penilaian harus berupa objek JSON.', en: 'The assessment must be a JSON object.' },
    { expected: 'object', received: describeValue(received) },
  );

export const unknownKey = (key: string): Issue =>
  makeIssue(
    'assessment.unknown_key',
    [key],
    {
      id: `Kunci "${key}" tidak dikenal dalam penilaian (yang diterima: levels, catalogue, agency, year, note, notes).`,
      en: `Unknown key "${key}" in the assessment (accepted: levels, catalogue, agency, year, note, notes).`,
    },
    { received: key },
  );

export const levelsInvalid = (received: unknown): Issue =>
  makeIssue(
    'assessment.levels_invalid_type',
    ['levels'],
    {
      id: 'Penilaian harus memiliki "levels": objek berisi tingkat per indikator.',
      en: 'The assessment must have "levels": an object of levels by indicator id.',
    },
    { expected: 'object', received: describeValue(received) },
  );

export const metadataInvalid = (path: readonly PathSegment[], expected: string, received: unknown): Issue =>
  makeIssue(
    'assessment.metadata_invalid',
    path,
    {
      id: `Nilai "${path.join('.')}" harus bertipe ${expected}.`,
      en: `"${path.join('.')}" must be of type ${expected}.`,
    },
    { expected, received: describeValue(received) },
  );

export const nothingApplicable = (): Issue =>
  makeIssue('assessment.nothing_applicable', ['levels'], {
    id: 'Tidak ada indikator yang dinilai: indeks tidak dapat dihitung.',
    en: 'No indicator was assessed: the index cannot be computed.',
  });

export const missing = (id: string): Issue =>
  makeIssue(
    'indicator.missing',
    ['levels', id],
    { id: `Tingkat indikator ${id} tidak diisi.`, en: `Indicator ${id} has no level.` },
    { expected: 'level' },
  );

/** An id that is not an indicator of the catalogue: a key of `levels` or `notes`, an `allowNotApplicable` entry. */
export const unknownIndicator = (id: string, catalogueId: string, path: readonly PathSegment[] = ['levels', id]): Issue =>
  makeIssue(
    'indicator.unknown',
    path,
    {
      id: `Indikator "${id}" tidak ada dalam katalog ${catalogueId}.`,
      en: `Indicator "${id}" is not in catalogue ${catalogueId}.`,
    },
    { received: id },
  );

export const catalogueInvalid = (received: unknown): Issue =>
  makeIssue(
    'catalogue.invalid_type',
    ['catalogue'],
    {
      id: 'Argumen pertama harus katalog terkompilasi (bawaan atau dari defineCatalogue).',
      en: 'The first argument must be a compiled catalogue (built-in or from defineCatalogue).',
    },
    { expected: 'compiled catalogue', received: describeValue(received) },
  );

export const level = (
  code: ScalarLevelIssueCode,
  id: string,
  received: unknown,
  range: { min: number; max: number; values?: 'whole' | 'fractional' },
): Issue => {
  const expected = `${range.min}..${range.max}`;
  const shown = describeValue(received);
  const fractional = range.values === 'fractional';
  const texts: Record<typeof code, { id: string; en: string }> = {
    'level.null': { id: `Tingkat indikator ${id} kosong (null).`, en: `Indicator ${id} level is null.` },
    'level.string': {
      id: `Tingkat indikator ${id} harus berupa angka, bukan teks ${shown}.`,
      en: `Indicator ${id} level must be a number, not the string ${shown}.`,
    },
    'level.empty': { id: `Nilai indikator ${id} kosong.`, en: `Indicator ${id} value is empty.` },
    'level.exponent': {
      id: `Nilai indikator ${id} ${shown} memakai notasi eksponen.`,
      en: `Indicator ${id} value ${shown} uses exponent notation.`,
    },
    'level.too_many_slashes': {
      id: `Nilai indikator ${id} ${shown} memiliki lebih dari satu garis miring.`,
      en: `Indicator ${id} value ${shown} has more than one slash.`,
    },
    'level.zero_denominator': {
      id: `Nilai indikator ${id} ${shown} berpenyebut nol.`,
      en: `Indicator ${id} value ${shown} has a zero denominator.`,
    },
    'level.malformed': {
      id: `Nilai indikator ${id} ${shown} bukan pecahan ("7/6") atau desimal ("1.26").`,
      en: `Indicator ${id} value ${shown} is not a fraction ("7/6") or decimal ("1.26").`,
    },
    'level.nan': { id: `Tingkat indikator ${id} bukan angka (NaN).`, en: `Indicator ${id} level is NaN.` },
    'level.not_finite': {
      id: `Tingkat indikator ${id} harus berhingga, bukan ${shown}.`,
      en: `Indicator ${id} level must be finite, not ${shown}.`,
    },
    'level.not_integer': {
      id: `Tingkat indikator ${id} harus bulat, bukan ${shown}: skala katalog ini hanya menerima tingkat bulat.`,
      en: `Indicator ${id} level must be whole, not ${shown}: this catalogue's scale takes whole levels only.`,
    },
    'level.out_of_range': {
      id: `Tingkat indikator ${id} harus ${range.min}–${range.max}, bukan ${shown}.`,
      en: `Indicator ${id} level must be ${range.min}–${range.max}, not ${shown}.`,
    },
    'level.zero': {
      id: `Tingkat indikator ${id} bernilai 0, di luar skala ${range.min}–${range.max} (izinkan dengan opsi allowZero).`,
      en: `Indicator ${id} level is 0, outside the ${range.min}–${range.max} scale (allow it with the allowZero option).`,
    },
    // A fractional scale also takes fraction and decimal strings: say so, not only "a number".
    'level.invalid_type': fractional
      ? {
          id: `Nilai indikator ${id} harus berupa angka, pecahan ("7/6") atau desimal ("1.26"), bukan ${shown}.`,
          en: `Indicator ${id} value must be a number, a fraction ("7/6") or decimal ("1.26"), not ${shown}.`,
        }
      : {
          id: `Tingkat indikator ${id} harus berupa angka, bukan ${shown}.`,
          en: `Indicator ${id} level must be a number, not ${shown}.`,
        },
    'level.not_applicable_forbidden': {
      id: `Indikator ${id} tidak boleh dinyatakan "na" (tidak berlaku) menurut katalog dan opsi.`,
      en: `Indicator ${id} may not be "na" (not applicable) under the catalogue and options.`,
    },
  };
  return makeIssue(code, ['levels', id], texts[code], { expected, received: shown });
};

export const duplicate = (key: string, id: string, other: string): Issue =>
  makeIssue(
    'indicator.duplicate',
    ['levels', key],
    {
      id: `"${key}" dan "${other}" sama-sama indikator ${id}.`,
      en: `"${key}" and "${other}" both name indicator ${id}.`,
    },
    { received: key },
  );

export const catalogueMismatch = (named: string, catalogueId: string): Issue =>
  makeIssue(
    'assessment.catalogue_mismatch',
    ['catalogue'],
    {
      id: `Penilaian ini untuk katalog "${named}", bukan "${catalogueId}".`,
      en: `This assessment is for catalogue "${named}", not "${catalogueId}".`,
    },
    { expected: catalogueId, received: named },
  );

export const converted = (key: string, id: string, measure: { id: string; en: string }, value: string, level: number): Issue =>
  makeIssue(
    'level.converted',
    ['levels', key, 'value'],
    {
      id: `Indikator ${id}: tingkat ${level} dikonversi dari ${measure.id} ${withDecimalComma(value)}.`,
      en: `Indicator ${id}: level ${level} converted from ${measure.en} ${value}.`,
    },
    { received: value },
  );

export const zeroAccepted = (id: string): Issue =>
  makeIssue(
    'level.zero',
    ['levels', id],
    {
      id: `Tingkat indikator ${id} bernilai 0 dan diterima karena opsi allowZero.`,
      en: `Indicator ${id} level 0 was accepted because of the allowZero option.`,
    },
    { received: '0' },
  );

/** `name` undefined: the options object itself is invalid. */
export const option = (name: string | undefined, expected: string, received: unknown): Issue =>
  makeIssue(
    'option.invalid',
    name === undefined ? ['options'] : ['options', name],
    {
      id: `Opsi "${name ?? 'options'}" tidak valid: diharapkan ${expected}.`,
      en: `Option "${name ?? 'options'}" is invalid: expected ${expected}.`,
    },
    { expected, received: describeValue(received) },
  );
