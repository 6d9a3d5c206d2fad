import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { safeParseAssessmentCsv } from '../../src/input/assessment-csv.js';
import { safeParseResponsibilitiesCsv } from '../../src/input/responsibilities-csv.js';
import type { Issue } from '../../src/model/issue.js';

/*
 * Issue 12, section 5: the CSV readers' options are read like every other function's: an unknown
 * key is an issue (not silently ignored), a value of the wrong kind is named as the option's
 * problem (not a "csv.parse_error" of the file), options are own properties, and the safe readers
 * never throw, whatever they are given as options.
 */

const assessment = 'indikator;tingkat\n1;3\n';
const responsibilities = 'indikator;opd\n1;Bappeda\n';

const readers = [
  ['safeParseAssessmentCsv', (options: unknown) => safeParseAssessmentCsv(assessment, options as never)],
  ['safeParseResponsibilitiesCsv', (options: unknown) => safeParseResponsibilitiesCsv(responsibilities, options as never)],
] as const;

const codes = (issues: readonly Issue[]) => issues.map((issue) => [issue.code, issue.path.join('.')]);

describe.each(readers)('%s options', (_, read) => {
  it('accepts none, an empty object and a compiled catalogue', () => {
    for (const options of [undefined, {}, { catalogue: permenpanrb592020 }, { catalogue: undefined }]) {
      const outcome = read(options);
      // With the catalogue, the one-row responsibilities file leaves indicators unowned: issues
      // about the file, none about the options.
      const optionCodes = outcome.success ? [] : outcome.issues.filter((issue) => issue.code.startsWith('option'));
      expect(optionCodes).toEqual([]);
      if (options?.catalogue === undefined) expect(outcome.success).toBe(true);
    }
  });

  it('refuses options that are not an object, without throwing', () => {
    for (const options of [null, 3, 'katalog', true]) {
      const outcome = read(options);
      expect(outcome.success).toBe(false);
      if (!outcome.success) expect(codes(outcome.issues)).toEqual([['option.invalid', 'options']]);
    }
  });

  it('reports an unknown key instead of ignoring it', () => {
    const outcome = read({ catalog: permenpanrb592020 });
    expect(outcome.success).toBe(false);
    if (!outcome.success) {
      expect(codes(outcome.issues)).toEqual([['options.unknown', 'options.catalog']]);
      expect(outcome.issues[0]!.message.en).toBe('Option "catalog" is unknown.');
      expect(outcome.issues[0]!.message.id).toBe('Opsi "catalog" tidak dikenal.');
    }
  });

  it('names a catalogue that is not a compiled one as the option\'s problem, not the file\'s', () => {
    for (const catalogue of ['permenpanrb-59-2020', {}, null, permenpanrb592020.definition]) {
      const outcome = read({ catalogue });
      expect(outcome.success).toBe(false);
      if (!outcome.success) expect(codes(outcome.issues)).toEqual([['option.invalid', 'options.catalogue']]);
    }
  });

  it('reads own properties only: an inherited catalogue is not an option', () => {
    const inherited = Object.create({ catalogue: 'not a catalogue' }) as object;
    expect(read(inherited).success).toBe(true);
  });
});

describe('safeParseResponsibilitiesCsv units', () => {
  it('must be a list', () => {
    const outcome = safeParseResponsibilitiesCsv(responsibilities, { units: 'Bappeda' as never });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(codes(outcome.issues)).toEqual([['option.invalid', 'options.units']]);
    expect(safeParseResponsibilitiesCsv(responsibilities, { units: ['Bappeda'] }).success).toBe(true);
  });
});
