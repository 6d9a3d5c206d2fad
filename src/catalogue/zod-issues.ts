import type { core } from 'zod/mini';
import { describeValue, type Issue, type PathSegment } from '../model/issue.js';
import { catalogueIssue, type CatalogueIssueCode } from './catalogue-issues.js';
import { isForbiddenKey } from './forbidden-keys.js';

/**
 * Turns zod's issues about a catalogue's shape into the library's issues: stable codes, the
 * path, and a message in both languages. zod's own English messages are not passed on.
 */

/** Keys whose value is a `Localized` text, and keys whose value is a list of them. */
const LOCALIZED_KEYS = new Set(['title', 'name', 'label', 'plural', 'meaning', 'text']);
const LOCALIZED_LISTS = new Set(['legalBasis', 'provenance']);
const NAME_KEYS = new Set(['name', 'label', 'plural', 'title', 'meaning', 'text']);

function isLanguage(path: readonly PathSegment[]): boolean {
  const last = path[path.length - 1];
  if (last !== 'id' && last !== 'en') return false;
  const parent = path[path.length - 2];
  if (typeof parent === 'string') return LOCALIZED_KEYS.has(parent);
  const grandparent = path[path.length - 3];
  return typeof parent === 'number' && typeof grandparent === 'string' && LOCALIZED_LISTS.has(grandparent);
}

function where(path: readonly PathSegment[]): string {
  return path.length === 0 ? '(root)' : path.join('.');
}

/** The area's own code for a malformed value, so that predikat bands and measures keep their codes. */
function areaCode(path: readonly PathSegment[]): CatalogueIssueCode {
  if (path[0] === 'predicates') return 'catalogue.predicate_invalid';
  if (path.includes('measure')) return 'catalogue.measure_invalid';
  return 'catalogue.invalid_type';
}

/**
 * The code of a field written as a decimal string (a weight; a bound of a predikat band, a measure
 * or a measure's band), or undefined for any other field: only these get the decimal message.
 */
function decimalFieldCode(path: readonly PathSegment[]): CatalogueIssueCode | undefined {
  const last = path[path.length - 1];
  if (last === 'weight' || last === 'totalWeight') return 'catalogue.weight_invalid';
  const area = areaCode(path);
  return (last === 'min' || last === 'max') && area !== 'catalogue.invalid_type' ? area : undefined;
}

/** A value of the wrong type, or a missing one, at a field whose expected type zod names. */
function typeIssue(code: CatalogueIssueCode, path: readonly PathSegment[], expected: string, received: unknown): Issue {
  const at = where(path);
  return received === undefined
    ? catalogueIssue(code, path, `${at} wajib diisi (${expected}).`, `${at} is required (${expected}).`, { expected })
    : catalogueIssue(
        code,
        path,
        `${at} harus bertipe ${expected}, bukan ${describeValue(received)}.`,
        `${at} must be of type ${expected}, not ${describeValue(received)}.`,
        { expected, received },
      );
}

/** A decimal field that is missing or not a decimal string. */
function decimalIssue(code: CatalogueIssueCode, path: readonly PathSegment[], received: unknown): Issue {
  const at = where(path);
  return received === undefined
    ? catalogueIssue(
        code,
        path,
        `${at} wajib diisi dengan teks desimal seperti "1.30".`,
        `${at} is required: a decimal string such as "1.30".`,
        { expected: 'decimal string' },
      )
    : catalogueIssue(code, path, `${at} harus berupa teks desimal seperti "1.30".`, `${at} must be a decimal string such as "1.30".`, {
        expected: 'decimal string',
        received,
      });
}

function convert(issue: core.$ZodIssue): Issue[] {
  const path = issue.path.filter((key): key is PathSegment => typeof key !== 'symbol');
  const at = where(path);
  const received = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys
      .filter((key) => !isForbiddenKey(key))
      .map((key) =>
        catalogueIssue(
          'catalogue.unknown_key',
          [...path, key],
          `Kunci "${key}" tidak dikenal di ${at}.`,
          `Unknown key "${key}" at ${at}.`,
          { received: key },
        ),
      );
  }
  const missing = received === undefined && (issue.code === 'invalid_type' || issue.code === 'too_small');
  if (isLanguage(path) && (missing || issue.code === 'too_small')) {
    const language = path[path.length - 1] === 'id' ? 'Indonesia (id)' : 'Inggris (en)';
    const languageEn = path[path.length - 1] === 'id' ? 'Indonesian (id)' : 'English (en)';
    return [
      catalogueIssue(
        'catalogue.missing_language',
        path,
        `Teks di ${where(path.slice(0, -1))} tidak memiliki bahasa ${language}.`,
        `The text at ${where(path.slice(0, -1))} has no ${languageEn} version.`,
        { expected: 'non-empty string' },
      ),
    ];
  }
  const last = path[path.length - 1];
  if (issue.code === 'invalid_type' && received === undefined && typeof last === 'string' && NAME_KEYS.has(last)) {
    return [
      catalogueIssue(
        'catalogue.missing_name',
        path,
        `${at} wajib diisi dengan teks dalam bahasa Indonesia dan Inggris.`,
        `${at} is required: a text in Indonesian and English.`,
        { expected: '{ id, en }' },
      ),
    ];
  }
  const decimal = decimalFieldCode(path);
  if (decimal !== undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_format')) return [decimalIssue(decimal, path, received)];
  if (issue.code === 'invalid_type') return [typeIssue(areaCode(path), path, issue.expected, received)];
  return [
    catalogueIssue(
      'catalogue.invalid_value',
      path,
      `Nilai di ${at} tidak valid.`,
      `The value at ${at} is invalid.`,
      { ...(issue.code === 'too_small' ? { expected: `at least ${String(issue.minimum)}` } : {}), ...(received === undefined ? {} : { received }) },
    ),
  ];
}

/** Every zod issue converted, in zod's order. */
export function fromZodIssues(issues: readonly core.$ZodIssue[]): Issue[] {
  return issues.flatMap(convert);
}
