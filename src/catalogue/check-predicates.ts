import { parseDecimal } from '../arithmetic/decimal-string.js';
import { compare, rational, type Rational } from '../arithmetic/rational.js';
import type { PredicateDefinition } from '../model/catalogue.js';
import type { Issue } from '../model/issue.js';
import { catalogueIssue } from './catalogue-issues.js';

/**
 * Checks the predikat bands: decimal bounds with min < max, listed highest first, contiguous,
 * covering exactly the index range.
 */
export function checkPredicates(bands: readonly PredicateDefinition[], range: { min: number; max: number }, issues: Issue[]): void {
  if (bands.length === 0) {
    issues.push(
      catalogueIssue('catalogue.predicate_invalid', ['predicates'], 'Katalog tidak memiliki predikat.', 'The catalogue has no predicate bands.'),
    );
    return;
  }
  const entries: { band: PredicateDefinition; min: Rational; max: Rational }[] = [];
  bands.forEach((band, i) => {
    const min = parseDecimal(band.min);
    const max = parseDecimal(band.max);
    if (!min || !max || compare(min, max) >= 0) {
      issues.push(
        catalogueIssue(
          'catalogue.predicate_invalid',
          ['predicates', i],
          `Predikat "${band.id}" harus memiliki min < max berupa teks desimal.`,
          `Predicate band "${band.id}" must have decimal-string bounds with min < max.`,
          { received: `${band.min}..${band.max}` },
        ),
      );
    } else if (!Number.isSafeInteger(Number(min.num)) || !Number.isSafeInteger(Number(min.den))) {
      // Scoring compares against the lower bound as safe integers: a bound more precise than that
      // is refused, never rounded (it would silently move the band).
      issues.push(
        catalogueIssue(
          'catalogue.predicate_invalid',
          ['predicates', i, 'min'],
          `Batas bawah predikat "${band.id}" (${band.min}) terlalu presisi; gunakan paling banyak 15 angka penting.`,
          `The lower bound of predicate band "${band.id}" (${band.min}) is too precise; use at most 15 significant digits.`,
          { received: band.min },
        ),
      );
    } else {
      entries.push({ band, min, max });
    }
  });
  if (entries.length < bands.length) return;
  // Bands listed in another order would otherwise show up as an overlap at every neighbour.
  if (entries.some((entry, k) => k > 0 && compare(entry.min, entries[k - 1]!.min) >= 0)) {
    const order = [...entries].sort((a, b) => compare(b.min, a.min)).map((entry) => entry.band.id).join(', ');
    issues.push(
      catalogueIssue(
        'catalogue.predicate_order',
        ['predicates'],
        `Predikat harus diurutkan dari yang tertinggi: ${order}.`,
        `Predicate bands must be listed highest first: ${order}.`,
        { expected: order, received: bands.map((band) => band.id).join(', ') },
      ),
    );
    return;
  }
  const top = entries[0]!;
  const bottom = entries[entries.length - 1]!;
  if (compare(top.max, rational(range.max)) !== 0 || compare(bottom.min, rational(range.min)) !== 0) {
    issues.push(
      catalogueIssue(
        'catalogue.predicate_outside_scale',
        ['predicates'],
        `Predikat harus mencakup tepat rentang indeks ${range.min}–${range.max}, dari yang tertinggi.`,
        `Predicate bands must cover exactly the index range ${range.min}–${range.max}, highest first.`,
        { expected: `${range.min}..${range.max}`, received: `${bottom.band.min}..${top.band.max}` },
      ),
    );
  }
  for (let k = 0; k + 1 < entries.length; k++) {
    const upper = entries[k]!;
    const lower = entries[k + 1]!;
    const order = compare(lower.max, upper.min);
    if (order === 0) continue;
    const overlap = order === 1;
    issues.push(
      catalogueIssue(
        overlap ? 'catalogue.predicate_overlap' : 'catalogue.predicate_gap',
        ['predicates', k + 1, 'max'],
        overlap
          ? `Predikat "${lower.band.id}" tumpang tindih dengan "${upper.band.id}": max ${lower.band.max} melewati min ${upper.band.min}.`
          : `Ada celah antara predikat "${lower.band.id}" (max ${lower.band.max}) dan "${upper.band.id}" (min ${upper.band.min}).`,
        overlap
          ? `Predicate band "${lower.band.id}" overlaps "${upper.band.id}": max ${lower.band.max} passes min ${upper.band.min}.`
          : `There is a gap between predicate bands "${lower.band.id}" (max ${lower.band.max}) and "${upper.band.id}" (min ${upper.band.min}).`,
        { expected: upper.band.min, received: lower.band.max },
      ),
    );
  }
}
