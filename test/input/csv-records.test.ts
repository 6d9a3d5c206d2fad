import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../src/input/csv-records.js';

/*
 * The CSV readers parse a file slice by slice, each cut at a line end outside quoted fields. The
 * oracle is what the readers did before: one csv-parse over the whole file, each record handed
 * over through on_record with its number. Cut as finely as any slice size, the records, their
 * numbers and any parse error must be exactly the whole file's.
 */

type Reading = { records: [number, string[]][]; stopped?: string };

const OPTIONS = { bom: false, record_delimiter: ['\r\n', '\n', '\r'], skip_empty_lines: true, relax_column_count: true };

function whole(text: string, delimiter: string): Reading {
  const records: [number, string[]][] = [];
  try {
    parse(new TextEncoder().encode(text), {
      ...OPTIONS,
      delimiter,
      on_record: (record: string[], context) => {
        records.push([context.records, record]);
        return null;
      },
    });
  } catch (error) {
    return { records, stopped: `The CSV cannot be read: ${(error as Error).message}` };
  }
  return { records };
}

function sliced(text: string, slice?: number): Reading {
  const records: [number, string[]][] = [];
  const read = readCsvRecords(
    new TextEncoder().encode(text),
    (record) => {
      records.push([1, record]);
      return true;
    },
    (record, number) => records.push([number, record]),
    slice,
  );
  if (read.stopped !== undefined) return read.stopped.code === 'csv.parse_error' ? { records, stopped: read.stopped.message.en } : { records };
  return { records };
}

/** A reading compared with the oracle: the same records with the same numbers, or the same error. */
function expectSame(text: string, slice?: number): void {
  const separator = (text.split('\n')[0]!.split(';').length > text.split('\n')[0]!.split(',').length ? ';' : ',');
  const expected = whole(text, separator);
  const actual = sliced(text, slice);
  if (expected.stopped !== undefined) expect(actual.stopped).toBe(expected.stopped);
  else expect(actual).toEqual(expected);
}

const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', '3', ' ', 'é', ';', ','), maxLength: 6 }),
  // Quoted, with separators, quotes and every kind of line end inside.
  fc.string({ unit: fc.constantFrom('a', ';', ',', '"', '\n', '\r', '\r\n', 'é'), maxLength: 8 }).map((text) => `"${text.replaceAll('"', '""')}"`),
);
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
const csvFile = fc
  .array(fc.tuple(fc.array(cell, { minLength: 0, maxLength: 4 }), lineEnd), { minLength: 1, maxLength: 30 })
  .map((rows) => `indikator;tingkat;catatan\n${rows.map(([cells, end]) => cells.join(';') + end).join('')}`);

describe('readCsvRecords (the CSV readers, slice by slice)', () => {
  it('gives the whole file’s records and numbers however finely a valid file is cut', () => {
    fc.assert(
      fc.property(csvFile, fc.integer({ min: 1, max: 40 }), (text, slice) => expectSame(text, slice)),
      { numRuns: 300 },
    );
  });

  it('gives the whole file’s records, or its very parse error, for any text cut anywhere', () => {
    const text = fc.string({ unit: fc.constantFrom(';', ',', '"', '\r', '\n', ' ', 'a', '3'), maxLength: 120 });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 20 }), (body, slice) => expectSame(`indikator;tingkat\n${body}`, slice)),
      { numRuns: 500 },
    );
  });

  it('reads a file many slices long at the real slice size, notes with line breaks and quotes across the cuts', () => {
    const rows = Array.from({ length: 6000 }, (_, n) => `${n};3;"catatan ${n}\r\nbaris ""dua""; ${'x'.repeat(n % 17)}"${n % 3 === 0 ? '\r\n' : '\n'}`);
    const text = `indikator;tingkat;catatan\n${rows.join('')}`;
    expect(text.length).toBeGreaterThan(30 * 8192);
    expectSame(text);
    expect(sliced(text).records).toHaveLength(6001);
  });

  it('reports a parse error far into the file with the whole file’s line number, not the slice’s', () => {
    const good = Array.from({ length: 5000 }, (_, n) => `${n};3\n`).join('');
    const read = sliced(`indikator;tingkat\n${good}7;3"x\n8;3\n`);
    expect(read.stopped).toMatch(/line 5002/);
    expectSame(`indikator;tingkat\n${good}7;3"x\n8;3\n`);
    expectSame(`indikator;tingkat\n${good}7;"3\n8;3\n`);
  });

  it('reads an empty file as csv.empty and a header alone as no rows', () => {
    expect(readCsvRecords(new Uint8Array(), () => true, () => undefined).stopped?.code).toBe('csv.empty');
    expect(readCsvRecords(new TextEncoder().encode('\n\r\n'), () => true, () => undefined).stopped?.code).toBe('csv.empty');
    expect(sliced('indikator;tingkat\r\n', 1)).toEqual({ records: [[1, ['indikator', 'tingkat']]] });
  });
});
