import { findIndicator } from '../../catalogue/find-indicator.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { Issue, PathSegment } from '../../model/issue.js';
import { analysisIssue } from '../analysis-issues.js';

/**
 * Which unit (OPD) owns which indicators: plain data, as a JSON file or a CSV sheet holds it.
 * An indicator has one owner or several; among several, one may be the lead.
 *
 * @example
 * ```ts
 * const responsibilities: Responsibilities = {
 *   indicators: {
 *     '1': ['Bagian Organisasi'],
 *     '11': { owners: ['Bappeda', 'Diskominfo'], lead: 'Bappeda' },
 *   },
 * };
 * ```
 * @category City
 */
export interface Responsibilities {
  /** Per indicator id or code ("5", "I5", "3.1"): its owners, or its owners and their lead. */
  readonly indicators: Readonly<Record<string, readonly string[] | ResponsibilityEntry>>;
}

/** The owners of one indicator, and optionally their lead. @category City */
export interface ResponsibilityEntry {
  readonly owners: readonly string[];
  /** The owner whose level is the city's under `ownerMode: "lead"`; one of `owners`. */
  readonly lead?: string;
}

/** Responsibilities checked against a catalogue and the units: owners per indicator position. */
export interface ResolvedResponsibilities {
  /** Per indicator position: the owning unit ids, in the order given. */
  readonly owners: readonly (readonly string[])[];
  /** Per indicator position: the lead unit id, or null. */
  readonly leads: readonly (string | null)[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function malformed(path: PathSegment[], expected: string, received: unknown): Issue {
  return analysisIssue(
    'city.responsibilities_invalid',
    path,
    `Data tanggung jawab tidak sah di sini (diharapkan ${expected}).`,
    `The responsibilities data is not valid here (expected ${expected}).`,
    { expected, received },
  );
}

/**
 * Checks responsibilities against the catalogue and the units, reporting every problem at once:
 * malformed entries, unknown indicators, unknown units, a lead that is not an owner, and every
 * indicator nobody owns, one indicator named twice (by id and by code). Indicators are named by id
 * or code ("I5", "3.1"), as in assessments and the CSV sheet.
 */
export function resolveResponsibilities(catalogue: Catalogue, data: unknown, units: readonly string[], issues: Issue[], at: PathSegment[] = ['responsibilities']): ResolvedResponsibilities | undefined {
  const before = issues.length;
  if (!isRecord(data) || !isRecord(data['indicators'])) {
    issues.push(malformed(at, '{ indicators: { [id]: owners | { owners, lead } } }', data));
    return undefined;
  }
  for (const key of Object.keys(data)) {
    if (key !== 'indicators' && key !== '$schema' && key !== 'catalogue') issues.push(malformed([...at, key], 'indicators', key));
  }
  const known = new Set(units);
  const owners: string[][] = catalogue.indicators.map(() => []);
  const leads: (string | null)[] = catalogue.indicators.map(() => null);
  const entries = data['indicators'];
  // The name each indicator position was given by, to catch one indicator named twice ("5" and "I5").
  const named: string[] = [];
  for (const id of Object.keys(entries)) {
    const path: PathSegment[] = [...at, 'indicators', id];
    const position = findIndicator(catalogue, id);
    if (position === undefined) {
      issues.push(
        analysisIssue('city.unknown_indicator', path, `Indikator "${id}" tidak ada dalam katalog ${catalogue.id}.`, `Indicator "${id}" is not in catalogue ${catalogue.id}.`, {
          received: id,
        }),
      );
      continue;
    }
    if (named[position] !== undefined) {
      issues.push(malformed(path, `"${named[position]}" or "${id}", not both`, id));
      continue;
    }
    named[position] = id;
    const entry = entries[id];
    const list = Array.isArray(entry) ? entry : isRecord(entry) ? entry['owners'] : undefined;
    const lead = isRecord(entry) ? entry['lead'] : undefined;
    if (isRecord(entry)) {
      for (const field of Object.keys(entry)) if (field !== 'owners' && field !== 'lead') issues.push(malformed([...path, field], 'owners | lead', field));
    }
    if (!Array.isArray(list) || list.length === 0 || list.some((unit) => typeof unit !== 'string')) {
      issues.push(malformed(Array.isArray(entry) ? path : [...path, 'owners'], 'a non-empty list of unit ids', list));
      continue;
    }
    const seen = new Set<string>();
    list.forEach((unit: string, k) => {
      const unitPath = Array.isArray(entry) ? [...path, k] : [...path, 'owners', k];
      if (seen.has(unit)) {
        issues.push(analysisIssue('city.duplicate_owner', unitPath, `Unit "${unit}" disebut dua kali untuk indikator ${id}.`, `Unit "${unit}" is named twice for indicator ${id}.`, { received: unit }));
      } else if (!known.has(unit)) {
        issues.push(analysisIssue('city.unknown_unit', unitPath, `Unit "${unit}" tidak memiliki penilaian.`, `Unit "${unit}" has no assessment.`, { expected: units.join(' | '), received: unit }));
      }
      seen.add(unit);
    });
    if (lead !== undefined && (typeof lead !== 'string' || !seen.has(lead))) {
      issues.push(analysisIssue('city.lead_not_owner', [...path, 'lead'], `Unit utama indikator ${id} harus salah satu pemiliknya.`, `The lead of indicator ${id} must be one of its owners.`, { expected: list.join(' | '), received: lead }));
    }
    owners[position] = [...seen];
    leads[position] = typeof lead === 'string' ? lead : null;
  }
  catalogue.indicators.forEach((indicator, i) => {
    if (named[i] === undefined) {
      issues.push(
        analysisIssue('city.unowned_indicator', [...at, 'indicators', indicator.id], `Indikator ${indicator.id} tidak dimiliki unit mana pun.`, `Indicator ${indicator.id} is owned by no unit.`),
      );
    }
  });
  return issues.length > before ? undefined : { owners, leads };
}
