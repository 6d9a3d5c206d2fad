import { compare, rational, type Rational } from '../../arithmetic/rational.js';
import type { Catalogue } from '../../model/catalogue.js';
import { ownValue, type Issue } from '../../model/issue.js';
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
  // Own properties only: an inherited key is not part of the target.
  const part = (key: keyof PlanTarget) => ownValue(target, key) as never;
  const wanted: PlanTarget = { index: part('index'), predicate: part('predicate'), groups: part('groups') };
  const { range } = catalogue;
  const inRange = (value: Rational, path: (string | number)[], received: unknown): boolean => {
    if (compare(value, rational(range.min)) >= 0 && compare(value, rational(range.max)) <= 0) return true;
    issues.push(
      analysisIssue(
        'plan.target_invalid',
        path,
        `Target harus berada dalam rentang nilai katalog ${range.min}–${range.max}.`,
        `A target must be within the catalogue's value range ${range.min}–${range.max}.`,
        { expected: `${range.min}..${range.max}`, received },
      ),
    );
    return false;
  };
  let index: Rational | null = null;
  const raise = (value: Rational) => (index = index === null || compare(value, index) > 0 ? value : index);
  if (wanted.index !== undefined) {
    const value = readDecimal(wanted.index);
    if (value === undefined) issues.push(invalidTarget(['index'], wanted.index));
    else if (inRange(value, ['index'], wanted.index)) raise(value);
  }
  if (wanted.predicate !== undefined) {
    const band = catalogue.predicates.find((predicate) => predicate.id === wanted.predicate);
    if (band === undefined) {
      issues.push(
        analysisIssue(
          'plan.unknown_predicate',
          ['predicate'],
          `Predikat "${String(wanted.predicate)}" tidak ada dalam katalog (${catalogue.predicates.map((p) => p.id).join(', ')}).`,
          `Predikat "${String(wanted.predicate)}" is not in the catalogue (${catalogue.predicates.map((p) => p.id).join(', ')}).`,
          { expected: catalogue.predicates.map((p) => p.id).join(' | '), received: wanted.predicate },
        ),
      );
    } else raise(rational(band.lower.num, band.lower.den));
  }
  const groups = new Map<number, Rational>();
  if (wanted.groups !== undefined) {
    if (typeof wanted.groups !== 'object' || wanted.groups === null || Array.isArray(wanted.groups)) {
      issues.push(invalidTarget(['groups'], wanted.groups));
    } else {
      for (const [id, raw] of Object.entries(wanted.groups)) {
        const position = catalogue.lookup.groups[id];
        const value = readDecimal(raw);
        if (position === undefined) {
          issues.push(
            analysisIssue('plan.unknown_group', ['groups', id], `Kelompok "${id}" tidak ada dalam katalog ${catalogue.id}.`, `Group "${id}" is not in catalogue ${catalogue.id}.`, {
              received: id,
            }),
          );
        } else if (value === undefined) issues.push(invalidTarget(['groups', id], raw));
        else if (inRange(value, ['groups', id], raw)) groups.set(position, value);
      }
    }
  }
  return issues.length === before ? { index, groups } : undefined;
}

/**
 * A target that asks for nothing (no index, predikat or group minimum) while the options name no
 * level minimum either: an issue, so that `plan(catalogue, result, {})` does not answer with an
 * empty plan the caller may take for "already there". `minimums`/`minimumLevel` in any of the
 * given option objects (plan's, or the city's and each unit's) are an aim of their own.
 */
export function requireAim(resolved: ResolvedTarget | undefined, options: readonly unknown[], issues: Issue[]): void {
  if (resolved === undefined || resolved.index !== null || resolved.groups.size > 0) return;
  const asks = (one: unknown): boolean => {
    if (typeof one !== 'object' || one === null || Array.isArray(one)) return false;
    const minimums = ownValue(one, 'minimums');
    return ownValue(one, 'minimumLevel') !== undefined || (typeof minimums === 'object' && minimums !== null && Object.keys(minimums).length > 0);
  };
  if (options.some(asks)) return;
  issues.push(
    analysisIssue(
      'plan.target_invalid',
      [],
      'Target kosong: berikan indeks, predikat, atau minimum kelompok (atau minimum tingkat dalam opsi).',
      'The target is empty: give an index, a predikat or a group minimum (or level minimums in the options).',
      { expected: 'index | predicate | groups' },
    ),
  );
}
