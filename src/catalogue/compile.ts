import { commonDenominator, parseDecimal } from '../arithmetic/decimal-string.js';
import { bigGcd, compare, mul, rational, type Rational } from '../arithmetic/rational.js';
import type {
  Catalogue,
  CatalogueDefinition,
  GroupDefinition,
  IndicatorDefinition,
  LevelCriteriaDefinition,
  Predicate,
  Scale,
  ScaleDefinition,
} from '../model/catalogue.js';
import type { Issue, PathSegment, SafeResult } from '../model/issue.js';
import { catalogueIssue } from './catalogue-issues.js';
import { assembleCatalogue, toSafeFraction } from './assemble.js';
import { indicatorCriteria, scaleCriteria } from './compile-criteria.js';
import { checkMeasure } from './compile-measure.js';
import { resolveWeights } from './resolve-weights.js';

/**
 * Compiles a catalogue definition into the frozen form scoring uses: checks its meaning
 * (ids, tree, scales, weights, predikat bands), resolves weights exactly and puts them on a
 * common integer scale. The definition's shape is assumed (it is typed data, or has passed the
 * zod schema in `defineCatalogue`).
 */

function duplicates(
  ids: readonly { id: string; path: readonly PathSegment[] }[],
  what: { id: string; en: string },
  issues: Issue[],
): void {
  const seen = new Set<string>();
  for (const { id, path } of ids) {
    if (seen.has(id)) {
      issues.push(
        catalogueIssue(
          'catalogue.duplicate_id',
          [...path, 'id'],
          `Id ${what.id} "${id}" dipakai lebih dari sekali.`,
          `The ${what.en} id "${id}" is used more than once.`,
          { received: id },
        ),
      );
    }
    seen.add(id);
  }
}

function checkScales(scales: readonly Scale[], issues: Issue[]): void {
  duplicates(scales.map((scale, i) => ({ id: scale.id, path: ['scales', i] })), { id: 'skala', en: 'scale' }, issues);
  scales.forEach((scale, i) => {
    const path = ['scales', i];
    if (!Number.isInteger(scale.min) || !Number.isInteger(scale.max) || scale.min < 0 || scale.min >= scale.max) {
      issues.push(
        catalogueIssue(
          'catalogue.scale_invalid',
          path,
          `Skala "${scale.id}" harus memiliki min dan max bulat dengan 0 ≤ min < max.`,
          `Scale "${scale.id}" must have whole-number min and max with 0 ≤ min < max.`,
          { received: `${scale.min}..${scale.max}` },
        ),
      );
      return;
    }
    for (let level = scale.min; level <= scale.max; level++) {
      const index = level - scale.min;
      const entry = scale.levels[index];
      if (entry === undefined || entry.level !== level) {
        issues.push(
          catalogueIssue(
            'catalogue.scale_gap',
            [...path, 'levels', index],
            `Skala "${scale.id}" harus mendefinisikan setiap tingkat ${scale.min}–${scale.max} berurutan; tingkat ${level} tidak ada.`,
            `Scale "${scale.id}" must define every level ${scale.min}–${scale.max} in order; level ${level} is missing.`,
            { expected: String(level), received: entry?.level },
          ),
        );
        return;
      }
    }
    if (scale.levels.length !== scale.max - scale.min + 1) {
      issues.push(
        catalogueIssue(
          'catalogue.scale_invalid',
          [...path, 'levels'],
          `Skala "${scale.id}" memiliki tingkat di luar ${scale.min}–${scale.max}.`,
          `Scale "${scale.id}" has levels outside ${scale.min}–${scale.max}.`,
        ),
      );
    }
  });
}

interface Walked {
  readonly groups: { def: GroupDefinition; path: PathSegment[]; parent: string | null; depth: number }[];
  readonly indicators: { def: IndicatorDefinition; path: PathSegment[]; groupPath: string[] }[];
}

/** Walks the tree in pre-order, checking structure: tiers, child kinds, empty groups, scale references. */
function walkTree(definition: CatalogueDefinition, issues: Issue[]): Walked {
  const tierIndex = new Map(definition.tiers.map((tier, i) => [tier.id, i]));
  const scaleIds = new Set(definition.scales.map((scale) => scale.id));
  const walked: Walked = { groups: [], indicators: [] };
  const visit = (group: GroupDefinition, path: PathSegment[], ancestors: string[], parentTier: number): void => {
    // Stryker disable next-line LogicalOperator,ArithmeticOperator: walked.groups[].parent/depth are never read (only def and path are), so no output can change
    walked.groups.push({ def: group, path, parent: ancestors[ancestors.length - 1] ?? null, depth: ancestors.length });
    const tier = tierIndex.get(group.tier);
    if (tier === undefined) {
      issues.push(
        catalogueIssue(
          'catalogue.unknown_tier',
          [...path, 'tier'],
          `Tingkatan "${group.tier}" pada kelompok "${group.id}" tidak ada dalam "tiers".`,
          `Tier "${group.tier}" of group "${group.id}" is not in "tiers".`,
          { expected: definition.tiers.map((t) => t.id).join(' | '), received: group.tier },
        ),
      );
    } else if (tier <= parentTier) {
      issues.push(
        catalogueIssue(
          'catalogue.tier_order',
          [...path, 'tier'],
          `Kelompok "${group.id}" (${group.tier}) harus berada pada tingkatan di bawah induknya.`,
          `Group "${group.id}" (${group.tier}) must be on a tier below its parent's.`,
        ),
      );
    }
    const hasGroups = group.groups !== undefined;
    const hasIndicators = group.indicators !== undefined;
    if (hasGroups === hasIndicators) {
      issues.push(
        catalogueIssue(
          'catalogue.group_children',
          path,
          `Kelompok "${group.id}" harus memiliki tepat satu dari "groups" atau "indicators".`,
          `Group "${group.id}" must have exactly one of "groups" or "indicators".`,
        ),
      );
      return;
    }
    // Stryker disable next-line ArrayDeclaration: unreachable fallback; the group_children check above returned unless exactly one of groups/indicators is defined
    const children = group.groups ?? group.indicators ?? [];
    if (children.length === 0) {
      issues.push(
        catalogueIssue(
          'catalogue.empty_group',
          path,
          `Kelompok "${group.id}" kosong.`,
          `Group "${group.id}" is empty.`,
        ),
      );
      return;
    }
    // Stryker disable next-line ArrayDeclaration: lineage only feeds parent/depth/groupPath of the walk, which are never read, so no output can change
    const lineage = [...ancestors, group.id];
    group.groups?.forEach((child, i) => visit(child, [...path, 'groups', i], lineage, tier ?? parentTier));
    group.indicators?.forEach((indicator, i) => {
      const indicatorPath: PathSegment[] = [...path, 'indicators', i];
      walked.indicators.push({ def: indicator, path: indicatorPath, groupPath: lineage });
      if (!scaleIds.has(indicator.scale)) {
        issues.push(
          catalogueIssue(
            'catalogue.unknown_scale',
            [...indicatorPath, 'scale'],
            `Skala "${indicator.scale}" pada indikator "${indicator.id}" tidak ada dalam "scales".`,
            `Scale "${indicator.scale}" of indicator "${indicator.id}" is not in "scales".`,
            { expected: [...scaleIds].join(' | '), received: indicator.scale },
          ),
        );
      }
      if (!Number.isInteger(indicator.number) || indicator.number < 1) {
        issues.push(
          catalogueIssue(
            'catalogue.invalid_value',
            [...indicatorPath, 'number'],
            `Nomor indikator "${indicator.id}" harus bilangan bulat positif.`,
            `The number of indicator "${indicator.id}" must be a positive whole number.`,
            { received: indicator.number },
          ),
        );
      }
    });
  };
  if (definition.groups.length === 0) {
    issues.push(
      catalogueIssue('catalogue.empty_group', ['groups'], 'Katalog tidak memiliki kelompok.', 'The catalogue has no groups.'),
    );
  }
  definition.groups.forEach((group, i) => visit(group, ['groups', i], [], -1));
  return walked;
}

/** Checks the predikat bands: ordered highest first, contiguous, covering exactly the index range. */
function compilePredicates<P extends string>(
  definition: CatalogueDefinition<P>,
  range: { min: number; max: number },
  issues: Issue[],
): Predicate<P>[] {
  const bands = definition.predicates;
  duplicates(bands.map((band, i) => ({ id: band.id, path: ['predicates', i] })), { id: 'predikat', en: 'predicate' }, issues);
  if (bands.length === 0) {
    issues.push(
      catalogueIssue('catalogue.predicate_invalid', ['predicates'], 'Katalog tidak memiliki predikat.', 'The catalogue has no predicate bands.'),
    );
    // Stryker disable next-line ArrayDeclaration: compilePredicates' return value is ignored by compileCatalogue, so no output can change
    return [];
  }
  const parsed = bands.map((band, i) => {
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
      return undefined;
    }
    const lower = toSafeFraction(min);
    if (lower === undefined) {
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
      return undefined;
    }
    return { band, min, max, lower };
  });
  // Stryker disable next-line ArrayDeclaration: compilePredicates' return value is ignored by compileCatalogue, so no output can change
  if (parsed.some((entry) => entry === undefined)) return [];
  const entries = parsed as NonNullable<(typeof parsed)[number]>[];
  const top = entries[0]!;
  const bottom = entries[entries.length - 1]!;
  const rangeMin = rational(range.min);
  const rangeMax = rational(range.max);
  if (compare(top.max, rangeMax) !== 0 || compare(bottom.min, rangeMin) !== 0) {
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
    if (order !== 0) {
      // Stryker disable next-line EqualityOperator: order !== 0 here, so order > 0 and order >= 0 agree
      const overlap = order > 0;
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
  // Stryker disable next-line ArrowFunction,ObjectLiteral: compilePredicates' return value is ignored by compileCatalogue, so no output can change
  return entries.map(({ band, lower }) => ({
    id: band.id,
    label: band.label,
    min: band.min,
    max: band.max,
    // Stryker disable next-line LogicalOperator,ObjectLiteral: compilePredicates' return value is ignored by compileCatalogue, so no output can change
    lower: lower ?? { num: 0, den: 1 },
  }));
}

/** Resolves each indicator's criteria checklist and checks criteria and measures. */
function levelChecklists(
  definition: CatalogueDefinition,
  walked: Walked,
  issues: Issue[],
): (LevelCriteriaDefinition[] | null)[] {
  const scales = new Map<string, { scale: ScaleDefinition; criteria: LevelCriteriaDefinition[] | null }>();
  definition.scales.forEach((scale, i) => {
    if (!scales.has(scale.id)) scales.set(scale.id, { scale, criteria: scaleCriteria(scale, ['scales', i], issues) });
  });
  return walked.indicators.map(({ def, path }) => {
    const entry = scales.get(def.scale);
    if (def.measure !== undefined) checkMeasure(def.measure, entry?.scale, def.id, [...path, 'measure'], issues);
    // Stryker disable next-line LogicalOperator: the resolved checklist is ignored by compileCatalogue (only its issues matter), and fromScale only affects the returned value, so no output can change
    return indicatorCriteria(def, entry?.scale, entry?.criteria ?? null, path, issues);
  });
}

/**
 * Compiles a definition into a frozen {@link Catalogue}, or returns every issue found.
 * @category Catalogue
 */
export function compileCatalogue<P extends string>(input: CatalogueDefinition<P>): SafeResult<Catalogue<P>> {
  // Work on a private copy: the caller's object is neither frozen nor kept.
  const definition = structuredClone(input);
  const issues: Issue[] = [];
  duplicates(definition.tiers.map((tier, i) => ({ id: tier.id, path: ['tiers', i] })), { id: 'tingkatan', en: 'tier' }, issues);
  checkScales(definition.scales, issues);
  const walked = walkTree(definition, issues);
  duplicates(walked.groups.map(({ def, path }) => ({ id: def.id, path })), { id: 'kelompok', en: 'group' }, issues);
  duplicates(walked.indicators.map(({ def, path }) => ({ id: def.id, path })), { id: 'indikator', en: 'indicator' }, issues);
  // The index range spans the valid scales; without one there is nothing to check bands against.
  const validScales = definition.scales.filter((scale) => Number.isSafeInteger(scale.min) && Number.isSafeInteger(scale.max));
  if (definition.scales.length === 0) {
    issues.push(
      catalogueIssue('catalogue.scale_invalid', ['scales'], 'Katalog tidak memiliki skala tingkat.', 'The catalogue has no level scales.'),
    );
  }
  const range = {
    min: Math.min(...validScales.map((scale) => scale.min)),
    max: Math.max(...validScales.map((scale) => scale.max)),
  };
  if (validScales.length > 0) compilePredicates(definition, range, issues);
  levelChecklists(definition, walked, issues);
  if (issues.length > 0) return { success: false, issues };

  const resolved = resolveWeights(definition.groups, definition.totalWeight, issues);
  if (!resolved) return { success: false, issues };

  // Put every weight on one integer scale: multiply by the common denominator, divide by the gcd.
  const indicatorWeights = walked.indicators.map(({ def }) => resolved.weights.get(def) as Rational);
  const denominator = commonDenominator(indicatorWeights);
  const scaled = indicatorWeights.map((weight) => mul(weight, rational(denominator)).num);
  const divisor = scaled.reduce((acc, units) => bigGcd(acc, units), 0n) || 1n;
  const toUnits = (weight: Rational): bigint => mul(weight, rational(denominator, divisor)).num;
  const totalUnits = toUnits(resolved.total);
  // Stryker disable next-line EqualityOperator: the left side is a multiple of 2n and MAX_SAFE_INTEGER is odd, so they are never equal
  if (totalUnits * BigInt(Math.max(range.max, 1)) * 2n > BigInt(Number.MAX_SAFE_INTEGER)) {
    issues.push(
      catalogueIssue(
        'catalogue.weight_too_fine',
        ['groups'],
        'Bobot terlalu rinci untuk dihitung tepat dengan bilangan bulat aman; sederhanakan bobotnya.',
        'The weights are too fine-grained for exact safe-integer scoring; simplify them.',
      ),
    );
    return { success: false, issues };
  }

  // Valid: the one build path shared with the built-in catalogues.
  return { success: true, output: assembleCatalogue(definition) };
}
