import { describe, expect, it } from 'vitest';
import { safeDefineCatalogue } from '../../src/catalogue/define.js';
import type { Issue } from '../../src/model/issue.js';
import { baseDefinition } from '../helpers/small-catalogue.js';

/*
 * How shape problems found by the Zod Mini schema become issues (src/catalogue/zod-issues.ts):
 * the message fits the field. Only the decimal fields of predikat bands and measures are
 * "decimal strings"; the other fields under `predicates` and `measure` keep their area's code
 * but say what they are, and a missing key says it is missing.
 */

function issueAt(data: unknown, path: readonly (string | number)[]): Issue {
  const outcome = safeDefineCatalogue(data);
  if (outcome.success) throw new Error('expected the catalogue to be rejected');
  const found = outcome.issues.find((issue) => JSON.stringify(issue.path) === JSON.stringify(path));
  if (found === undefined) throw new Error(`no issue at ${path.join('.')}: ${JSON.stringify(outcome.issues)}`);
  return found;
}

const MEASURED = ['groups', 1, 'groups', 0, 'indicators', 0, 'measure'] as const;

function withMeasure(measure: unknown): Record<string, any> {
  const d = baseDefinition();
  d.groups[1].groups[0].indicators[0].measure = measure;
  return d;
}

describe('catalogue shape issues: a decimal field', () => {
  it('given a number says it must be a decimal string (as before)', () => {
    const d = baseDefinition();
    d.predicates[0].min = 3.5;
    expect(issueAt(d, ['predicates', 0, 'min'])).toEqual({
      code: 'catalogue.predicate_invalid',
      path: ['predicates', 0, 'min'],
      message: { id: 'predicates.0.min harus berupa teks desimal seperti "1.30".', en: 'predicates.0.min must be a decimal string such as "1.30".' },
      expected: 'decimal string',
      received: '3.5',
    });
  });

  it('when missing says it is missing', () => {
    const d = baseDefinition();
    delete d.predicates[1].max;
    expect(issueAt(d, ['predicates', 1, 'max'])).toEqual({
      code: 'catalogue.predicate_invalid',
      path: ['predicates', 1, 'max'],
      message: {
        id: 'predicates.1.max wajib diisi dengan teks desimal seperti "1.30".',
        en: 'predicates.1.max is required: a decimal string such as "1.30".',
      },
      expected: 'decimal string',
    });
  });

  it('of a measure band, when missing, says it is missing', () => {
    const issue = issueAt(withMeasure({ min: '0', max: '2', bands: [{ max: '2', level: 1 }] }), [...MEASURED, 'bands', 0, 'min']);
    expect(issue.code).toBe('catalogue.measure_invalid');
    expect(issue.message.en).toBe(`${[...MEASURED, 'bands', 0, 'min'].join('.')} is required: a decimal string such as "1.30".`);
  });
});

describe('catalogue shape issues: other fields under predicates and measure', () => {
  it('a predikat id of the wrong type names its type, not a decimal string', () => {
    const d = baseDefinition();
    d.predicates[0].id = 7;
    expect(issueAt(d, ['predicates', 0, 'id'])).toEqual({
      code: 'catalogue.predicate_invalid',
      path: ['predicates', 0, 'id'],
      message: { id: 'predicates.0.id harus bertipe string, bukan 7.', en: 'predicates.0.id must be of type string, not 7.' },
      expected: 'string',
      received: '7',
    });
  });

  it('a missing predikat id says it is missing', () => {
    const d = baseDefinition();
    delete d.predicates[2].id;
    const issue = issueAt(d, ['predicates', 2, 'id']);
    expect(issue.code).toBe('catalogue.predicate_invalid');
    expect(issue.message).toEqual({ id: 'predicates.2.id wajib diisi (string).', en: 'predicates.2.id is required (string).' });
    expect(issue).not.toHaveProperty('received');
  });

  it('a band level given as text names the integer it must be', () => {
    const path = [...MEASURED, 'bands', 0, 'level'];
    const issue = issueAt(withMeasure({ min: '0', max: '2', bands: [{ min: '0', max: '2', level: '1' }] }), path);
    expect(issue.code).toBe('catalogue.measure_invalid');
    expect(issue.message.en).toBe(`${path.join('.')} must be of type number, not "1".`);
    expect(issue.expected).toBe('number');
  });

  it('bands that are not a list name the list they must be', () => {
    const issue = issueAt(withMeasure({ min: '0', max: '2', bands: 'none' }), [...MEASURED, 'bands']);
    expect(issue.code).toBe('catalogue.measure_invalid');
    expect(issue.message.en).toBe(`${[...MEASURED, 'bands'].join('.')} must be of type array, not "none".`);
  });

  it('a missing bands list says it is missing', () => {
    const issue = issueAt(withMeasure({ min: '0', max: '2' }), [...MEASURED, 'bands']);
    expect(issue.message.en).toBe(`${[...MEASURED, 'bands'].join('.')} is required (array).`);
  });
});
