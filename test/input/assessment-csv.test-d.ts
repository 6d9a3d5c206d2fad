import { describe, expectTypeOf, it } from 'vitest';
import { parseAssessmentCsv, safeParseAssessmentCsv, type CsvReadResult } from '../../src/csv.js';
import type { Assessment, Issue, SafeResult } from '../../src/index.js';

describe('CSV reader types', () => {
  it('returns a safe result of an assessment, with warnings on both branches', () => {
    expectTypeOf(safeParseAssessmentCsv('')).toEqualTypeOf<CsvReadResult>();
    expectTypeOf(safeParseAssessmentCsv('')).toMatchTypeOf<SafeResult<Assessment>>();
    expectTypeOf(safeParseAssessmentCsv('').warnings).toEqualTypeOf<readonly Issue[]>();
    expectTypeOf(parseAssessmentCsv('')).toEqualTypeOf<CsvReadResult>();
  });

  it('takes text or bytes, nothing else', () => {
    safeParseAssessmentCsv(new Uint8Array());
    safeParseAssessmentCsv(new ArrayBuffer(0));
    // @ts-expect-error a number is not a file
    safeParseAssessmentCsv(3);
  });
});
