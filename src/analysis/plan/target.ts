import { compare, rational, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import type { Issue } from '../../model/issue.js';
import { analysisIssue } from '../analysis-issues.js';
import { readDecimal } from '../exact-value.js';

/**
 * What `plan` must reach. Every part is a minimum on an exact value (the predikat comes from the
 * exact value, so a target of "3.5" means exactly 3.5 or more, not "displays as 3.50"). Parts
 * combine: all must hold.
 *
 * @example
 * ```ts
 * const target: PlanTarget = { predicate: 'sangat-baik', groups: { D3: '2.6' } };
 * ```
 * @category Analysis
 */
export interface PlanTarget<P extends string = string> {
  /** Minimum index, as a decimal string or JSON number ("3.5"). */
  readonly index?: string | number;
  /** A predikat id of the catalogue ("sangat-baik"): the index must reach the band's lower bound. */
  readonly predicate?: P;
  /** Minimum value per group id (domain or aspect): `{ D3: "2.6" }`. */
  readonly groups?: Readonly<Record<string, string | number>>;
}

/**
 * A plan target whose predikat must be one of the catalogue's band ids: `P` is taken from the
 * catalogue argument only, never widened by the target (the deferred conditional keeps the target
 * from being an inference site, as TypeScript 5.4's `NoInfer` does, for older compilers too).
 *
 * @example
 * ```ts
 * const target: CatalogueTarget<Predicate592020> = { predicate: 'sangat-baik' };
 * plan(permenpanrb592020, result, { predicate: 'excellent' }); // type error: not a band id
 * ```
 * @category Analysis
 */
export type CatalogueTarget<P extends string> = PlanTarget<[P][P extends unknown ? 0 : never]>;

export interface ResolvedTarget {
  /** The minimum index, or null when the target says nothing about the index. */
  readonly index: Rational | null;
  /** Minimum value per group position. */
  readonly groups: ReadonlyMap<number, Rational>;
}

function invalidTarget(path: (string | number)[], received: unknown): Issue {
  return analysisIssue(
    'plan.target_invalid',
    path,
    'Target harus berupa bilangan desimal (angka atau teks, misalnya "3.5").',
    'A target must be a decimal number (a number or a string such as "3.5").',
    { expected: 'decimal', received },
  );
}

export function resolveTarget(catalogue: Catalogue, target: PlanTarget, issues: Issue[]): ResolvedTarget | undefined {
  if (typeof target !== 'object' || target === null || Array.isArray(target)) {
    issues.push(analysisIssue('plan.target_invalid', [], 'Target harus berupa objek.', 'The target must be an object.', { received: target }));
    return undefined;
  }
  const before = issues.length;
  for (const key of Object.keys(target)) {
    if (!['index', 'predicate', 'groups'].includes(key)) {
      issues.push(analysisIssue('plan.target_invalid', [key], `Kunci target "${key}" tidak dikenal (index, predicate, groups).`, `Unknown target key "${key}" (index, predicate, groups).`, { received: key }));
    }
  }
  let index: Rational | null = null;
  const raise = (value: Rational) => (index = index === null || compare(value, index) > 0 ? value : index);
  if (target.index !== undefined) {
    const value = readDecimal(target.index);
    if (value === undefined) issues.push(invalidTarget(['index'], target.index));
    else raise(value);
  }
  if (target.predicate !== undefined) {
    const band = catalogue.predicates.find((predicate) => predicate.id === target.predicate);
    if (band === undefined) {
      issues.push(
        analysisIssue(
          'plan.unknown_predicate',
          ['predicate'],
          `Predikat "${String(target.predicate)}" tidak ada dalam katalog (${catalogue.predicates.map((p) => p.id).join(', ')}).`,
          `Predikat "${String(target.predicate)}" is not in the catalogue (${catalogue.predicates.map((p) => p.id).join(', ')}).`,
          { expected: catalogue.predicates.map((p) => p.id).join(' | '), received: target.predicate },
        ),
      );
    } else raise(rational(band.lower.num, band.lower.den));
  }
  const groups = new Map<number, Rational>();
  if (target.groups !== undefined) {
    if (typeof target.groups !== 'object' || target.groups === null || Array.isArray(target.groups)) {
      issues.push(invalidTarget(['groups'], target.groups));
    } else {
      for (const [id, raw] of Object.entries(target.groups)) {
        const position = catalogue.lookup.groups[id];
        const value = readDecimal(raw);
        if (position === undefined) {
          issues.push(
            analysisIssue('plan.unknown_group', ['groups', id], `Kelompok "${id}" tidak ada dalam katalog ${catalogue.id}.`, `Group "${id}" is not in catalogue ${catalogue.id}.`, {
              received: id,
            }),
          );
        } else if (value === undefined) issues.push(invalidTarget(['groups', id], raw));
        else groups.set(position, value);
      }
    }
  }
  return issues.length === before ? { index, groups } : undefined;
}
